import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from './testing/salesforce-test-context.js';

/** Text checks on the workflow and the stage script: the safety properties a reviewer must not lose. */
describe('the org CI stage', () => {
  const workflow = readFileSync(join(repoRoot(), '.github', 'workflows', 'org-ci.yml'), 'utf8');
  const script = readFileSync(join(repoRoot(), 'scripts', 'ci', 'org-stage.sh'), 'utf8');
  const code = (text: string) => text.replace(/^\s*#.*$/gm, '');

  it('never runs fork code with secrets', () => {
    assert.doesNotMatch(code(workflow), /pull_request_target/);
    assert.match(
      workflow,
      /if: github\.event_name == 'push' \|\| github\.event\.pull_request\.head\.repo\.full_name == github\.repository/,
    );
    assert.equal(
      workflow.match(/secrets\.DEVHUB_SFDX_AUTH_URL/g)?.length,
      1,
      'the secret reaches one step only',
    );
  });

  it('runs the offline tests and always deletes the scratch org', () => {
    assert.match(workflow, /- run: npm test/);
    assert.match(
      workflow,
      /if: always\(\)\n\s+run: npx --no-install sf org delete scratch --target-org "\$IUK_ORG_ALIAS" --no-prompt/,
    );
  });

  it('creates a one-day scratch org from the project definition and logs in through stdin', () => {
    assert.match(script, /sf org create scratch --definition-file config\/project-scratch-def\.json/);
    assert.match(script, /--duration-days 1/);
    assert.match(
      script,
      /printf '%s' "\$DEVHUB_SFDX_AUTH_URL" \| sf org login sfdx-url .*--sfdx-url-stdin >/,
    );
    assert.doesNotMatch(code(script), /echo "\$(DEVHUB_)?SFDX_AUTH_URL"/);
  });
});

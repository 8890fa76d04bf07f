import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { repoRoot } from './testing/salesforce-test-context.js';

const run = promisify(execFile);

/** scripts/ci/org-stage.sh with a clean environment plus `extra`; never reads the caller's credentials. */
async function orgStage(extra: Record<string, string>, home: string) {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: home, ...extra };
  try {
    const { stdout, stderr } = await run('bash', ['scripts/ci/org-stage.sh'], {
      cwd: repoRoot(),
      env,
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('scripts/ci/org-stage.sh', () => {
  const home = mkdtempSync(join(tmpdir(), 'iuk-org-stage-'));
  after(() => rmSync(home, { recursive: true, force: true }));

  it('prints exactly one SKIPPED line and exits 0 without an org credential', async () => {
    const result = await orgStage({}, home);
    assert.equal(result.code, 0);
    assert.equal(
      result.stdout,
      'org stage: SKIPPED (no DEVHUB_SFDX_AUTH_URL in the environment; see docs/org-workflow.md)\n',
    );
    assert.equal(result.stderr, '');
  });

  it('reports FAILED, never PASSED, when the org cannot be reached', async () => {
    const result = await orgStage(
      { SFDX_AUTH_URL: 'force://PlatformCLI::5Aep861notreal@iuk-no-such-org.invalid' },
      home,
    );
    assert.notEqual(result.code, 0);
    assert.match(result.stdout, /org stage: FAILED at step 'log in to the org'/);
    assert.doesNotMatch(result.stdout, /PASSED/);
    assert.doesNotMatch(result.stdout + result.stderr, /5Aep861notreal/, 'the auth URL is never printed');
  });
});

import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fixture, repoRoot } from '../org/testing/salesforce-test-context.js';
import { assertMatchesSchema } from '../plugin/testing/result-schema.js';
import { ExitCode } from './command.js';
import { evidenceCommand } from './evidence.js';
import { ALIAS, engineRequests, orgCommandHarness } from './testing/org-command-harness.js';

/** An error envelope: { name, message, exitCode, actions }. */
function errorOf(run: { json(): unknown }): { name?: unknown; message?: unknown } {
  return run.json() as { name?: unknown; message?: unknown };
}

describe('evidence', () => {
  const harness = orgCommandHarness();
  let project: string;

  before(async () => {
    project = await mkdtemp(path.join(tmpdir(), 'iuk-evidence-command-'));
    await cp(path.join(repoRoot(), 'sfdx-project.json'), path.join(project, 'sfdx-project.json'));
    await cp(path.join(repoRoot(), 'config'), path.join(project, 'config'), { recursive: true });
  });
  after(async () => {
    await rm(project, { recursive: true, force: true });
  });

  it('GETs the evidence and writes the four files, with the justifications of the definitions file', async () => {
    await harness.authorise();
    const requests = harness.answer(() => fixture('evidence/v1-evidence.EvidenceModel.json'));

    const run = await harness.run(evidenceCommand, ['-o', ALIAS, '--out', 'evidence/2026-12'], {
      cwd: project,
    });

    assert.equal(run.code, ExitCode.ok, run.err.join('\n'));
    assert.deepEqual(
      engineRequests(requests).map((request) => `${request.method} ${request.url}`),
      ['GET /services/apexrest/integration-user-kit/v1/evidence'],
    );
    assert.deepEqual((await readdir(path.join(project, 'evidence/2026-12'))).sort(), [
      'evidence.html',
      'evidence.json',
      'evidence.md',
      'evidence.schema.json',
    ]);
    const text = run.out.join('\n');
    assert.match(text, /^ERP_Order_Sync\s+1\s+2\s+1$/m);
    assert.match(text, /^Marketing_Automation\s+3\s+1\s+2$/m);
    assert.match(
      text,
      /Justifications of dangerous grants read from config\/integration-definitions\.json\./,
    );
    const written = JSON.parse(
      await readFile(path.join(project, 'evidence/2026-12/evidence.json'), 'utf8'),
    ) as {
      target: { org: string };
    };
    assert.equal(written.target.org, ALIAS);
  });

  it('returns the summary with --json, matching its schema', async () => {
    await harness.authorise();
    harness.answer(() => fixture('evidence/v1-evidence.EvidenceModel.json'));

    const run = await harness.run(evidenceCommand, ['-o', ALIAS, '--out', 'json-out', '--json'], {
      cwd: project,
    });

    const result = run.json().result as { files: string[]; definitionsFile: string };
    assert.equal(result.files.length, 4);
    assert.equal(result.definitionsFile, 'config/integration-definitions.json');
    assertMatchesSchema('evidence', result);
  });

  it('refuses an output directory inside a package directory, and an engine answer of another shape', async () => {
    await harness.authorise();
    harness.answer(() => fixture('evidence/v1-evidence.EvidenceModel.json'));
    const inside = await harness.run(evidenceCommand, ['-o', ALIAS, '--out', 'force-app/core/x', '--json'], {
      cwd: project,
    });
    assert.equal(inside.code, ExitCode.invalidInput);
    assert.match(String(errorOf(inside).message), /inside the package directory force-app\/core/);

    harness.answer(() => ({
      ...fixture<Record<string, unknown>>('evidence/v1-evidence.EvidenceModel.json'),
      extra: 1,
    }));
    const drifted = await harness.run(evidenceCommand, ['-o', ALIAS, '--out', 'drifted', '--json'], {
      cwd: project,
    });
    assert.equal(drifted.code, ExitCode.orgFailed);
    assert.equal(errorOf(drifted).name, 'EvidenceNotWritten');
    assert.match(String(errorOf(drifted).message), /does not match evidence\.schema\.json/);
    assert.ok(!(await readdir(project)).includes('drifted'), 'nothing written');
  });

  it('needs --out', async () => {
    await harness.authorise();
    harness.answer(() => assert.fail('no request may reach the engine'));
    const run = await harness.run(evidenceCommand, ['-o', ALIAS, '--json'], { cwd: project });
    assert.equal(run.code, ExitCode.usage);
  });
});

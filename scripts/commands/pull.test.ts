/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-return -- the definitions file is read as plain JSON */
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadDefinitionsText } from '../definitions/load.js';
import { fixture, repoRoot } from '../org/testing/salesforce-test-context.js';
import { ExitCode } from './command.js';
import { pullCommand } from './pull.js';
import { ALIAS, engineRequests, orgCommandHarness } from './testing/org-command-harness.js';

const RECORDED = 'engine/v1-definitions.DefinitionList.json';
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('pull (against the recorded GET .../v1/definitions)', () => {
  const harness = orgCommandHarness();
  let dir: string;
  let config: string;

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'iuk-pull-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function freshCopy(): Promise<string> {
    const folder = await mkdtemp(path.join(dir, 'project-'));
    await cp(path.join(repoRoot(), 'config'), path.join(folder, 'config'), { recursive: true });
    config = path.join(folder, 'config/integration-definitions.json');
    return folder;
  }
  const readConfig = async (): Promise<Json> => JSON.parse(await readFile(config, 'utf8')) as Json;
  const names = (file: Json) => (file.integrations as Json[]).map((entry) => entry.name as string);

  it('adds what only the org has, keeps what only the file has, and the result is a valid file', async () => {
    const cwd = await freshCopy();
    const before = await readConfig();
    await harness.authorise();
    const requests = harness.answer(() => fixture(RECORDED));

    const run = await harness.run(pullCommand, ['-o', ALIAS], { cwd });

    assert.equal(run.code, ExitCode.ok, run.err.join('\n'));
    assert.deepEqual(
      engineRequests(requests).map((request) => `${request.method} ${request.url}`),
      ['GET /services/apexrest/integration-user-kit/v1/definitions'],
    );
    const after = await readConfig();
    assert.deepEqual(names(after), [...names(before), 'Billing_Sync', 'Old_Feed', 'Support_Chatbot']);
    // Nothing the file had is dropped or changed.
    for (const entry of before.integrations as Json[])
      assert.deepEqual(
        (after.integrations as Json[]).find((item) => item.name === entry.name),
        entry,
      );
    for (const profile of before.profiles as Json[])
      assert.ok((after.profiles as Json[]).some((item) => JSON.stringify(item) === JSON.stringify(profile)));
    assert.deepEqual(after.environments, before.environments);
    // The org's profile with recorded restrictions becomes a generated one; the retired one stays retired.
    const billing = (after.profiles as Json[]).find(
      (item) => item.name === 'Integration - Billing Restricted',
    )!;
    assert.deepEqual(billing.loginIpRanges, [
      { start: '192.0.2.10', end: '192.0.2.20', description: 'Contoso egress' },
    ]);
    assert.equal((after.integrations as Json[]).find((item) => item.name === 'Old_Feed')!.retired, true);
    const loaded = loadDefinitionsText(config, await readFile(config, 'utf8'), { cwd });
    assert.equal(loaded.ok, true, JSON.stringify(!loaded.ok && loaded.problems));

    const text = run.out.join('\n');
    assert.match(text, /^Added from the org: Billing_Sync, Old_Feed, Support_Chatbot$/m);
    assert.match(
      text,
      /^Unchanged: ERP_Order_Sync$/m,
      'a cidr in the file and start/end in the org are the same range',
    );
    assert.match(text, /^Only in config\/integration-definitions\.json \(kept\): Marketing_Automation$/m);
    assert.match(
      text,
      /^Updated config\/integration-definitions\.json\. Review it \(git diff\), then deploy it/m,
    );
  });

  it('is idempotent: a second pull writes nothing', async () => {
    const cwd = await freshCopy();
    await harness.authorise();
    harness.answer(() => fixture(RECORDED));
    await harness.run(pullCommand, ['-o', ALIAS], { cwd });
    const once = await readFile(config, 'utf8');
    harness.answer(() => fixture(RECORDED));

    const run = await harness.run(pullCommand, ['-o', ALIAS, '--json'], { cwd });

    assert.equal(run.code, ExitCode.ok);
    assert.equal(await readFile(config, 'utf8'), once);
    const result = run.json().result as Json;
    assert.equal(result.written, false);
    assert.deepEqual(result.added, []);
    assert.deepEqual(result.unchanged, ['Billing_Sync', 'ERP_Order_Sync', 'Old_Feed', 'Support_Chatbot']);
  });

  it('reports a definition changed both in the org and in the file, keeps the file, and --prefer org takes the org', async () => {
    const cwd = await freshCopy();
    await harness.authorise();
    harness.answer(() => fixture(RECORDED));
    await harness.run(pullCommand, ['-o', ALIAS], { cwd });
    const file = await readConfig();
    const billing = (file.integrations as Json[]).find((item) => item.name === 'Billing_Sync')!;
    billing.label = 'Billing Sync (edited in git)';
    const erp = (file.integrations as Json[]).find((item) => item.name === 'ERP_Order_Sync')!;
    erp.user.alias = 'erpnew';
    await writeFile(config, JSON.stringify(file, null, 2));
    harness.answer(() => fixture(RECORDED));

    const run = await harness.run(pullCommand, ['-o', ALIAS, '--json'], { cwd });

    assert.equal(run.code, ExitCode.ok);
    assert.deepEqual((run.json().result as Json).conflicts, [
      { integration: 'Billing_Sync', definedIn: 'ORG', paths: ['integration.label'], kept: 'file' },
      {
        integration: 'ERP_Order_Sync',
        definedIn: 'REPOSITORY',
        paths: ['integration.user.alias'],
        kept: 'file',
      },
    ]);
    assert.match(JSON.stringify(run.json().warnings), /Conflict: Billing_Sync was changed in the org/);
    assert.equal(names(await readConfig()).length, 5);
    assert.equal(
      ((await readConfig()).integrations as Json[]).find((item) => item.name === 'Billing_Sync')!.label,
      'Billing Sync (edited in git)',
    );

    harness.answer(() => fixture(RECORDED));
    const preferOrg = await harness.run(pullCommand, ['-o', ALIAS, '--prefer', 'org'], { cwd });
    assert.equal(preferOrg.code, ExitCode.ok);
    const merged = (await readConfig()).integrations as Json[];
    assert.equal(merged.find((item) => item.name === 'Billing_Sync')!.label, 'Billing Sync');
    assert.equal(
      merged.find((item) => item.name === 'ERP_Order_Sync')!.user.alias,
      'erpnew',
      'a repository definition never overwrites the file',
    );
  });

  it('creates the file when there is none (an org-only setup moving into a repository)', async () => {
    const cwd = await mkdtemp(path.join(dir, 'empty-'));
    config = path.join(cwd, 'definitions.json');
    await harness.authorise();
    harness.answer(() => fixture(RECORDED));

    const run = await harness.run(pullCommand, ['-o', ALIAS, '--config', 'definitions.json', '--json'], {
      cwd,
    });

    assert.equal(run.code, ExitCode.ok, JSON.stringify(run.json()));
    assert.equal((run.json().result as Json).created, true);
    const created = await readConfig();
    assert.deepEqual(names(created), ['Billing_Sync', 'ERP_Order_Sync', 'Old_Feed', 'Support_Chatbot']);
    assert.deepEqual(
      (created.profiles as Json[]).map((profile) => [profile.name, profile.existing === true]),
      [
        ['Integration - Billing Restricted', false],
        ['Integration - ERP Restricted', false],
        ['Minimum Access - API Only Integrations', true],
      ],
    );
    const loaded = loadDefinitionsText(config, await readFile(config, 'utf8'), { cwd });
    assert.equal(loaded.ok, true, JSON.stringify(!loaded.ok && loaded.problems));
    assert.deepEqual(await readdir(cwd), ['definitions.json'], 'no temporary file left behind');
  });

  it('--dry-run reports the same merge and writes nothing', async () => {
    const cwd = await freshCopy();
    const original = await readFile(config, 'utf8');
    await harness.authorise();
    harness.answer(() => fixture(RECORDED));

    const run = await harness.run(pullCommand, ['-o', ALIAS, '--dry-run', '--json'], { cwd });

    assert.equal(run.code, ExitCode.ok);
    assert.deepEqual((run.json().result as Json).added, ['Billing_Sync', 'Old_Feed', 'Support_Chatbot']);
    assert.equal((run.json().result as Json).written, false);
    assert.equal(await readFile(config, 'utf8'), original);
  });

  it('refuses an invalid file before asking the org, and leaves it as it was', async () => {
    const cwd = await freshCopy();
    const file = await readConfig();
    (file.integrations as Json[])[0]!.user.alias = 'much-too-long-alias';
    const broken = JSON.stringify(file, null, 2);
    await writeFile(config, broken);
    await harness.authorise();
    const requests = harness.answer(() => fixture(RECORDED));

    const run = await harness.run(pullCommand, ['-o', ALIAS], { cwd });

    assert.equal(run.code, ExitCode.invalidInput);
    assert.match(run.err.join('\n') + run.out.join('\n'), /integrations\[0\]\.user\.alias/);
    assert.equal(engineRequests(requests).length, 0);
    assert.equal(await readFile(config, 'utf8'), broken);
  });

  it('refuses an answer that is not a list of drafts, and writes nothing', async () => {
    const cwd = await freshCopy();
    const original = await readFile(config, 'utf8');
    const answer = fixture<Json>(RECORDED);
    answer.definitions[0].draftJson = '{"integration":';
    await harness.authorise();
    harness.answer(() => answer);

    const run = await harness.run(pullCommand, ['-o', ALIAS], { cwd });

    assert.equal(run.code, ExitCode.orgFailed);
    assert.match(run.err.join('\n'), /definitions\[0\] \(Billing_Sync\): draftJson is not JSON/);
    assert.equal(await readFile(config, 'utf8'), original);
  });
});

/**
 * The plugin's contract with its users' scripts: every `sf iuk` command has a flag snapshot and a
 * result schema, both committed and regenerated here (any difference fails: run `npm run snapshot` or
 * `npm run schemas` when the change is intended), and real outputs match the schemas.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { commandLoaders, loadAllCommands } from '../commands/index.js';
import { runCommand } from '../commands/launcher.js';
import { capture } from '../commands/testing/capture.js';
import { minimalProject } from '../metadata/testing/temp-tree.js';
import { fixture, repoRoot } from '../org/testing/salesforce-test-context.js';
import { COMMAND_RESULTS, schemaFile } from './command-results.js';
import { buildSnapshot, sfCommandNames, SNAPSHOT_FILE, snapshotText } from './command-snapshot.js';
import { generateSchemas } from './schemas.js';
import { assertMatchesSchema, resultErrors } from './testing/result-schema.js';

const ROOT = repoRoot();

describe('the sf plugin', () => {
  it('has one sf command per declared command (start is the launcher own), each with a result type', async () => {
    const declared = (await loadAllCommands()).filter((spec) => !spec.launcherOnly).map((spec) => spec.name);
    assert.deepEqual(sfCommandNames(), [...declared].sort());
    assert.deepEqual(Object.keys(COMMAND_RESULTS).sort(), [...declared].sort());
    for (const name of declared)
      assert.ok(existsSync(path.join(ROOT, 'messages', `${name}.md`)), `messages/${name}.md`);
  });

  it("the flags' defaults are the layers' own (one source: a test, not a copy)", async () => {
    const [{ DEFAULT_CONFIG }, { DEFAULT_OUTPUT_DIR }, { definitionFlags }, { generateFlags }] =
      await Promise.all([
        import('../definitions/load.js'),
        import('../metadata/generate.js'),
        import('../commands/flags.js'),
        import('../commands/generate.js'),
      ]);
    assert.equal(definitionFlags.config.default, DEFAULT_CONFIG);
    assert.equal(generateFlags['output-dir'].default, DEFAULT_OUTPUT_DIR);
  });

  it(`${SNAPSHOT_FILE} is what the commands declare`, async () => {
    const committed = readFileSync(path.join(ROOT, SNAPSHOT_FILE), 'utf8');
    assert.equal(
      snapshotText(await buildSnapshot()),
      committed,
      `run npm run snapshot if the flag change is intended`,
    );
  });

  it('schemas/ is what the result types generate', () => {
    for (const [file, text] of generateSchemas()) {
      assert.equal(
        readFileSync(path.join(ROOT, file), 'utf8'),
        text,
        `${file}: run npm run schemas if the change is intended`,
      );
    }
  });

  it('package.json makes it an sf plugin that sf plugins install accepts', () => {
    const pjson = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      oclif: { bin: string; commands: string; topicSeparator: string; topics: Record<string, unknown> };
      files: string[];
      dependencies: Record<string, string>;
      scripts: Record<string, string>;
    };
    assert.equal(pjson.oclif.bin, 'sf');
    assert.equal(pjson.oclif.topicSeparator, ' ');
    assert.equal(pjson.oclif.commands, './lib/commands');
    assert.ok(pjson.oclif.topics.iuk);
    assert.deepEqual(pjson.files, ['/lib', '/messages', '/schemas', '/oclif.manifest.json']);
    assert.match(pjson.scripts.prepack ?? '', /--manifest/);
    // What the built plugin imports at run time must be installed with it, not only in a clone.
    for (const dependency of [
      '@salesforce/core',
      '@salesforce/sf-plugins-core',
      '@oclif/core',
      '@oclif/multi-stage-output',
      '@salesforce/source-deploy-retrieve',
    ])
      assert.match(
        pjson.dependencies[dependency] ?? '',
        /^\d+\.\d+\.\d+$/,
        `${dependency} pinned in dependencies`,
      );
  });
});

describe('results match their schemas', () => {
  async function launcherResult(
    name: keyof typeof commandLoaders,
    argv: string[],
    cwd = ROOT,
  ): Promise<unknown> {
    const captured = capture();
    await runCommand(await commandLoaders[name](), [...argv, '--json'], {
      cwd,
      root: ROOT,
      streams: captured.streams,
    });
    return (JSON.parse(captured.out.join('\n')) as { result: unknown }).result;
  }

  it('validate, valid and invalid', async () => {
    assertMatchesSchema('validate', await launcherResult('validate', []));
    const broken = minimalProject('schema-invalid');
    const file = path.join(broken, 'config/integration-definitions.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('"alias": "erpint"', '"alias": "muchtoolongalias"'),
    );
    const invalid = await launcherResult('validate', [], broken);
    assert.equal((invalid as { valid: boolean }).valid, false);
    assertMatchesSchema('validate', invalid);
  });

  it('generate --check and verify', async () => {
    assertMatchesSchema(
      'generate',
      await launcherResult('generate', ['--check'], minimalProject('schema-generate')),
    );
    assertMatchesSchema('verify', await launcherResult('verify', []));
  });

  it("the engine's recorded answers, as plan, status, freeze and provision return them", () => {
    assertMatchesSchema('plan', fixture('engine/v1-plan.Plan.json'));
    // status adds the apps as the Metadata API shows them (none readable here).
    assertMatchesSchema('status', {
      ...fixture<Record<string, unknown>>('engine/v1-status.PageModel.json'),
      apps: null,
      appsError: 'INSUFFICIENT_ACCESS',
    });
    for (const command of ['freeze', 'unfreeze', 'deactivate', 'reactivate'])
      assertMatchesSchema(command, fixture('engine/v1-user-state.freeze.UserStateResult.json'));
    assertMatchesSchema('provision', {
      plan: fixture('engine/v1-plan.Plan.json'),
      applied: fixture('engine/v1-apply.ApplyResult.json'),
      apps: null,
    });
    assertMatchesSchema('provision', {
      plan: fixture('engine/v1-plan.empty.Plan.json'),
      applied: null,
      apps: null,
    });
  });

  it('a result with a renamed, missing or extra field fails (planted defects)', async () => {
    const result = (await launcherResult('validate', [])) as Record<string, unknown>;
    const { integrations, ...missing } = result;
    assert.ok(resultErrors('validate', missing).length > 0, 'a missing field');
    assert.ok(
      resultErrors('validate', { ...missing, integrationCount: integrations }).length > 0,
      'a renamed field',
    );
    assert.ok(resultErrors('validate', { ...result, extra: true }).length > 0, 'an extra field');
    assert.ok(resultErrors('validate', { ...result, integrations: '2' }).length > 0, 'a changed type');
    assert.ok(schemaFile('validate').startsWith('schemas/'));
  });
});

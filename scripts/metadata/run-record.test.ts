/**
 * Skipping unchanged work (run-record.ts): a re-run with the same inputs over the files the last run
 * left parses and renders nothing and writes nothing, and every other case is a full run that finds
 * what a full run finds (a hand edit, a tampered manifest, a symlink, a changed input).
 */
import assert from 'node:assert/strict';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { generate, type GenerateResult } from './generate.js';
import { sourceVersion } from './generator-version.js';
import { readRunRecord, recordFile, treeAsRecorded } from './run-record.js';
import { MANIFEST_FILE, stampOf } from './tree-writer.js';
import { minimalProject, snapshotTree, tempDir, writeFiles } from './testing/temp-tree.js';

const CONFIG = 'config/integration-definitions.json';
const GENERATED = 'force-app/generated';
const PROFILE = `${GENERATED}/profiles/Integration - ERP Restricted.profile-meta.xml`;

/** A project with a node_modules folder: where run records are kept. */
function project(prefix: string): string {
  const root = minimalProject(prefix);
  mkdirSync(path.join(root, 'node_modules'));
  return root;
}

async function run(root: string, options: Partial<Parameters<typeof generate>[0]> = {}) {
  const result = await generate({ configPath: CONFIG, cwd: root, ...options });
  return result;
}

function ok(result: GenerateResult): Extract<GenerateResult, { ok: true }> {
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.problems.slice(0, 3)));
  return result;
}

/** The generated tree only (the run record lives in node_modules). */
const generated = (root: string) => snapshotTree(path.join(root, GENERATED));

describe('an unchanged re-run', () => {
  it('parses, renders and writes nothing, and reports what the full run reported', async () => {
    const root = project('skip');
    const first = ok(await run(root));
    assert.equal(first.skipped, false);
    assert.ok(first.rendered > 0);
    const before = generated(root);
    const second = ok(await run(root));
    assert.equal(second.skipped, true);
    assert.equal(second.rendered, 0, 'no file was rendered');
    assert.deepEqual(second.written, []);
    assert.deepEqual(second.removed, []);
    assert.deepEqual(second.unchanged, [...first.written].sort());
    assert.deepEqual(second.summary, first.summary);
    assert.deepEqual(second.warnings, first.warnings);
    assert.deepEqual(generated(root), before, 'contents and mtimes as before');
  });

  it('is also skipped in check mode, which writes no record of its own', async () => {
    const root = project('skip-check');
    ok(await run(root));
    const recordPath = recordFile(root, path.join(root, GENERATED))!;
    const record = readFileSync(recordPath, 'utf8');
    const checked = ok(await run(root, { check: true }));
    assert.equal(checked.skipped, true);
    assert.deepEqual(checked.written, []);
    assert.equal(readFileSync(recordPath, 'utf8'), record);
  });

  it('is never skipped without a node_modules folder to keep the record in', async () => {
    const root = minimalProject('skip-no-modules');
    ok(await run(root));
    const again = ok(await run(root));
    assert.equal(again.skipped, false);
    assert.ok(again.rendered > 0);
  });
});

describe('a re-run is a full run when anything differs', () => {
  it('a hand-edited generated file is detected, reported and overwritten', async () => {
    const root = project('skip-edited');
    ok(await run(root));
    const original = readFileSync(path.join(root, PROFILE), 'utf8');
    writeFileSync(path.join(root, PROFILE), original.replace('</Profile>', '<!-- edit --></Profile>'));
    const result = ok(await run(root));
    assert.equal(result.skipped, false);
    assert.deepEqual(result.overwrittenEdits, ['profiles/Integration - ERP Restricted.profile-meta.xml']);
    assert.equal(readFileSync(path.join(root, PROFILE), 'utf8'), original);
    assert.equal(ok(await run(root)).skipped, true, 'and the run after that is skipped again');
  });

  it('a generated file that was deleted is written again', async () => {
    const root = project('skip-deleted');
    ok(await run(root));
    rmSync(path.join(root, PROFILE));
    const result = ok(await run(root));
    assert.equal(result.skipped, false);
    assert.deepEqual(result.written, ['profiles/Integration - ERP Restricted.profile-meta.xml']);
  });

  it('a changed definitions file, environment or output directory', async () => {
    const root = project('skip-inputs');
    ok(await run(root));
    const file = path.join(root, CONFIG);
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n`);
    assert.equal(ok(await run(root)).skipped, false, 'the same JSON, other bytes');
    assert.equal(ok(await run(root)).skipped, true);
    assert.equal(ok(await run(root, { environment: 'uat' })).skipped, false);
    assert.equal(ok(await run(root, { environment: 'uat' })).skipped, true);
    assert.equal(ok(await run(root)).skipped, false, 'back to the default environment');
    assert.equal(ok(await run(root, { outputDir: 'force-app/other' })).skipped, false);
  });

  it('a tampered manifest is validated as on any run, and refused', async () => {
    const root = project('skip-manifest');
    ok(await run(root));
    const manifestPath = path.join(root, GENERATED, MANIFEST_FILE);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { files: Record<string, string> };
    manifest.files['../../../outside.xml'] = '0'.repeat(64);
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
    const before = generated(root);
    const result = await run(root);
    assert.ok(!result.ok);
    assert.deepEqual(
      result.problems.map((problem) => problem.code),
      ['manifest-invalid'],
    );
    assert.deepEqual(generated(root), before, 'nothing changed');
    assert.equal(existsSync(recordFile(root, path.join(root, GENERATED))!), false, 'the record is forgotten');
  });

  it('a folder replaced by a symlink to an identical copy is refused, not trusted', async () => {
    const root = project('skip-symlink');
    ok(await run(root));
    const copy = tempDir('skip-symlink-copy');
    cpSync(path.join(root, GENERATED, 'profiles'), path.join(copy, 'profiles'), {
      recursive: true,
      preserveTimestamps: true,
    });
    rmSync(path.join(root, GENERATED, 'profiles'), { recursive: true });
    symlinkSync(path.join(copy, 'profiles'), path.join(root, GENERATED, 'profiles'));
    const result = await run(root);
    assert.ok(!result.ok);
    assert.ok(result.problems.some((problem) => problem.code === 'symlink-in-output'));
  });

  it('a refused output directory is refused even when the record matches', async () => {
    const root = project('skip-policy');
    ok(await run(root));
    // The project now says the generated directory is a package: the policy refuses it.
    const projectFile = path.join(root, 'sfdx-project.json');
    const sfdx = JSON.parse(readFileSync(projectFile, 'utf8')) as {
      packageDirectories: { path: string; package?: string }[];
    };
    for (const directory of sfdx.packageDirectories)
      if (directory.path === GENERATED) directory.package = 'Generated';
    writeFileSync(projectFile, JSON.stringify(sfdx));
    const result = await run(root);
    assert.ok(!result.ok);
    assert.ok(result.problems.some((problem) => problem.code === 'output-dir-in-package'));
  });

  it('a corrupted run record means a full run, never a failure', async () => {
    const root = project('skip-corrupt');
    ok(await run(root));
    const recordPath = recordFile(root, path.join(root, GENERATED))!;
    const text = readFileSync(recordPath, 'utf8');
    // One flipped character in the recorded summary: the checksum no longer matches.
    writeFileSync(recordPath, text.replace('"integrations":', '"integrationz":'));
    assert.equal(readRunRecord(recordPath), undefined);
    assert.equal(ok(await run(root)).skipped, false);
    writeFileSync(recordPath, '{ not json');
    assert.equal(ok(await run(root)).skipped, false);
    assert.equal(ok(await run(root)).skipped, true);
  });

  it('a failed run forgets the record', async () => {
    const root = project('skip-failed');
    ok(await run(root));
    const recordPath = recordFile(root, path.join(root, GENERATED))!;
    // A hand-written file where the generator must write: refused, and the record is dropped.
    const record = path.join(root, GENERATED, 'customMetadata');
    const target = readdirSync(record)[0]!;
    renameSync(path.join(record, target), path.join(record, `${target}.moved`));
    writeFiles(root, { [`${GENERATED}/permissionsets/IUK_Someone_Else.permissionset-meta.xml`]: '<x/>\n' });
    const manifestPath = path.join(root, GENERATED, MANIFEST_FILE);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { files: Record<string, string> };
    delete manifest.files[`permissionsets/IUK_ERP_Order_Sync.permissionset-meta.xml`];
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    const result = await run(root);
    assert.ok(!result.ok);
    assert.equal(existsSync(recordPath), false);
  });
});

describe('racily clean files (changed in the clock tick the record was written)', () => {
  it('are hashed instead of trusted: an edit that kept every stamp is still found', async () => {
    const root = project('skip-racy');
    ok(await run(root));
    const outputDir = path.join(root, GENERATED);
    const recorded = readRunRecord(recordFile(root, outputDir)!)!;
    assert.ok(treeAsRecorded(outputDir, GENERATED, recorded.record, recorded.writtenNs));
    // Simulate an edit in the same tick: the record claims the stamps the edited file has now.
    const relative = 'profiles/Integration - ERP Restricted.profile-meta.xml';
    writeFileSync(path.join(outputDir, relative), '<Profile/>\n');
    const { lstatSync } = await import('node:fs');
    const stamps = {
      ...recorded.record.stamps,
      [relative]: stampOf(lstatSync(path.join(outputDir, relative), { bigint: true })),
    };
    const claimed = { ...recorded.record, stamps };
    const future = BigInt(Date.now() + 60_000) * 1_000_000n;
    // Record written at time 0: every file changed at or after it, so every file is racily clean.
    assert.equal(treeAsRecorded(outputDir, GENERATED, claimed, 0n), undefined, 'racy: hashed, found');
    // The planted defect (trusting stamps of files changed after the record) misses the edit.
    assert.ok(treeAsRecorded(outputDir, GENERATED, claimed, future), 'trusting the stamp misses it');
  });
});

describe('file stamps', () => {
  it('a file whose size, times or inode differ from the record is not as recorded, however old', async () => {
    const root = project('skip-stamp');
    ok(await run(root));
    const outputDir = path.join(root, GENERATED);
    const recorded = readRunRecord(recordFile(root, outputDir)!)!;
    const future = BigInt(Date.now() + 60_000) * 1_000_000n;
    assert.ok(treeAsRecorded(outputDir, GENERATED, recorded.record, future));
    const relative = 'profiles/Integration - ERP Restricted.profile-meta.xml';
    for (const part of [0, 1, 2, 3]) {
      const fields = recorded.record.stamps[relative]!.split(':');
      fields[part] = `${BigInt(fields[part]!) + 1n}`;
      const stamps = { ...recorded.record.stamps, [relative]: fields.join(':') };
      assert.equal(treeAsRecorded(outputDir, GENERATED, { ...recorded.record, stamps }, future), undefined);
    }
  });
});

describe('the generator version in the key', () => {
  it('changes when any script or the lockfile changes, not when a test does', () => {
    const root = tempDir('version');
    writeFiles(root, {
      'scripts/metadata/a.ts': 'export const a = 1;\n',
      'scripts/metadata/a.test.ts': 'test\n',
      'package-lock.json': '{}\n',
    });
    const first = sourceVersion(root);
    assert.match(first ?? '', /^[0-9a-f]{64}$/);
    writeFiles(root, { 'scripts/metadata/a.test.ts': 'another test\n' });
    assert.equal(sourceVersion(root), first);
    writeFiles(root, { 'scripts/metadata/a.ts': 'export const a = 2;\n' });
    const second = sourceVersion(root);
    assert.notEqual(second, first);
    writeFiles(root, { 'package-lock.json': '{"lockfileVersion":3}\n' });
    assert.notEqual(sourceVersion(root), second);
    assert.equal(sourceVersion(tempDir('version-empty')), undefined, 'no scripts: no version, no skipping');
  });
});

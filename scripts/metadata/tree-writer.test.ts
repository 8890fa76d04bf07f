/**
 * The tree writer owns force-app/generated through its manifest: it writes only what changed, removes
 * only what it wrote, never touches hand-written files, and changes nothing when anything fails.
 * Every test works in its own temporary directory and compares whole-tree snapshots.
 */
import assert from 'node:assert/strict';
import fs, { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, mock } from 'node:test';
import { renderTree, type RenderedTree } from './render.js';
import { MANIFEST_FILE, planTree, TreeConflictError, TreeError, writeTree } from './tree-writer.js';
import { GOLDEN_VARIANTS, loadGoldenVariant } from './testing/golden.js';
import { snapshotTree, tempDir, writeFiles } from './testing/temp-tree.js';

const tree = (files: Record<string, string>): RenderedTree =>
  new Map(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)));

const INITIAL = {
  'customMetadata/Type.Alpha.md-meta.xml': '<alpha-record/>\n',
  'customMetadata/Type.Beta.md-meta.xml': '<beta-record/>\n',
  'permissionsets/P_Alpha.permissionset-meta.xml': '<alpha-permissions/>\n',
  'permissionsets/P_Beta.permissionset-meta.xml': '<beta-permissions/>\n',
  'profiles/Beta Only.profile-meta.xml': '<beta-profile/>\n',
};

/** A long-past mtime: if a run rewrites a file, its mtime moves away from this. */
const OLD = new Date('2001-01-01T00:00:00Z');

function ageFiles(root: string, relativePaths: string[]): void {
  for (const relative of relativePaths) utimesSync(path.join(root, relative), OLD, OLD);
}

function manifestFiles(root: string): string[] {
  return Object.keys(
    (JSON.parse(readFileSync(path.join(root, MANIFEST_FILE), 'utf8')) as { files: object }).files,
  ).sort();
}

describe('writeTree', () => {
  it('writes every file and a manifest listing exactly them on the first run', async () => {
    const output = path.join(tempDir('tree-first'), 'generated');
    const changes = await writeTree(output, tree(INITIAL));
    assert.deepEqual(changes.written, Object.keys(INITIAL).sort());
    assert.deepEqual(changes.unchanged, []);
    assert.deepEqual(changes.removed, []);
    const snapshot = snapshotTree(output);
    for (const [relative, content] of Object.entries(INITIAL))
      assert.equal(snapshot.files[relative], content);
    assert.deepEqual(
      Object.keys(snapshot.files).sort(),
      [...Object.keys(INITIAL), MANIFEST_FILE].sort(),
      'no temporary files are left',
    );
    assert.deepEqual(manifestFiles(output), Object.keys(INITIAL).sort());
  });

  it('writes nothing on a re-run: byte-identical files keep their modification times', async () => {
    const output = tempDir('tree-rerun');
    await writeTree(output, tree(INITIAL));
    ageFiles(output, [...Object.keys(INITIAL), MANIFEST_FILE]);
    const before = snapshotTree(output);
    const changes = await writeTree(output, tree(INITIAL));
    assert.deepEqual(changes.written, []);
    assert.deepEqual(changes.removed, []);
    assert.deepEqual(changes.unchanged, Object.keys(INITIAL).sort());
    assert.deepEqual(snapshotTree(output), before, 'contents and mtimes unchanged, manifest included');
  });

  it('rewrites only the file whose content changed', async () => {
    const output = tempDir('tree-one-change');
    await writeTree(output, tree(INITIAL));
    ageFiles(output, Object.keys(INITIAL));
    const changed = {
      ...INITIAL,
      'permissionsets/P_Alpha.permissionset-meta.xml': '<alpha-permissions-v2/>\n',
    };
    const changes = await writeTree(output, tree(changed));
    assert.deepEqual(changes.written, ['permissionsets/P_Alpha.permissionset-meta.xml']);
    assert.deepEqual(changes.overwrittenEdits, []);
    const after = snapshotTree(output);
    for (const relative of Object.keys(INITIAL)) {
      const moved = after.mtimes[relative] !== OLD.getTime();
      assert.equal(
        moved,
        relative === 'permissionsets/P_Alpha.permissionset-meta.xml',
        `${relative} rewritten: ${moved}`,
      );
    }
  });

  it('deletes exactly the files of a removed integration, and folders it leaves empty', async () => {
    const output = tempDir('tree-remove');
    await writeTree(output, tree(INITIAL));
    const withoutBeta = Object.fromEntries(
      Object.entries(INITIAL).filter(([relative]) => !/Beta/.test(relative)),
    );
    const before = snapshotTree(output);
    const changes = await writeTree(output, tree(withoutBeta));
    assert.deepEqual(changes.removed.sort(), [
      'customMetadata/Type.Beta.md-meta.xml',
      'permissionsets/P_Beta.permissionset-meta.xml',
      'profiles/Beta Only.profile-meta.xml',
    ]);
    assert.deepEqual(changes.written, []);
    const after = snapshotTree(output);
    const expectedFiles = { ...withoutBeta, [MANIFEST_FILE]: after.files[MANIFEST_FILE] };
    assert.deepEqual(after.files, expectedFiles);
    assert.deepEqual(
      after.folders,
      ['customMetadata', 'permissionsets'],
      'the emptied profiles folder is removed',
    );
    assert.deepEqual(manifestFiles(output), Object.keys(withoutBeta).sort());
    for (const relative of Object.keys(withoutBeta))
      assert.equal(after.mtimes[relative], before.mtimes[relative]);
  });

  it('removes a real integration from rendered definitions: its permission set, record and app, nothing else', async () => {
    const output = tempDir('tree-remove-rendered');
    const definitions = loadGoldenVariant(GOLDEN_VARIANTS[0]!);
    await writeTree(output, renderTree(definitions));
    const fewer = {
      ...definitions,
      integrations: definitions.integrations.filter((integration) => integration.name !== 'Support_Bridge'),
    };
    const changes = await writeTree(output, renderTree(fewer));
    assert.deepEqual(changes.removed.sort(), [
      'customMetadata/Integration_User_Definition.Support_Bridge.md-meta.xml',
      'externalClientApps/GLD_Support_Bridge.eca-meta.xml',
      'extlClntAppGlobalOauthSets/GLD_Support_Bridge_glbloauth.ecaGlblOauth-meta.xml',
      'extlClntAppOauthSettings/GLD_Support_Bridge_oauth.ecaOauth-meta.xml',
      'extlClntAppPolicies/GLD_Support_Bridge_plcy.ecaPlcy-meta.xml',
      'permissionsets/GLD_Support_Bridge.permissionset-meta.xml',
    ]);
    assert.deepEqual(changes.written, []);
    assert.deepEqual(
      Object.keys(snapshotTree(output).files).sort(),
      [...renderTree(fewer).keys(), MANIFEST_FILE].sort(),
    );
  });

  it('never touches or deletes a hand-written file in the output directory', async () => {
    const output = tempDir('tree-hand-written');
    const handWritten = {
      'README.md': 'Notes kept by an admin.\n',
      'permissionsets/Hand_Made.permissionset-meta.xml': '<hand-made/>\n',
      'profiles/Hand Made.profile-meta.xml': '<hand-made-profile/>\n',
    };
    writeFiles(output, handWritten);
    ageFiles(output, Object.keys(handWritten));
    await writeTree(output, tree(INITIAL));
    // Removing every generated file must still leave the hand-written ones and their folders.
    const changes = await writeTree(output, tree({}));
    assert.equal(changes.removed.length, Object.keys(INITIAL).length);
    const after = snapshotTree(output);
    for (const [relative, content] of Object.entries(handWritten)) {
      assert.equal(after.files[relative], content, `${relative} content`);
      assert.equal(after.mtimes[relative], OLD.getTime(), `${relative} was not rewritten`);
    }
    assert.deepEqual(Object.keys(after.files).sort(), [...Object.keys(handWritten), MANIFEST_FILE].sort());
    assert.deepEqual(after.folders, ['permissionsets', 'profiles']);
  });

  it('refuses to overwrite a hand-written file where it must write, and writes nothing at all', async () => {
    const output = tempDir('tree-conflict');
    await writeTree(
      output,
      tree({ 'customMetadata/Type.Alpha.md-meta.xml': INITIAL['customMetadata/Type.Alpha.md-meta.xml'] }),
    );
    writeFiles(output, { 'permissionsets/P_Beta.permissionset-meta.xml': '<written-by-hand/>\n' });
    const before = snapshotTree(output);
    await assert.rejects(writeTree(output, tree(INITIAL)), (error: unknown) => {
      assert.ok(error instanceof TreeConflictError);
      assert.deepEqual(error.conflicts, ['permissionsets/P_Beta.permissionset-meta.xml']);
      assert.match(error.message, /force-app\/core/, 'the message says where hand-written metadata belongs');
      return true;
    });
    assert.deepEqual(snapshotTree(output), before);
  });

  it('refuses a hand-written file at a wanted path on the very first run (no manifest yet)', async () => {
    const output = tempDir('tree-conflict-first');
    writeFiles(output, { 'profiles/Beta Only.profile-meta.xml': '<someone-elses-profile/>\n' });
    const before = snapshotTree(output);
    await assert.rejects(writeTree(output, tree(INITIAL)), TreeConflictError);
    assert.deepEqual(snapshotTree(output), before);
  });

  it('overwrites a generated file that was edited by hand, and reports it', async () => {
    const output = tempDir('tree-edited');
    await writeTree(output, tree(INITIAL));
    const edited = 'permissionsets/P_Alpha.permissionset-meta.xml';
    writeFileSync(path.join(output, edited), '<alpha-permissions plus="a hand edit"/>\n');
    const planned = await planTree(output, tree(INITIAL));
    assert.deepEqual(planned.overwrittenEdits, [edited], 'check mode reports the edit too');
    const changes = await writeTree(output, tree(INITIAL));
    assert.deepEqual(changes.written, [edited]);
    assert.deepEqual(changes.overwrittenEdits, [edited]);
    assert.equal(readFileSync(path.join(output, edited), 'utf8'), INITIAL[edited]);
  });

  it('reports a hand-edited generated file that it removes, since the edit is lost', async () => {
    const output = tempDir('tree-edited-removed');
    await writeTree(output, tree(INITIAL));
    const edited = 'profiles/Beta Only.profile-meta.xml';
    writeFileSync(path.join(output, edited), '<beta-profile edited="by hand"/>\n');
    const { [edited]: _gone, ...rest } = INITIAL;
    const changes = await writeTree(output, tree(rest));
    assert.deepEqual(changes.removed, [edited]);
    assert.deepEqual(changes.overwrittenEdits, [edited]);
    assert.equal(existsSync(path.join(output, edited)), false);
  });

  it('planTree (check mode) computes the changes without writing anything', async () => {
    const output = tempDir('tree-plan');
    await writeTree(output, tree(INITIAL));
    const before = snapshotTree(output);
    const { 'profiles/Beta Only.profile-meta.xml': _removed, ...rest } = INITIAL;
    const planned = await planTree(
      output,
      tree({ ...rest, 'permissionsets/P_Gamma.permissionset-meta.xml': '<gamma/>\n' }),
    );
    assert.deepEqual(planned.written, ['permissionsets/P_Gamma.permissionset-meta.xml']);
    assert.deepEqual(planned.removed, ['profiles/Beta Only.profile-meta.xml']);
    assert.deepEqual(snapshotTree(output), before);
  });

  describe('a failure while staging leaves the tree exactly as before', () => {
    /** Makes the n-th writeFileSync call (1-based) fail, as a full disk or a read-only folder would. */
    function failNthWrite(n: number) {
      let calls = 0;
      const original = fs.writeFileSync;
      return mock.method(fs, 'writeFileSync', (...args: Parameters<typeof fs.writeFileSync>) => {
        calls += 1;
        if (calls === n)
          throw Object.assign(new Error('EROFS: read-only file system (injected)'), { code: 'EROFS' });
        return original(...args);
      });
    }

    it('on an update: earlier staged files are discarded, nothing is renamed or removed', async () => {
      const output = tempDir('tree-stage-update');
      const { 'profiles/Beta Only.profile-meta.xml': _profile, ...withoutProfile } = INITIAL;
      await writeTree(output, tree(withoutProfile));
      ageFiles(output, [...Object.keys(withoutProfile), MANIFEST_FILE]);
      const before = snapshotTree(output);
      const next = {
        ...withoutProfile,
        'customMetadata/Type.Alpha.md-meta.xml': '<alpha-record-v2/>\n',
        'permissionsets/P_Alpha.permissionset-meta.xml': '<alpha-permissions-v2/>\n',
        'permissionsets/P_Gamma.permissionset-meta.xml': '<gamma/>\n',
        'profiles/Gamma Only.profile-meta.xml': '<gamma-profile/>\n',
      };
      delete (next as Record<string, string>)['permissionsets/P_Beta.permissionset-meta.xml'];
      // Four files staged (one in a new profiles folder), then the manifest's write fails.
      const injected = failNthWrite(5);
      try {
        await assert.rejects(writeTree(output, tree(next)), /EROFS/);
      } finally {
        injected.mock.restore();
      }
      assert.equal(injected.mock.callCount(), 5, 'the injected failure was reached');
      assert.deepEqual(
        snapshotTree(output),
        before,
        'files, mtimes and folders as before (no new profiles folder, no temporary files)',
      );
    });

    it('on the first run into an empty directory: no folders are left behind', async () => {
      const output = tempDir('tree-stage-first');
      const before = snapshotTree(output);
      const injected = failNthWrite(Object.keys(INITIAL).length);
      try {
        await assert.rejects(writeTree(output, tree(INITIAL)), /EROFS/);
      } finally {
        injected.mock.restore();
      }
      assert.deepEqual(snapshotTree(output), before);
    });
  });

  it('changes nothing when a file stands where the generator needs a folder', async () => {
    const output = tempDir('tree-stage-blocked');
    await writeTree(output, tree({ 'customMetadata/Type.Alpha.md-meta.xml': '<alpha-record/>\n' }));
    // A hand-written *file* named like the folder the generator needs: creating the folder fails.
    writeFileSync(path.join(output, 'profiles'), 'not a folder\n');
    const before = snapshotTree(output);
    await assert.rejects(writeTree(output, tree(INITIAL)));
    assert.deepEqual(snapshotTree(output), before);
  });

  it('refuses a corrupt manifest with a fix, and changes nothing (fails safe)', async () => {
    const output = tempDir('tree-corrupt-manifest');
    await writeTree(output, tree(INITIAL));
    writeFileSync(path.join(output, MANIFEST_FILE), '{ not json');
    writeFileSync(path.join(output, 'permissionsets/P_Alpha.permissionset-meta.xml'), '<edited/>\n');
    const before = snapshotTree(output);
    await assert.rejects(writeTree(output, tree(INITIAL)), (error: unknown) => {
      assert.ok(error instanceof TreeError);
      assert.deepEqual(
        error.problems.map((problem) => problem.code),
        ['manifest-invalid'],
      );
      assert.match(error.problems[0]!.fix, /git checkout/);
      return true;
    });
    assert.deepEqual(snapshotTree(output), before);
  });

  it('creates the output directory when it does not exist', async () => {
    const output = path.join(tempDir('tree-missing'), 'deep', 'generated');
    mkdirSync(path.dirname(path.dirname(output)), { recursive: true });
    await writeTree(output, tree(INITIAL));
    assert.ok(existsSync(path.join(output, MANIFEST_FILE)));
  });
});

describe('a failure while swapping staged files in restores the tree exactly as before', () => {
  /** Makes the n-th renameSync call (1-based) fail, as a file held open by another program would. */
  function failNthRename(n: number) {
    let calls = 0;
    const original = fs.renameSync;
    return mock.method(fs, 'renameSync', (...args: Parameters<typeof fs.renameSync>) => {
      calls += 1;
      if (calls === n) throw Object.assign(new Error('EBUSY: resource busy (injected)'), { code: 'EBUSY' });
      return original(...args);
    });
  }

  for (const n of [1, 2, 3, 4, 6]) {
    it(`when rename ${n} fails: no file replaced, added or left over`, async () => {
      const output = tempDir(`tree-swap-${n}`);
      await writeTree(output, tree(INITIAL));
      ageFiles(output, [...Object.keys(INITIAL), MANIFEST_FILE]);
      const before = snapshotTree(output);
      const next = {
        ...INITIAL,
        'customMetadata/Type.Alpha.md-meta.xml': '<alpha-record-v2/>\n',
        'permissionsets/P_Alpha.permissionset-meta.xml': '<alpha-permissions-v2/>\n',
        'permissionsets/P_Gamma.permissionset-meta.xml': '<gamma/>\n',
      };
      const injected = failNthRename(n);
      try {
        await assert.rejects(writeTree(output, tree(next)), /EBUSY/);
        assert.ok(injected.mock.callCount() >= n, 'the injected failure was reached');
      } finally {
        injected.mock.restore();
      }
      assert.deepEqual(snapshotTree(output), before, 'files, contents, mtimes and folders as before');
    });
  }

  it('without a failure, leaves no backup or temporary files', async () => {
    const output = tempDir('tree-swap-clean');
    await writeTree(output, tree(INITIAL));
    await writeTree(
      output,
      tree({ ...INITIAL, 'customMetadata/Type.Alpha.md-meta.xml': '<alpha-record-v2/>\n' }),
    );
    const after = snapshotTree(output);
    assert.equal(after.files['customMetadata/Type.Alpha.md-meta.xml'], '<alpha-record-v2/>\n');
    const leftovers = Object.keys(after.files).filter((file) => /\.iuk-(tmp|bak)-/.test(file));
    assert.deepEqual(leftovers, []);
  });
});

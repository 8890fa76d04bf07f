/**
 * The generator only ever creates, changes or deletes files inside its own output directory,
 * whatever the manifest, the definitions, the flags or the files already there say (issue 9), and it
 * refuses to drop an integration that was never retired (issue 8). Every refusal is a problem with a
 * fix, and the whole project (and anything outside it) is byte-identical afterwards.
 */
import assert from 'node:assert/strict';
import fs, { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, mock } from 'node:test';
import { generate, type GenerateResult } from './generate.js';
import { MANIFEST_FILE } from './tree-writer.js';
import { minimalProject, snapshotTree, tempDir, writeFiles } from './testing/temp-tree.js';

const CONFIG = 'config/integration-definitions.json';
const GENERATED = 'force-app/generated';

async function run(
  root: string,
  options: Partial<Parameters<typeof generate>[0]> = {},
): Promise<GenerateResult> {
  return generate({ configPath: CONFIG, cwd: root, ...options });
}

/** Runs generate expecting a refusal with `code`, and that nothing anywhere changed. */
async function expectRefusal(
  root: string,
  code: string,
  options: Partial<Parameters<typeof generate>[0]> = {},
  outside?: string,
) {
  const before = snapshotTree(root);
  const outsideBefore = outside ? snapshotTree(outside) : undefined;
  const result = await run(root, options);
  assert.ok(!result.ok, `expected a refusal (${code})`);
  const problem = result.problems.find((candidate) => candidate.code === code);
  assert.ok(
    problem,
    `expected ${code}, got ${result.problems.map((candidate) => candidate.code).join(', ')}`,
  );
  assert.ok(problem.message.length > 0 && problem.fix.length > 0);
  assert.deepEqual(snapshotTree(root), before, 'the project is byte-identical');
  if (outside) assert.deepEqual(snapshotTree(outside), outsideBefore, 'outside the project is untouched');
  return problem;
}

function editDefinitions(
  root: string,
  edit: (document: Record<string, unknown> & { integrations: Record<string, unknown>[] }) => void,
) {
  const file = path.join(root, CONFIG);
  const document = JSON.parse(readFileSync(file, 'utf8')) as Parameters<typeof edit>[0];
  edit(document);
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
}

function manifestOf(root: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(root, GENERATED, MANIFEST_FILE), 'utf8')) as Record<
    string,
    unknown
  >;
}

function writeManifest(root: string, manifest: unknown): void {
  writeFileSync(
    path.join(root, GENERATED, MANIFEST_FILE),
    typeof manifest === 'string' ? manifest : JSON.stringify(manifest),
  );
}

describe('the output directory', () => {
  it('refuses an --output-dir that is a file (it used to crash with a stack trace)', async () => {
    const root = minimalProject('out-file');
    writeFiles(root, { 'not-a-dir': 'hello\n' });
    const problem = await expectRefusal(root, 'output-dir-not-directory', { outputDir: 'not-a-dir' });
    assert.equal(problem.file, 'not-a-dir');
  });

  it('refuses the project root and its parent', async () => {
    const root = minimalProject('out-root');
    await expectRefusal(root, 'output-dir-is-project-root', { outputDir: '.' });
    await expectRefusal(root, 'output-dir-is-project-root', { outputDir: '..', allowOutsideProject: true });
  });

  it('refuses force-app/core, a folder inside it, and any directory sfdx-project.json packages', async () => {
    const root = minimalProject('out-package');
    const project = JSON.parse(readFileSync(path.join(root, 'sfdx-project.json'), 'utf8')) as {
      packageDirectories: object[];
    };
    project.packageDirectories.push({
      path: 'packages/connector',
      package: 'Connector',
      versionNumber: '1.0.0.NEXT',
    });
    writeFileSync(path.join(root, 'sfdx-project.json'), JSON.stringify(project));
    for (const outputDir of ['force-app/core', 'force-app/core/generated', 'packages/connector/x']) {
      await expectRefusal(root, 'output-dir-in-package', { outputDir });
      const result = await run(root, { outputDir });
      assert.equal(result.ok ? 0 : result.problems.length, 1, 'one problem per packaged directory');
    }
  });

  it('refuses a directory that contains a package directory', async () => {
    await expectRefusal(minimalProject('out-contains'), 'output-dir-contains-package', {
      outputDir: 'force-app',
    });
  });

  it('refuses a directory outside the project unless explicitly allowed', async () => {
    const root = minimalProject('out-outside');
    const outside = tempDir('out-outside-target');
    await expectRefusal(
      root,
      'output-dir-outside-project',
      { outputDir: path.join(outside, 'generated') },
      outside,
    );
    const allowed = await run(root, {
      outputDir: path.join(outside, 'generated'),
      allowOutsideProject: true,
    });
    assert.ok(allowed.ok, allowed.ok ? '' : allowed.problems.map((problem) => problem.message).join('\n'));
    assert.ok(existsSync(path.join(outside, 'generated', MANIFEST_FILE)));
  });

  it('refuses an output directory reached through a symbolic link, inside or out of the project', async () => {
    const root = minimalProject('out-symlink');
    const outside = tempDir('out-symlink-target');
    symlinkSync(outside, path.join(root, 'force-app', 'linked-out'));
    symlinkSync(path.join(root, 'force-app', 'core'), path.join(root, 'force-app', 'linked-core'));
    await expectRefusal(root, 'output-dir-symlink', { outputDir: 'force-app/linked-out' }, outside);
    await expectRefusal(root, 'output-dir-symlink', { outputDir: 'force-app/linked-core/sub' });
  });
});

describe('the manifest', () => {
  async function generated(prefix: string): Promise<string> {
    const root = minimalProject(prefix);
    const first = await run(root);
    assert.ok(first.ok);
    return root;
  }

  it('records the output directory it belongs to', async () => {
    assert.equal(manifestOf(await generated('manifest-directory')).directory, GENERATED);
  });

  for (const [what, key] of [
    ['a path that climbs out with ..', '../../outside.txt'],
    ['an absolute path', '/tmp/iuk-victim.txt'],
    ['a path in another letter case', 'PermissionSets/IUK_ERP_Order_Sync.permissionset-meta.xml'],
    ['a path outside the generator’s folders', 'classes/Evil.cls'],
  ] as const) {
    it(`refuses a manifest listing ${what}, and deletes nothing (it used to delete it and exit 0)`, async () => {
      const root = await generated('manifest-traversal');
      const outside = tempDir('manifest-victim');
      writeFiles(outside, { 'outside.txt': 'precious\n' });
      const manifest = manifestOf(root);
      const files = manifest.files as Record<string, string>;
      files[
        key.startsWith('../')
          ? path.relative(path.join(root, GENERATED), path.join(outside, 'outside.txt'))
          : key
      ] = 'a'.repeat(64);
      writeManifest(root, manifest);
      const problem = await expectRefusal(root, 'manifest-invalid', {}, outside);
      assert.match(problem.fix, /git checkout/);
    });
  }

  for (const [what, manifest] of [
    ['text that is not JSON', '{ "generator": "integration-user-kit", '],
    ['an array', '[]'],
    ['files as an array', { generator: 'integration-user-kit', files: ['x'] }],
    [
      'a hash that is not sha256',
      { generator: 'integration-user-kit', files: { 'profiles/X.profile-meta.xml': 'abc' } },
    ],
    ['another generator', { generator: 'other', files: {} }],
  ] as const) {
    it(`refuses a manifest that is ${what}`, async () => {
      const root = await generated('manifest-shape');
      writeManifest(root, manifest);
      await expectRefusal(root, 'manifest-invalid');
    });
  }

  it('refuses a manifest copied from another output directory', async () => {
    const root = await generated('manifest-copied');
    const manifest = manifestOf(root);
    manifest.directory = 'force-app/other-generated';
    writeManifest(root, manifest);
    const problem = await expectRefusal(root, 'manifest-from-elsewhere');
    assert.match(problem.message, /force-app\/other-generated/);
  });

  it('ignores prototype keys in a manifest instead of trusting them', async () => {
    const root = await generated('manifest-proto');
    const text = readFileSync(path.join(root, GENERATED, MANIFEST_FILE), 'utf8').replace(
      '"files": {',
      '"files": { "__proto__": "' + 'b'.repeat(64) + '",',
    );
    writeManifest(root, text);
    await expectRefusal(root, 'manifest-invalid');
  });
});

describe('files already in the output directory', () => {
  it('never follows a symbolic link inside the output directory', async () => {
    const root = minimalProject('inside-symlink');
    const outside = tempDir('inside-symlink-target');
    writeFiles(outside, { 'IUK_ERP_Order_Sync.permissionset-meta.xml': 'outside\n' });
    mkdirSync(path.join(root, GENERATED), { recursive: true });
    symlinkSync(outside, path.join(root, GENERATED, 'permissionsets'));
    const problem = await expectRefusal(root, 'symlink-in-output', {}, outside);
    assert.equal(problem.file, `${GENERATED}/permissionsets`);
  });

  it('never writes through a symbolic link that stands where a generated file goes', async () => {
    const root = minimalProject('inside-file-symlink');
    const outside = tempDir('inside-file-symlink-target');
    writeFiles(outside, { 'victim.xml': 'outside\n' });
    mkdirSync(path.join(root, GENERATED, 'profiles'), { recursive: true });
    symlinkSync(
      path.join(outside, 'victim.xml'),
      path.join(root, GENERATED, 'profiles', 'Integration - API Only.profile-meta.xml'),
    );
    await expectRefusal(root, 'symlink-in-output', {}, outside);
  });

  it('refuses a folder where a generated file goes', async () => {
    const root = minimalProject('inside-folder');
    mkdirSync(path.join(root, GENERATED, 'permissionsets', 'IUK_ERP_Order_Sync.permissionset-meta.xml'), {
      recursive: true,
    });
    await expectRefusal(root, 'folder-instead-of-file');
  });

  it('refuses a file where a generated folder goes', async () => {
    const root = minimalProject('inside-file');
    writeFiles(root, { [`${GENERATED}/customMetadata`]: 'a file\n' });
    await expectRefusal(root, 'file-instead-of-folder');
  });

  it('turns a write failure (read-only directory, full disk) into a problem and undoes everything', async () => {
    const root = minimalProject('inside-readonly');
    const injected = mock.method(fs, 'writeFileSync', () => {
      throw Object.assign(new Error('EACCES: permission denied (injected)'), {
        code: 'EACCES',
        path: path.join(root, GENERATED, 'x'),
      });
    });
    try {
      const problem = await expectRefusal(root, 'output-write-failed');
      assert.match(problem.message, /EACCES/);
      assert.match(problem.fix, /writable/);
    } finally {
      injected.mock.restore();
    }
    assert.equal(existsSync(path.join(root, GENERATED)), false, 'not even the output folder is left behind');
  });
});

describe('removing an integration', () => {
  it('refuses to drop an integration that was not retired, and tells the safe order', async () => {
    const root = minimalProject('retire-refused');
    assert.ok((await run(root)).ok);
    editDefinitions(root, (document) => {
      document.integrations = document.integrations.filter(
        (integration) => integration.name !== 'ERP_Order_Sync',
      );
      delete (document.environments as { integrations?: unknown }[])[1]!.integrations;
    });
    const problem = await expectRefusal(root, 'integration-removed-before-retirement');
    assert.equal(problem.file, CONFIG);
    assert.match(problem.message, /ERP_Order_Sync/);
    assert.match(problem.fix, /"retired": true, deploy and provision/);
    const check = await run(root, { check: true });
    assert.ok(!check.ok, '--check reports it too');
  });

  it('retires first (record retired and inactive, permission set and sole profile gone), then allows the deletion', async () => {
    const root = minimalProject('retire-allowed');
    assert.ok((await run(root)).ok);
    editDefinitions(root, (document) => {
      const erp = document.integrations.find((integration) => integration.name === 'ERP_Order_Sync')!;
      erp.retired = true;
    });
    const retired = await run(root);
    assert.ok(retired.ok, retired.ok ? '' : retired.problems.map((problem) => problem.message).join('\n'));
    assert.deepEqual(retired.removed.sort(), [
      'externalClientApps/IUK_ERP_Order_Sync.eca-meta.xml',
      'extlClntAppGlobalOauthSets/IUK_ERP_Order_Sync_glbloauth.ecaGlblOauth-meta.xml',
      'extlClntAppOauthSettings/IUK_ERP_Order_Sync_oauth.ecaOauth-meta.xml',
      'extlClntAppPolicies/IUK_ERP_Order_Sync_plcy.ecaPlcy-meta.xml',
      'permissionsets/IUK_ERP_Order_Sync.permissionset-meta.xml',
      'profiles/Integration - ERP Restricted.profile-meta.xml',
    ]);
    const record = readFileSync(
      path.join(root, GENERATED, 'customMetadata/Integration_User_Definition.ERP_Order_Sync.md-meta.xml'),
      'utf8',
    );
    assert.match(record, /<field>Retired__c<\/field>\s*<value xsi:type="xsd:boolean">true<\/value>/);
    assert.match(record, /<field>Active__c<\/field>\s*<value xsi:type="xsd:boolean">false<\/value>/);

    editDefinitions(root, (document) => {
      document.integrations = document.integrations.filter(
        (integration) => integration.name !== 'ERP_Order_Sync',
      );
      document.profiles = (document.profiles as { name: string }[]).filter(
        (profile) => profile.name !== 'Integration - ERP Restricted',
      );
      delete (document.environments as { profiles?: unknown; integrations?: unknown }[])[1]!.profiles;
      delete (document.environments as { profiles?: unknown; integrations?: unknown }[])[1]!.integrations;
    });
    const deleted = await run(root);
    assert.ok(deleted.ok, deleted.ok ? '' : deleted.problems.map((problem) => problem.message).join('\n'));
    assert.deepEqual(deleted.removed, [
      'customMetadata/Integration_User_Definition.ERP_Order_Sync.md-meta.xml',
    ]);
  });
});

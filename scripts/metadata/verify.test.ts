/**
 * Offline verification (verify.ts) on the real repository and on small temporary SFDX projects, one
 * planted mistake each; and the real Salesforce CLI converting the generated directory to the same
 * components as source-deploy-retrieve.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';
import { ComponentSet, MetadataConverter } from '@salesforce/source-deploy-retrieve';
import { loadDefinitions } from '../definitions/load.js';
import { readProjectLayout } from './project.js';
import { renderTree } from './render.js';
import { planTree, writeTree } from './tree-writer.js';
import { verifyMetadata, type VerifyResult } from './verify.js';
import { GOLDEN_VARIANTS, loadGoldenVariant } from './testing/golden.js';
import { copyFromRepo, REPO_ROOT, tempDir, writeFiles } from './testing/temp-tree.js';
import { parseXml } from './testing/xml-order.js';

const CLASS_META = `<?xml version="1.0" encoding="UTF-8"?>
<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>63.0</apiVersion>
    <status>Active</status>
</ApexClass>
`;

const PERMISSION_SET_WITH_LICENSE = `<?xml version="1.0" encoding="UTF-8"?>
<PermissionSet xmlns="http://soap.sforce.com/2006/04/metadata">
    <hasActivationRequired>false</hasActivationRequired>
    <label>Bound To The PSL</label>
    <license>SalesforceAPIIntegrationPsl</license>
</PermissionSet>
`;

const CUSTOM_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<Profile xmlns="http://soap.sforce.com/2006/04/metadata">
    <custom>true</custom>
    <userLicense>Salesforce Integration</userLicense>
</Profile>
`;

/**
 * A clean project laid out like the repository: the packaged core (the definition type and one Apex
 * class with its -meta.xml, plus tooling that .forceignore hides) and the generated directory written
 * by the generator from the golden definitions.
 */
async function cleanProject(prefix: string): Promise<string> {
  const root = tempDir(prefix);
  copyFromRepo(root, [
    'sfdx-project.json',
    '.forceignore',
    'force-app/core/definitions',
    'examples/isv-connector/force-app',
  ]);
  writeFiles(root, {
    'force-app/core/engine/classes/GoldenSample.cls': 'public with sharing class GoldenSample {}\n',
    'force-app/core/engine/classes/GoldenSample.cls-meta.xml': CLASS_META,
    'force-app/core/engine/classes/GoldenSample.test-notes.ts':
      '// tooling next to metadata: ignored by .forceignore\n',
  });
  await writeTree(
    path.join(root, 'force-app', 'generated'),
    renderTree(loadGoldenVariant(GOLDEN_VARIANTS[0]!)),
  );
  return root;
}

async function verifyProject(root: string, convert = false): Promise<VerifyResult> {
  const layout = await readProjectLayout(root);
  return verifyMetadata({
    root,
    packageDirectories: layout.packageDirectories,
    ...(layout.packagedDirectory ? { packagedDirectory: layout.packagedDirectory } : {}),
    packagedDirectories: layout.packagedDirectories,
    convert,
  });
}

/** The findings must be exactly the planted mistake: no noise, nothing missed. */
function assertOnlyFinding(result: VerifyResult, file: string, message: RegExp): void {
  assert.equal(result.ok, false, 'verification must fail');
  assert.deepEqual(
    result.findings.map((finding) => finding.file),
    [file],
    `findings: ${JSON.stringify(result.findings, null, 2)}`,
  );
  assert.match(result.findings[0]!.message, message);
}

describe('verifyMetadata', () => {
  it('passes on the real repository (force-app/core + force-app/generated), converting to Metadata API format', async () => {
    const result = await verifyProject(REPO_ROOT, true);
    // If this fails on someone's half-written Apex or LWC in force-app/core, the findings name the files.
    assert.deepEqual(result.findings, [], 'findings on the real repository');
    assert.ok(result.ok);
    for (const type of ['CustomObject', 'CustomMetadata', 'PermissionSet', 'Profile'])
      assert.ok(result.byType[type], `resolves ${type} components`);
    assert.ok(
      (result.convertedFiles ?? 0) > result.components,
      'conversion wrote the components and package.xml',
    );
  });

  it('the committed force-app/generated is what config/integration-definitions.json generates', async () => {
    const loaded = await loadDefinitions('config/integration-definitions.json', { cwd: REPO_ROOT });
    assert.ok(loaded.ok);
    const plan = await planTree(
      path.join(REPO_ROOT, 'force-app', 'generated'),
      renderTree(loaded.definitions),
    );
    assert.deepEqual(
      { written: plan.written, removed: plan.removed },
      { written: [], removed: [] },
      'run `npm run generate` and commit the result',
    );
  });

  it('passes on a clean temporary project, and ignores .forceignore tooling and the manifest', async () => {
    const result = await verifyProject(await cleanProject('verify-clean'), true);
    assert.deepEqual(result.findings, []);
    // The golden tree, the core's definition type and one class, and the ISV example package
    // (one object, one permission set, one definition record, its app's packageable part).
    assert.deepEqual(result.byType, {
      ApexClass: 1,
      CustomMetadata: 6, // the golden records (one of them the retired Archive_Export) and the ISV example's
      CustomObject: 2,
      // The apps of Order_Sync (jwtBearer) and Support_Bridge (clientCredentials), none for the
      // external, none and retired integrations; the ISV example's app carries only its header and
      // OAuth settings.
      ExternalClientApplication: 3,
      ExtlClntAppConfigurablePolicies: 2,
      ExtlClntAppGlobalOauthSettings: 2,
      ExtlClntAppOauthSettings: 3,
      PermissionSet: 5,
      Profile: 2,
    });
    assert.ok(result.convertedFiles);
  });

  it('catches malformed XML and names the file and line', async () => {
    const root = await cleanProject('verify-malformed');
    const file = 'force-app/generated/permissionsets/GLD_Order_Sync.permissionset-meta.xml';
    const text = readFileSync(path.join(root, file), 'utf8');
    writeFileSync(path.join(root, file), text.replace('</label>', '</labl>'));
    assertOnlyFinding(await verifyProject(root), file, /^Malformed XML at line \d+/);
  });

  it('catches a component that resolves but does not convert, as a deploy would', async () => {
    // A static resource kept as a folder must be an archive: SDR resolves the folder, then refuses
    // to zip it for Metadata API when its content type is anything else.
    const root = await cleanProject('verify-convert');
    writeFiles(root, {
      'force-app/core/engine/staticresources/Notes/readme.txt': 'a folder resource\n',
      'force-app/core/engine/staticresources/Notes.resource-meta.xml': `<?xml version="1.0" encoding="UTF-8"?>
<StaticResource xmlns="http://soap.sforce.com/2006/04/metadata">
    <cacheControl>Private</cacheControl>
    <contentType>text/plain</contentType>
</StaticResource>
`,
    });
    assert.equal((await verifyProject(root)).ok, true, 'without conversion nothing is wrong');
    assertOnlyFinding(
      await verifyProject(root, true),
      '(conversion)',
      /^Conversion to Metadata API format failed: A StaticResource directory must have a content type/,
    );
  });

  it('catches a stray file in a type folder', async () => {
    const root = await cleanProject('verify-stray');
    writeFiles(root, { 'force-app/core/engine/classes/notes.txt': 'a file that is no metadata\n' });
    assertOnlyFinding(
      await verifyProject(root),
      'force-app/core/engine/classes/notes.txt',
      /Belongs to no metadata component/,
    );
  });

  it('catches a misnamed metadata file in the generated directory', async () => {
    const root = await cleanProject('verify-misnamed');
    writeFiles(root, {
      'force-app/generated/permissionsets/Extra.permissionset.xml': PERMISSION_SET_WITH_LICENSE,
    });
    assertOnlyFinding(
      await verifyProject(root),
      'force-app/generated/permissionsets/Extra.permissionset.xml',
      /Belongs to no metadata component/,
    );
  });

  it('catches a .cls without its -meta.xml', async () => {
    const root = await cleanProject('verify-lonely-class');
    writeFiles(root, { 'force-app/core/engine/classes/Lonely.cls': 'public with sharing class Lonely {}\n' });
    assertOnlyFinding(
      await verifyProject(root),
      'force-app/core/engine/classes/Lonely.cls',
      /^Missing Lonely\.cls-meta\.xml next to it\.$/,
    );
  });

  it('catches a Profile in the packaged directory', async () => {
    const root = await cleanProject('verify-packaged-profile');
    const file = 'force-app/core/security/profiles/Packaged Profile.profile-meta.xml';
    writeFiles(root, { [file]: CUSTOM_PROFILE });
    assertOnlyFinding(await verifyProject(root), file, /Profile components cannot be packaged/);
  });

  it('catches a licence-bound permission set in the packaged directory, and allows it in the generated one', async () => {
    const root = await cleanProject('verify-packaged-license');
    const packaged = 'force-app/core/security/permissionsets/Bound.permissionset-meta.xml';
    writeFiles(root, {
      [packaged]: PERMISSION_SET_WITH_LICENSE,
      'force-app/generated/permissionsets/Bound_Generated.permissionset-meta.xml':
        PERMISSION_SET_WITH_LICENSE,
    });
    assertOnlyFinding(await verifyProject(root), packaged, /tied to a licence cannot be packaged/);
  });
});

describe('the real Salesforce CLI (sf project convert source)', () => {
  // The pinned CLI from node_modules (what `npx sf` runs); autoupdate, version checks and telemetry off.
  const SF = path.join(REPO_ROOT, 'node_modules', '.bin', 'sf');
  const environment = {
    ...process.env,
    SF_DISABLE_AUTOUPDATE: 'true',
    SF_SKIP_NEW_VERSION_CHECK: 'true',
    SF_DISABLE_TELEMETRY: 'true',
  };

  function packageMembers(packageXml: string): string[] {
    const members: string[] = [];
    for (const types of parseXml(packageXml).children.filter((node) => node.name === 'types')) {
      const name = types.children.find((node) => node.name === 'name')!.text;
      for (const member of types.children.filter((node) => node.name === 'members'))
        members.push(`${name}:${member.text}`);
    }
    return members.sort();
  }

  function listRelative(directory: string): string[] {
    return readdirSync(directory, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) =>
        path
          .relative(directory, path.join(entry.parentPath ?? entry.path, entry.name))
          .split(path.sep)
          .join('/'),
      )
      .sort();
  }

  it('is the pinned version', () => {
    const pinned = (
      JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
        devDependencies: Record<string, string>;
      }
    ).devDependencies['@salesforce/cli'];
    const installed = (
      JSON.parse(
        readFileSync(path.join(REPO_ROOT, 'node_modules', '@salesforce', 'cli', 'package.json'), 'utf8'),
      ) as { version: string }
    ).version;
    assert.equal(installed, pinned);
  });

  it(
    'converts force-app/generated with status 0, to the same components and files as SDR',
    { timeout: 180_000 },
    async () => {
      const root = tempDir('sf-convert');
      copyFromRepo(root, ['sfdx-project.json', '.forceignore', 'force-app/generated']);
      const { stdout } = await promisify(execFile)(
        SF,
        [
          'project',
          'convert',
          'source',
          '--source-dir',
          'force-app/generated',
          '--output-dir',
          'sf-out',
          '--json',
        ],
        { cwd: root, env: environment, timeout: 170_000 },
      );
      const envelope = JSON.parse(stdout) as { status: number; result: { location: string } };
      assert.equal(envelope.status, 0, stdout);
      const sfOut = path.join(root, 'sf-out');

      const components = ComponentSet.fromSource(path.join(root, 'force-app', 'generated'));
      const sdrMembers = components
        .getSourceComponents()
        .toArray()
        .map((component) => `${component.type.name}:${component.fullName}`)
        .sort();
      assert.ok(sdrMembers.length > 0);
      assert.deepEqual(packageMembers(readFileSync(path.join(sfOut, 'package.xml'), 'utf8')), sdrMembers);

      const sdrOut = path.join(root, 'sdr-out');
      await new MetadataConverter().convert(components, 'metadata', {
        type: 'directory',
        outputDirectory: sdrOut,
        genUniqueDir: false,
      });
      assert.deepEqual(listRelative(sfOut), listRelative(sdrOut));
    },
  );
});

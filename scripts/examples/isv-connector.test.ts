/**
 * The ISV example's definition record and permission set are what the kit's generator makes of
 * examples/isv-connector/integration-definitions.json, and the renderer refuses what a package
 * cannot carry.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { copyFromRepo, REPO_ROOT, tempDir, writeFiles } from '../metadata/testing/temp-tree.js';
import { differences, EXAMPLE_DEFINITIONS, main, renderExample } from './isv-connector.js';

describe('examples/isv-connector', () => {
  it('the committed record, permission set and app are what its definitions generate', async () => {
    const rendered = await renderExample(REPO_ROOT);
    // Of the connector's External Client App only the package-safe part: no global OAuth settings, no
    // policies (they name a user of the subscriber org).
    assert.deepEqual(
      [...rendered.files.keys()],
      [
        'examples/isv-connector/force-app/customMetadata/Integration_User_Definition.Commerce_Sync.md-meta.xml',
        'examples/isv-connector/force-app/externalClientApps/ACM_Commerce_Sync.eca-meta.xml',
        'examples/isv-connector/force-app/extlClntAppOauthSettings/ACM_Commerce_Sync_oauth.ecaOauth-meta.xml',
        'examples/isv-connector/force-app/permissionsets/ACM_Commerce_Sync.permissionset-meta.xml',
      ],
    );
    assert.match(
      rendered.files.get(
        'examples/isv-connector/force-app/externalClientApps/ACM_Commerce_Sync.eca-meta.xml',
      )!,
      /<distributionState>Packaged<\/distributionState>/,
    );
    assert.deepEqual(differences(REPO_ROOT, rendered), []);
  });

  it('notices a hand edit of a rendered file', async () => {
    const root = tempDir('isv-example');
    copyFromRepo(root, ['examples/isv-connector', 'config/schema']);
    const record =
      'examples/isv-connector/force-app/customMetadata/Integration_User_Definition.Commerce_Sync.md-meta.xml';
    writeFiles(root, {
      [record]: readFileSync(path.join(root, record), 'utf8').replace('acmesync', 'acmeedit'),
    });
    const lines: string[] = [];
    assert.equal(await main(['--check'], (line) => lines.push(line), root), 1);
    assert.match(
      lines[0]!,
      /Commerce_Sync\.md-meta\.xml: differs from what examples\/isv-connector\/integration-definitions\.json generates/,
    );
  });

  it('refuses definitions that would need a profile or a user permission in the package', async () => {
    const root = tempDir('isv-example-unpackageable');
    copyFromRepo(root, ['examples/isv-connector', 'config/schema']);
    const definitions = JSON.parse(readFileSync(path.join(root, EXAMPLE_DEFINITIONS), 'utf8')) as {
      profiles: Record<string, unknown>[];
      integrations: Record<string, unknown>[];
    };
    definitions.profiles = [
      {
        name: 'Acme Connector Restricted',
        loginIpRanges: [{ cidr: '192.0.2.0/24', description: 'Acme egress' }],
      },
    ];
    definitions.integrations[0]!.profile = 'Acme Connector Restricted';
    definitions.integrations[0]!.userPermissions = [{ name: 'ApiEnabled' }];
    writeFiles(root, { [EXAMPLE_DEFINITIONS]: JSON.stringify(definitions, null, 2) });
    const rendered = await renderExample(root);
    const problems = rendered.problems.join('\n');
    assert.match(
      problems,
      /profiles\/Acme Connector Restricted\.profile-meta\.xml would be generated, but a package never installs a profile/,
    );
    assert.match(problems, /grants user permissions, which packaged permission sets cannot carry/);
  });
});

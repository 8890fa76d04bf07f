/**
 * The packaging rules on the ISV example package and on copies of it with one planted mistake each,
 * through verifyMetadata (source-deploy-retrieve resolves the components, as `npm run iuk -- verify`
 * does in the metadata stage).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { verifyMetadata, type VerifyResult } from '../../metadata/verify.js';
import { copyFromRepo, REPO_ROOT, tempDir, writeFiles } from '../../metadata/testing/temp-tree.js';

const EXAMPLE = 'examples/isv-connector/force-app';
const PERMISSION_SET = `${EXAMPLE}/permissionsets/ACM_Commerce_Sync.permissionset-meta.xml`;
const RECORD = `${EXAMPLE}/customMetadata/Integration_User_Definition.Commerce_Sync.md-meta.xml`;
const APP = `${EXAMPLE}/externalClientApps/ACM_Commerce_Sync.eca-meta.xml`;

/** The core's definition type and the example package, with `files` written over them. */
async function verifyExample(files: Record<string, string> = {}): Promise<VerifyResult> {
  const root = tempDir('package-rules');
  copyFromRepo(root, ['.forceignore', 'force-app/core/definitions', EXAMPLE]);
  writeFiles(root, files);
  return verifyMetadata({
    root,
    packageDirectories: ['force-app/core', EXAMPLE],
    packagedDirectories: ['force-app/core', EXAMPLE],
  });
}

function edited(relative: string, from: string | RegExp, to: string): Record<string, string> {
  const original = readFileSync(path.join(REPO_ROOT, relative), 'utf8');
  const changed = original.replace(from, to);
  assert.notEqual(changed, original, `${relative} does not contain ${String(from)}`);
  return { [relative]: changed };
}

const messages = (result: VerifyResult) =>
  result.findings.map((finding) => `${finding.file}: ${finding.message}`);

describe('packaging rules on the ISV connector example', () => {
  it('the example package verifies: components resolve, nothing unpackageable', async () => {
    const result = await verifyExample();
    assert.deepEqual(messages(result), []);
    // The core's definition type, the connector's object, its permission set, its record and the
    // package-safe part of its app.
    assert.deepEqual(result.byType, {
      CustomMetadata: 1,
      CustomObject: 2,
      ExternalClientApplication: 1,
      ExtlClntAppOauthSettings: 1,
      PermissionSet: 1,
    });
  });

  const planted: [string, Record<string, string>, RegExp][] = [
    [
      'a user permission in a packaged permission set',
      edited(
        PERMISSION_SET,
        '</PermissionSet>',
        '    <userPermissions>\n        <enabled>true</enabled>\n        <name>ApiEnabled</name>\n    </userPermissions>\n</PermissionSet>',
      ),
      /ACM_Commerce_Sync\.permissionset-meta\.xml: grants the user permission ApiEnabled: packaged permission sets cannot carry user permissions/,
    ],
    [
      'access to a standard object, which an install ignores',
      edited(PERMISSION_SET, '<object>Acme_Sync_Checkpoint__c</object>', '<object>Account</object>'),
      /grants access to the standard object Account: object permissions for standard objects are ignored/,
    ],
    [
      "access to another package's object",
      edited(
        PERMISSION_SET,
        '<field>Acme_Sync_Checkpoint__c.Cursor__c</field>',
        '<field>Integration_User_Run__c.Summary__c</field>',
      ),
      /grants field access on Integration_User_Run__c, which this package does not define/,
    ],
    [
      'a licence-bound permission set',
      edited(PERMISSION_SET, '</label>', '</label>\n    <license>SalesforceAPIIntegrationPsl</license>'),
      /A permission set tied to a licence cannot be packaged/,
    ],
    [
      'a profile',
      {
        [`${EXAMPLE}/profiles/Acme Connector.profile-meta.xml`]:
          '<?xml version="1.0" encoding="UTF-8"?>\n<Profile xmlns="http://soap.sforce.com/2006/04/metadata">\n    <custom>true</custom>\n    <userLicense>Salesforce Integration</userLicense>\n</Profile>\n',
      },
      /Profile components cannot be packaged/,
    ],
    [
      'an app header distributed as Local',
      edited(
        APP,
        '<distributionState>Packaged</distributionState>',
        '<distributionState>Local</distributionState>',
      ),
      /ACM_Commerce_Sync\.eca-meta\.xml: distributionState is "Local"/,
    ],
    [
      "an app's policies, which name one org's user",
      {
        [`${EXAMPLE}/extlClntAppPolicies/ACM_Commerce_Sync_plcy.ecaPlcy-meta.xml`]:
          '<?xml version="1.0" encoding="UTF-8"?>\n<ExtlClntAppConfigurablePolicies xmlns="http://soap.sforce.com/2006/04/metadata">\n    <externalClientApplication>ACM_Commerce_Sync</externalClientApplication>\n    <isEnabled>true</isEnabled>\n    <isOauthPluginEnabled>true</isOauthPluginEnabled>\n    <label>ACM_Commerce_Sync_plcy</label>\n</ExtlClntAppConfigurablePolicies>\n',
      },
      /ExtlClntAppConfigurablePolicies cannot ship in a package/,
    ],
    [
      'a definition record whose username is the same in every org',
      edited(RECORD, '.{orgId}</value>', '</value>'),
      /Username__c "commerce-sync@connector\.acme\.example" is the same in every org/,
    ],
    [
      'a definition record listing a permission set the package does not carry',
      edited(
        RECORD,
        /(<field>Permission_Sets__c<\/field>\s*<value[^>]*>)ACM_Commerce_Sync</,
        '$1ACM_Commerce_Admin<',
      ),
      /Permission_Sets__c lists ACM_Commerce_Admin, which this package does not carry/,
    ],
    [
      'a definition record in the package that defines the type',
      {
        'force-app/core/definitions/customMetadata/Integration_User_Definition.Commerce_Sync.md-meta.xml':
          readFileSync(path.join(REPO_ROOT, RECORD), 'utf8'),
      },
      /a definition record in the package that defines Integration_User_Definition__mdt/,
    ],
  ];
  for (const [what, files, expected] of planted) {
    it(`fails ${what}`, async () => {
      const found = messages(await verifyExample(files));
      assert.equal(found.length, 1, found.join('\n'));
      assert.match(found[0]!, expected);
    });
  }
});

/**
 * The removal API (removal.ts): exactly the components the kit generated for retired integrations,
 * nothing it did not generate, and a destructive-changes pair that source-deploy-retrieve reads back.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { loadDefinitionsText } from '../definitions/load.js';
import { validDocument } from '../definitions/testing/fixtures.js';
import type { DefinitionsFile } from '../definitions/schema.js';
import { removalComponents, renderRemovalManifests, retiredProfiles } from './removal.js';
import { renderTree } from './render.js';

function resolved(document: DefinitionsFile) {
  const result = loadDefinitionsText('defs.json', JSON.stringify(document));
  assert.ok(result.ok, result.ok ? '' : result.problems.map((problem) => problem.message).join('\n'));
  return result.definitions;
}

/** The fixture with a second generated profile, an existing one, and Beta_Sync retired. */
function withRetiredBeta(): DefinitionsFile {
  const document = validDocument();
  document.profiles.push(
    { name: 'Integration - Beta Only' },
    { name: 'Minimum Access - API Only Integrations', existing: true },
  );
  document.integrations[1]!.profile = 'Integration - Beta Only';
  document.integrations[1]!.retired = true;
  document.integrations[1]!.permissionSets = ['Shared_Reporting'];
  document.integrations[1]!.permissionSetGroups = ['Baseline_Group'];
  return document;
}

describe('removalComponents', () => {
  it('lists the retired integration’s permission set, record, app and sole generated profile, sorted', () => {
    assert.deepEqual(
      removalComponents(resolved(withRetiredBeta())).map(({ type, fullName }) => `${type} ${fullName}`),
      [
        'CustomMetadata Integration_User_Definition.Beta_Sync',
        'ExternalClientApplication IUK_Beta_Sync',
        'ExtlClntAppConfigurablePolicies IUK_Beta_Sync_plcy',
        'ExtlClntAppGlobalOauthSettings IUK_Beta_Sync_glbloauth',
        'ExtlClntAppOauthConfigurablePolicies IUK_Beta_Sync_oauthPlcy',
        'ExtlClntAppOauthSettings IUK_Beta_Sync_oauth',
        'PermissionSet IUK_Beta_Sync',
        'Profile Integration - Beta Only',
      ],
    );
  });

  it('never lists an app the kit did not generate (method "external" or "none")', () => {
    for (const authentication of [
      { method: 'external', reason: 'Logs in through the vendor package’s own connected app.' },
      { method: 'none', reason: 'Salesforce calls out to it; the user only owns the records.' },
    ] as const) {
      const document = withRetiredBeta();
      document.integrations[1]!.authentication = authentication;
      const types = removalComponents(resolved(document)).map((component) => component.type);
      assert.ok(!types.some((type) => type.startsWith('Ext')), authentication.method);
    }
  });

  it('never lists what the kit did not generate: an existing profile, extra permission sets or groups', () => {
    const document = withRetiredBeta();
    document.integrations[1]!.profile = 'Minimum Access - API Only Integrations';
    const names = removalComponents(resolved(document)).map((component) => component.fullName);
    assert.ok(!names.includes('Minimum Access - API Only Integrations'));
    assert.ok(!names.includes('Shared_Reporting') && !names.includes('Baseline_Group'));
    assert.ok(
      !names.includes('Integration - Beta Only'),
      'an unused profile is not removed: it is still generated',
    );
  });

  it('keeps a generated profile that an unretired integration still uses', () => {
    const document = withRetiredBeta();
    document.integrations[1]!.profile = 'Integration - Base';
    assert.ok(!removalComponents(resolved(document)).some((component) => component.type === 'Profile'));
    assert.deepEqual(retiredProfiles(resolved(document)), []);
  });

  it('is empty without retired integrations, and names the namespaced record type', () => {
    assert.deepEqual(removalComponents(resolved(validDocument())), []);
    const document = withRetiredBeta();
    document.settings = { namespace: 'iukpkg' };
    assert.ok(
      removalComponents(resolved(document)).some(
        (component) => component.fullName === 'iukpkg__Integration_User_Definition.Beta_Sync',
      ),
    );
  });

  it('agrees with the generator: nothing it lists is still rendered, except the retired record', () => {
    const definitions = resolved(withRetiredBeta());
    const rendered = [...renderTree(definitions).keys()];
    assert.ok(!rendered.some((file) => file.includes('IUK_Beta_Sync') || file.includes('Beta Only')));
    assert.ok(rendered.includes('customMetadata/Integration_User_Definition.Beta_Sync.md-meta.xml'));
  });
});

describe('renderRemovalManifests', () => {
  it('writes an empty package.xml and a destructiveChangesPost.xml listing every component', async () => {
    const components = removalComponents(resolved(withRetiredBeta()));
    const manifests = await renderRemovalManifests(components, '63.0');
    const parse = (text: string) =>
      new XMLParser({ isArray: (name) => name === 'types' || name === 'members' }).parse(text) as {
        Package: { types?: { name: string; members: string[] }[]; version: number };
      };
    const empty = parse(manifests['package.xml']);
    assert.equal(empty.Package.types, undefined);
    assert.equal(String(empty.Package.version), '63');
    const destructive = parse(manifests['destructiveChangesPost.xml']);
    assert.deepEqual(
      destructive.Package.types!.flatMap((type) => type.members.map((member) => `${type.name} ${member}`)),
      components.map((component) => `${component.type} ${component.fullName}`),
    );
  });
});

/**
 * The External Client App renderers: folders and suffixes as source-deploy-retrieve registers them,
 * WSDL element order, what each flow writes, no consumer key or secret ever, golden OAuth policies,
 * and the generated apps plus their staged policies resolving and converting with SDR like every
 * other component.
 *
 *   UPDATE_GOLDEN=1 node --import tsx --test scripts/metadata/eca/eca.test.ts   rewrites the policy golden files
 */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { RegistryAccess } from '@salesforce/source-deploy-retrieve';
import type { ResolvedIntegration } from '../../definitions/model.js';
import { renderTree } from '../render.js';
import { verifyMetadata } from '../verify.js';
import { GOLDEN_DIR, GOLDEN_VARIANTS, loadGoldenVariant } from '../testing/golden.js';
import { copyFromRepo, tempDir, writeFiles } from '../testing/temp-tree.js';
import { assertDocumentOrder, parseXml } from '../testing/xml-order.js';
import { APP_COMPONENT_TYPES, appComponents, componentPath } from './components.js';
import {
  OAUTH_POLICY_VALUES,
  oauthPoliciesPath,
  renderAppFiles,
  renderGlobalOauthSettings,
  renderOauthPolicies,
  renderPackageableApp,
  type RunAs,
} from './render.js';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const POLICY_GOLDEN = path.join(GOLDEN_DIR, 'app-policies');
const definitions = loadGoldenVariant(GOLDEN_VARIANTS[0]!);
const byName = (name: string) => definitions.integrations.find((integration) => integration.name === name)!;
/** Fixed org answers for the policies: the engine's resolved username and the permission set id. */
const runAs = (integration: ResolvedIntegration): RunAs => ({
  username: integration.user.username,
  permissionSetId: `0PS${integration.name.length.toString().padStart(3, '0')}000000ABCDE`,
});

function children(xml: string): Map<string, string> {
  return new Map(parseXml(xml).children.map((child) => [child.name, child.text]));
}

describe('External Client App components', () => {
  it('use the types, folders and suffixes source-deploy-retrieve registers', () => {
    const registry = new RegistryAccess();
    for (const type of APP_COMPONENT_TYPES) {
      const registered = registry.getTypeByName(type.type);
      assert.equal(registered.name, type.type);
      assert.equal(registered.directoryName, type.directory, `${type.type} folder`);
      assert.equal(registered.suffix, type.suffix, `${type.type} suffix`);
      assert.equal(registered.inFolder ?? false, false);
    }
  });

  it('are written for clientCredentials and jwtBearer integrations only, never the OAuth policy', () => {
    const tree = renderTree(definitions);
    const appFiles = [...tree.keys()].filter((file) =>
      APP_COMPONENT_TYPES.some((type) => file.startsWith(`${type.directory}/`)),
    );
    assert.deepEqual(appFiles.sort(), [
      'externalClientApps/GLD_Order_Sync.eca-meta.xml',
      'externalClientApps/GLD_Support_Bridge.eca-meta.xml',
      'extlClntAppGlobalOauthSets/GLD_Order_Sync_glbloauth.ecaGlblOauth-meta.xml',
      'extlClntAppGlobalOauthSets/GLD_Support_Bridge_glbloauth.ecaGlblOauth-meta.xml',
      'extlClntAppOauthSettings/GLD_Order_Sync_oauth.ecaOauth-meta.xml',
      'extlClntAppOauthSettings/GLD_Support_Bridge_oauth.ecaOauth-meta.xml',
      'extlClntAppPolicies/GLD_Order_Sync_plcy.ecaPlcy-meta.xml',
      'extlClntAppPolicies/GLD_Support_Bridge_plcy.ecaPlcy-meta.xml',
    ]);
    // Legacy_Feed is "external", Event_Relay "none", Archive_Export retired: no app for any of them.
  });

  it('have their children in the WSDL sequence, the staged OAuth policies included', () => {
    for (const name of ['Order_Sync', 'Support_Bridge']) {
      const integration = byName(name);
      for (const [file, content] of renderAppFiles(integration)) assertDocumentOrder(content, file);
      assertDocumentOrder(
        renderOauthPolicies(integration, runAs(integration)),
        oauthPoliciesPath(integration),
      );
    }
  });

  it('the order check fails on a planted swap in a policy', () => {
    const swapped = renderOauthPolicies(byName('Support_Bridge'), runAs(byName('Support_Bridge'))).replace(
      /(    <clientCredentialsFlowUser>.*\n)(    <commaSeparatedPermissionSet>.*\n)/,
      '$2$1',
    );
    assert.throws(() => assertDocumentOrder(swapped, 'planted'), /clientCredentialsFlowUser> comes after/);
  });
});

describe('what each flow writes', () => {
  it('client credentials: the flow on in the settings and the policy, running as the integration user', () => {
    const integration = byName('Support_Bridge');
    const global = children(renderGlobalOauthSettings(integration));
    assert.equal(global.get('isClientCredentialsFlowEnabled'), 'true');
    assert.equal(global.has('certificate'), false);
    const policy = children(renderOauthPolicies(integration, runAs(integration)));
    assert.equal(policy.get('clientCredentialsFlowUser'), 'support.bridge@golden.example');
    assert.equal(policy.get('isClientCredentialsFlowEnabled'), 'true');
    assert.equal(policy.get('permittedUsersPolicyType'), OAUTH_POLICY_VALUES.permittedUsersPolicyType);
    assert.equal(policy.get('commaSeparatedPermissionSet'), runAs(integration).permissionSetId);
  });

  it('JWT bearer: the public certificate enables the flow; no run-as user, client credentials off', () => {
    const integration = byName('Order_Sync');
    const global = children(renderGlobalOauthSettings(integration));
    const pem = readFileSync(path.join(GOLDEN_DIR, 'certificates', 'golden-jwt.crt'), 'utf8');
    const body = pem.replace(/-----(BEGIN|END) CERTIFICATE-----|\s/g, '');
    assert.equal(global.get('certificate'), body, 'the base64 body of the one certificate, on one line');
    assert.equal(global.get('isClientCredentialsFlowEnabled'), 'false');
    const policy = children(renderOauthPolicies(integration, runAs(integration)));
    assert.equal(policy.has('clientCredentialsFlowUser'), false);
    assert.equal(policy.get('isClientCredentialsFlowEnabled'), 'false');
    // Pre-authorised for this user only: the integration's own permission set, assigned to no one else.
    assert.equal(policy.get('permittedUsersPolicyType'), 'AdminApprovedPreAuthorized');
  });

  it('scopes in the Metadata API spelling; contact, label and description from the owner and justification', () => {
    const files = renderAppFiles(byName('Support_Bridge'));
    const settings = children(files.get(componentPath('GLD_Support_Bridge', 'oauthSettings'))!);
    assert.equal(settings.get('commaSeparatedOauthScopes'), 'Api, Chatter');
    const header = children(files.get(componentPath('GLD_Support_Bridge', 'app'))!);
    assert.equal(header.get('contactEmail'), 'support-tools@golden.example');
    assert.equal(header.get('label'), 'Support Bridge');
    assert.match(header.get('description')!, /Owner: Lee Park\. Why: Mirrors cases/);
    assert.equal(header.get('distributionState'), 'Local');
  });

  it('an inactive integration keeps its app, disabled', () => {
    const integration = { ...byName('Support_Bridge'), active: false };
    const policies = children(
      renderAppFiles(integration).get(componentPath('GLD_Support_Bridge', 'policies'))!,
    );
    assert.equal(policies.get('isEnabled'), 'false');
  });

  it('never writes a consumer key or secret, in any file of any variant', () => {
    for (const variant of GOLDEN_VARIANTS) {
      for (const [file, content] of renderTree(loadGoldenVariant(variant)))
        assert.doesNotMatch(content, /consumerKey|consumerSecret/, file);
    }
  });
});

describe("the package-safe part (an ISV connector's app)", () => {
  it('is the header, distributed as Packaged, and the OAuth settings: never the global settings or a policy', () => {
    const files = renderPackageableApp(byName('Support_Bridge'));
    assert.deepEqual(
      [...files.keys()],
      [
        'externalClientApps/GLD_Support_Bridge.eca-meta.xml',
        'extlClntAppOauthSettings/GLD_Support_Bridge_oauth.ecaOauth-meta.xml',
      ],
    );
    const packageSafe = new Set(
      APP_COMPONENT_TYPES.filter((type) => type.packageSafe).map((type) => type.directory),
    );
    for (const file of files.keys()) assert.ok(packageSafe.has(file.split('/')[0]!), file);
    assert.equal(
      children(files.get('externalClientApps/GLD_Support_Bridge.eca-meta.xml')!).get('distributionState'),
      'Packaged',
    );
    for (const content of files.values())
      assert.doesNotMatch(content, /@golden\.example<\/clientCredentialsFlowUser>|support\.bridge@/);
  });
});

describe('golden OAuth policies (rendered at deploy time with the org answers)', () => {
  it('match __golden__/app-policies byte for byte', () => {
    const rendered = new Map(
      ['Order_Sync', 'Support_Bridge'].map((name) => {
        const integration = byName(name);
        return [oauthPoliciesPath(integration), renderOauthPolicies(integration, runAs(integration))];
      }),
    );
    if (UPDATE) {
      rmSync(POLICY_GOLDEN, { recursive: true, force: true });
      for (const [file, content] of rendered) {
        mkdirSync(path.dirname(path.join(POLICY_GOLDEN, file)), { recursive: true });
        writeFileSync(path.join(POLICY_GOLDEN, file), content);
      }
      assert.fail('UPDATE_GOLDEN=1: rewrote the OAuth policy golden files; review the diff and run again.');
    }
    const directory = path.join(POLICY_GOLDEN, 'extlClntAppOauthPolicies');
    assert.deepEqual(
      readdirSync(directory)
        .map((file) => `extlClntAppOauthPolicies/${file}`)
        .sort(),
      [...rendered.keys()].sort(),
    );
    for (const [file, content] of rendered)
      assert.equal(content, readFileSync(path.join(POLICY_GOLDEN, file), 'utf8'), file);
  });
});

describe('offline verification with source-deploy-retrieve', () => {
  it('resolves and converts the generated apps and their staged policies like a deploy would', async () => {
    const root = tempDir('eca-verify');
    copyFromRepo(root, ['sfdx-project.json', '.forceignore', 'force-app/core/definitions']);
    const files: Record<string, string> = {};
    for (const [file, content] of renderTree(definitions)) files[`force-app/generated/${file}`] = content;
    for (const name of ['Order_Sync', 'Support_Bridge']) {
      const integration = byName(name);
      files[`force-app/generated/${oauthPoliciesPath(integration)}`] = renderOauthPolicies(
        integration,
        runAs(integration),
      );
    }
    writeFiles(root, files);
    const result = await verifyMetadata({
      root,
      packageDirectories: ['force-app/core', 'force-app/generated'],
      convert: true,
    });
    assert.deepEqual(result.findings, []);
    for (const type of APP_COMPONENT_TYPES) assert.equal(result.byType[type.type], 2, type.type);
    assert.ok(result.convertedFiles);
  });

  it('names every component of an app for reads and removal', () => {
    assert.deepEqual(
      appComponents('GLD_Order_Sync').map((component) => `${component.type}:${component.fullName}`),
      [
        'ExternalClientApplication:GLD_Order_Sync',
        'ExtlClntAppOauthSettings:GLD_Order_Sync_oauth',
        'ExtlClntAppGlobalOauthSettings:GLD_Order_Sync_glbloauth',
        'ExtlClntAppConfigurablePolicies:GLD_Order_Sync_plcy',
        'ExtlClntAppOauthConfigurablePolicies:GLD_Order_Sync_oauthPlcy',
      ],
    );
  });
});

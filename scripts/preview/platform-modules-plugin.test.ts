import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PluginContext } from 'rollup';
import type { FixtureSet } from './fixtures.js';
import { platformModules } from './platform-modules-plugin.js';
import type { SalesforceSource } from './salesforce-source.js';

const source: SalesforceSource = {
  root: '/src',
  bundles: new Map(),
  labels: new Map([['IUK_Title', 'Integration users']]),
  labelFiles: ['/src/labels/CustomLabels.labels-meta.xml'],
  customPermissions: new Set(['Manage_Integration_Users']),
  apexClasses: new Map([
    [
      'Ctrl',
      {
        file: '/src/classes/Ctrl.cls',
        methods: new Map([
          ['getPageModel', { auraEnabled: true, cacheable: true }],
          ['apply', { auraEnabled: true, cacheable: false }],
          ['internalHelper', { auraEnabled: false, cacheable: false }],
        ]),
      },
    ],
  ]),
};
const fixtures: FixtureSet = {
  dir: '/src/lwc/page/__tests__/data',
  fixtures: [],
  table: {
    'Ctrl.getPageModel': { default: {} },
    'Ctrl.apply': { default: {} },
    'Ctrl.internalHelper': { default: {} },
    'Draft.method': { default: {} },
  },
  scenarios: ['default'],
  ignored: [],
};

function setup() {
  const notices: string[] = [];
  const plugin = platformModules({ source, fixtures, runtimeDir: '/runtime', notices });
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
  } as unknown as PluginContext;
  const resolve = (id: string) =>
    (plugin.resolveId as (this: PluginContext, id: string, importer: string) => string | null).call(
      context,
      id,
      '/src/lwc/page/page.js',
    );
  const load = (id: string) => (plugin.load as (id: string) => string | null)(id);
  return { resolve, load, notices };
}

describe('platformModules', () => {
  it('answers an exposed Apex method from its fixture, knowing whether it is cacheable', () => {
    const { resolve, load } = setup();
    const wired = resolve('@salesforce/apex/Ctrl.getPageModel');
    assert.match(load(wired!)!, /createApexMethod\("Ctrl\.getPageModel", \{ cacheable: true \}\)/);
    assert.match(load(resolve('@salesforce/apex/Ctrl.apply')!)!, /cacheable: false/);
  });

  it('fails the build for an Apex import without a fixture, naming the file to add', () => {
    const { resolve } = setup();
    assert.throws(() => resolve('@salesforce/apex/Ctrl.other'), /no fixture.*Ctrl\.other\.json/);
  });

  it('fails the build for a method that is not @AuraEnabled', () => {
    const { resolve } = setup();
    assert.throws(
      () => resolve('@salesforce/apex/Ctrl.internalHelper'),
      /no @AuraEnabled method "internalHelper"/,
    );
  });

  it('notes, but allows, a controller that is not in the source yet', () => {
    const { resolve, load, notices } = setup();
    assert.match(load(resolve('@salesforce/apex/Draft.method')!)!, /cacheable: null/);
    assert.equal(notices.length, 1);
    assert.match(notices[0]!, /Apex class Draft is not in \/src yet/);
  });

  it('serves custom labels from the source and rejects unknown ones', () => {
    const { resolve, load } = setup();
    assert.equal(load(resolve('@salesforce/label/c.IUK_Title')!), 'export default "Integration users";');
    assert.throws(() => resolve('@salesforce/label/c.Missing'), /no custom label "Missing"/);
  });

  it('checks custom permissions exist', () => {
    const { resolve } = setup();
    assert.ok(resolve('@salesforce/customPermission/Manage_Integration_Users'));
    assert.throws(() => resolve('@salesforce/customPermission/Nope'), /Nope\.customPermission-meta\.xml/);
  });

  it('provides the lightning modules the npm package lacks, and nothing else', () => {
    const { resolve } = setup();
    assert.equal(resolve('lightning/platformShowToastEvent'), '/runtime/platformShowToastEvent.js');
    assert.equal(resolve('lightning/navigation'), '/runtime/navigation.js');
    assert.equal(resolve('lightning/uiRecordApi'), null, 'left unresolved so the build fails on it');
    assert.equal(resolve('@salesforce/messageChannel/Foo__c'), null);
  });
});

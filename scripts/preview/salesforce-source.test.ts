import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { parseAuraEnabledMethods, parseCustomLabels, readSalesforceSource } from './salesforce-source.js';

describe('parseAuraEnabledMethods', () => {
  const source = `
    public with sharing class IntegrationUserAssistantController {
      // @AuraEnabled public static void commentedOut() {}
      @AuraEnabled(cacheable=true)
      public static IntegrationUserModels.PageModel getPageModel() { return null; }
      @AuraEnabled
      public static IntegrationUserModels.Plan planProvisioning(List<String> integrations) { return null; }
      @TestVisible
      private static Boolean helper(String value) { return true; }
      public static Map<String, List<Id>> notExposed() { return null; }
    }`;
  const methods = parseAuraEnabledMethods(source);

  it('finds exposed methods and whether they are cacheable', () => {
    assert.deepEqual(methods.get('getPageModel'), { auraEnabled: true, cacheable: true });
    assert.deepEqual(methods.get('planProvisioning'), { auraEnabled: true, cacheable: false });
  });

  it('does not expose other methods or commented-out code', () => {
    assert.equal(methods.get('helper')?.auraEnabled, false);
    assert.equal(methods.get('notExposed')?.auraEnabled, false);
    assert.equal(methods.has('commentedOut'), false);
  });
});

describe('parseCustomLabels', () => {
  it('reads names and values', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
      <CustomLabels xmlns="http://soap.sforce.com/2006/04/metadata">
        <labels><fullName>IUK_Title</fullName><language>en_US</language><protected>false</protected>
          <shortDescription>Title</shortDescription><value>Integration users</value></labels>
      </CustomLabels>`;
    assert.deepEqual([...parseCustomLabels(xml, 'x')], [['IUK_Title', 'Integration users']]);
  });
});

describe('readSalesforceSource', () => {
  const roots: string[] = [];
  after(async () => {
    for (const root of roots) await rm(root, { recursive: true, force: true });
  });

  async function tree(files: Record<string, string>): Promise<string> {
    const root = await mkdtemp(path.join(os.tmpdir(), 'iuk-source-'));
    roots.push(root);
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), text);
    }
    return root;
  }

  it('finds bundles, custom permissions and classes across package folders', async () => {
    const root = await tree({
      'core/a/lwc/one/one.js': '',
      'core/b/lwc/two/two.js': '',
      'core/b/lwc/two/__tests__/x.test.js': '',
      'core/b/lwc/jsconfig.json': '{}',
      'core/perm/customPermissions/Manage_Integration_Users.customPermission-meta.xml': '<x/>',
      'core/classes/Ctrl.cls': 'public class Ctrl { @AuraEnabled public static void go() {} }',
    });
    const source = await readSalesforceSource(root);
    assert.deepEqual([...source.bundles.keys()].sort(), ['one', 'two']);
    assert.equal(source.customPermissions.has('Manage_Integration_Users'), true);
    assert.equal(source.apexClasses.get('Ctrl')?.methods.get('go')?.auraEnabled, true);
  });

  it('refuses two bundles with the same name', async () => {
    const root = await tree({ 'a/lwc/same/same.js': '', 'b/lwc/same/same.js': '' });
    await assert.rejects(readSalesforceSource(root), /Two LWC bundles are named "same"/);
  });
});

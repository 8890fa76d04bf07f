import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isApexErrorShape, isArgumentVariant, loadFixtures, parseFixtureFileName } from './fixtures.js';

describe('parseFixtureFileName', () => {
  it('reads the method and the variant', () => {
    assert.deepEqual(parseFixtureFileName('IntegrationUserAssistantController.getPageModel.json'), {
      apexMethod: 'IntegrationUserAssistantController.getPageModel',
      variant: 'default',
      file: 'IntegrationUserAssistantController.getPageModel.json',
    });
    assert.equal(
      parseFixtureFileName('IntegrationUserAssistantController.getPageModel.noPermission.json')?.variant,
      'noPermission',
    );
  });

  it('ignores files that are not Apex fixtures', () => {
    assert.equal(parseFixtureFileName('records.json'), undefined);
    assert.equal(parseFixtureFileName('expected.output.json'), undefined);
    assert.equal(parseFixtureFileName('Controller.getPageModel.txt'), undefined);
  });

  it('rejects malformed fixture names with the fix', () => {
    assert.throws(
      () => parseFixtureFileName('Controller.getPageModel.no-permission.json'),
      /Rename the file/,
    );
    assert.throws(() => parseFixtureFileName('Controller.getPageModel.a.b.json'), /<ApexClass>\.<method>/);
    assert.throws(
      () => parseFixtureFileName('Controller.getPageModel.default.json'),
      /Controller\.getPageModel\.json/,
    );
  });
});

describe('isApexErrorShape', () => {
  it('recognises the platform error shape only', () => {
    assert.equal(isApexErrorShape({ ok: false, status: 500, body: { message: 'No access' } }), true);
    assert.equal(isApexErrorShape({ ok: true, body: { message: 'x' } }), false);
    assert.equal(isApexErrorShape({ ok: false, body: {} }), false);
    assert.equal(isApexErrorShape({ message: 'x' }), false);
    assert.equal(isApexErrorShape(null), false);
  });
});

describe('loadFixtures', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'iuk-fixtures-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('builds the method table and the scenario list', async () => {
    await writeFile(path.join(dir, 'Ctrl.getPageModel.json'), '{"canView": true}');
    await writeFile(path.join(dir, 'Ctrl.getPageModel.noPermission.json'), '{"canView": false}');
    await writeFile(path.join(dir, 'Ctrl.apply.planChanged.json'), '{"ok": false, "body": {"message": "m"}}');
    await writeFile(path.join(dir, 'notes.json'), '{}');
    const set = await loadFixtures(dir);
    assert.deepEqual(set.table['Ctrl.getPageModel'], {
      default: { canView: true },
      noPermission: { canView: false },
    });
    assert.deepEqual(set.scenarios, ['default', 'noPermission', 'planChanged']);
    assert.deepEqual(set.ignored, ['notes.json']);
  });

  it('keeps a for<Value> answer in the table but not among the scenarios', async () => {
    await writeFile(path.join(dir, 'Ctrl.getFields.json'), '{"objectName": "Case"}');
    await writeFile(path.join(dir, 'Ctrl.getFields.forAccount.json'), '{"objectName": "Account"}');
    await writeFile(path.join(dir, 'Ctrl.getFields.formatted.json'), '{"objectName": "Lead"}');
    const set = await loadFixtures(dir);
    assert.deepEqual(Object.keys(set.table['Ctrl.getFields']!).sort(), [
      'default',
      'forAccount',
      'formatted',
    ]);
    assert.ok(!set.scenarios.includes('forAccount'), set.scenarios.join(', '));
    assert.ok(set.scenarios.includes('formatted'), 'a variant that merely starts with "for" is a scenario');
    assert.equal(isArgumentVariant('forCustom_Object__c'), true);
    assert.equal(isArgumentVariant('for'), false);
  });

  it('names the file when its JSON is broken', async () => {
    await writeFile(path.join(dir, 'Ctrl.broken.json'), '{ nope');
    await assert.rejects(loadFixtures(dir), (error: Error) => error.message.includes('Ctrl.broken.json'));
  });

  it('explains a missing folder', async () => {
    await assert.rejects(loadFixtures(path.join(dir, 'missing')), /--fixtures/);
  });
});

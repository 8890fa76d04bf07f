/**
 * The draft <-> record vectors, TypeScript side: each canonical draft, put into a definitions file,
 * gives exactly its record through the file's loader and the generator (so the Apex converter, which
 * must turn the record back into the draft, agrees with the generator); the Apex converter writes every
 * field of the record type; canonical drafts ignore what does not change the record.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { canonicalDraft, type Draft } from '../definitions/canonical-draft.js';
import { loadDefinitionsText } from '../definitions/load.js';
import type { Integration } from '../definitions/schema.js';
import { DEFINITION_FIELDS } from '../metadata/definition-record.js';
import { DRAFT_VECTORS_FILE, draftVectors, orgRecordValues, type RecordValues } from './definition-drafts.js';
import { REPO_ROOT } from './repo-root.js';

/** The record a draft gives: the draft as a file (its restrictions on a generated profile), loaded and rendered. */
function recordOf(draft: Draft): RecordValues {
  const profile = draft.profileRestrictions
    ? { name: draft.integration.profile, ...draft.profileRestrictions }
    : { name: draft.integration.profile, existing: true, userLicense: 'Salesforce Integration' };
  const document = { version: 1, profiles: [profile], integrations: [draft.integration] };
  const loaded = loadDefinitionsText('draft.json', JSON.stringify(document));
  assert.ok(loaded.ok, loaded.ok ? '' : loaded.problems.map((problem) => problem.message).join('\n'));
  return orgRecordValues(loaded.definitions.integrations[0]!, loaded.definitions);
}

const vectors = (
  JSON.parse(readFileSync(path.join(REPO_ROOT, DRAFT_VECTORS_FILE), 'utf8')) as {
    vectors: ReturnType<typeof draftVectors>;
  }
).vectors;

describe('draft <-> record vectors', () => {
  it('cover ranges, hours, justifications, extra permission sets and groups', () => {
    assert.ok(vectors.length >= 5);
    const records = vectors.map((vector) => vector.record);
    for (const field of [
      'Login_Ip_Ranges__c',
      'Login_Hours__c',
      'Access_Justifications__c',
      'Permission_Set_Groups__c',
      'First_Name__c',
    ])
      assert.ok(
        records.some((record) => record[field] !== null),
        `a vector sets ${field}`,
      );
    assert.ok(records.some((record) => (record.Permission_Sets__c as string).includes('\n')));
  });

  for (const vector of vectors) {
    it(`the draft gives its record through the definitions file: ${vector.name}`, () => {
      assert.deepEqual(recordOf(vector.draft), vector.record);
    });
  }

  it('a planted difference fails: a draft with another alias gives another record', () => {
    const draft = structuredClone(vectors[0]!.draft);
    (draft.integration.user as { alias: string }).alias = 'planted';
    assert.notDeepEqual(recordOf(draft), vectors[0]!.record);
  });

  it('every record sets every field of the type', () => {
    const fields = Object.keys(DEFINITION_FIELDS).sort();
    for (const vector of vectors) assert.deepEqual(Object.keys(vector.record).sort(), fields, vector.name);
  });
});

describe('the Apex converter writes every field of the record type', () => {
  const source = readFileSync(
    path.join(REPO_ROOT, 'force-app/core/authoring/classes/IntegrationUserDefinitionDrafts.cls'),
    'utf8',
  );
  const fieldsDir = path.join(
    REPO_ROOT,
    'force-app/core/definitions/objects/Integration_User_Definition__mdt/fields',
  );
  const typeFields = readdirSync(fieldsDir)
    .map((file) => file.replace(/\.field-meta\.xml$/, ''))
    .sort();
  const listed = (text: string) => {
    const block = /FIELDS = new List<Schema\.SObjectField>\{([\s\S]*?)\};/.exec(text)?.[1] ?? '';
    return [...block.matchAll(/Integration_User_Definition__mdt\.(\w+__c)/g)]
      .map((match) => match[1]!)
      .sort();
  };
  const valued = (text: string) =>
    [...text.matchAll(/values\.put\(\s*local\(Integration_User_Definition__mdt\.(\w+__c)\)/g)]
      .map((match) => match[1]!)
      .sort();

  it('FIELDS lists exactly the fields of Integration_User_Definition__mdt', () => {
    assert.deepEqual(listed(source), typeFields);
  });

  it('recordValues sets a value for each of them', () => {
    assert.deepEqual(valued(source), typeFields);
  });

  it('a planted field the type lacks fails', () => {
    const planted = source.replace(
      'Integration_User_Definition__mdt.Username__c',
      'Integration_User_Definition__mdt.Username__c,\n        Integration_User_Definition__mdt.Nickname__c',
    );
    assert.notDeepEqual(listed(planted), typeFields);
  });
});

describe('canonical drafts', () => {
  const entry = (): Integration =>
    ({
      name: 'Billing_Sync',
      label: 'Billing Sync',
      externalSystem: 'Contoso',
      direction: 'inbound',
      owner: { name: 'Priya', email: 'p@acme.example' },
      justification: 'Creates invoices from closed opportunities.',
      user: {
        username: 'b@acme.example',
        email: 'b@acme.example',
        lastName: 'Billing',
        alias: 'bill',
        timeZone: 'Europe/London',
        locale: 'en_GB',
        language: 'en_US',
        emailEncoding: 'UTF-8',
      },
      profile: 'P',
      active: true,
      whenInactive: 'freeze',
      removeUnlistedAssignments: false,
      objects: [
        { object: 'Opportunity', access: ['read'], fields: { read: ['StageName', 'Amount'] } },
        { object: 'Account', access: ['edit', 'read'] },
      ],
      permissionSets: ['Z_Set', 'A_Set'],
    }) as Integration;

  it('leave out defaults and sort what the record sorts', () => {
    const draft = canonicalDraft(entry());
    assert.deepEqual(Object.keys(draft.integration), [
      'name',
      'label',
      'externalSystem',
      'direction',
      'owner',
      'justification',
      'user',
      'profile',
      'objects',
      'permissionSets',
    ]);
    assert.ok(!('emailEncoding' in (draft.integration.user as object)));
    assert.deepEqual(
      (draft.integration.objects as { object: string; access: string[] }[]).map((object) => [
        object.object,
        object.access,
      ]),
      [
        ['Account', ['read', 'edit']],
        ['Opportunity', ['read']],
      ],
    );
    assert.deepEqual(draft.integration.permissionSets, ['A_Set', 'Z_Set']);
  });

  it('write CIDR blocks as start and end, canonical addresses, IPv4 first', () => {
    const draft = canonicalDraft(entry(), {
      name: 'P',
      loginIpRanges: [
        { cidr: '2001:DB8::/126', description: ' v6 ' },
        { cidr: '192.0.2.0/30' },
        { start: '198.51.100.1', end: '198.51.100.9' },
      ],
      loginHours: { sunday: 'closed', monday: '08:00-18:00' },
    });
    assert.deepEqual(draft.profileRestrictions, {
      loginIpRanges: [
        { start: '192.0.2.0', end: '192.0.2.3' },
        { start: '198.51.100.1', end: '198.51.100.9' },
        { start: '2001:db8::', end: '2001:db8::3', description: 'v6' },
      ],
      loginHours: { monday: '08:00-18:00', sunday: 'closed' },
    });
  });
});

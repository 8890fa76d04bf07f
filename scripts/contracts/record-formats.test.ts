/**
 * The text formats of Integration_User_Definition__mdt, generator side: for every shared vector the
 * generator writes exactly the vector's text. The Apex decoders are tested against the same file
 * (IntegrationUserRecordFormats_Test reads it as a static resource), so the two sides agree by
 * construction. See docs/contracts.md section 1.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { ResolvedDefinitions, ResolvedIntegration } from '../definitions/model.js';
import {
  sortParallel,
  type ResolvedFieldPermissions,
  type ResolvedObjectPermission,
} from '../definitions/rules/least-privilege.js';
import type { Weekday } from '../definitions/schema.js';
import {
  formatAccessJustificationsForRecord,
  formatObjectAccessForRecord,
} from '../definitions/rules/object-access.js';
import { parseAddress } from '../definitions/rules/ip-ranges.js';
import { DEFINITION_FIELDS } from '../metadata/definition-record.js';
import { REPO_ROOT } from './repo-root.js';

export const VECTORS_FILE = 'force-app/core/tests/staticresources/IntegrationUserRecordFormatVectors.json';

interface IpRange {
  startAddress: string;
  endAddress: string;
  description: string | null;
}
interface LoginHoursDay {
  day: string;
  startMinutes: number;
  endMinutes: number;
}
interface ObjectAccess {
  objectName: string;
  access: string[];
  readFields: string[];
  editFields: string[];
}
interface AccessJustification {
  objectName: string;
  justification: string;
}
interface Vector<T> {
  name: string;
  text: string;
  ranges?: T;
  hours?: T;
  objects?: T;
  justifications?: T;
}
interface Vectors {
  loginIpRanges: { valid: Vector<IpRange[]>[]; lenient: Vector<IpRange[]>[] };
  loginHours: { valid: Vector<LoginHoursDay[]>[]; lenient: Vector<LoginHoursDay[]>[] };
  objectAccess: {
    valid: Vector<ObjectAccess[]>[];
    lenient: Vector<ObjectAccess[]>[];
    invalid: { name: string; text: string; error: string }[];
  };
  accessJustifications: {
    valid: Vector<AccessJustification[]>[];
    lenient: Vector<AccessJustification[]>[];
  };
  addresses: { text: string; canonical: string | null }[];
}

export function readVectors(file = path.join(REPO_ROOT, VECTORS_FILE)): Vectors {
  return JSON.parse(readFileSync(file, 'utf8')) as Vectors;
}

const PERMISSION_KEYS: Record<string, keyof ResolvedObjectPermission> = {
  read: 'allowRead',
  create: 'allowCreate',
  edit: 'allowEdit',
  delete: 'allowDelete',
  viewAll: 'viewAllRecords',
  modifyAll: 'modifyAllRecords',
};

/** The resolved access a definitions file with these objects gives (fields sorted as the rules sort them). */
function resolvedAccess(objects: ObjectAccess[]): {
  objectPermissions: ResolvedObjectPermission[];
  fieldPermissions: ResolvedFieldPermissions;
} {
  const objectPermissions = objects.map((entry) => {
    const permission: ResolvedObjectPermission = {
      object: entry.objectName,
      allowCreate: false,
      allowDelete: false,
      allowEdit: false,
      allowRead: false,
      modifyAllRecords: false,
      viewAllFields: false,
      viewAllRecords: false,
    };
    for (const token of entry.access) {
      const key = PERMISSION_KEYS[token];
      assert.ok(key, `vector permission ${token} is not one the definitions know`);
      (permission as unknown as Record<string, boolean>)[key] = true;
    }
    return permission;
  });
  // As the definitions layer groups them: by object, each object's fields sorted with their flags.
  const byObject = objects
    .filter((entry) => entry.readFields.length + entry.editFields.length > 0)
    .map((entry) => {
      const fields = [...entry.readFields, ...entry.editFields];
      const editable = fields.map((_, index) => index >= entry.readFields.length);
      sortParallel(fields, editable);
      return { object: entry.objectName, fields, editable };
    })
    .sort((a, b) => (a.object < b.object ? -1 : a.object > b.object ? 1 : 0));
  const fieldPermissions = {
    count: byObject.reduce((sum, entry) => sum + entry.fields.length, 0),
    byObject,
  };
  return { objectPermissions, fieldPermissions };
}

function integrationWith(profile: Partial<ResolvedIntegration['profile']>): ResolvedIntegration {
  return {
    profile: {
      name: 'P',
      existing: false,
      userLicense: 'Salesforce Integration',
      loginIpRanges: [],
      loginHours: [],
      ...profile,
    },
  } as ResolvedIntegration;
}

const NO_DEFINITIONS = {} as ResolvedDefinitions;
const text = (value: string | boolean | undefined) => (value === undefined ? '' : String(value));

describe('record formats: the generator writes every shared vector exactly', () => {
  const vectors = readVectors();

  it('has vectors for every format, valid and lenient or invalid', () => {
    assert.ok(vectors.loginIpRanges.valid.length >= 3 && vectors.loginIpRanges.lenient.length >= 1);
    assert.ok(vectors.loginHours.valid.length >= 3 && vectors.loginHours.lenient.length >= 1);
    assert.ok(vectors.objectAccess.valid.length >= 4 && vectors.objectAccess.invalid.length >= 5);
    assert.ok(vectors.accessJustifications.valid.length >= 3);
  });

  for (const vector of vectors.accessJustifications.valid) {
    it(`Access_Justifications__c: ${vector.name}`, () => {
      const accessJustifications = vector.justifications!.map((entry) => ({
        object: entry.objectName,
        justification: entry.justification,
      }));
      assert.equal(text(formatAccessJustificationsForRecord({ accessJustifications })), vector.text);
      const integration = { ...integrationWith({}), accessJustifications };
      assert.equal(
        text(DEFINITION_FIELDS.Access_Justifications__c!.value(integration, NO_DEFINITIONS)),
        vector.text,
      );
    });
  }

  it('IP addresses: the file parses exactly the addresses the vectors call valid, to their canonical form', () => {
    assert.ok(vectors.addresses.length >= 15);
    for (const { text: written, canonical } of vectors.addresses) {
      assert.equal(parseAddress(written)?.text ?? null, canonical, JSON.stringify(written));
    }
  });

  it('a justification over several lines is written on one line', () => {
    assert.equal(
      formatAccessJustificationsForRecord({
        accessJustifications: [{ object: 'Order', justification: '  Sees every\n order,\t\tall of them. ' }],
      }),
      'Order Sees every order, all of them.',
    );
  });

  for (const vector of vectors.loginIpRanges.valid) {
    it(`Login_Ip_Ranges__c: ${vector.name}`, () => {
      const ranges = vector.ranges!.map((range) => ({
        startAddress: range.startAddress,
        endAddress: range.endAddress,
        ...(range.description === null ? {} : { description: range.description }),
        version: range.startAddress.includes(':') ? (6 as const) : (4 as const),
        first: 0n,
        last: 0n,
      }));
      const value = DEFINITION_FIELDS.Login_Ip_Ranges__c!.value(
        integrationWith({ loginIpRanges: ranges }),
        NO_DEFINITIONS,
      );
      assert.equal(text(value), vector.text);
    });
  }

  for (const vector of vectors.loginHours.valid) {
    it(`Login_Hours__c: ${vector.name}`, () => {
      const hours = vector.hours!.map((day) => ({
        day: day.day.toLowerCase() as Weekday,
        start: day.startMinutes,
        end: day.endMinutes,
      }));
      const value = DEFINITION_FIELDS.Login_Hours__c!.value(
        integrationWith({ loginHours: hours }),
        NO_DEFINITIONS,
      );
      assert.equal(text(value), vector.text);
    });
  }

  for (const vector of vectors.objectAccess.valid) {
    it(`Object_Access__c: ${vector.name}`, () => {
      assert.equal(text(formatObjectAccessForRecord(resolvedAccess(vector.objects!))), vector.text);
    });
  }

  it('the record field is written through the same function', () => {
    const vector = vectors.objectAccess.valid.at(-1)!;
    const integration = { ...integrationWith({}), ...resolvedAccess(vector.objects!) };
    assert.equal(text(DEFINITION_FIELDS.Object_Access__c!.value(integration, NO_DEFINITIONS)), vector.text);
  });

  it('a planted difference fails: a vector whose text the generator does not write', () => {
    const vector = vectors.objectAccess.valid[1]!;
    const planted = { ...vector.objects![0]!, access: ['read', 'edit'] };
    assert.notEqual(text(formatObjectAccessForRecord(resolvedAccess([planted]))), vector.text);
  });

  it('valid object-access texts never contain what the invalid vectors are refused for', () => {
    // Keeps the generator inside the grammar the Apex decoder accepts.
    const grammar = /^[A-Za-z][A-Za-z0-9_]* access=[A-Za-z,]*( read=[A-Za-z0-9_,]+)?( edit=[A-Za-z0-9_,]+)?$/;
    for (const vector of vectors.objectAccess.valid) {
      for (const line of vector.text.split('\n').filter(Boolean)) assert.match(line, grammar, vector.name);
    }
  });
});

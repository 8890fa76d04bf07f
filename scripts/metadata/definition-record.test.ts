/**
 * Contract test between the generator and the in-org engine (docs/contracts.md §1): the definition
 * records the generator writes must fit the custom metadata type in force-app/core. Every field the
 * generator writes exists with a compatible type, every field of the type is written, picklist values
 * are among the field's values, and text fits the field's length.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadDefinitions } from '../definitions/load.js';
import { RECORD_FIELD_LENGTHS } from '../definitions/record-limits.js';
import { IntegrationUser } from '../definitions/schema.js';
import type { ResolvedDefinitions } from '../definitions/model.js';
import {
  APEX_ONLY_PICKLIST_VALUES,
  DEFINITION_FIELDS,
  DEFINITION_TYPE,
  definitionRecordPath,
  renderDefinitionRecord,
} from './definition-record.js';
import { GOLDEN_VARIANTS, loadGoldenVariant } from './testing/golden.js';
import { REPO_ROOT } from './testing/temp-tree.js';
import { parseXml } from './testing/xml-order.js';

const TYPE_DIR = path.join(
  REPO_ROOT,
  'force-app',
  'core',
  'definitions',
  'objects',
  `${DEFINITION_TYPE}__mdt`,
);
const FIELDS_DIR = path.join(TYPE_DIR, 'fields');

/** Which xsi:type a record value may have for each field type the type uses. */
const COMPATIBLE: Record<string, 'xsd:string' | 'xsd:boolean'> = {
  Checkbox: 'xsd:boolean',
  Text: 'xsd:string',
  Email: 'xsd:string',
  Picklist: 'xsd:string',
  LongTextArea: 'xsd:string',
};

interface FieldDefinition {
  name: string;
  type: string;
  length?: number;
  picklistValues: string[];
}

function readField(file: string): FieldDefinition {
  const root = parseXml(readFileSync(file, 'utf8'));
  const child = (name: string) => root.children.find((node) => node.name === name)?.text;
  const values =
    root.children
      .find((node) => node.name === 'valueSet')
      ?.children.find((node) => node.name === 'valueSetDefinition')
      ?.children.filter((node) => node.name === 'value')
      .map((value) => value.children.find((node) => node.name === 'fullName')?.text ?? '') ?? [];
  const length = child('length');
  return {
    name: child('fullName') ?? '',
    type: child('type') ?? '',
    ...(length ? { length: Number(length) } : {}),
    picklistValues: values,
  };
}

const typeFields = new Map(
  readdirSync(FIELDS_DIR)
    .filter((file) => file.endsWith('.field-meta.xml'))
    .map((file) => [file.replace(/\.field-meta\.xml$/, ''), readField(path.join(FIELDS_DIR, file))]),
);

/** Definitions the contract is checked on: the golden variants and every environment of the bundled example. */
async function sampleDefinitions(): Promise<{ source: string; definitions: ResolvedDefinitions }[]> {
  const samples = GOLDEN_VARIANTS.map((variant) => ({
    source: `golden ${variant.name}`,
    definitions: loadGoldenVariant(variant),
  }));
  const example = await loadDefinitions('config/integration-definitions.json', { cwd: REPO_ROOT });
  assert.ok(example.ok, 'the bundled example config/integration-definitions.json is valid');
  for (const environment of example.definitions.environments) {
    const loaded = await loadDefinitions('config/integration-definitions.json', {
      cwd: REPO_ROOT,
      environment: environment.name,
    });
    assert.ok(loaded.ok, `the bundled example resolves for environment ${environment.name}`);
    samples.push({ source: `example (${environment.name})`, definitions: loaded.definitions });
  }
  return samples;
}

/** The values of a rendered record: field (without namespace) → { type, text, nil }. */
function recordValues(content: string, namespace: string) {
  const root = parseXml(content);
  const values = new Map<string, { type?: string; text: string; nil: boolean }>();
  for (const entry of root.children.filter((node) => node.name === 'values')) {
    const field = entry.children.find((node) => node.name === 'field')?.text ?? '';
    const value = entry.children.find((node) => node.name === 'value')!;
    assert.ok(field.startsWith(namespace), `${field} carries the namespace prefix "${namespace}"`);
    const type = value.attributes['xsi:type'];
    values.set(field.slice(namespace.length), {
      ...(type ? { type } : {}),
      text: value.text,
      nil: value.attributes['xsi:nil'] === 'true',
    });
  }
  return values;
}

describe(`definition record contract (${DEFINITION_TYPE}__mdt)`, () => {
  it('the type folder exists with its object file', () => {
    assert.ok(
      existsSync(path.join(TYPE_DIR, `${DEFINITION_TYPE}__mdt.object-meta.xml`)),
      `missing ${TYPE_DIR}`,
    );
    assert.ok(typeFields.size > 0, 'the type has fields');
  });

  for (const [field, spec] of Object.entries(DEFINITION_FIELDS)) {
    it(`${field} exists in the type with a type compatible with ${spec.type}`, () => {
      const definition = typeFields.get(field);
      assert.ok(
        definition,
        `The generator writes ${field}, but ${path.relative(REPO_ROOT, FIELDS_DIR)}/${field}.field-meta.xml does not exist.`,
      );
      assert.equal(definition.name, field, `${field}.field-meta.xml names itself ${definition.name}`);
      const expected = COMPATIBLE[definition.type];
      assert.ok(
        expected,
        `${field} has type ${definition.type}, which the generator does not know how to write`,
      );
      assert.equal(
        spec.type,
        expected,
        `${field} is a ${definition.type} field, so records must write ${expected}, not ${spec.type}`,
      );
    });
  }

  it('every field of the type is written by the generator (no orphan fields)', () => {
    const orphans = [...typeFields.keys()].filter((field) => !(field in DEFINITION_FIELDS));
    assert.deepEqual(orphans, [], `fields of the type that no record sets: ${orphans.join(', ')}`);
  });

  it('docs/contracts.md lists exactly these fields with the same types, lengths and picklist values', () => {
    const contract = readFileSync(path.join(REPO_ROOT, 'docs', 'contracts.md'), 'utf8');
    const section = contract.slice(contract.indexOf('## 1.'), contract.indexOf('## 2.'));
    // Table rows such as: | `Alias__c`  | Text(8)  | ... (column padding varies with formatting).
    const rows = [...section.matchAll(/^\|\s*`(\w+__c)`\s*\|\s*(\w+)(?:\((\d+)\))?([^|]*)\|/gm)].map(
      (match) => ({
        field: match[1]!,
        type: match[2]!,
        length: match[3] ? Number(match[3]) : undefined,
        values: [...(match[4] ?? '').matchAll(/`(\w+)`/g)].map((value) => value[1]!),
      }),
    );
    assert.deepEqual(rows.map((row) => row.field).sort(), Object.keys(DEFINITION_FIELDS).sort());
    for (const row of rows) {
      const definition = typeFields.get(row.field)!;
      assert.equal(row.type, definition.type, `docs/contracts.md says ${row.field} is ${row.type}`);
      assert.equal(
        row.length,
        definition.length,
        `docs/contracts.md gives ${row.field} length ${row.length}`,
      );
      assert.deepEqual(
        row.values,
        definition.picklistValues,
        `docs/contracts.md picklist values of ${row.field}`,
      );
    }
  });

  it('rendered records set every field once, with the declared xsi:type, and valid picklist, checkbox and length values', async () => {
    const picklistSeen = new Map<string, Set<string>>();
    for (const { source, definitions } of await sampleDefinitions()) {
      const namespace = definitions.settings.namespace ? `${definitions.settings.namespace}__` : '';
      for (const integration of definitions.integrations) {
        const where = `${source}: ${definitionRecordPath(integration, definitions)}`;
        const values = recordValues(renderDefinitionRecord(integration, definitions), namespace);
        assert.deepEqual(
          [...values.keys()].sort(),
          Object.keys(DEFINITION_FIELDS).sort(),
          `${where} sets each field exactly once`,
        );
        for (const [field, value] of values) {
          const definition = typeFields.get(field)!;
          if (value.nil) continue;
          assert.equal(value.type, DEFINITION_FIELDS[field]!.type, `${where} ${field}`);
          if (definition.type === 'Checkbox') assert.match(value.text, /^(true|false)$/, `${where} ${field}`);
          if (definition.type === 'Picklist') {
            assert.ok(
              definition.picklistValues.includes(value.text),
              `${where} ${field} = "${value.text}" is not one of ${definition.picklistValues.join(', ')}`,
            );
            picklistSeen.set(field, (picklistSeen.get(field) ?? new Set()).add(value.text));
          }
          if (definition.length !== undefined) {
            assert.ok(
              value.text.length <= definition.length,
              `${where} ${field} is ${value.text.length} characters; the field holds ${definition.length}`,
            );
          }
        }
      }
    }
    // The samples reach every picklist value (but those only the in-org writer sets), so the mapping
    // is checked for each one of them.
    for (const [field, definition] of typeFields) {
      if (definition.type !== 'Picklist') continue;
      assert.deepEqual(
        [...(picklistSeen.get(field) ?? []), ...(APEX_ONLY_PICKLIST_VALUES[field] ?? [])].sort(),
        [...definition.picklistValues].sort(),
        `${field}: values written by the samples`,
      );
    }
  });

  it('the record file is named after the type (without __mdt) and the integration', () => {
    const definitions = loadGoldenVariant(GOLDEN_VARIANTS[1]!);
    const integration = definitions.integrations[0]!;
    assert.equal(
      definitionRecordPath(integration, definitions),
      `customMetadata/iukpkg__${DEFINITION_TYPE}.${integration.name}.md-meta.xml`,
    );
  });
});

/** The Email field type has no <length> in its file; the platform fixes it at 80 characters. */
const EMAIL_LENGTH = 80;

describe('record field lengths (scripts/definitions/record-limits.ts)', () => {
  it('lists exactly the text, long text and email fields of the type, with the lengths of their field files', () => {
    const fromFiles = Object.fromEntries(
      [...typeFields.entries()]
        .filter(([, field]) => ['Text', 'LongTextArea', 'TextArea', 'Email'].includes(field.type))
        .map(([name, field]) => [name, field.type === 'Email' ? EMAIL_LENGTH : field.length])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    );
    assert.deepEqual(
      Object.fromEntries(Object.entries(RECORD_FIELD_LENGTHS).sort(([a], [b]) => a.localeCompare(b))),
      fromFiles,
      'record-limits.ts must match the field files: add, remove or fix the entry for the field that changed',
    );
  });

  it('is what the schema enforces for values written to the record unchanged', () => {
    const user = IntegrationUser.properties;
    assert.equal(user.locale.maxLength, RECORD_FIELD_LENGTHS.Locale__c);
    assert.equal(user.language.maxLength, RECORD_FIELD_LENGTHS.Language__c);
    assert.equal(user.timeZone.maxLength, RECORD_FIELD_LENGTHS.Time_Zone__c);
    assert.equal(user.alias.maxLength, RECORD_FIELD_LENGTHS.Alias__c);
    assert.equal(user.lastName.maxLength, RECORD_FIELD_LENGTHS.Last_Name__c);
    assert.equal(user.email.maxLength, RECORD_FIELD_LENGTHS.Email__c);
  });
});

/**
 * Custom metadata records name their type in the file name (`Type.Record.md-meta.xml`) and their
 * fields in `<field>` elements, as strings: nothing compiles them. Two sides:
 * - inside a package directory of this project a record of the project's own type is written without
 *   a prefix (packaging adds the namespace); its fields must exist on the type;
 * - a record deployed to an org that installed the package (what the generator writes with
 *   `settings.namespace`) must name `ns__Type` and `ns__Field__c`, or the deploy fails or, worse,
 *   creates nothing the engine reads.
 * `record-name` flags what breaks either rule.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Finding, NamespaceOutcome } from '../namespace-finding.js';
import type { ProjectSchema, RecordInfo } from '../project-schema.js';

const RULE = 'namespace:record-name';

export interface RecordFile {
  file: string;
  /** As in the file name, e.g. `Integration_User_Definition` or `ns__Integration_User_Definition`. */
  type: string;
  name: string;
  /** The `<field>` values, in order. */
  fields: string[];
}

const parser = new XMLParser({ ignoreAttributes: true, isArray: (name) => name === 'values' });

export function readRecordFile(file: string, xml = readFileSync(file, 'utf8')): RecordFile {
  const base = path.basename(file).replace(/\.md-meta\.xml$/, '');
  const dot = base.indexOf('.');
  const document = parser.parse(xml) as { CustomMetadata?: { values?: { field?: unknown }[] } };
  const fields = (document.CustomMetadata?.values ?? [])
    .map((value) => (typeof value.field === 'string' ? value.field : ''))
    .filter(Boolean);
  return { file, type: base.slice(0, dot), name: base.slice(dot + 1), fields };
}

function find(file: string, message: string): Finding {
  return { file, line: 1, column: 1, rule: RULE, message };
}

/**
 * Records where they live in this project. A prefix that is not this project's namespace names a type
 * of another package (a dependency): it cannot be checked here, and it is not wrong.
 */
export function checkPackagedRecords(
  schema: ProjectSchema,
  records: RecordInfo[] = schema.records,
): NamespaceOutcome {
  const findings: Finding[] = [];
  for (const record of records) {
    const parsed = readRecordFile(record.file);
    const prefix = /^([A-Za-z][A-Za-z0-9]{0,14})__[A-Za-z]/.exec(parsed.type)?.[1];
    if (prefix && prefix.toLowerCase() === schema.namespace.toLowerCase()) {
      findings.push(
        find(
          record.file,
          `The record names its type with this project's own namespace (${parsed.type}): in source, records of the project's type are written without a prefix (${parsed.type.slice(prefix.length + 2)}.${parsed.name}); packaging adds it.`,
        ),
      );
      continue;
    }
    if (prefix) continue;
    findings.push(...fieldProblems(parsed, schema, ''));
  }
  return { findings, warnings: [] };
}

/** Records for an org that installed the package under `namespace` (the generator's output). */
export function checkSubscriberRecords(
  records: RecordFile[],
  schema: ProjectSchema,
  namespace: string,
): NamespaceOutcome {
  const findings: Finding[] = [];
  const ownPrefix = `${namespace}__`.toLowerCase();
  for (const record of records) {
    if (!record.type.toLowerCase().startsWith(ownPrefix)) {
      const bare = record.type.replace(/^[A-Za-z][A-Za-z0-9]{0,14}__(?=[A-Za-z]\w*$)/, '');
      if (schema.objects.has(`${bare}__mdt`.toLowerCase())) {
        findings.push(
          find(
            record.file,
            `A record for an org that installed the package under "${namespace}" must be named ${namespace}__${bare}.${record.name}: without the prefix the type does not exist there.`,
          ),
        );
      }
      continue;
    }
    // A type of another package (or not this project's) cannot be checked here.
    const bare = record.type.slice(ownPrefix.length);
    if (schema.objects.has(`${bare}__mdt`.toLowerCase()))
      findings.push(...fieldProblems(record, schema, namespace));
  }
  return { findings, warnings: [] };
}

function fieldProblems(record: RecordFile, schema: ProjectSchema, namespace: string): Finding[] {
  const prefix = namespace ? `${namespace}__` : '';
  const typeName = record.type.slice(prefix.length);
  const type = schema.objects.get(`${typeName}__mdt`.toLowerCase());
  if (!type) {
    return [find(record.file, `The record's type ${typeName}__mdt is not defined in this project.`)];
  }
  const known = new Set(type.fields.map((field) => `${prefix}${field}`.toLowerCase()));
  const findings: Finding[] = [];
  for (const field of record.fields) {
    if (known.has(field.toLowerCase())) continue;
    const hint =
      prefix && known.has(`${prefix}${field}`.toLowerCase())
        ? ` Write ${prefix}${field}: in an org that installed the package the field carries the namespace.`
        : !prefix && /^[A-Za-z][A-Za-z0-9]{0,14}__\w+__c$/i.test(field)
          ? ' Drop the prefix: packaging adds it.'
          : '';
    findings.push(find(record.file, `<field>${field}</field> is not a field of ${type.name}.${hint}`));
  }
  return findings;
}

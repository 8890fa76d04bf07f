/**
 * The evidence export's contract, generated from its one source: the Apex wrapper classes that
 * GET .../v1/evidence serializes (force-app/core/monitoring/classes/IntegrationUserMonitoringModels.cls,
 * which also uses classes of IntegrationUserModels.cls). From them come the JSON Schema of evidence.json
 * and the TypeScript types the report is rendered from; both files are committed and a unit test fails
 * when they differ from what this module renders. Regenerate with:
 *   npx tsx scripts/org/evidence/contract.ts --write
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseApexModels, type ApexModels, type ApexProperty } from '../../contracts/apex-models.js';
import { runWhenStarted } from '../../run-script.js';
import { EVIDENCE_FORMAT, EVIDENCE_FORMAT_VERSION } from './format.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const MONITORING_MODELS_FILE = 'force-app/core/monitoring/classes/IntegrationUserMonitoringModels.cls';
export const ENGINE_MODELS_FILE = 'force-app/core/engine/classes/IntegrationUserModels.cls';
export const SCHEMA_FILE = 'scripts/org/evidence/evidence.schema.json';
export const TYPES_FILE = 'scripts/org/evidence/generated-types.ts';
export const SCHEMA_ID = 'https://integration-user-kit.dev/schema/evidence.schema.json';
export { EVIDENCE_FORMAT, EVIDENCE_FORMAT_VERSION };
const ROOT_CLASS = 'EvidenceModel';

/** Both model files, keyed by inner class name (lower case). Monitoring classes win a name clash. */
export function loadModels(root = ROOT): ApexModels {
  const models: ApexModels = new Map();
  for (const file of [ENGINE_MODELS_FILE, MONITORING_MODELS_FILE]) {
    for (const [key, model] of parseApexModels(readFileSync(path.join(root, file), 'utf8'), file)) {
      models.set(key, model);
    }
  }
  return models;
}

/** `IntegrationUserModels.IpRange` -> `IpRange`: classes are found by their inner name. */
export function innerName(apexType: string): string {
  return apexType.includes('.') ? apexType.slice(apexType.lastIndexOf('.') + 1) : apexType;
}

function elementType(apexType: string): string | undefined {
  const generic = /^(list|set)<(.+)>$/i.exec(apexType);
  return generic ? generic[2] : undefined;
}

type Scalar = { json: Record<string, unknown>; ts: string };
const SCALARS: Record<string, Scalar> = {
  string: { json: { type: ['string', 'null'] }, ts: 'string | null' },
  id: {
    json: { type: ['string', 'null'], pattern: '^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$' },
    ts: 'string | null',
  },
  integer: { json: { type: ['integer', 'null'] }, ts: 'number | null' },
  long: { json: { type: ['integer', 'null'] }, ts: 'number | null' },
  decimal: { json: { type: ['number', 'null'] }, ts: 'number | null' },
  double: { json: { type: ['number', 'null'] }, ts: 'number | null' },
  boolean: { json: { type: ['boolean', 'null'] }, ts: 'boolean | null' },
  datetime: { json: { type: ['string', 'null'], format: 'date-time' }, ts: 'string | null' },
  date: { json: { type: ['string', 'null'], format: 'date' }, ts: 'string | null' },
};

/** Every class reachable from the root, in a stable order (the root first, then by name). */
function reachable(models: ApexModels, root: string): string[] {
  const seen = new Set<string>();
  const visit = (name: string): void => {
    const key = innerName(name).toLowerCase();
    if (seen.has(key)) return;
    const model = models.get(key);
    if (!model) throw new Error(`Apex type ${name} is neither a scalar nor a class of the model files.`);
    seen.add(key);
    for (const property of model.properties) {
      const type = elementType(property.type) ?? property.type;
      if (!SCALARS[type.toLowerCase()]) visit(type);
    }
  };
  visit(root);
  const [first, ...rest] = [...seen];
  return [first!, ...rest.sort()];
}

function jsonType(property: ApexProperty, models: ApexModels): Record<string, unknown> {
  const item = elementType(property.type);
  if (item) return { type: 'array', items: jsonType({ name: property.name, type: item }, models) };
  const scalar = SCALARS[property.type.toLowerCase()];
  if (scalar) return scalar.json;
  const name = models.get(innerName(property.type).toLowerCase())!.name;
  return { anyOf: [{ $ref: `#/definitions/${name}` }, { type: 'null' }] };
}

function tsType(property: ApexProperty, models: ApexModels): string {
  const item = elementType(property.type);
  if (item) {
    const inner = tsType({ name: property.name, type: item }, models).replace(' | null', '');
    return `${inner}[]`;
  }
  const scalar = SCALARS[property.type.toLowerCase()];
  if (scalar) return scalar.ts;
  return `${models.get(innerName(property.type).toLowerCase())!.name} | null`;
}

/** The JSON Schema of evidence.json: the export envelope around the engine's EvidenceModel. */
export function evidenceSchema(models = loadModels()): Record<string, unknown> {
  const definitions: Record<string, unknown> = {};
  for (const key of reachable(models, ROOT_CLASS)) {
    const model = models.get(key)!;
    const properties: Record<string, unknown> = {};
    for (const property of model.properties) properties[property.name] = jsonType(property, models);
    definitions[model.name] = {
      type: 'object',
      additionalProperties: false,
      required: model.properties.map((property) => property.name),
      properties,
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'Integration User Kit access-review evidence',
    description:
      'Written by the evidence export. "evidence" is the engine\'s GET .../v1/evidence answer (generated from ' +
      `${MONITORING_MODELS_FILE}), with dangerous grants' justifications added from the definitions file when one was given.`,
    type: 'object',
    additionalProperties: false,
    required: ['$schema', 'format', 'formatVersion', 'exportedAt', 'target', 'definitionsFile', 'evidence'],
    properties: {
      $schema: { type: 'string' },
      format: { const: EVIDENCE_FORMAT },
      formatVersion: { const: EVIDENCE_FORMAT_VERSION },
      exportedAt: { type: 'string', format: 'date-time' },
      target: {
        type: 'object',
        additionalProperties: false,
        required: ['org', 'username', 'instanceUrl'],
        properties: {
          org: { type: 'string', description: 'The --target-org given (alias or username).' },
          username: { type: ['string', 'null'] },
          instanceUrl: { type: ['string', 'null'] },
        },
      },
      definitionsFile: {
        type: ['string', 'null'],
        description:
          'The definitions file the justifications were read from, relative to the project, or null.',
      },
      evidence: { $ref: `#/definitions/${ROOT_CLASS}` },
    },
    definitions,
  };
}

/** The TypeScript interfaces of the same classes. */
export function evidenceTypes(models = loadModels()): string {
  const lines = [
    '// Generated by scripts/org/evidence/contract.ts from the Apex wrapper classes',
    `// (${MONITORING_MODELS_FILE}, ${ENGINE_MODELS_FILE}). Do not edit;`,
    '// regenerate with: npx tsx scripts/org/evidence/contract.ts --write',
    '',
  ];
  for (const key of reachable(models, ROOT_CLASS)) {
    const model = models.get(key)!;
    lines.push(`export interface ${model.name} {`);
    for (const property of model.properties) lines.push(`  ${property.name}: ${tsType(property, models)};`);
    lines.push('}', '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** A generated file as committed: formatted with the project's prettier settings. */
async function formatted(file: string, text: string): Promise<string> {
  const prettier = await import('prettier');
  const options = await prettier.resolveConfig(path.join(ROOT, file));
  return prettier.format(text, { ...options, filepath: path.join(ROOT, file) });
}

/** The two generated files, path -> content, exactly as they must be committed. */
export async function renderContractFiles(models = loadModels()): Promise<Record<string, string>> {
  return {
    [SCHEMA_FILE]: await formatted(SCHEMA_FILE, JSON.stringify(evidenceSchema(models), null, 2)),
    [TYPES_FILE]: await formatted(TYPES_FILE, evidenceTypes(models)),
  };
}

async function main(argv: string[], out: (line: string) => void): Promise<number> {
  const write = argv.includes('--write');
  for (const [file, text] of Object.entries(await renderContractFiles())) {
    if (write) await writeFile(path.join(ROOT, file), text);
    out(`${write ? 'wrote' : 'would write'} ${file}`);
  }
  return 0;
}

runWhenStarted(import.meta.url, main);

/**
 * Renders, from the Apex wrapper classes (IntegrationUserModels.cls, the one source of the engine's
 * response shapes), the TypeScript types the scripts use (scripts/org/engine-types.ts) and the shape
 * block of docs/contracts.md section 2. Enumerations are the class's String constants grouped by
 * prefix (ACTION_, BLOCKER_, ...); a property whose ApexDoc says "One of the X_ constants" is typed
 * with that enumeration.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseApexContract, type ApexContract, type ApexProperty } from './apex-models.js';
import { REPO_ROOT } from './repo-root.js';

export const MODELS_FILE = 'force-app/core/engine/classes/IntegrationUserModels.cls';
export const ENGINE_TYPES_FILE = 'scripts/org/engine-types.ts';
export const CONTRACTS_DOC = 'docs/contracts.md';
export const DOC_BEGIN =
  '<!-- BEGIN GENERATED from IntegrationUserModels.cls by scripts/contracts/generate.ts -->';
export const DOC_END = '<!-- END GENERATED -->';

/** Constant prefix → the TypeScript names of the enumeration (values array, union type). */
export const ENUMERATIONS: Record<string, { values: string; type: string }> = {
  ACTION: { values: 'ACTION_TYPES', type: 'ActionType' },
  BLOCKER: { values: 'BLOCKER_CODES', type: 'BlockerCode' },
  STATUS: { values: 'INTEGRATION_STATUSES', type: 'IntegrationStatus' },
  MODE: { values: 'RUN_MODES', type: 'RunMode' },
  STATE: { values: 'USER_STATES', type: 'UserStateValue' },
  SOURCE: { values: 'STATE_SOURCES', type: 'StateSource' },
  CHECK: { values: 'CHECK_STATUSES', type: 'CheckStatus' },
  ORIGIN: { values: 'DEFINITION_ORIGINS', type: 'DefinitionOrigin' },
  SEVERITY: { values: 'PROBLEM_SEVERITIES', type: 'ProblemSeverity' },
  DEPLOY: { values: 'DEPLOY_STATUSES', type: 'DeployStatus' },
  AUTH: { values: 'AUTHENTICATION_METHODS', type: 'AuthenticationMethodCode' },
  LOGIN: { values: 'LOGIN_READINESS', type: 'LoginReadiness' },
};

export interface Enumeration {
  prefix: string;
  values: string[];
}

export function readContract(file = path.join(REPO_ROOT, MODELS_FILE)): ApexContract {
  return parseApexContract(readFileSync(file, 'utf8'), MODELS_FILE);
}

/** The constants grouped by prefix, in source order; a prefix the generator does not know is an error. */
export function enumerations(contract: ApexContract): Enumeration[] {
  const byPrefix = new Map<string, string[]>();
  for (const constant of contract.constants) {
    const prefix = constant.name.split('_')[0]!;
    if (!ENUMERATIONS[prefix]) {
      throw new Error(
        `${MODELS_FILE}: constant ${constant.name} has the prefix ${prefix}_, which scripts/contracts/engine-types.ts does not know; add it to ENUMERATIONS.`,
      );
    }
    const values = byPrefix.get(prefix) ?? [];
    if (!values.includes(constant.value)) values.push(constant.value);
    byPrefix.set(prefix, values);
  }
  return [...byPrefix].map(([prefix, values]) => ({ prefix, values }));
}

/** "One of the STATUS_ constants" → STATUS. */
function enumerationOf(property: ApexProperty): string | undefined {
  return /One of the ([A-Z]+)_ constants/.exec(property.doc ?? '')?.[1];
}

function tsType(apexType: string, contract: ApexContract): string {
  const collection = /^(list|set)<(.+)>$/i.exec(apexType);
  if (collection) return `${tsType(collection[2]!, contract)}[]`;
  switch (apexType.toLowerCase()) {
    case 'string':
    case 'id':
    case 'datetime':
    case 'date':
      return 'string';
    case 'integer':
    case 'long':
    case 'decimal':
    case 'double':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'object':
      return 'unknown';
    default: {
      const model = contract.models.get(apexType.toLowerCase());
      if (!model) throw new Error(`${MODELS_FILE}: no TypeScript type for the Apex type ${apexType}`);
      return model.name;
    }
  }
}

function propertyType(property: ApexProperty, contract: ApexContract): string {
  const enumeration = enumerationOf(property);
  if (enumeration && !ENUMERATIONS[enumeration]) {
    throw new Error(`${MODELS_FILE}: ${property.name} names the unknown enumeration ${enumeration}_`);
  }
  const base = enumeration ? ENUMERATIONS[enumeration]!.type : tsType(property.type, contract);
  // JSON.serialize writes unset values as null; an assigned value (the lists) never is.
  return property.initialized ? base : `Maybe<${base}>`;
}

export function renderEngineTypes(contract: ApexContract): string {
  const lines = [
    '/**',
    ` * GENERATED from ${MODELS_FILE} by scripts/contracts/engine-types.ts: do not edit.`,
    ' * Change the Apex wrapper classes, then run `npx tsx scripts/contracts/generate.ts`.',
    " * The engine's REST response bodies (docs/contracts.md section 2). Apex `JSON.serialize` writes",
    ' * unset values as null, so every property is nullable except the lists Apex initialises.',
    ' */',
    'type Maybe<T> = T | null;',
    '',
  ];
  for (const enumeration of enumerations(contract)) {
    const names = ENUMERATIONS[enumeration.prefix]!;
    lines.push(
      `/** The ${enumeration.prefix}_ constants of IntegrationUserModels. */`,
      `export const ${names.values} = [${enumeration.values.map((value) => `'${value}'`).join(', ')}] as const;`,
      `export type ${names.type} = (typeof ${names.values})[number];`,
      '',
    );
  }
  for (const model of contract.models.values()) {
    if (model.doc) lines.push(`/** ${model.doc} */`);
    lines.push(`export interface ${model.name} {`);
    for (const property of model.properties) {
      if (property.doc) lines.push(`  /** ${property.doc} */`);
      lines.push(`  ${property.name}: ${propertyType(property, contract)};`);
    }
    lines.push('}', '');
  }
  lines.push(
    "/** The kill switch's requests (POST user-state, `state`). */",
    "export const USER_STATE_REQUESTS = ['FREEZE', 'UNFREEZE', 'DEACTIVATE', 'REACTIVATE'] as const satisfies readonly RunMode[];",
    'export type UserStateRequest = (typeof USER_STATE_REQUESTS)[number];',
    '',
    "/** The engine's error body (docs/contracts.md section 3; IntegrationUserRestResource.ErrorBody). */",
    'export interface EngineErrorBody {',
    '  errorCode: string;',
    '  message: string;',
    '}',
    '',
  );
  return lines.join('\n');
}

/** The shape block of docs/contracts.md section 2, between DOC_BEGIN and DOC_END. */
export function renderShapeBlock(contract: ApexContract): string {
  const lines = [DOC_BEGIN, '', '```'];
  for (const model of contract.models.values()) {
    lines.push(model.doc ? `${model.name}  // ${model.doc}` : model.name);
    const width = Math.max(...model.properties.map((property) => `${property.type} ${property.name}`.length));
    for (const property of model.properties) {
      const declaration = `${property.type} ${property.name}`;
      lines.push(property.doc ? `  ${declaration.padEnd(width)}  // ${property.doc}` : `  ${declaration}`);
    }
    lines.push('');
  }
  lines.push('Enumerations (the String constants of IntegrationUserModels, by prefix)');
  for (const enumeration of enumerations(contract)) {
    lines.push(`  ${`${enumeration.prefix}_`.padEnd(9)}${enumeration.values.join(' | ')}`);
  }
  lines.push('```', '', DOC_END);
  return lines.join('\n');
}

/** docs/contracts.md with its generated block replaced. */
export function renderContractsDoc(current: string, contract: ApexContract): string {
  const begin = current.indexOf(DOC_BEGIN);
  const end = current.indexOf(DOC_END);
  if (begin < 0 || end < begin) {
    throw new Error(
      `${CONTRACTS_DOC}: the markers ${DOC_BEGIN} ... ${DOC_END} are missing; put them back in section 2.`,
    );
  }
  return current.slice(0, begin) + renderShapeBlock(contract) + current.slice(end + DOC_END.length);
}

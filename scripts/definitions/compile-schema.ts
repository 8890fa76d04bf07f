/**
 * What the launcher's bundle carries instead of compiling the schema at run time: ajv's standalone
 * code for the quick structural check and the published JSON Schema text, both made from schema.ts
 * when the bundle is built. The bundler (scripts/run-cli.cjs) loads this module, calls
 * compiledSchemaModule() and puts the result in place of compiled-schema.ts, which does the same work
 * on first use when the scripts run from source (tsx, the tests).
 */
import { Ajv, type Options } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { DefinitionsFile, jsonSchemaDocument } from './schema.js';

/** The quick check stops at the first error; structure.ts asks for all errors only when there is one. */
export const QUICK_VALIDATOR_OPTIONS: Options = { allErrors: false, strict: false };

/** The published schema file's text (config/schema/), with keys in a stable order. */
export function renderSchemaText(): string {
  return `${JSON.stringify(jsonSchemaDocument(), null, 2)}\n`;
}

/**
 * The source of the module that replaces compiled-schema.ts in the bundle: the same two exports,
 * with the validator as ajv standalone code (it requires only ajv's small runtime helpers).
 */
export function compiledSchemaModule(): string {
  const ajv = new Ajv({ ...QUICK_VALIDATOR_OPTIONS, code: { source: true } });
  const validator = standaloneCode(ajv, ajv.compile(DefinitionsFile));
  return [
    '// Generated when the bundle was built, from scripts/definitions/schema.ts (see compile-schema.ts).',
    'const standalone = { exports: {} };',
    `(function (module, exports) {\n${validator}\n})(standalone, standalone.exports);`,
    'export function quickValidate(value) {',
    '  return standalone.exports(value) === true;',
    '}',
    `const SCHEMA_TEXT = ${JSON.stringify(renderSchemaText())};`,
    'export function schemaFileText() {',
    '  return SCHEMA_TEXT;',
    '}',
    '',
  ].join('\n');
}

/**
 * The schema in the two forms a run needs: a quick structural check (does the parsed file match? It
 * stops at the first error) and the published JSON Schema text. This is the from-source version: ajv
 * compiles the TypeBox schema on first use. The launcher's bundle replaces this module with the same
 * exports built at bundle time (compile-schema.ts), so a run loads neither ajv's compiler nor TypeBox
 * unless a file has structural errors to report (structure.ts).
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { QUICK_VALIDATOR_OPTIONS, renderSchemaText } from './compile-schema.js';
import { DefinitionsFile } from './schema.js';

let quick: ValidateFunction | undefined;

export function quickValidate(value: unknown): boolean {
  quick ??= new Ajv(QUICK_VALIDATOR_OPTIONS).compile(DefinitionsFile);
  return quick(value) === true;
}

export function schemaFileText(): string {
  return renderSchemaText();
}

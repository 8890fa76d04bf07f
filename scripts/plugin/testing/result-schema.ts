/** Checks a command's --json `result` against its committed schema (schemas/iuk-<command>.json). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { repoRoot } from '../../org/testing/salesforce-test-context.js';
import { schemaFile } from '../command-results.js';

const ajv = new Ajv({ allErrors: true, strict: false });

export function resultErrors(command: string, result: unknown): string[] {
  const schema = JSON.parse(readFileSync(path.join(repoRoot(), schemaFile(command)), 'utf8')) as object;
  const validate = ajv.compile(schema);
  return validate(result)
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`);
}

export function assertMatchesSchema(command: string, result: unknown): void {
  assert.deepEqual(
    resultErrors(command, result),
    [],
    `${command} --json result does not match ${schemaFile(command)}`,
  );
}

/**
 * The published JSON Schema file that config/integration-definitions.json references with "$schema",
 * so editors complete and check it. It is emitted from schema.ts and kept in sync by `generate`.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { schemaFileText } from './compiled-schema.js';

export const SCHEMA_FILE = 'config/schema/integration-definitions.schema.json';

export function renderSchemaFile(): string {
  return schemaFileText();
}

/** Writes the schema file when it differs; returns whether it changed. */
export async function syncSchemaFile(root: string, check = false): Promise<boolean> {
  const target = path.join(root, SCHEMA_FILE);
  const wanted = renderSchemaFile();
  const current = await readFile(target, 'utf8').catch(() => undefined);
  if (current === wanted) return false;
  if (!check) {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, wanted, 'utf8');
  }
  return true;
}

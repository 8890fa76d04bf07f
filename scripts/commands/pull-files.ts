/**
 * The file side of `pull`: reading the definitions file if there is one, formatting the merged file
 * as the project formats it, and writing it whole or not at all (a temporary file renamed over it).
 */
import { existsSync } from 'node:fs';
import { lstat, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The file's text, or undefined when there is no file yet (anything else there is refused). */
export async function readDefinitionsIfPresent(file: string): Promise<string | undefined> {
  let info;
  try {
    info = await lstat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (!info.isFile())
    throw new Error(`${file} is not a regular file: pass --config with the path of a definitions file.`);
  return readFile(file, 'utf8');
}

/** "./schema/integration-definitions.schema.json" when the schema sits next to a new file (editor completion). */
export function schemaReferenceFor(file: string): string | undefined {
  const schema = path.join(path.dirname(file), 'schema', 'integration-definitions.schema.json');
  return existsSync(schema) ? './schema/integration-definitions.schema.json' : undefined;
}

/**
 * JSON as prettier writes it with the project's configuration when prettier is installed (a
 * repository), else two-space JSON (an sf plugin install has no prettier): a reviewable diff.
 */
export async function formatDefinitions(file: string, value: unknown): Promise<string> {
  const plain = `${JSON.stringify(value, null, 2)}\n`;
  try {
    const prettier = await import('prettier');
    const config = (await prettier.resolveConfig(file, { editorconfig: false })) ?? {};
    const { plugins: _plugins, overrides: _overrides, ...options } = config as Record<string, unknown>;
    return await prettier.format(plain, { ...options, parser: 'json', filepath: file });
  } catch {
    return plain;
  }
}

export async function writeAtomically(file: string, text: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

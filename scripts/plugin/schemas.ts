/**
 * `npm run schemas`: writes the JSON schema of every sf command's --json result into schemas/,
 * generated from the TypeScript result types with ts-json-schema-generator (one TypeScript program
 * for all of them). `--check` writes nothing and exits 1 when a committed schema differs.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { createGenerator } from 'ts-json-schema-generator';
import { COMMAND_RESULTS, SCHEMAS_DIR, schemaFile } from './command-results.js';

const ROOT = path.resolve(__dirname, '../..');

/** Every command's schema text, keyed by its file path relative to the root. */
export function generateSchemas(root = ROOT): Map<string, string> {
  const modules = [...new Set(Object.values(COMMAND_RESULTS).map((entry) => entry.module))];
  const generator = createGenerator({
    path: path.join(root, modules.length === 1 ? modules[0]! : `{${modules.join(',')}}`),
    tsconfig: path.join(root, 'tsconfig.json'),
    skipTypeCheck: true,
    expose: 'export',
    topRef: true,
    jsDoc: 'basic',
    additionalProperties: false,
  });
  const byType = new Map<string, string>();
  const texts = new Map<string, string>();
  for (const [command, entry] of Object.entries(COMMAND_RESULTS)) {
    let text = byType.get(entry.type);
    if (text === undefined) {
      text = `${JSON.stringify(generator.createSchema(entry.type), null, 2)}\n`;
      byType.set(entry.type, text);
    }
    texts.set(schemaFile(command), text);
  }
  return texts;
}

if (require.main === module) {
  const check = process.argv.includes('--check');
  const stale: string[] = [];
  mkdirSync(path.join(ROOT, SCHEMAS_DIR), { recursive: true });
  for (const [file, text] of generateSchemas()) {
    const target = path.join(ROOT, file);
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      current = '';
    }
    if (current === text) continue;
    stale.push(file);
    if (!check) writeFileSync(target, text);
  }
  console.log(stale.length ? `${check ? 'stale' : 'wrote'}: ${stale.join(', ')}` : 'schemas up to date');
  if (check && stale.length) process.exitCode = 1;
}

/**
 * `npm run schemas`: writes the JSON schema of every sf command's --json result into schemas/,
 * generated from the TypeScript result types with ts-json-schema-generator (one TypeScript program
 * for all of them). `--check` writes nothing and exits 1 when a committed schema differs.
 */
import path from 'node:path';
import { createGenerator } from 'ts-json-schema-generator';
import { COMMAND_RESULTS, SCHEMAS_DIR, schemaFile } from './command-results.js';
import { reportGenerated, syncGeneratedFiles } from './generated-files.js';

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
  const differing = syncGeneratedFiles(ROOT, generateSchemas(), process.argv.includes('--check'));
  reportGenerated(differing, `${SCHEMAS_DIR}/`, 'npm run schemas');
}

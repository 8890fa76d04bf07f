/**
 * Formats generated files exactly as the repository's prettier configuration would (Apex through
 * prettier-plugin-apex), so a generated file passes the format checks and regenerating is byte-stable.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import * as prettier from 'prettier';
import { REPO_ROOT } from './repo-root.js';

export async function formatWithPrettier(source: string, repoRelativeFile: string): Promise<string> {
  const file = path.join(REPO_ROOT, repoRelativeFile);
  const options = await prettier.resolveConfig(file, {
    config: path.join(REPO_ROOT, '.prettierrc.json'),
    editorconfig: false,
  });
  const require = createRequire(import.meta.url);
  const plugins = (options?.plugins ?? []).map((plugin) =>
    typeof plugin === 'string' ? require.resolve(plugin) : plugin,
  );
  return prettier.format(source, { ...options, plugins, filepath: file });
}

/**
 * Check 4: every Apex file is formatted as prettier + prettier-plugin-apex would write it, with the
 * repository's .prettierrc.json (`npx prettier --write <file>` fixes a finding). A project under check
 * that has its own .prettierrc.json uses that one instead.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import type { ApexCheck, Finding } from './finding.js';

const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export const formattingCheck: ApexCheck = {
  name: 'formatting',
  description: 'prettier --check with prettier-plugin-apex (.prettierrc.json)',
  async run(project) {
    const ownConfig = path.join(project.root, '.prettierrc.json');
    const configFile = existsSync(ownConfig) ? ownConfig : path.join(REPOSITORY_ROOT, '.prettierrc.json');
    const findings: Finding[] = [];
    for (const file of project.files) {
      const options = await prettier.resolveConfig(file.path, { config: configFile, editorconfig: false });
      if (!options)
        throw new Error(`${configFile}: prettier found no configuration; restore .prettierrc.json.`);
      // Plugin names in the config resolve from the repository, also for projects in a temp folder.
      const plugins = (options.plugins ?? []).map((plugin) =>
        typeof plugin === 'string' ? resolvePlugin(plugin) : plugin,
      );
      let formatted: string;
      try {
        formatted = await prettier.format(file.source, { ...options, plugins, filepath: file.path });
      } catch (error) {
        // One unparsable file must not hide the others' results; the syntax check explains it.
        const loc = (error as { loc?: { start?: { line?: number; column?: number } } }).loc?.start;
        findings.push({
          file: file.path,
          line: loc?.line ?? 1,
          column: loc?.column ?? 1,
          rule: 'prettier',
          message: `prettier could not parse this file: ${String((error as Error).message ?? error).split('\n')[0]}`,
        });
        continue;
      }
      if (formatted !== file.source) {
        const { line, column } = firstDifference(file.source, formatted);
        findings.push({
          file: file.path,
          line,
          column,
          rule: 'prettier',
          message: `not formatted as prettier writes it (first difference here); run npx prettier --write ${path.relative(project.root, file.path)}`,
        });
      }
    }
    return { findings };
  },
};

function resolvePlugin(name: string): string {
  return createRequire(path.join(REPOSITORY_ROOT, 'package.json')).resolve(name);
}

export function firstDifference(actual: string, expected: string): { line: number; column: number } {
  let index = 0;
  while (index < actual.length && index < expected.length && actual[index] === expected[index]) index++;
  const before = actual.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - (before.lastIndexOf('\n') + 1) + 1 };
}

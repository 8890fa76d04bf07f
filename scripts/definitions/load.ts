/**
 * Loading a definitions file: read, parse with positions, check structure, run the cross-field rules
 * and resolve the chosen environment. Every problem is collected before returning, so one run shows
 * all of them; any error means no model (and so nothing is generated).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedDefinitions } from './model.js';
import { hasErrors, ProblemList, type Problem } from './problems.js';
import { resolveDefinitions } from './resolve.js';
import { isPathPrefix, salvageForRules } from './salvage.js';
import type { DefinitionsFile } from './schema.js';
import { locate, parseJsonSource } from './source.js';
import { checkStructure } from './structure.js';

export const DEFAULT_CONFIG = 'config/integration-definitions.json';

export type LoadResult =
  | { ok: true; definitions: ResolvedDefinitions; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

export interface LoadOptions {
  environment?: string;
  /** Directory that relative paths in messages are shown against (default: the working directory). */
  cwd?: string;
}

export async function loadDefinitions(configPath: string, options: LoadOptions = {}): Promise<LoadResult> {
  const cwd = options.cwd ?? process.cwd();
  const absolute = path.resolve(cwd, configPath);
  const shown = path.relative(cwd, absolute) || absolute;
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      problems: [
        {
          severity: 'error',
          code: 'file-unreadable',
          file: shown,
          path: [],
          message:
            code === 'ENOENT'
              ? 'The definitions file does not exist.'
              : `The definitions file cannot be read (${code ?? String(error)}).`,
          fix: `Create it (see ${DEFAULT_CONFIG} for an example) or pass --config <file>.`,
        },
      ],
    };
  }
  return loadDefinitionsText(shown, text, options);
}

/** The same as loadDefinitions for text already in memory (tests, the benchmark). */
export function loadDefinitionsText(file: string, text: string, options: LoadOptions = {}): LoadResult {
  const source = parseJsonSource(file, text.replace(/^\uFEFF/, ''));
  if (source.problems.length > 0) return { ok: false, problems: source.problems };

  const list = new ProblemList();
  const structureOk = checkStructure(source.value, list);
  let definitions: ResolvedDefinitions | undefined;
  if (structureOk) {
    definitions = resolveDefinitions(file, source.value as DefinitionsFile, options.environment, list);
  } else {
    reportRulesDespiteStructure(file, source.value, options.environment, list);
  }
  const problems: Problem[] = list.items.map((item) => ({ ...item, file, ...locate(source, item.path) }));
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  if (!definitions || hasErrors(problems)) return { ok: false, problems };
  return { ok: true, definitions, warnings: problems };
}

/**
 * With structural errors the document's types are not guaranteed, but admins still want every problem
 * in one run. Run the rules on a salvaged copy (see salvage.ts) and keep only their findings away from
 * the broken parts, where they would restate or guess at what the structural problems already say.
 */
function reportRulesDespiteStructure(
  file: string,
  value: unknown,
  environment: string | undefined,
  list: ProblemList,
) {
  const broken = list.items.map((item) => item.path);
  const salvaged = salvageForRules(value, broken);
  if (!salvaged) return;
  const extra = new ProblemList();
  try {
    resolveDefinitions(file, salvaged.document, environment, extra);
  } catch {
    // Not expected with a salvaged copy; the structural problems are reported either way.
  }
  const untrusted = [...broken, ...salvaged.uncertain];
  for (const item of extra.items) {
    const related = untrusted.some((path) => isPathPrefix(path, item.path) || isPathPrefix(item.path, path));
    if (related) continue;
    if (item.severity === 'error') list.error(item.code, item.path, item.message, item.fix);
    else list.warning(item.code, item.path, item.message, item.fix);
  }
}

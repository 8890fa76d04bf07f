/**
 * The generator as a library call: load and validate the definitions, render the tree, and either
 * report what would change (check) or write it. Commands and the org workflow both use this.
 */
import path from 'node:path';
import { loadDefinitions } from '../definitions/load.js';
import type { ResolvedDefinitions } from '../definitions/model.js';
import type { Problem } from '../definitions/problems.js';
import { renderTree } from './render.js';
import { planTree, TreeConflictError, writeTree, type TreeChanges } from './tree-writer.js';

export const DEFAULT_OUTPUT_DIR = 'force-app/generated';

export interface GenerateOptions {
  configPath: string;
  environment?: string;
  /** Where the generated package directory is (default force-app/generated). */
  outputDir?: string;
  /** Compute the changes without writing anything. */
  check?: boolean;
  cwd?: string;
}

export type GenerateResult =
  | ({ ok: true; definitions: ResolvedDefinitions; warnings: Problem[]; outputDir: string } & TreeChanges)
  | { ok: false; problems: Problem[]; outputDir: string };

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const cwd = options.cwd ?? process.cwd();
  const outputDir = path.resolve(cwd, options.outputDir ?? DEFAULT_OUTPUT_DIR);
  const loaded = await loadDefinitions(options.configPath, {
    cwd,
    ...(options.environment ? { environment: options.environment } : {}),
  });
  if (!loaded.ok) return { ok: false, problems: loaded.problems, outputDir };
  const files = renderTree(loaded.definitions);
  try {
    const changes = options.check ? await planTree(outputDir, files) : await writeTree(outputDir, files);
    return {
      ok: true,
      definitions: loaded.definitions,
      warnings: loaded.warnings,
      outputDir,
      written: changes.written,
      unchanged: changes.unchanged,
      removed: changes.removed,
      overwrittenEdits: changes.overwrittenEdits,
    };
  } catch (error) {
    if (!(error instanceof TreeConflictError)) throw error;
    return {
      ok: false,
      outputDir,
      problems: error.conflicts.map((conflict) => ({
        severity: 'error',
        code: 'hand-written-file-in-output',
        file: path.relative(cwd, path.join(outputDir, conflict)),
        path: [],
        message: 'A file the generator did not write stands where it must write; nothing was changed.',
        fix: 'Move hand-written metadata out of the generated directory (to force-app/core or your own package directory), then run generate again.',
      })),
    };
  }
}

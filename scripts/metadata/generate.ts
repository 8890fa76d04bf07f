/**
 * The generator as a library call: load and validate the definitions, check where the output goes,
 * render the tree, and either report what would change (check) or write it. Commands and the org
 * workflow both use this. Every refusal is a Problem (never a thrown error), and on any problem
 * nothing is written or deleted.
 */
import path from 'node:path';
import { loadDefinitions } from '../definitions/load.js';
import type { ResolvedDefinitions } from '../definitions/model.js';
import type { Problem } from '../definitions/problems.js';
import { checkOutputDir, projectRelative } from './output-dir.js';
import { generatedFiles } from './render.js';
import { unretiredRemovals, UnretiredRemovalError } from './retirement.js';
import { syncTree, TreeError, type TreeChanges } from './tree-writer.js';

export const DEFAULT_OUTPUT_DIR = 'force-app/generated';

export interface GenerateOptions {
  configPath: string;
  environment?: string;
  /** Where the generated package directory is (default force-app/generated). */
  outputDir?: string;
  /** Compute the changes without writing anything. */
  check?: boolean;
  /** The project root (where sfdx-project.json is); paths are resolved against it. */
  cwd?: string;
  /** Allow an output directory outside the project (never inside a package or the root itself). */
  allowOutsideProject?: boolean;
}

export type GenerateResult =
  | ({ ok: true; definitions: ResolvedDefinitions; warnings: Problem[]; outputDir: string } & TreeChanges)
  | { ok: false; problems: Problem[]; outputDir: string };

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const cwd = options.cwd ?? process.cwd();
  const outputDir = path.resolve(cwd, options.outputDir ?? DEFAULT_OUTPUT_DIR);
  const shownDir = path.relative(cwd, outputDir) || outputDir;
  const loaded = await loadDefinitions(options.configPath, {
    cwd,
    ...(options.environment ? { environment: options.environment } : {}),
  });
  if (!loaded.ok) return { ok: false, problems: loaded.problems, outputDir };

  const refused = await checkOutputDir({
    root: cwd,
    outputDir,
    ...(options.allowOutsideProject ? { allowOutsideProject: true } : {}),
  });
  if (refused.length > 0) {
    return {
      ok: false,
      outputDir,
      problems: refused.map((problem) => ({ severity: 'error', file: shownDir, path: [], ...problem })),
    };
  }

  const definitions = loaded.definitions;
  try {
    const changes = syncTree(outputDir, generatedFiles(definitions), {
      directory: projectRelative(cwd, outputDir),
      ...(options.check ? { check: true } : {}),
      vetRemovals: (removed) => {
        const unretired = unretiredRemovals(removed, definitions);
        if (unretired.length > 0) throw new UnretiredRemovalError(unretired);
      },
    });
    return {
      ok: true,
      definitions,
      warnings: loaded.warnings,
      outputDir,
      written: changes.written,
      unchanged: changes.unchanged,
      removed: changes.removed,
      overwrittenEdits: changes.overwrittenEdits,
    };
  } catch (error) {
    if (error instanceof UnretiredRemovalError) {
      return {
        ok: false,
        outputDir,
        problems: error.removals.map(({ integration, record }) => ({
          severity: 'error',
          code: 'integration-removed-before-retirement',
          file: definitions.file,
          path: ['integrations'],
          message: `${integration} is no longer in the definitions, but its definition record (${path.join(shownDir, record)}) is not retired: deploying now would leave its user active in the org with nobody managing it. Nothing was written.`,
          fix: `Put ${integration} back and mark it "retired": true, deploy and provision (the engine deactivates the user and removes its assignments), then delete it.`,
        })),
      };
    }
    if (!(error instanceof TreeError)) throw error;
    return {
      ok: false,
      outputDir,
      problems: error.problems.map((problem) => ({
        severity: 'error',
        code: problem.code,
        file: path.join(shownDir, problem.file),
        path: [],
        message: problem.message,
        fix: problem.fix,
      })),
    };
  }
}

/**
 * The generator as a library call: load and validate the definitions, check where the output goes,
 * render the tree, and either report what would change (check) or write it. Commands and the org
 * workflow both use this. Every refusal is a Problem (never a thrown error), and on any problem
 * nothing is written or deleted. An unchanged re-run (same inputs, files as the last run left them,
 * see run-record.ts) skips the parsing and rendering and reports what the last run found.
 */
import path from 'node:path';
import { loadDefinitionsInput, readDefinitionsFile } from '../definitions/load.js';
import type { ResolvedDefinitions } from '../definitions/model.js';
import type { Problem } from '../definitions/problems.js';
import { summarizeModel, type ModelSummary } from '../definitions/summary.js';
import { checkOutputDir, projectRelative } from './output-dir.js';
import { generatedFiles } from './render.js';
import { unretiredRemovals, UnretiredRemovalError } from './retirement.js';
import {
  forgetRunRecord,
  readRunRecord,
  recordFile,
  runKey,
  treeAsRecorded,
  writeRunRecord,
} from './run-record.js';
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
  /**
   * Always parse the definitions and return them (deploy needs the model for its preflight, apps and
   * removal steps): an unchanged run still writes nothing, but is never answered from the run record.
   */
  withDefinitions?: boolean;
}

export type GenerateResult =
  | ({
      ok: true;
      summary: ModelSummary;
      warnings: Problem[];
      outputDir: string;
      /** True when the inputs and the files were as the last run left them: nothing was parsed or rendered. */
      skipped: boolean;
      /** Files rendered by this run (0 when skipped). */
      rendered: number;
      /** The resolved model; absent only when the run was answered from the run record (skipped). */
      definitions?: ResolvedDefinitions;
    } & TreeChanges)
  | { ok: false; problems: Problem[]; outputDir: string };

/** A run that parsed the definitions: its successful result always carries the model. */
export type GenerateWithDefinitionsResult =
  | (Extract<GenerateResult, { ok: true }> & { definitions: ResolvedDefinitions })
  | Extract<GenerateResult, { ok: false }>;

export async function generate(
  options: GenerateOptions & { withDefinitions: true },
): Promise<GenerateWithDefinitionsResult>;
export async function generate(options: GenerateOptions): Promise<GenerateResult>;
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const cwd = options.cwd ?? process.cwd();
  const outputDir = path.resolve(cwd, options.outputDir ?? DEFAULT_OUTPUT_DIR);
  const shownDir = path.relative(cwd, outputDir) || outputDir;
  const directory = projectRelative(cwd, outputDir);
  const refuse = (problems: Problem[]) => ({ ok: false as const, problems, outputDir });

  const input = readDefinitionsFile(options.configPath, cwd);
  if ('problem' in input) return refuse([input.problem]);
  const key = runKey({
    file: input.file,
    bytes: input.bytes,
    environment: options.environment,
    directory,
    outputDir,
  });
  const recordPath = key ? recordFile(cwd, outputDir) : undefined;
  const last = recordPath ? readRunRecord(recordPath) : undefined;
  const policy = () =>
    checkOutputDir({
      root: cwd,
      outputDir,
      ...(options.allowOutsideProject ? { allowOutsideProject: true } : {}),
    }).then((problems) =>
      problems.map((problem): Problem => ({ severity: 'error', file: shownDir, path: [], ...problem })),
    );

  if (last && last.record.key === key && !options.withDefinitions) {
    // A run record is written only after a run whose definitions were valid, so they are valid now:
    // the output directory's policy is what a full run would check next.
    const refused = await policy();
    if (refused.length > 0) return refuse(refused);
    const unchanged = treeAsRecorded(outputDir, directory, last.record, last.writtenNs);
    if (unchanged) {
      return {
        ok: true,
        summary: last.record.summary,
        warnings: last.record.warnings,
        outputDir,
        skipped: true,
        rendered: 0,
        written: [],
        unchanged,
        removed: [],
        overwrittenEdits: [],
      };
    }
    // Same inputs, but the files are not as the last run left them (edited, removed, replaced).
  }

  // The raw input is let go of as soon as it is decoded, and its text once it is parsed.
  const loaded = loadDefinitionsInput(input, {
    cwd,
    ...(options.environment ? { environment: options.environment } : {}),
  });
  if (!loaded.ok) return refuse(loaded.problems);
  const refused = await policy();
  if (refused.length > 0) return refuse(refused);

  const definitions = loaded.definitions;
  try {
    const changes = syncTree(outputDir, generatedFiles(definitions), {
      directory,
      ...(options.check ? { check: true } : { stamps: true }),
      vetRemovals: (removed) => {
        const unretired = unretiredRemovals(removed, definitions);
        if (unretired.length > 0) throw new UnretiredRemovalError(unretired);
      },
    });
    const summary = summarizeModel(definitions);
    if (recordPath && key && changes.stamps) {
      writeRunRecord(recordPath, {
        key,
        outputDir,
        manifestSha256: changes.manifestSha256,
        stamps: changes.stamps,
        summary,
        warnings: loaded.warnings,
      });
    }
    return {
      ok: true,
      summary,
      definitions,
      warnings: loaded.warnings,
      outputDir,
      skipped: false,
      rendered: changes.rendered,
      written: changes.written,
      unchanged: changes.unchanged,
      removed: changes.removed,
      overwrittenEdits: changes.overwrittenEdits,
    };
  } catch (error) {
    // Whatever the record said no longer holds for certain.
    if (recordPath) forgetRunRecord(recordPath);
    if (error instanceof UnretiredRemovalError) {
      return refuse(
        error.removals.map(({ integration, record }) => ({
          severity: 'error',
          code: 'integration-removed-before-retirement',
          file: definitions.file,
          path: ['integrations'],
          message: `${integration} is no longer in the definitions, but its definition record (${path.join(shownDir, record)}) is not retired: deploying now would leave its user active in the org with nobody managing it. Nothing was written.`,
          fix: `Put ${integration} back and mark it "retired": true, deploy and provision (the engine deactivates the user and removes its assignments), then delete it.`,
        })),
      );
    }
    if (!(error instanceof TreeError)) throw error;
    return refuse(
      error.problems.map((problem) => ({
        severity: 'error',
        code: problem.code,
        file: path.join(shownDir, problem.file),
        path: [],
        message: problem.message,
        fix: problem.fix,
      })),
    );
  }
}

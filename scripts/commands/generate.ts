import path from 'node:path';
import type { GenerateResult as GeneratorResult } from '../metadata/generate.js';
import { defineCommand, ExitCode, outcome, type CommandIo } from './command.js';
import { definitionFlags, flag } from './flags.js';
import { printProblems, problemsJson, reportWarnings, type ProblemJson } from './output.js';
import type { ModelFigures } from './summary.js';

/** --output-dir defaults to the generator's DEFAULT_OUTPUT_DIR (checked in scripts/plugin/plugin.test.ts). */
export const generateFlags = {
  ...definitionFlags,
  'output-dir': flag.directory({ default: 'force-app/generated' }),
  check: flag.boolean({}),
  'allow-outside-project': flag.boolean({}),
} as const;

export type GeneratedFiles = {
  environment: string | null;
  outputDir: string;
  written: string[];
  unchanged: string[];
  removed: string[];
  overwrittenEdits: string[];
  schemaChanged: boolean;
  warnings: ProblemJson[];
} & ModelFigures;

export type IukGenerateResult = { problems: ProblemJson[] } | GeneratedFiles;

type Generated = Extract<GeneratorResult, { ok: true }>;

/** Writes the org-specific metadata for one environment into the generated package directory. */
export const generateCommand = defineCommand({
  name: 'generate',
  messages: 'generate',
  flags: generateFlags,
  async run({ io, flags }) {
    const [{ generate }, { syncSchemaFile }] = await Promise.all([
      import('../metadata/generate.js'),
      import('../definitions/schema-file.js'),
    ]);
    const result = await generate({
      configPath: flags.config,
      cwd: io.cwd,
      check: flags.check,
      outputDir: flags['output-dir'],
      ...(flags['allow-outside-project'] ? { allowOutsideProject: true } : {}),
      ...(flags.environment ? { environment: flags.environment } : {}),
    });
    if (!result.ok) {
      printProblems(io, result.problems);
      return outcome<IukGenerateResult>({ problems: problemsJson(result.problems) }, ExitCode.invalidInput);
    }
    const schemaChanged = await syncSchemaFile(io.cwd, flags.check);
    const pending = result.written.length + result.removed.length + (schemaChanged ? 1 : 0);
    const status = flags.check && pending > 0 ? ExitCode.outOfDate : ExitCode.ok;
    reportWarnings(io, result.warnings);
    await printChanges(io, result, schemaChanged, flags.check);
    if (status === ExitCode.outOfDate)
      io.logToStderr('The generated metadata is out of date: run `npm run generate` and commit the result.');
    return outcome<IukGenerateResult>(generatedFiles(result, schemaChanged), status);
  },
});

export function generatedFiles(result: Generated, schemaChanged: boolean): GeneratedFiles {
  return {
    environment: result.summary.environment ?? null,
    outputDir: result.outputDir,
    written: result.written,
    unchanged: result.unchanged,
    removed: result.removed,
    overwrittenEdits: result.overwrittenEdits,
    schemaChanged,
    warnings: problemsJson(result.warnings),
    ...result.summary.figures,
  };
}

export async function printChanges(
  io: CommandIo,
  result: Generated,
  schemaChanged: boolean,
  check: boolean,
): Promise<void> {
  const { SCHEMA_FILE } = await import('../definitions/schema-file.js');
  const verb = check ? 'would write' : 'wrote';
  const where = path.relative(io.cwd, result.outputDir) || result.outputDir;
  for (const file of result.written) io.log(`  ${verb.padEnd(11)} ${path.join(where, file)}`);
  for (const file of result.removed)
    io.log(`  ${(check ? 'would remove' : 'removed').padEnd(11)} ${path.join(where, file)}`);
  for (const file of result.overwrittenEdits)
    io.logToStderr(`  note: ${path.join(where, file)} had been edited by hand; the definitions file wins.`);
  if (schemaChanged) io.log(`  ${verb.padEnd(11)} ${SCHEMA_FILE}`);
  io.log(
    `${where}${result.summary.environment ? ` (environment ${result.summary.environment})` : ''}: ` +
      `${result.written.length} ${check ? 'to write' : 'written'}, ${result.unchanged.length} unchanged, ${result.removed.length} ${check ? 'to remove' : 'removed'}.`,
  );
}

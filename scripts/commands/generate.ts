import path from 'node:path';
import { DEFAULT_CONFIG } from '../definitions/load.js';
import { SCHEMA_FILE, syncSchemaFile } from '../definitions/schema-file.js';
import { DEFAULT_OUTPUT_DIR, generate, type GenerateResult } from '../metadata/generate.js';
import { ExitCode, type Command, type CommandContext } from './command.js';
import { commonDefinitionFlags, parseFlags } from './flags.js';
import { printJson, printProblems, problemsJson } from './output.js';

export const generateFlags = {
  ...commonDefinitionFlags,
  'output-dir': { type: 'string' },
  check: { type: 'boolean' },
  'allow-outside-project': { type: 'boolean' },
} as const;

/** Writes the org-specific metadata for one environment into the generated package directory. */
export const generateCommand: Command = {
  name: 'generate',
  summary: 'Generate permission sets, profiles and definition records from the definitions file.',
  usage: [
    '--config <file>        definitions file (default config/integration-definitions.json)',
    '--environment <name>   environment to generate for (default: the one marked "default")',
    `--output-dir <dir>     generated package directory (default ${DEFAULT_OUTPUT_DIR})`,
    '--check                write nothing; exit 6 when the files on disk are not what would be generated',
    '--allow-outside-project  allow an --output-dir outside the project (never a package directory)',
    '--json                 machine-readable output',
  ],
  async run(context) {
    const { values } = parseFlags(context.argv, generateFlags);
    const result = await generate({
      configPath: values.config ?? DEFAULT_CONFIG,
      cwd: context.cwd,
      check: values.check === true,
      ...(values['allow-outside-project'] ? { allowOutsideProject: true } : {}),
      ...(values.environment ? { environment: values.environment } : {}),
      ...(values['output-dir'] ? { outputDir: values['output-dir'] } : {}),
    });
    if (!result.ok) {
      if (values.json) printJson(context, ExitCode.invalidInput, { problems: problemsJson(result.problems) });
      else printProblems(context, result.problems);
      return ExitCode.invalidInput;
    }
    const schemaChanged = await syncSchemaFile(context.cwd, values.check === true);
    const pending = result.written.length + result.removed.length + (schemaChanged ? 1 : 0);
    const status = values.check && pending > 0 ? ExitCode.outOfDate : ExitCode.ok;
    if (values.json) {
      printJson(context, status, generateJson(result, schemaChanged), problemsJson(result.warnings));
    } else {
      printProblems(context, result.warnings);
      printChanges(context, result, schemaChanged, values.check === true);
      if (status === ExitCode.outOfDate)
        context.err('The generated metadata is out of date: run `npm run generate` and commit the result.');
    }
    return status;
  },
};

export function generateJson(result: Extract<GenerateResult, { ok: true }>, schemaChanged: boolean) {
  return {
    environment: result.summary.environment ?? null,
    outputDir: result.outputDir,
    written: result.written,
    unchanged: result.unchanged,
    removed: result.removed,
    overwrittenEdits: result.overwrittenEdits,
    schemaChanged,
    ...result.summary.figures,
  };
}

export function printChanges(
  context: CommandContext,
  result: Extract<GenerateResult, { ok: true }>,
  schemaChanged: boolean,
  check: boolean,
): void {
  const verb = check ? 'would write' : 'wrote';
  const where = path.relative(context.cwd, result.outputDir) || result.outputDir;
  for (const file of result.written) context.out(`  ${verb.padEnd(11)} ${path.join(where, file)}`);
  for (const file of result.removed)
    context.out(`  ${(check ? 'would remove' : 'removed').padEnd(11)} ${path.join(where, file)}`);
  for (const file of result.overwrittenEdits)
    context.err(`  note: ${path.join(where, file)} had been edited by hand; the definitions file wins.`);
  if (schemaChanged) context.out(`  ${verb.padEnd(11)} ${SCHEMA_FILE}`);
  context.out(
    `${where}${result.summary.environment ? ` (environment ${result.summary.environment})` : ''}: ` +
      `${result.written.length} ${check ? 'to write' : 'written'}, ${result.unchanged.length} unchanged, ${result.removed.length} ${check ? 'to remove' : 'removed'}.`,
  );
}

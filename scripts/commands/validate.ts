import path from 'node:path';
import { defineCommand, ExitCode, outcome } from './command.js';
import { definitionFlags } from './flags.js';
import { printProblems, problemsJson, reportWarnings, type ProblemJson } from './output.js';
import type { ModelFigures } from './summary.js';

export type IukValidateResult =
  | { valid: false; problems: ProblemJson[] }
  | ({ valid: true; environment: string | null; warnings: ProblemJson[] } & ModelFigures);

/** Checks the definitions file and writes nothing. */
export const validateCommand = defineCommand({
  name: 'validate',
  messages: 'validate',
  flags: definitionFlags,
  async run({ io, flags }) {
    const [{ loadDefinitions }, { summarizeModel }] = await Promise.all([
      import('../definitions/load.js'),
      import('../definitions/summary.js'),
    ]);
    const result = await loadDefinitions(flags.config, {
      cwd: io.cwd,
      ...(flags.environment ? { environment: flags.environment } : {}),
    });
    if (!result.ok) {
      printProblems(io, result.problems);
      return outcome<IukValidateResult>(
        { valid: false, problems: problemsJson(result.problems) },
        ExitCode.invalidInput,
      );
    }
    reportWarnings(io, result.warnings);
    const figures = summarizeModel(result.definitions).figures;
    const environment = result.definitions.environment ?? null;
    io.log(
      `${path.relative(io.cwd, path.resolve(io.cwd, flags.config))} is valid` +
        `${environment ? ` (environment ${environment})` : ''}: ` +
        `${figures.integrations} integration(s), ${figures.objects} object grant(s), ${figures.fieldPermissions} field permission(s), ` +
        `${figures.ipRanges} IP range(s), login hours on ${figures.loginHourDays} day(s).`,
    );
    return outcome<IukValidateResult>({
      valid: true,
      environment,
      warnings: problemsJson(result.warnings),
      ...figures,
    });
  },
});

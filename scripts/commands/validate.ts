import path from 'node:path';
import { DEFAULT_CONFIG, loadDefinitions } from '../definitions/load.js';
import { ExitCode, type Command } from './command.js';
import { commonDefinitionFlags, parseFlags } from './flags.js';
import { printJson, printProblems, problemsJson } from './output.js';
import { summarizeModel } from '../definitions/summary.js';

/** Checks the definitions file and writes nothing. */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check the definitions file (structure and rules, every environment); write nothing.',
  usage: [
    '--config <file>        definitions file (default config/integration-definitions.json)',
    '--environment <name>   environment to resolve (default: the one marked "default")',
    '--json                 machine-readable output',
  ],
  async run(context) {
    const { values } = parseFlags(context.argv, commonDefinitionFlags);
    const configPath = values.config ?? DEFAULT_CONFIG;
    const result = await loadDefinitions(configPath, {
      cwd: context.cwd,
      ...(values.environment ? { environment: values.environment } : {}),
    });
    if (!result.ok) {
      if (values.json)
        printJson(context, ExitCode.invalidInput, { valid: false, problems: problemsJson(result.problems) });
      else printProblems(context, result.problems);
      return ExitCode.invalidInput;
    }
    const figures = summarizeModel(result.definitions).figures;
    if (values.json) {
      printJson(
        context,
        ExitCode.ok,
        { valid: true, environment: result.definitions.environment ?? null, ...figures },
        problemsJson(result.warnings),
      );
    } else {
      printProblems(context, result.warnings);
      context.out(
        `${path.relative(context.cwd, path.resolve(context.cwd, configPath))} is valid` +
          `${result.definitions.environment ? ` (environment ${result.definitions.environment})` : ''}: ` +
          `${figures.integrations} integration(s), ${figures.objects} object grant(s), ${figures.fieldPermissions} field permission(s), ` +
          `${figures.ipRanges} IP range(s), login hours on ${figures.loginHourDays} day(s).`,
      );
    }
    return ExitCode.ok;
  },
};

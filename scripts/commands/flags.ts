/** Flag parsing shared by the commands (node:util parseArgs, strict: unknown flags are errors). */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export const commonDefinitionFlags = {
  config: { type: 'string', short: 'c' },
  environment: { type: 'string', short: 'e' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

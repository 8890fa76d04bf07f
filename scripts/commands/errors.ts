/**
 * Errors that end a command. They are @salesforce/core SfErrors (its light `sfError` entry point),
 * so sf's SfCommand and the launcher turn them into the same JSON error envelope: name, message,
 * exitCode, actions, data. Results that carry detail (invalid definitions, failed deploys) are not
 * errors: their command returns them with a non-zero status, as `sf project deploy start` does.
 */
import { SfError } from '@salesforce/core/sfError';
import { describeConnectionFailure, isOrgError, type OrgError } from '../org/errors.js';
import { ExitCode, type ExitCodeValue } from './command.js';

export { SfError };

export interface CommandErrorInput {
  /** A stable name scripts can match on, e.g. ORG_NOT_AUTHORISED (sf puts it in `name` and `code`). */
  name: string;
  message: string;
  exitCode: ExitCodeValue;
  actions?: string[];
  data?: unknown;
}

export function commandError({ name, message, exitCode, actions, data }: CommandErrorInput): SfError {
  const error = new SfError(message, name, actions, exitCode);
  error.code = name;
  if (data !== undefined) error.data = data as SfError['data'];
  return error;
}

/** A usage error found after parsing (flag values that depend on each other): exit 2, like oclif's. */
export function usageError(message: string, actions?: string[]): SfError {
  return commandError({
    name: 'UsageError',
    message,
    exitCode: ExitCode.usage,
    ...(actions ? { actions } : {}),
  });
}

/** An OrgError from the org layer, as the command's error: exit 4 (no usable org) or 5 (org failures). */
export function orgCommandError(error: OrgError): SfError {
  return commandError({
    name: error.code,
    message: error.message,
    exitCode: error.kind === 'unavailable' ? ExitCode.orgUnavailable : ExitCode.orgFailed,
    ...(error.action ? { actions: [error.action] } : {}),
  });
}

/** The --target-org value on a command line, for messages about the org (the flag parser may not have run). */
function targetOrgIn(argv: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--') break;
    if (arg === '--target-org' || arg === '-o') return argv[index + 1];
    if (arg.startsWith('--target-org=')) return arg.slice('--target-org='.length);
  }
  return undefined;
}

/**
 * The error a command ends with, as both adapters report it: org failures (including the ones the
 * target-org flag raises while resolving) become the kit's org errors with exit 4 or 5; SfErrors and
 * oclif's parse errors (exit 2) stay as they are; anything else is a bug, exit 70.
 */
export function toCommandError(error: unknown, argv: readonly string[]): SfError | Error {
  const described = describeConnectionFailure(error, targetOrgIn(argv));
  if (isOrgError(described)) return orgCommandError(described);
  // oclif marks every flag and argument parsing error this way; some carry exit 1 (a duration flag's
  // SfError, an invalid option): every usage error exits 2 here, as the README documents.
  const usage = described instanceof Error && described.message.endsWith('See more help with --help');
  if (described instanceof SfError) {
    if (usage) described.exitCode = ExitCode.usage;
    return described;
  }
  if (described instanceof Error && 'oclif' in described) {
    // oclif's parse errors: some carry no exit code (sf then exits 1); every usage error exits 2 here.
    const oclif = (described as Error & { oclif: { exit?: number } }).oclif;
    if (typeof oclif.exit !== 'number') oclif.exit = ExitCode.usage;
    return described;
  }
  const cause = described instanceof Error ? described : new Error(String(described));
  const internal = commandError({ name: cause.name, message: cause.message, exitCode: ExitCode.internal });
  internal.stack = cause.stack;
  return internal;
}

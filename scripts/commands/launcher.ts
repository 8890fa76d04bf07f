/**
 * The launcher adapter: runs a command declaration for `npm run iuk -- <command>` without oclif or
 * sf-plugins-core (they cost ~0.5 s to load), and answers as `sf iuk <command>` does: the same flag
 * rules and parse errors (in oclif's order and words), the same sf JSON envelopes, the same exit codes.
 * scripts/commands/adapters.test.ts runs commands through both adapters and compares their output.
 */
import { inspect } from 'node:util';
import type { CommandSpec, ExitCodeValue } from './command.js';
import { ExitCode } from './command.js';
import type { SfError } from './errors.js';
import type { FlagSpec, FlagSpecs } from './flags.js';
import { createIo, type Streams } from './io.js';
import { lazyTexts } from './messages.js';

export interface LaunchOptions {
  /** Directory that relative paths in flags are resolved against. */
  cwd: string;
  /** The plugin's root: where package.json and messages/ are. */
  root: string;
  streams: Streams;
}

/** The class name sf reports as `context` and `commandName` (src/commands/iuk/<name>.ts exports it). */
export function commandClassName(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** sf's rule: --json anywhere before `--`, or SF_CONTENT_TYPE=JSON. */
export function jsonRequested(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  const flags = end === -1 ? argv : argv.slice(0, end);
  return flags.includes('--json') || process.env.SF_CONTENT_TYPE?.toUpperCase() === 'JSON';
}

/** Runs one command line and returns its exit code; output goes to the streams. */
export async function runCommand(
  spec: CommandSpec<FlagSpecs, unknown>,
  argv: string[],
  options: LaunchOptions,
): Promise<number> {
  const json = jsonRequested(argv);
  const io = createIo({ json, cwd: options.cwd, streams: options.streams });
  const commandName = commandClassName(spec.name);
  try {
    const { flags, args } = await parseCommandLine(spec, argv, options.root);
    const outcome = await spec.run({ io, flags, args, messages: lazyTexts(options.root, spec.messages) });
    if (json)
      options.streams.stdout(
        JSON.stringify({ status: outcome.status, result: outcome.result, warnings: io.warnings }, null, 2),
      );
    return outcome.status;
  } catch (thrown) {
    // Errors load sf's error class (about 30 ms with its dependencies) only when there is one.
    const { SfError, toCommandError } = await import('./errors.js');
    const error = SfError.wrap(toCommandError(thrown, argv) as Error);
    const exitCode = typeof error.exitCode === 'number' ? error.exitCode : 1;
    if (json) {
      options.streams.stdout(
        JSON.stringify(errorEnvelope(error, exitCode, commandName, io.warnings), null, 2),
      );
    } else {
      options.streams.stderr(`Error (${error.code}): ${error.message}`);
      if (error.actions?.length) options.streams.stderr(['', 'Try this:', '', ...error.actions].join('\n'));
    }
    return exitCode;
  }
}

/** What sf-plugins-core's SfCommandError.toJson() prints for the same error. */
function errorEnvelope(error: SfError, exitCode: number, commandName: string, warnings: unknown[]) {
  return {
    ...error.toObject(),
    context: error.context ?? commandName,
    stack: error.stack,
    cause: inspect(error.cause),
    warnings,
    code: error.code,
    status: exitCode,
    commandName,
  };
}

type Texts = ReturnType<typeof lazyTexts>;

/** A usage error as oclif raises it: named Error, code "2", exit 2. */
async function parseError(message: string, name = 'Error'): Promise<SfError> {
  const { SfError } = await import('./errors.js');
  const error = new SfError(message, name, undefined, ExitCode.usage);
  error.code = name === 'Error' ? String(ExitCode.usage) : name;
  return error;
}

interface RawLine {
  values: Map<string, string | true>;
  positionals: string[];
  unknown: string[];
}

/** oclif's raw pass: flags by long name or char, `--name=value`, `--` ends flags. */
async function tokenize(flags: FlagSpecs, argv: readonly string[], texts: Texts): Promise<RawLine> {
  const byChar = new Map(
    Object.entries(flags).flatMap(([name, spec]) => (spec.char ? [[spec.char, name]] : [])),
  );
  const line: RawLine = { values: new Map(), positionals: [], unknown: [] };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--') {
      line.positionals.push(...argv.slice(index + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      line.positionals.push(arg);
      continue;
    }
    const [token, inline] = arg.startsWith('--')
      ? [arg.slice(2).split('=')[0] ?? '', arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : undefined]
      : [byChar.get(arg.slice(1, 2)) ?? `-${arg.slice(1)}`, arg.length > 2 ? arg.slice(2) : undefined];
    if (token === 'json') continue;
    const spec = flags[token];
    if (!spec) {
      line.unknown.push(arg.split('=')[0] ?? arg);
      continue;
    }
    if (spec.kind === 'boolean') {
      line.values.set(token, true);
      continue;
    }
    const value = inline ?? argv[++index];
    if (value === undefined || (inline === undefined && value.startsWith('-') && value.length > 1)) {
      throw await parseError(await texts.getMessage('error.FlagNeedsValue', [token]), 'Error');
    }
    line.values.set(token, value);
  }
  return line;
}

/** Parses and checks a command line in oclif's order: raw pass, flag values, then validation. */
export async function parseCommandLine(
  spec: CommandSpec<FlagSpecs, unknown>,
  argv: readonly string[],
  root: string,
): Promise<{ flags: Record<string, never>; args: Record<string, string | undefined> }> {
  // Parse errors are the only texts needed here: read messages/launcher.md only for one.
  const texts = lazyTexts(root, 'launcher');
  const raw = await tokenize(spec.flags, argv, texts);
  // Values are checked before the org is resolved, as oclif's parallel flag parsing ends up doing.
  const flags: Record<string, unknown> = {};
  const entries = Object.entries(spec.flags);
  for (const [name, flagSpec] of [
    ...entries.filter(([, f]) => f.kind !== 'target-org'),
    ...entries.filter(([, f]) => f.kind === 'target-org'),
  ]) {
    flags[name] = await flagValue(name, flagSpec, raw.values.get(name), texts);
  }
  if (raw.unknown.length > 0)
    throw await parseError(await texts.getMessage('error.NonExistentFlags', [raw.unknown.join(', ')]));
  const argNames = Object.keys(spec.args ?? {});
  if (raw.positionals.length > argNames.length) {
    throw await parseError(
      await texts.getMessage('error.UnexpectedArgs', [raw.positionals.slice(argNames.length).join(', ')]),
    );
  }
  const args = Object.fromEntries(argNames.map((name, index) => [name, raw.positionals[index]]));
  const missingArg = argNames.find((name) => spec.args?.[name]?.required && args[name] === undefined);
  if (missingArg) {
    // oclif's RequiredArgsError: the argument's name and summary, two spaces apart.
    const summary = await lazyTexts(root, spec.messages).getMessage(`args.${missingArg}.summary`);
    const heading = await texts.getMessage('error.MissingArgs');
    throw await parseError(`${heading}\n${missingArg}  ${summary}\nSee more help with --help`);
  }
  const missingFlag = Object.entries(spec.flags).find(
    ([name, flagSpec]) => flagSpec.required && flags[name] === undefined,
  );
  if (missingFlag) {
    // oclif's FailedFlagValidationError, indentation included (message files trim leading spaces).
    const reason = await texts.getMessage('error.MissingFlag', [missingFlag[0]]);
    throw await parseError(`The following error occurred:\n  ${reason}\nSee more help with --help`);
  }
  return { flags: flags as Record<string, never>, args };
}

async function flagValue(
  name: string,
  spec: FlagSpec,
  raw: string | true | undefined,
  texts: Texts,
): Promise<unknown> {
  switch (spec.kind) {
    case 'boolean':
      return raw === true;
    case 'target-org': {
      const { resolveTargetOrg } = await import('../org/connection.js');
      return resolveTargetOrg(typeof raw === 'string' ? raw : undefined);
    }
    case 'minutes': {
      if (raw === undefined) return spec.default;
      const text = String(raw);
      // oclif wraps a flag's own parse error as "Parsing --<flag> \n\t<reason>".
      const parsing = (reason: string) => `Parsing --${name} \n\t${reason}\nSee more help with --help`;
      if (!/^-?\d+$/.test(text))
        throw await parseError(
          parsing(await texts.getMessage('error.DurationNotInteger')),
          'InvalidDurationError',
        );
      if (Number(text) < 1)
        throw await parseError(
          parsing(await texts.getMessage('error.DurationBelowMin', [1])),
          'DurationBoundsMinError',
        );
      return Number(text);
    }
    case 'option':
      if (raw !== undefined && !spec.options.includes(String(raw))) {
        throw await parseError(
          await texts.getMessage('error.InvalidOption', [name, String(raw), spec.options.join(', ')]),
        );
      }
      return raw;
    default:
      return raw ?? spec.default;
  }
}

export type { ExitCodeValue };

/**
 * The shape of a command, in the kit's own terms. Each command is one module that declares its flags,
 * its message file (messages/<name>.md) and a `run` that composes the layers below. Two adapters run
 * the same declaration: the sf plugin (src/sf-command.ts, an SfCommand that `sf iuk <name>` loads) and
 * the launcher (scripts/cli.ts, behind `npm run iuk`), which never imports oclif or sf-plugins-core so
 * that it starts fast. Both print the same human text, the same sf JSON envelopes and exit codes.
 *
 * Rules for command modules: import only light modules at the top (node builtins, this folder, types);
 * load heavy dependencies (definitions loader, source-deploy-retrieve, @salesforce/core) inside `run`
 * with `await import(...)`, so that help and the other commands do not pay for them.
 */
import type { Org } from '@salesforce/core';
import type { FlagSpecs, FlagValues } from './flags.js';

/** Exit codes that scripts and CI can rely on (the README maps them to sf's conventions). */
export const ExitCode = {
  ok: 0,
  /** The definitions (or another input) are invalid; nothing was written. */
  invalidInput: 1,
  /** Wrong flags or an unknown command (sf and oclif use 2 for this too). */
  usage: 2,
  /** The offline verification of generated metadata failed. */
  verificationFailed: 3,
  /** No org is authorised, or the org cannot be used (missing licence, no permission). */
  orgUnavailable: 4,
  /** The org answered with failures (deploy errors, failed provisioning). */
  orgFailed: 5,
  /** `generate --check`: the committed metadata is not what the definitions produce. */
  outOfDate: 6,
  /** An unexpected failure: a bug (the error envelope carries the stack). */
  internal: 70,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** What each exit code means, for the ERROR CODES section of every command's help. */
export function exitCodeHelp(): Record<string, string> {
  return {
    [ExitCode.ok]: 'Success.',
    [ExitCode.invalidInput]: 'The definitions are invalid; nothing was written.',
    [ExitCode.usage]: 'Wrong flags or arguments (as in every sf command).',
    [ExitCode.verificationFailed]: 'The offline verification of the metadata failed.',
    [ExitCode.orgUnavailable]:
      'No usable org: not authorised, expired, no integration licence, engine not deployed.',
    [ExitCode.orgFailed]: 'The org reported failures: deploy or test errors, failed provisioning, timeouts.',
    [ExitCode.outOfDate]: 'generate --check: the generated metadata is out of date.',
    [ExitCode.internal]: 'An unexpected failure (a bug; the JSON error carries the stack).',
  };
}

/** A positional argument (only the kill-switch commands have one). */
export interface ArgSpec {
  required: boolean;
}

/** A warning as sf's envelope carries it (sf-plugins-core's StructuredMessage). */
export interface StructuredWarning {
  name: string;
  message: string;
  actions?: string[];
}

/** Progress of a long step, shown as sf's deploy commands show it (@oclif/multi-stage-output). */
export interface StageProgress<Data extends Record<string, unknown>> {
  /** Marks the stages before `stage` completed and makes `stage` the current one. */
  goto(stage: string, data?: Partial<Data>): void;
  update(data: Partial<Data>): void;
  /** Ends the display: the current stage completed, or failed. */
  stop(outcome: 'completed' | 'failed'): void;
}

export interface StageProgressOptions<Data extends Record<string, unknown>> {
  title: string;
  stages: readonly string[];
  /** Lines shown under the stages, each computed from the latest data (undefined hides the line). */
  info: { label: string; get: (data: Partial<Data>) => string | undefined }[];
}

/** Everything a command may do besides computing its result. Adapters implement it. */
export interface CommandIo {
  /** True under --json: human output is suppressed, the envelope is printed by the adapter. */
  readonly json: boolean;
  /** Directory that relative paths in flags are resolved against. */
  readonly cwd: string;
  /** A line of human output on stdout (nothing under --json). */
  log(line?: string): void;
  /** A line of human output on stderr (nothing under --json). */
  logToStderr(line: string): void;
  /**
   * A warning: in the envelope's `warnings` under --json; for people on stderr, as `humanText` when
   * given (problems keep their file:line format), else as `Warning: <message>` and its actions.
   */
  warn(warning: StructuredWarning, humanText?: string): void;
  /** Progress of a long step; a no-op under --json, plain lines when not on a terminal or in CI. */
  progress<Data extends Record<string, unknown>>(
    options: StageProgressOptions<Data>,
  ): Promise<StageProgress<Data>>;
  /** True when a person can answer a question (stdin and stdout are terminals, not --json). */
  interactive(): boolean;
  /** Asks a yes/no question; anything but y/yes is a no. */
  confirm(question: string): Promise<boolean>;
}

/** What `run` hands back: the result the envelope carries and the exit code. */
export interface Outcome<Result> {
  status: ExitCodeValue;
  result: Result;
}

export function outcome<Result>(result: Result, status: ExitCodeValue = ExitCode.ok): Outcome<Result> {
  return { status, result };
}

/** The command's texts from messages/<name>.md, read on first use (the happy path needs none). */
export interface CommandTexts {
  getMessage(key: string, tokens?: (string | number)[]): Promise<string>;
  getMessages(key: string, tokens?: (string | number)[]): Promise<string[]>;
}

export interface RunInput<Flags extends FlagSpecs> {
  io: CommandIo;
  flags: FlagValues<Flags>;
  args: Record<string, string | undefined>;
  messages: CommandTexts;
}

/**
 * One command. `Result` is the `result` of its --json success envelope; its JSON schema is generated
 * into schemas/ from this type (npm run schemas) and checked in the unit tests.
 */
export interface CommandSpec<Flags extends FlagSpecs = FlagSpecs, Result = unknown> {
  /** The command name: `sf iuk <name>`, `npm run iuk -- <name>`. */
  name: string;
  /** Base name of its message file in messages/ (summary, description, examples, flags.*, error.*). */
  messages: string;
  flags: Flags;
  args?: Record<string, ArgSpec>;
  /** The launcher only (no `sf iuk` command), e.g. `start`. */
  launcherOnly?: boolean;
  run(input: RunInput<Flags>): Promise<Outcome<Result>>;
}

/** Declares a command with its flag types inferred. */
export function defineCommand<Flags extends FlagSpecs, Result>(
  spec: CommandSpec<Flags, Result>,
): CommandSpec<Flags, Result> {
  return spec;
}

export type ResultOf<Spec> = Spec extends CommandSpec<FlagSpecs, infer Result> ? Result : never;

/** The org a `target-org` flag resolved to (both adapters resolve it with @salesforce/core). */
export type TargetOrg = Org;

/** Any command, as registries and adapters hold them. */
export type AnyCommandSpec = CommandSpec<FlagSpecs, unknown>;

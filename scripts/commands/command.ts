/**
 * The shape every command implements. Commands are thin: they parse their own flags, compose the
 * layers below (definitions, metadata, org) and return an exit code. They never call process.exit.
 */
export interface CommandContext {
  /** Arguments after the command name. */
  argv: string[];
  /** Where human output goes (stdout unless a test captures it). */
  out: (line: string) => void;
  /** Where diagnostics go (stderr unless a test captures it). */
  err: (line: string) => void;
  /** Repository root; paths in flags are resolved against it. */
  cwd: string;
}

export interface Command {
  name: string;
  summary: string;
  /** One line per flag, shown by `--help`. */
  usage: string[];
  run(context: CommandContext): Promise<number>;
}

/** Exit codes that scripts and CI can rely on. */
export const ExitCode = {
  ok: 0,
  /** The definitions (or another input) are invalid; nothing was written. */
  invalidInput: 1,
  /** Wrong flags or an unknown command. */
  usage: 2,
  /** The offline verification of generated metadata failed. */
  verificationFailed: 3,
  /** No org is authorised, or the org cannot be used (missing licence, no permission). */
  orgUnavailable: 4,
  /** The org answered with failures (deploy errors, failed provisioning). */
  orgFailed: 5,
  /** `generate --check`: the committed metadata is not what the definitions produce. */
  outOfDate: 6,
} as const;

/**
 * Flags in the kit's own terms. The sf adapter turns each into its oclif/sf-plugins-core flag
 * (Flags.requiredOrg for `target-org`, Flags.duration for minutes, ...); the launcher parses them with
 * node:util parseArgs and the same rules. Help texts live in messages/<command>.md under
 * `flags.<name>.summary` (and optional `flags.<name>.description`), or in messages/flags.md for the
 * flags that many commands share.
 */
import type { TargetOrg } from './command.js';

interface BaseFlag {
  /** One-letter alias, e.g. `o` for `-o`. */
  char?: string;
  /** Message file of the help text: the command's own (default) or the shared `flags`. */
  shared?: boolean;
  required?: boolean;
}

export interface StringFlag extends BaseFlag {
  kind: 'string' | 'file' | 'directory';
  default?: string;
}
export interface BooleanFlag extends BaseFlag {
  kind: 'boolean';
}
export interface OptionFlag<Option extends string = string> extends BaseFlag {
  kind: 'option';
  options: readonly Option[];
}
/** A whole number of minutes (sf's Flags.duration with unit minutes). */
export interface MinutesFlag extends BaseFlag {
  kind: 'minutes';
  default: number;
}
/** The org, by alias or username, defaulting to sf's target-org (Flags.requiredOrg). */
export interface TargetOrgFlag extends BaseFlag {
  kind: 'target-org';
}

export type FlagSpec = StringFlag | BooleanFlag | OptionFlag | MinutesFlag | TargetOrgFlag;
export type FlagSpecs = Record<string, FlagSpec>;

type ValueOf<F extends FlagSpec> = F extends BooleanFlag
  ? boolean
  : F extends TargetOrgFlag
    ? TargetOrg
    : F extends MinutesFlag
      ? number
      : F extends OptionFlag<infer Option>
        ? F extends { required: true }
          ? Option
          : Option | undefined
        : F extends { default: string }
          ? string
          : F extends { required: true }
            ? string
            : string | undefined;

export type FlagValues<Flags extends FlagSpecs> = { [Name in keyof Flags]: ValueOf<Flags[Name]> };

export const flag = {
  string: <const F extends Omit<StringFlag, 'kind'>>(spec: F) => ({ kind: 'string', ...spec }) as const,
  file: <const F extends Omit<StringFlag, 'kind'>>(spec: F) => ({ kind: 'file', ...spec }) as const,
  directory: <const F extends Omit<StringFlag, 'kind'>>(spec: F) => ({ kind: 'directory', ...spec }) as const,
  boolean: <const F extends Omit<BooleanFlag, 'kind'>>(spec: F) => ({ kind: 'boolean', ...spec }) as const,
  option: <const Option extends string, const F extends Omit<OptionFlag<Option>, 'kind'>>(spec: F) =>
    ({ kind: 'option', ...spec }) as const,
  minutes: <const F extends Omit<MinutesFlag, 'kind'>>(spec: F) => ({ kind: 'minutes', ...spec }) as const,
  targetOrg: () => ({ kind: 'target-org', char: 'o', shared: true }) as const,
};

/**
 * The definitions file and environment, as validate, generate, start and deploy take them. The
 * default is the definitions layer's DEFAULT_CONFIG (not imported: it would load the loader for
 * --help; scripts/plugin/plugin.test.ts checks they agree).
 */
export const definitionFlags = {
  config: flag.file({ char: 'c', shared: true, default: 'config/integration-definitions.json' }),
  environment: flag.string({ char: 'e', shared: true }),
} as const;

/** --target-org, --wait and --namespace: every command that calls the in-org engine. */
export function engineFlags<const Minutes extends number>(waitMinutes: Minutes) {
  return {
    'target-org': flag.targetOrg(),
    wait: flag.minutes({ char: 'w', shared: true, default: waitMinutes }),
    namespace: flag.string({ shared: true }),
  } as const;
}

/** Splits a comma-separated flag value (`--integrations A,B`) into trimmed, non-empty names. */
export function listValue(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}

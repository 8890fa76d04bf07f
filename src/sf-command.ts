/**
 * The sf adapter: turns a command declaration (scripts/commands/*.ts) into an SfCommand that
 * `sf iuk <name>` loads. sf-plugins-core gives it what every sf command has: --json with sf's success
 * and error envelopes, --flags-dir, the target-org resolution of Flags.requiredOrg (default org and
 * aliases), help from messages/*.md. The command itself runs exactly as under the launcher.
 */
import { Args, type Interfaces } from '@oclif/core';
import { Flags, SfCommand, toHelpSection } from '@salesforce/sf-plugins-core';
import type { Duration } from '@salesforce/kit';
import { exitCodeHelp, type AnyCommandSpec, type ResultOf } from '../scripts/commands/command.js';
import { toCommandError } from '../scripts/commands/errors.js';
import type { FlagSpec, FlagSpecs } from '../scripts/commands/flags.js';
import { createIo, processStreams } from '../scripts/commands/io.js';
import { staleBuildWarning } from './freshness.js';
import { commandClassName } from '../scripts/commands/launcher.js';
import {
  flagMessages,
  lazyTexts,
  loadMessages,
  optionalMessage,
  packageRoot,
  useMessages,
} from '../scripts/commands/messages.js';

// Texts are read while the classes are defined (sf reads summary, flags and examples from them).
await useMessages();
const root = packageRoot(import.meta.dirname ?? new URL('.', import.meta.url).pathname);

type OclifFlag = Interfaces.Flag<unknown>;

function oclifFlag(name: string, spec: FlagSpec, own: ReturnType<typeof loadMessages>): unknown {
  const texts = flagMessages(root, own, spec.shared);
  const description = optionalMessage(texts, `flags.${name}.description`);
  const common = {
    summary: texts.getMessage(`flags.${name}.summary`),
    ...(description ? { description } : {}),
    ...(spec.char ? { char: spec.char as 'a' } : {}),
    ...(spec.required ? { required: true } : {}),
  };
  switch (spec.kind) {
    case 'boolean':
      return Flags.boolean(common);
    case 'string':
      return Flags.string({ ...common, ...(spec.default ? { default: spec.default } : {}) });
    case 'file':
      return Flags.file({ ...common, ...(spec.default ? { default: spec.default } : {}) });
    case 'directory':
      return Flags.directory({ ...common, ...(spec.default ? { default: spec.default } : {}) });
    case 'option':
      return Flags.string({ ...common, options: [...spec.options] });
    case 'minutes':
      return Flags.duration({ ...common, unit: 'minutes', min: 1, defaultValue: spec.default });
    case 'target-org':
      return Flags.requiredOrg(common);
  }
}

/** Flag values as the command declaration types them (durations as minutes). */
function kitValues(specs: FlagSpecs, parsed: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const value = parsed[name];
    values[name] =
      spec.kind === 'minutes'
        ? (value as Duration).minutes
        : spec.kind === 'boolean'
          ? value === true
          : value;
  }
  return values;
}

/** The SfCommand for one declaration. Each file in src/commands/iuk/ exports one. */
export function sfCommand<Spec extends AnyCommandSpec>(spec: Spec) {
  const messages = loadMessages(root, spec.messages);
  const flags = Object.fromEntries(
    Object.entries(spec.flags).map(([name, flag]) => [name, oclifFlag(name, flag, messages)]),
  ) as Record<string, OclifFlag>;
  const args = Object.fromEntries(
    Object.entries(spec.args ?? {}).map(([name, arg]) => [
      name,
      Args.string({ description: messages.getMessage(`args.${name}.summary`), required: arg.required }),
    ]),
  );

  const command = class extends SfCommand<ResultOf<Spec>> {
    public static override readonly summary = messages.getMessage('summary');
    public static override readonly description = optionalMessage(messages, 'description');
    public static override readonly examples = messages.getMessages('examples');
    public static override readonly flags = flags;
    public static override readonly args = args;
    public static override readonly errorCodes = toHelpSection('ERROR CODES', exitCodeHelp());

    public async run(): Promise<ResultOf<Spec>> {
      const stale = staleBuildWarning(root, import.meta.url);
      if (stale) this.warn(stale);
      const parsed = await this.parse();
      const io = createIo({ json: this.jsonEnabled(), cwd: process.cwd(), streams: processStreams });
      let outcome;
      try {
        outcome = await spec.run({
          io,
          flags: kitValues(spec.flags, parsed.flags as Record<string, unknown>) as never,
          args: parsed.args as Record<string, string | undefined>,
          messages: lazyTexts(root, spec.messages),
        });
      } finally {
        // Under --json, sf collects warnings into the envelope (success or error); people saw them on stderr.
        if (io.json) for (const warning of io.warnings) this.warn(warning);
      }
      if (outcome.status !== 0) process.exitCode = outcome.status;
      return outcome.result as ResultOf<Spec>;
    }

    protected override async catch(error: Error): Promise<never> {
      return super.catch(toCommandError(error, this.argv) as Error);
    }
  };
  // oclif reads `args` (and sf the class name, for `context` and `commandName`) from the class
  // itself, not from a parent: the files in commands/iuk/ export this class as it is.
  Object.defineProperty(command, 'name', { value: commandClassName(spec.name) });
  return command;
}

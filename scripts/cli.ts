/**
 * The launcher's entry point: `node scripts/run-cli.cjs <command> [flags]` (npm run iuk, npm start,
 * npm run generate, npm run validate). It finds the command, prints help, and hands the command line
 * to the launcher adapter (commands/launcher.ts), which answers as `sf iuk <command>` does. Commands
 * themselves never exit the process.
 */
import path from 'node:path';
import { ExitCode } from './commands/command.js';
import { commandHelp, overviewHelp } from './commands/help.js';
import { commandLoaders, commandNames, isCommandName, loadAllCommands } from './commands/index.js';
import { processStreams, type Streams } from './commands/io.js';
import { jsonRequested, runCommand } from './commands/launcher.js';
import { loadMessages, useMessages } from './commands/messages.js';

export interface MainContext {
  cwd: string;
  /** The plugin's root (package.json, messages/); the repository when run from a clone. */
  root?: string;
  streams?: Streams;
}

/** The repository root, from this module's place (scripts/ in source, node_modules/.cache in the bundle). */
export const REPO_ROOT = path.resolve(
  __dirname,
  __dirname.includes(`${path.sep}node_modules${path.sep}`) ? '../../..' : '..',
);

export async function main(argv: string[], context: MainContext): Promise<number> {
  const root = context.root ?? REPO_ROOT;
  const streams = context.streams ?? processStreams;
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    for (const line of await overviewHelp(await loadAllCommands(), root)) streams.stdout(line);
    return name ? ExitCode.ok : ExitCode.usage;
  }
  if (!isCommandName(name)) {
    await useMessages();
    const { commandError } = await import('./commands/errors.js');
    const message = loadMessages(root, 'launcher').getMessage('error.UnknownCommand', [
      name,
      commandNames.join(', '),
    ]);
    const error = commandError({ name: 'UnknownCommandError', message, exitCode: ExitCode.usage });
    if (jsonRequested(argv)) {
      streams.stdout(
        JSON.stringify({ ...error.toObject(), code: error.code, status: ExitCode.usage }, null, 2),
      );
    } else {
      streams.stderr(`Error (${error.code}): ${message}`);
    }
    return ExitCode.usage;
  }
  const command = await commandLoaders[name]();
  if (rest.includes('--help') || rest.includes('-h')) {
    for (const line of await commandHelp(command, root)) streams.stdout(line);
    return ExitCode.ok;
  }
  return runCommand(command, rest, { cwd: context.cwd, root, streams });
}

if (require.main === module) {
  main(process.argv.slice(2), { cwd: process.cwd() }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `Unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = ExitCode.internal;
    },
  );
}

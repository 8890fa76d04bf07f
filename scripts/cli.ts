/**
 * The one entry point of Integration User Kit's scripts: `node scripts/run-cli.cjs <command> [flags]`
 * (npm scripts wrap it). It picks the command, turns thrown usage errors into exit code 2, and sets
 * the process exit code; commands themselves never exit the process.
 */
import { ExitCode, type CommandContext } from './commands/command.js';
import { UsageError } from './commands/flags.js';
import { commandLoaders, commandNames, loadAllCommands } from './commands/index.js';

export async function main(argv: string[], context: Omit<CommandContext, 'argv'>): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    await printHelp(context);
    return name ? ExitCode.ok : ExitCode.usage;
  }
  const load = Object.hasOwn(commandLoaders, name) ? commandLoaders[name] : undefined;
  if (!load) {
    context.err(`Unknown command "${name}". Commands: ${commandNames.join(', ')}.`);
    return ExitCode.usage;
  }
  const command = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    context.out(`${command.name}: ${command.summary}`);
    for (const line of command.usage) context.out(`  ${line}`);
    return ExitCode.ok;
  }
  try {
    return await command.run({ ...context, argv: rest });
  } catch (error) {
    if (error instanceof UsageError) {
      context.err(`${command.name}: ${error.message}. See \`${command.name} --help\`.`);
      return ExitCode.usage;
    }
    throw error;
  }
}

async function printHelp(context: Omit<CommandContext, 'argv'>): Promise<void> {
  const commands = await loadAllCommands();
  context.out('Integration User Kit: dedicated, least-privilege, API-only integration users for Salesforce.');
  context.out(
    'Usage: npm run iuk -- <command> [flags]   (or npm start / npm run generate / npm run validate)',
  );
  for (const command of commands) context.out(`  ${command.name.padEnd(12)} ${command.summary}`);
}

if (require.main === module) {
  main(process.argv.slice(2), {
    cwd: process.cwd(),
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `Unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 70;
    },
  );
}

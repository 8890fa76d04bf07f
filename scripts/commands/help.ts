/**
 * Help for the launcher (`npm run iuk -- <command> --help`), from the same messages/*.md as sf's own
 * help for `sf iuk <command> --help`: summary, usage, flags with their defaults, description,
 * examples (with `npm run iuk --` for sf's `<%= config.bin %> <%= command.id %>`) and exit codes.
 */
import { exitCodeHelp, type CommandSpec } from './command.js';
import type { FlagSpecs } from './flags.js';
import { flagMessages, loadMessages, optionalMessage, useMessages } from './messages.js';

const LAUNCHER = 'npm run iuk --';

export async function commandHelp(spec: CommandSpec<FlagSpecs, unknown>, root: string): Promise<string[]> {
  await useMessages();
  const messages = loadMessages(root, spec.messages);
  const lines = [messages.getMessage('summary'), '', 'USAGE'];
  const args = Object.keys(spec.args ?? {}).map((name) => name.toUpperCase());
  lines.push(`  $ ${LAUNCHER} ${[spec.name, ...args].join(' ')} [flags] [--json]`, '');
  const rows: [string, string][] = [];
  for (const name of Object.keys(spec.args ?? {})) {
    rows.push([name.toUpperCase(), messages.getMessage(`args.${name}.summary`)]);
  }
  if (rows.length > 0) {
    lines.push('ARGUMENTS', ...aligned(rows), '');
    rows.length = 0;
  }
  for (const [name, flag] of Object.entries(spec.flags)) {
    const texts = flagMessages(root, messages, flag.shared);
    const value =
      flag.kind === 'boolean' ? '' : flag.kind === 'option' ? `=${flag.options.join('|')}` : '=<value>';
    const fallback = 'default' in flag && flag.default !== undefined ? ` [default: ${flag.default}]` : '';
    const required = flag.required ? ' (required)' : '';
    rows.push([
      `${flag.char ? `-${flag.char}, ` : '    '}--${name}${value}`,
      `${texts.getMessage(`flags.${name}.summary`)}${required}${fallback}`,
    ]);
  }
  rows.push(['    --json', 'Format output as json.']);
  lines.push('FLAGS', ...aligned(rows), '');
  const description = optionalMessage(messages, 'description');
  if (description) lines.push('DESCRIPTION', ...indent(description), '');
  const examples = messages.getMessages('examples');
  if (examples.length > 0) {
    lines.push('EXAMPLES');
    for (const example of examples) {
      lines.push(
        ...indent(example.replace(/<%= config\.bin %> <%= command\.id %>/g, `${LAUNCHER} ${spec.name}`)),
        '',
      );
    }
  }
  lines.push('ERROR CODES', ...aligned(Object.entries(exitCodeHelp())));
  return lines;
}

/** The command list for `npm run iuk -- --help`: each command's summary, nothing else loaded. */
export async function overviewHelp(
  specs: CommandSpec<FlagSpecs, unknown>[],
  root: string,
): Promise<string[]> {
  await useMessages();
  const launcher = loadMessages(root, 'launcher');
  return [
    launcher.getMessage('summary'),
    launcher.getMessage('usage'),
    '',
    ...aligned(specs.map((spec) => [spec.name, loadMessages(root, spec.messages).getMessage('summary')])),
  ];
}

function aligned(rows: [string, string][]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

function indent(text: string): string[] {
  return text.split('\n').map((line) => (line ? `  ${line}` : ''));
}

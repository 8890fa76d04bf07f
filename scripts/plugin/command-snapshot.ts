/**
 * `npm run snapshot`: writes command-snapshot.json, the flags (with their one-letter aliases), flag
 * aliases and arguments of every `sf iuk` command, in the shape Salesforce's plugins keep (plugin-user's
 * command-snapshot.json, from @oclif/plugin-command-snapshot), plus the arguments. It is read from the
 * SfCommand classes sf loads, so sf's own flags (--json, --flags-dir) are in it too. The unit tests
 * rebuild it and fail on any difference: renaming or dropping a flag is a breaking change for scripts.
 * `--check` writes nothing and exits 1 when the committed snapshot differs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { reportGenerated, syncGeneratedFiles } from './generated-files.js';

const ROOT = path.resolve(__dirname, '../..');
export const SNAPSHOT_FILE = 'command-snapshot.json';
const COMMANDS_DIR = 'src/commands/iuk';

type FlagShape = { char?: string; aliases?: string[] };

interface CommandClass {
  aliases?: string[];
  flags: Record<string, { char?: string; aliases?: string[] }>;
  baseFlags?: Record<string, { char?: string; aliases?: string[] }>;
  enableJsonFlag?: boolean;
  args?: Record<string, { required?: boolean }>;
}

export interface SnapshotEntry {
  alias: string[];
  command: string;
  flagAliases: string[];
  flagChars: string[];
  flags: string[];
  args: string[];
  plugin: string;
}

/** The sf command names, from the files oclif discovers (src/commands/iuk/<name>.ts). */
export function sfCommandNames(root = ROOT): string[] {
  return readdirSync(path.join(root, COMMANDS_DIR))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.slice(0, -3))
    .sort();
}

export async function buildSnapshot(root = ROOT): Promise<SnapshotEntry[]> {
  const { name } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string };
  const entries: SnapshotEntry[] = [];
  for (const command of sfCommandNames(root)) {
    const module = (await import(path.join(root, COMMANDS_DIR, `${command}.ts`))) as {
      default: CommandClass;
    };
    const cls = module.default;
    // What oclif parses: the command's flags, sf's base flags and --json.
    const flags: Record<string, FlagShape> = {
      ...cls.baseFlags,
      ...cls.flags,
      ...(cls.enableJsonFlag ? { json: {} } : {}),
    };
    entries.push({
      alias: [...(cls.aliases ?? [])].sort(),
      command: `iuk:${command}`,
      flagAliases: Object.values(flags)
        .flatMap((flag) => flag.aliases ?? [])
        .sort(),
      flagChars: Object.values(flags)
        .flatMap((flag) => (flag.char ? [flag.char] : []))
        .sort(),
      flags: Object.keys(flags).sort(),
      args: Object.entries(cls.args ?? {}).map(([arg, spec]) => `${arg}${spec.required ? '' : '?'}`),
      plugin: name,
    });
  }
  return entries;
}

export function snapshotText(entries: SnapshotEntry[]): string {
  return `${JSON.stringify(entries, null, 2)}\n`;
}

if (require.main === module) {
  void buildSnapshot().then((entries) => {
    const check = process.argv.includes('--check');
    const differing = syncGeneratedFiles(ROOT, new Map([[SNAPSHOT_FILE, snapshotText(entries)]]), check);
    reportGenerated(differing, SNAPSHOT_FILE, 'npm run snapshot');
  });
}

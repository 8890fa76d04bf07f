/**
 * The entry point of a script that is also imported by tests: runs `main` only when the file itself
 * was started (`tsx scripts/...`), prints one line for an unexpected error and exits with its code.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type ScriptMain = (argv: string[], out: (line: string) => void) => number | Promise<number>;

export function runWhenStarted(moduleUrl: string, main: ScriptMain): void {
  if (!process.argv[1] || path.resolve(process.argv[1]) !== fileURLToPath(moduleUrl)) return;
  Promise.resolve()
    .then(() => main(process.argv.slice(2), (line) => console.log(line)))
    .then(
      (code) => process.exit(code),
      (error: unknown) => {
        console.error(error instanceof Error ? error.message : error);
        process.exit(2);
      },
    );
}

/**
 * `--only a,b`: the named entries of `all`, in `all`'s order, or a message naming the unknown ones.
 * @param what plural noun for the message ("check", "part")
 */
export function selectByName<T extends { name: string }>(
  value: string,
  all: readonly T[],
  what: string,
): { selected: T[] } | { error: string } {
  const names = value.split(',');
  const unknown = names.filter((name) => !all.some((entry) => entry.name === name));
  if (unknown.length > 0) {
    return {
      error: `--only: unknown ${what}(s) ${unknown.join(', ')}; choose from ${all.map((entry) => entry.name).join(', ')}`,
    };
  }
  return { selected: all.filter((entry) => names.includes(entry.name)) };
}

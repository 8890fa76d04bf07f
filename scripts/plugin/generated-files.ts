/** Committed files that a script generates (the command snapshot, the result schemas). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes `files` (path relative to `root` → text) where they differ, or with `check` only lists them.
 * Returns the files that differed, so callers can fail a check or say what they wrote.
 */
export function syncGeneratedFiles(root: string, files: Map<string, string>, check: boolean): string[] {
  const differing: string[] = [];
  for (const [file, text] of files) {
    const target = path.join(root, file);
    let current: string | undefined;
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === text) continue;
    differing.push(file);
    if (!check) {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  }
  return differing;
}

/** Runs a generator script's main: writes, or with --check fails (exit 1) when a committed file is stale. */
export function reportGenerated(differing: string[], what: string, regenerate: string): void {
  const check = process.argv.includes('--check');
  if (differing.length === 0) return console.log(`${what} up to date`);
  if (check) {
    console.error(
      `${differing.join(', ')}: differs from the code; run \`${regenerate}\` if the change is intended.`,
    );
    process.exitCode = 1;
    return;
  }
  console.log(`wrote ${differing.join(', ')}`);
}

/**
 * A linked plugin (`sf plugins link .`) runs the compiled lib/, not the TypeScript: after a change to
 * the sources, sf would run the old code without a word. This says so (the launcher rebuilds by itself).
 * An installed plugin has no sources, so it never warns.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

function newestSource(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('__'))
        newest = Math.max(newest, newestSource(full));
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
      newest = Math.max(newest, statSync(full).mtimeMs);
    }
  }
  return newest;
}

/** A warning when this code runs from lib/ and a source under scripts/ or src/ is newer than the build. */
export function staleBuildWarning(root: string, moduleUrl: string): string | undefined {
  if (!moduleUrl.includes('/lib/')) return undefined;
  let built: number;
  try {
    built = (
      JSON.parse(readFileSync(path.join(root, 'lib/build-stamp.json'), 'utf8')) as { newestSource: number }
    ).newestSource;
  } catch {
    return undefined;
  }
  let sources = 0;
  try {
    sources = Math.max(newestSource(path.join(root, 'scripts')), newestSource(path.join(root, 'src')));
  } catch {
    return undefined;
  }
  return sources > built
    ? 'The sources changed after the plugin was built: sf runs the old build in lib/. Run `npm run build` (npm run iuk rebuilds by itself).'
    : undefined;
}

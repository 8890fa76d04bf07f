/**
 * A linked plugin (`sf plugins link .`) runs the compiled lib/, not the TypeScript: after a change to
 * the sources, sf would run the old code without a word. This says so (the launcher rebuilds by itself).
 * It looks at exactly the files the build read (lib/build-stamp.json); an installed plugin has no
 * sources, so it never warns.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

interface BuildStamp {
  inputs: string[];
  newestSource: number;
}

/** A warning when this code runs from lib/ and a source it was built from changed since. */
export function staleBuildWarning(root: string, moduleUrl: string): string | undefined {
  if (!moduleUrl.includes('/lib/')) return undefined;
  try {
    const stamp = JSON.parse(readFileSync(path.join(root, 'lib/build-stamp.json'), 'utf8')) as BuildStamp;
    const changed = stamp.inputs.some(
      (input) => statSync(path.join(root, input)).mtimeMs > stamp.newestSource,
    );
    return changed
      ? 'The sources changed after the plugin was built: sf runs the old build in lib/. Run `npm run build` (npm run iuk rebuilds by itself).'
      : undefined;
  } catch {
    // No stamp, or no sources (an installed plugin): nothing to compare.
    return undefined;
  }
}

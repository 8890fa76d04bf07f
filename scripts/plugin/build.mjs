// Builds the sf plugin: bundles src/commands/iuk/*.ts (and the kit's TypeScript they import) into ES
// modules under lib/, which `sf iuk` loads. Dependencies stay external (sf and the plugin share
// @salesforce/core and sf-plugins-core). Shared code goes into chunks, and each command's heavy modules
// stay behind their dynamic imports, so loading a command stays cheap. `--manifest` also writes
// oclif.manifest.json (at pack time), which lets sf list the commands without loading them.
// Used by `npm run build` (and `prepare`, so `npm ci` leaves a built plugin) and `prepack`.
import { buildSync } from 'esbuild';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const lib = path.join(root, 'lib');

export function build() {
  const commandsDir = path.join(root, 'src/commands/iuk');
  const entryPoints = readdirSync(commandsDir)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => ({ in: path.join(commandsDir, file), out: `commands/iuk/${file.replace(/\.ts$/, '')}` }));
  // Built beside lib/ and swapped in, so a running sf (or a test) never sees half a build.
  const staging = `${lib}.build-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  buildSync({
    entryPoints,
    outdir: staging,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning',
  });
  writeFileSync(
    path.join(staging, 'build-stamp.json'),
    `${JSON.stringify({ newestSource: newestSource() })}\n`,
  );
  const previous = `${lib}.old-${process.pid}`;
  if (existsSync(lib)) renameSync(lib, previous);
  renameSync(staging, lib);
  rmSync(previous, { recursive: true, force: true });
}

/** True when lib/ was built from the sources as they are now. */
export function isFresh() {
  try {
    const stamp = JSON.parse(readFileSync(path.join(lib, 'build-stamp.json'), 'utf8'));
    return stamp.newestSource >= newestSource();
  } catch {
    return false;
  }
}

/** The newest modification time of the TypeScript the plugin is built from (scripts/ and src/). */
export function newestSource() {
  let newest = 0;
  const walk = (directory) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('__')) walk(full);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        newest = Math.max(newest, statSync(full).mtimeMs);
      }
    }
  };
  walk(path.join(root, 'scripts'));
  walk(path.join(root, 'src'));
  return newest;
}

export async function writeManifest() {
  const { Plugin } = await import('@oclif/core');
  const plugin = new Plugin({ root, type: 'core', ignoreManifest: true, errorOnManifestCreate: true });
  await plugin.load();
  writeFileSync(path.join(root, 'oclif.manifest.json'), `${JSON.stringify(plugin.manifest, null, 2)}\n`);
  return Object.keys(plugin.manifest.commands).length;
}

if (process.argv[1] === import.meta.filename) {
  build();
  if (process.argv.includes('--manifest'))
    console.log(`oclif.manifest.json: ${await writeManifest()} commands`);
}

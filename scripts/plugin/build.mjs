// Builds the sf plugin: bundles src/commands/iuk/*.ts (and the kit's TypeScript they import) into ES
// modules under lib/, which `sf iuk` loads. Dependencies stay external (sf and the plugin share
// @salesforce/core and sf-plugins-core). Shared code goes into chunks, and each command's heavy modules
// stay behind their dynamic imports, so loading a command stays cheap. `--manifest` also writes
// oclif.manifest.json (at pack time), which lets sf list the commands without loading them.
// Used by `npm run build` (and `prepare`, so `npm ci` leaves a built plugin) and `prepack`.
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const lib = path.join(root, 'lib');
const { buildDefines, compiledSchemaPlugin } = createRequire(import.meta.url)('../bundle.cjs');

export async function build() {
  const commandsDir = path.join(root, 'src/commands/iuk');
  const entryPoints = readdirSync(commandsDir)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => ({ in: path.join(commandsDir, file), out: `commands/iuk/${file.replace(/\.ts$/, '')}` }));
  // Built beside lib/ and swapped in, so a running sf (or a test) never sees half a build.
  const staging = path.join(root, 'node_modules/.cache/integration-user-kit', `plugin-build-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    const { metafile } = await esbuild.build({
      metafile: true,
      // The schema compiled ahead and the generator's build id, as in the launcher's bundle.
      plugins: [compiledSchemaPlugin(esbuild)],
      define: buildDefines(esbuild),
      // ES modules have no require: the kit loads a few modules lazily with it (structure.ts).
      banner: {
        js: "import { createRequire as __iukCreateRequire } from 'node:module';\nconst require = __iukCreateRequire(import.meta.url);",
      },
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
    // What the build read, so that freshness checks look at exactly those files (and the command list).
    const inputs = Object.keys(metafile.inputs)
      .filter((input) => !input.includes('node_modules'))
      .sort();
    const stamp = {
      commands: entryPoints.map((entry) => entry.out).sort(),
      inputs,
      newestSource: newestSource(inputs),
    };
    writeFileSync(path.join(staging, 'build-stamp.json'), `${JSON.stringify(stamp, null, 2)}\n`);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  const previous = `${staging}-old`;
  if (existsSync(lib)) renameSync(lib, previous);
  renameSync(staging, lib);
  rmSync(previous, { recursive: true, force: true });
}

/** True when lib/ was built from the sources as they are now. */
export function isFresh() {
  try {
    const stamp = JSON.parse(readFileSync(path.join(lib, 'build-stamp.json'), 'utf8'));
    const commands = readdirSync(path.join(root, 'src/commands/iuk'))
      .filter((file) => file.endsWith('.ts'))
      .map((file) => `commands/iuk/${file.replace(/\.ts$/, '')}`)
      .sort();
    return (
      JSON.stringify(commands) === JSON.stringify(stamp.commands) &&
      stamp.newestSource >= newestSource(stamp.inputs)
    );
  } catch {
    return false;
  }
}

/** The newest modification time of the given source files (relative to the root). */
export function newestSource(inputs) {
  return Math.max(0, ...inputs.map((input) => statSync(path.join(root, input)).mtimeMs));
}

export async function writeManifest() {
  const { Plugin } = await import('@oclif/core');
  const plugin = new Plugin({ root, type: 'core', ignoreManifest: true, errorOnManifestCreate: true });
  await plugin.load();
  writeFileSync(path.join(root, 'oclif.manifest.json'), `${JSON.stringify(plugin.manifest, null, 2)}\n`);
  return Object.keys(plugin.manifest.commands).length;
}

if (process.argv[1] === import.meta.filename) {
  await build();
  if (process.argv.includes('--manifest'))
    console.log(`oclif.manifest.json: ${await writeManifest()} commands`);
}

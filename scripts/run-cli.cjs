#!/usr/bin/env node
// Launches scripts/cli.ts without a TypeScript loader: esbuild bundles our TypeScript (dependencies stay
// external) into node_modules/.cache, and plain node runs the bundle. The bundle is rebuilt whenever a
// source file under scripts/ is newer than it, so it is never stale; a rebuild takes ~0.2 s.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const outfile = path.join(root, 'node_modules', '.cache', 'integration-user-kit', 'cli.cjs');

function newestSource(directory) {
  let newest = 0;
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('__'))
        newest = Math.max(newest, newestSource(full));
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
      newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  }
  return newest;
}

function bundleTime() {
  try {
    return fs.statSync(outfile).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * The schema compiled when the bundle is built: scripts/definitions/compiled-schema.ts (which compiles
 * on first use, for runs from source) is replaced by ajv's standalone validator and the schema text
 * that compile-schema.ts makes, so a run needs neither ajv's compiler nor TypeBox.
 */
function compiledSchemaPlugin(esbuild) {
  return {
    name: 'compiled-schema',
    setup(build) {
      build.onLoad({ filter: /[\\/]definitions[\\/]compiled-schema\.ts$/ }, () => ({
        contents: loadTypeScript(esbuild, 'definitions/compile-schema.ts').compiledSchemaModule(),
        loader: 'js',
        resolveDir: path.join(__dirname, 'definitions'),
      }));
    },
  };
}

/** A script of ours, bundled in memory and loaded, for work done at build time. */
function loadTypeScript(esbuild, relative) {
  const file = path.join(__dirname, relative);
  const [output] = esbuild.buildSync({
    entryPoints: [file],
    bundle: true,
    write: false,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    logLevel: 'warning',
  }).outputFiles;
  const Module = require('node:module');
  const loaded = new Module(file, module);
  loaded.filename = file;
  loaded.paths = Module._nodeModulePaths(path.dirname(file));
  loaded._compile(output.text, file);
  return loaded.exports;
}

/** The lockfile pins the dependencies the bundle leaves external: a new one means a new build. */
function lockfileTime() {
  try {
    return fs.statSync(path.join(root, 'package-lock.json')).mtimeMs;
  } catch {
    return 0;
  }
}

if (Math.max(newestSource(__dirname), lockfileTime()) >= bundleTime()) {
  // esbuild runs plugins only in its asynchronous API.
  const esbuild = require('esbuild');
  esbuild
    .build({
      entryPoints: [path.join(__dirname, 'cli.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      packages: 'external',
      logLevel: 'warning',
      // cli.ts runs main() when it is the entry point; inside the bundle it always is.
      define: {
        'require.main': 'module',
        // Identifies this build's code and dependencies in the generator's run records.
        __IUK_BUILD_ID__: JSON.stringify(
          loadTypeScript(esbuild, 'metadata/generator-version.ts').sourceVersion(root) ?? '',
        ),
      },
      plugins: [compiledSchemaPlugin(esbuild)],
    })
    .then(
      () => require(outfile),
      (error) => {
        process.stderr.write(`Building the command-line bundle failed: ${error.message}\n`);
        process.exitCode = 70;
      },
    );
} else {
  require(outfile);
}

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
  const { buildDefines, compiledSchemaPlugin } = require('./bundle.cjs');
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
        ...buildDefines(esbuild),
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

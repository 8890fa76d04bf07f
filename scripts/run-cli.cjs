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

if (newestSource(__dirname) >= bundleTime()) {
  require('esbuild').buildSync({
    entryPoints: [path.join(__dirname, 'cli.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    logLevel: 'warning',
    // cli.ts runs main() when it is the entry point; inside the bundle it always is.
    define: { 'require.main': 'module' },
  });
}
require(outfile);

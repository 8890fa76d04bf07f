// What every bundle of the kit's TypeScript gets at build time (the launcher's, scripts/run-cli.cjs,
// and the sf plugin's, scripts/plugin/build.mjs): the schema compiled ahead (so a run needs neither
// ajv's compiler nor TypeBox) and the build id that keys the generator's run records.
'use strict';
const Module = require('node:module');
const path = require('node:path');

const scripts = __dirname;
const root = path.resolve(scripts, '..');

/** A script of ours, bundled in memory and loaded, for work done at build time. */
function loadTypeScript(esbuild, relative) {
  const file = path.join(scripts, relative);
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
  const loaded = new Module(file, module);
  loaded.filename = file;
  loaded.paths = Module._nodeModulePaths(path.dirname(file));
  loaded._compile(output.text, file);
  return loaded.exports;
}

/**
 * Replaces scripts/definitions/compiled-schema.ts (which compiles on first use, for runs from source)
 * with ajv's standalone validator and the schema text made by compile-schema.ts. esbuild runs plugins
 * only in its asynchronous API.
 */
function compiledSchemaPlugin(esbuild) {
  return {
    name: 'compiled-schema',
    setup(build) {
      build.onLoad({ filter: /[\\/]definitions[\\/]compiled-schema\.ts$/ }, () => ({
        contents: loadTypeScript(esbuild, 'definitions/compile-schema.ts').compiledSchemaModule(),
        loader: 'js',
        resolveDir: path.join(scripts, 'definitions'),
      }));
    },
  };
}

/** Constants the bundle carries: the build id of scripts/metadata/generator-version.ts. */
function buildDefines(esbuild) {
  const id = loadTypeScript(esbuild, 'metadata/generator-version.ts').sourceVersion(root) ?? '';
  return { __IUK_BUILD_ID__: JSON.stringify(id) };
}

module.exports = { buildDefines, compiledSchemaPlugin, loadTypeScript };

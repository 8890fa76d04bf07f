/**
 * Reuses the preview build when nothing it depends on changed, and rebuilds only what changed when
 * something did.
 *
 * - The build's key is a SHA-256 of the content (not the mtimes) of everything that goes into it: the
 *   Salesforce source tree, the fixtures, the preview's own build code and runtime, the lockfile (the
 *   compiler, base components and SLDS versions) and the config. Same key, same output: the build
 *   folder is served as it is, without loading rollup or the LWC compiler.
 * - When the key differs, rollup starts from the cache the previous build saved, so only modules
 *   whose source changed are compiled again.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RollupCache } from 'rollup';
import { defaultPreviewConfig, type PreviewBuildSummary, type PreviewConfig } from './preview-config.js';
import { PROJECT_ROOT } from './project-root.js';

export { defaultPreviewConfig };

/** Bumped when the manifest or the cache format changes. */
const FORMAT = 'iuk-preview-cache/1';
const MANIFEST = '.iuk-preview-manifest.json';
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.sfdx', '.sf']);
/** The preview's build code and runtime: what they produce is part of the output. */
const BUILD_INPUTS = [
  path.join(PROJECT_ROOT, 'scripts', 'preview', 'runtime'),
  ...[
    'build.ts',
    'fixtures.ts',
    'page-html.ts',
    'platform-modules-plugin.ts',
    'preview-config.ts',
    'salesforce-source.ts',
  ].map((file) => path.join(PROJECT_ROOT, 'scripts', 'preview', file)),
  path.join(PROJECT_ROOT, 'package-lock.json'),
];

interface Manifest {
  format: string;
  key: string;
  summary: PreviewBuildSummary;
}

async function filesUnder(entry: string): Promise<string[]> {
  const info = await stat(entry).catch(() => undefined);
  if (!info) return [];
  if (info.isFile()) return [entry];
  const found: string[] = [];
  for (const child of await readdir(entry, { withFileTypes: true })) {
    if (child.isDirectory() && SKIPPED_DIRS.has(child.name)) continue;
    found.push(...(await filesUnder(path.join(entry, child.name))));
  }
  return found;
}

/** The content key of a build: changes whenever any input file's bytes (or the config) change. */
export async function buildKey(config: PreviewConfig): Promise<string> {
  const hash = createHash('sha256');
  hash.update(FORMAT);
  hash.update(
    JSON.stringify({
      component: config.component,
      sourceRoot: config.sourceRoot,
      fixturesDir: config.fixturesDir,
    }),
  );
  const files = [
    ...new Set([
      ...(await filesUnder(config.sourceRoot)),
      ...(await filesUnder(config.fixturesDir)),
      ...(await Promise.all(BUILD_INPUTS.map(filesUnder))).flat(),
    ]),
  ].sort();
  for (const file of files) {
    hash.update(`\0${path.relative(PROJECT_ROOT, file)}\0`);
    hash.update(await readFile(file));
  }
  return hash.digest('hex');
}

async function readManifest(outDir: string): Promise<Manifest | undefined> {
  try {
    const manifest = JSON.parse(await readFile(path.join(outDir, MANIFEST), 'utf8')) as Manifest;
    return manifest.format === FORMAT ? manifest : undefined;
  } catch {
    return undefined;
  }
}

async function outputComplete(outDir: string): Promise<boolean> {
  const required = ['index.html', path.join('assets', 'js', 'main.js')];
  const found = await Promise.all(
    required.map((file) =>
      stat(path.join(outDir, file)).then(
        () => true,
        () => false,
      ),
    ),
  );
  return found.every(Boolean);
}

/** Where rollup's cache of one build folder is kept between runs (never inside the build folder). */
function rollupCacheFile(outDir: string): string {
  const id = createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 12);
  return path.join(
    PROJECT_ROOT,
    'node_modules',
    '.cache',
    'integration-user-kit',
    `preview-rollup-${id}.json`,
  );
}

async function loadRollupCache(outDir: string): Promise<RollupCache | undefined> {
  try {
    return JSON.parse(await readFile(rollupCacheFile(outDir), 'utf8')) as RollupCache;
  } catch {
    return undefined;
  }
}

/**
 * Rollup's cache without the syntax trees: a third of the size, and rollup's native parser rebuilds
 * a tree faster than it can be read back from JSON. What makes rollup skip a module's plugins (its
 * original code, transformed code and dependencies) stays.
 */
function withoutAsts(cache: RollupCache): RollupCache {
  return {
    ...cache,
    modules: cache.modules?.map((module) => ({ ...module, ast: undefined })),
  } as unknown as RollupCache;
}

async function writeAtomically(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, file);
}

export interface CachedBuildOptions {
  /** Rebuild even when the key matches. */
  force?: boolean;
}

/**
 * The preview build for `config`: reused as it is when its inputs are unchanged, otherwise rebuilt
 * from rollup's saved cache (only changed modules are compiled again).
 */
export async function buildPreviewCached(
  config: PreviewConfig,
  options: CachedBuildOptions = {},
): Promise<PreviewBuildSummary> {
  const started = performance.now();
  const key = await buildKey(config);
  const manifest = await readManifest(config.outDir);
  if (!options.force && manifest?.key === key && (await outputComplete(config.outDir))) {
    return { ...manifest.summary, cached: true, durationMs: Math.round(performance.now() - started) };
  }
  // Only now load rollup and the LWC compiler.
  const { buildPreview } = await import('./build.js');
  const result = await buildPreview(config, { cache: await loadRollupCache(config.outDir) });
  const summary: PreviewBuildSummary = {
    outDir: result.outDir,
    durationMs: Math.round(performance.now() - started),
    component: result.component,
    fixturesDir: result.fixturesDir,
    scenarios: result.scenarios,
    apexMethods: result.apexMethods,
    notices: result.notices,
    transformedModules: result.transformedModules,
    cached: false,
  };
  if (result.cache)
    await writeAtomically(rollupCacheFile(config.outDir), JSON.stringify(withoutAsts(result.cache)));
  await writeAtomically(
    path.join(config.outDir, MANIFEST),
    JSON.stringify({ format: FORMAT, key, summary }, null, 2),
  );
  return summary;
}

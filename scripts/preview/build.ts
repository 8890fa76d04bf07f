/**
 * Builds the preview: the component source, unmodified, compiled with rollup + @lwc/rollup-plugin
 * against lightning-base-components (synthetic shadow) and SLDS, into a static folder.
 */
import { readFileSync } from 'node:fs';
import { cp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import {
  rollup,
  type LogLevel,
  type LogOrStringHandler,
  type Plugin,
  type RollupCache,
  type RollupLog,
} from 'rollup';
import { loadFixtures } from './fixtures.js';
import { renderPreviewPage } from './page-html.js';
import { platformModules } from './platform-modules-plugin.js';
import type { PreviewBuildSummary, PreviewConfig } from './preview-config.js';
import { PROJECT_ROOT } from './project-root.js';
import { readSalesforceSource } from './salesforce-source.js';

const RUNTIME_DIR = path.join(PROJECT_ROOT, 'scripts', 'preview', 'runtime');
const requireFromProject = createRequire(path.join(PROJECT_ROOT, 'package.json'));
const ENTRY_ID = 'iuk-preview:main';
/** Written into the output folder so a rebuild only ever deletes a folder the preview created. */
const OUTPUT_MARKER = '.iuk-preview-build';

export { defaultPreviewConfig, type PreviewConfig } from './preview-config.js';

export interface PreviewBuildResult extends PreviewBuildSummary {
  /** Source files the build read, for watch mode. */
  watchFiles: string[];
  cache: RollupCache | undefined;
}

export function kebabTagName(component: string): string {
  return `c-${component.replace(/[A-Z]/g, (char) => `-${char.toLowerCase()}`)}`;
}

/** The two record kinds the preview uses (see @lwc/module-resolver). */
type LwcModuleRecord = { name: string; path: string } | { dir: string };
type RawModuleRecord = { name?: string; path?: string; dir?: string };

/** lightning-base-components' own module records (labels, i18n, gates), made absolute. */
async function baseComponentRecords(): Promise<LwcModuleRecord[]> {
  const packageJson = requireFromProject.resolve('lightning-base-components/package.json');
  const packageRoot = path.dirname(packageJson);
  const manifest = JSON.parse(await readFile(packageJson, 'utf8')) as { lwc: { modules: RawModuleRecord[] } };
  return manifest.lwc.modules.map((record): LwcModuleRecord => {
    if (record.dir) return { dir: path.join(packageRoot, record.dir) };
    if (record.name && record.path) return { name: record.name, path: path.join(packageRoot, record.path) };
    throw new Error(`Unexpected module record in ${packageJson}: ${JSON.stringify(record)}`);
  });
}

/**
 * The engine, synthetic shadow and wire service, all taken from the `lwc` package the compiler
 * matches. The plugin's default `{ npm: ... }` records resolve from the importer and can pick an
 * older copy hoisted by another tool (sfdx-lwc-jest brings LWC 8), which breaks at runtime with
 * "current engine is v8..., but template was compiled with v9...".
 */
function engineRecords(): LwcModuleRecord[] {
  // `lwc` exports no ./package.json; its entry sits at the package root.
  const lwcPackageJson = path.join(path.dirname(requireFromProject.resolve('lwc')), 'package.json');
  const lwcVersion = (JSON.parse(readFileSync(lwcPackageJson, 'utf8')) as { version: string }).version;
  const fromLwc = createRequire(lwcPackageJson);
  const records: LwcModuleRecord[] = [];
  for (const packageName of ['@lwc/engine-dom', '@lwc/synthetic-shadow', '@lwc/wire-service']) {
    const packageJson = fromLwc.resolve(`${packageName}/package.json`);
    const manifest = JSON.parse(readFileSync(packageJson, 'utf8')) as {
      version: string;
      lwc: { modules: { name: string; path: string }[] };
    };
    if (manifest.version !== lwcVersion) {
      throw new Error(
        `${packageJson} is version ${manifest.version} but lwc is ${lwcVersion}; the preview needs them equal.`,
      );
    }
    for (const record of manifest.lwc.modules) {
      records.push({ name: record.name, path: path.join(path.dirname(packageJson), record.path) });
    }
  }
  return records;
}

/**
 * Prepares the output folder: creates it with the preview's marker, or, when it exists, checks the
 * marker (a rebuild only ever touches a folder the preview created) and removes the bundle of the
 * previous build. The SLDS assets stay when their version is unchanged.
 */
async function prepareOutDir(outDir: string): Promise<void> {
  const exists = await stat(outDir).then(
    () => true,
    () => false,
  );
  if (exists) {
    const owned = await stat(path.join(outDir, OUTPUT_MARKER)).then(
      () => true,
      () => false,
    );
    if (!owned) {
      throw new Error(`${outDir} exists and was not created by the preview build; refusing to delete it.`);
    }
    await rm(path.join(outDir, 'assets', 'js'), { recursive: true, force: true });
    await rm(path.join(outDir, 'index.html'), { force: true });
  }
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, OUTPUT_MARKER), 'Created by scripts/preview/build.ts; safe to delete.\n');
}

/** Copies the SLDS stylesheet and images, unless this SLDS version is already in place. */
async function copySlds(outDir: string): Promise<void> {
  const packageJson = requireFromProject.resolve('@salesforce-ux/design-system/package.json');
  const slds = path.dirname(packageJson);
  const version = (JSON.parse(await readFile(packageJson, 'utf8')) as { version: string }).version;
  const stamp = path.join(outDir, 'assets', '.slds-version');
  if ((await readFile(stamp, 'utf8').catch(() => '')) === version) return;
  await cp(
    path.join(slds, 'assets', 'styles', 'salesforce-lightning-design-system.min.css'),
    path.join(outDir, 'assets', 'styles', 'salesforce-lightning-design-system.min.css'),
  );
  await cp(path.join(slds, 'assets', 'images'), path.join(outDir, 'assets', 'images'), { recursive: true });
  await writeFile(stamp, version);
}

/** Counts the modules rollup transforms; modules its cache already holds skip every transform hook. */
function transformCounter(): Plugin & { count: () => number } {
  let count = 0;
  return {
    name: 'iuk-transform-counter',
    transform() {
      count += 1;
      return null;
    },
    count: () => count,
  };
}

function entryPlugin(component: string): Plugin {
  const runtimePage = JSON.stringify(path.join(RUNTIME_DIR, 'page.js'));
  return {
    name: 'iuk-preview-entry',
    resolveId: (id) => (id === ENTRY_ID ? '\0' + ENTRY_ID : null),
    load(id) {
      if (id !== '\0' + ENTRY_ID) return null;
      // Synthetic shadow must be installed before the engine and any component module run.
      return [
        `import '@lwc/synthetic-shadow';`,
        `import { startPreview } from ${runtimePage};`,
        `import Component from 'c/${component}';`,
        `startPreview(${JSON.stringify(kebabTagName(component))}, Component);`,
      ].join('\n');
    },
  };
}

export function describeUnresolvedImport(log: RollupLog): string {
  // For UNRESOLVED_IMPORT rollup puts the missing module in `exporter` and the importer in `id`.
  const importer = log.id;
  const source = log.exporter ?? '(unknown module)';
  return (
    `Cannot resolve "${source}"${importer ? ` imported by ${path.relative(PROJECT_ROOT, importer)}` : ''}. ` +
    `It is neither a c/* bundle, a lightning-base-components module, nor a platform module the preview ` +
    `provides (scripts/preview/platform-modules-plugin.ts). Add a local module for it there, or change ` +
    `the import.`
  );
}

/**
 * Rollup log handling: an unresolved import is a build ERROR (rollup only warns and leaves a bare
 * import that fails later in the browser); warnings from our own source are kept for the report.
 */
export function createBuildLogHandler(): {
  onLog: (level: LogLevel, log: RollupLog, defaultHandler: LogOrStringHandler) => void;
  warnings: string[];
  baseComponentWarnings: () => number;
} {
  const warnings: string[] = [];
  let baseComponentWarnings = 0;
  return {
    warnings,
    baseComponentWarnings: () => baseComponentWarnings,
    onLog(level, log, defaultHandler) {
      if (log.code === 'UNRESOLVED_IMPORT') throw new Error(describeUnresolvedImport(log));
      if (level !== 'warn') return;
      if (log.code === 'CIRCULAR_DEPENDENCY' || log.code === 'THIS_IS_UNDEFINED') return;
      // lightning-base-components' own templates trip a few compiler warnings; they are not ours.
      if (log.id?.includes(`${path.sep}lightning-base-components${path.sep}`)) {
        baseComponentWarnings += 1;
        return;
      }
      warnings.push(log.message);
      defaultHandler(level, log);
    },
  };
}

export async function buildPreview(
  config: PreviewConfig,
  previous?: { cache?: RollupCache },
): Promise<PreviewBuildResult> {
  const started = performance.now();
  const source = await readSalesforceSource(config.sourceRoot);
  const mainBundle = source.bundles.get(config.component);
  if (!mainBundle) {
    throw new Error(
      `No LWC bundle "${config.component}" under ${config.sourceRoot} ` +
        `(found: ${[...source.bundles.keys()].join(', ') || 'none'}).`,
    );
  }
  const fixturesDir = config.fixturesDir;
  const fixtures = await loadFixtures(fixturesDir);
  const notices: string[] = fixtures.ignored.map(
    (file) => `Ignored ${file} in ${fixturesDir}: not named <ApexClass>.<method>[.<variant>].json.`,
  );

  const componentRecords = [...source.bundles.values()].map((bundle) => ({
    name: `c/${bundle.name}`,
    path: bundle.entry,
  }));
  const logs = createBuildLogHandler();
  const counter = transformCounter();
  const bundle = await rollup({
    input: ENTRY_ID,
    cache: previous?.cache,
    onLog: logs.onLog,
    // IUK_PREVIEW_PERF=1 prints rollup's per-phase timings (where the build time goes).
    perf: process.env.IUK_PREVIEW_PERF === '1',
    plugins: [
      entryPlugin(config.component),
      platformModules({ source, fixtures, runtimeDir: RUNTIME_DIR, notices }),
      replace({
        preventAssignment: true,
        values: {
          // Development mode: the engine reports template and reactivity mistakes in the console.
          'process.env.NODE_ENV': JSON.stringify('development'),
          'import.meta.env.SSR': 'false',
        },
      }),
      lwc({
        modules: [...componentRecords, ...(await baseComponentRecords())],
        defaultModules: engineRecords(),
        enableDynamicComponents: true,
        sourcemap: false,
      }),
      counter,
    ],
  });
  await prepareOutDir(config.outDir);
  await bundle.write({
    dir: path.join(config.outDir, 'assets', 'js'),
    format: 'es',
    entryFileNames: 'main.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
  });
  if (process.env.IUK_PREVIEW_PERF === '1') console.log(bundle.getTimings?.());
  const watchFiles = bundle.watchFiles.filter((file) => !file.startsWith('\0'));
  const cache = bundle.cache;
  await bundle.close();

  await copySlds(config.outDir);
  await writeFile(
    path.join(config.outDir, 'index.html'),
    renderPreviewPage({
      title: `Preview: ${config.component}`,
      entryScript: 'assets/js/main.js',
      stylesheet: 'assets/styles/salesforce-lightning-design-system.min.css',
    }),
  );

  return {
    outDir: config.outDir,
    durationMs: Math.round(performance.now() - started),
    component: config.component,
    fixturesDir,
    scenarios: fixtures.scenarios,
    apexMethods: Object.keys(fixtures.table).sort(),
    notices: [
      ...notices,
      ...logs.warnings,
      ...(logs.baseComponentWarnings()
        ? [
            `${logs.baseComponentWarnings()} compiler warning(s) in lightning-base-components itself were not shown.`,
          ]
        : []),
    ],
    transformedModules: counter.count(),
    watchFiles,
    cache,
  };
}

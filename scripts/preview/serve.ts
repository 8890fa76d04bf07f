/**
 * `npm run preview`: builds the setup assistant from its unmodified source (or reuses the build when
 * no input changed, see build-cache.ts) and serves it on 127.0.0.1, answering Apex from the jest
 * fixtures. `-- --screenshot <file.png>` writes a full-page screenshot instead of serving.
 *
 * Only what is needed is loaded: a cached start loads neither rollup nor the LWC compiler nor the
 * browser driver, so the URL is printed well within two seconds.
 */
import { watch } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildPreviewCached } from './build-cache.js';
import { defaultPreviewConfig, type PreviewBuildSummary, type PreviewConfig } from './preview-config.js';
import { PROJECT_ROOT } from './project-root.js';
import { PreviewPortError, startPreviewServer, type PreviewServer } from './server.js';

const USAGE = `Usage: npm run preview -- [options]
  --port <n>             port on 127.0.0.1 (default 3434; 0 = any free port)
  --watch                rebuild when the component source or fixtures change
  --rebuild              build even when no input changed (the build is otherwise reused)
  --screenshot <file>    write a full-page PNG of the page (default fixtures) and exit
  --scenario <name>      with --screenshot: the fixture scenario to capture
  --component <name>     page-level LWC bundle to mount (default integrationUserAssistant)
  --source <dir>         Salesforce source folder to read (default force-app)
  --fixtures <dir>       fixture folder (default force-app/test/assistant/data)
  --out <dir>            build output (default .preview-build)`;

export function parsePreviewArgs(argv: string[]): {
  config: PreviewConfig;
  port: number;
  watch: boolean;
  rebuild: boolean;
  screenshot?: string;
  scenario?: string;
  help: boolean;
} {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      watch: { type: 'boolean', default: false },
      rebuild: { type: 'boolean', default: false },
      screenshot: { type: 'string' },
      scenario: { type: 'string' },
      component: { type: 'string' },
      source: { type: 'string' },
      fixtures: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const config = defaultPreviewConfig();
  if (values.component) config.component = values.component;
  if (values.source) config.sourceRoot = path.resolve(PROJECT_ROOT, values.source);
  if (values.fixtures) config.fixturesDir = path.resolve(PROJECT_ROOT, values.fixtures);
  if (values.out) config.outDir = path.resolve(PROJECT_ROOT, values.out);
  const port = values.port === undefined ? 3434 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be an integer between 0 and 65535, got "${values.port}".`);
  }
  return {
    config,
    port,
    watch: values.watch ?? false,
    rebuild: values.rebuild ?? false,
    screenshot: values.screenshot ? path.resolve(PROJECT_ROOT, values.screenshot) : undefined,
    scenario: values.scenario,
    help: values.help ?? false,
  };
}

export function printBuildReport(
  result: PreviewBuildSummary,
  log: (line: string) => void = console.log,
): void {
  const relative = (file: string) => path.relative(PROJECT_ROOT, file) || '.';
  const seconds = (result.durationMs / 1000).toFixed(1);
  if (result.cached) {
    log(`Reused the build in ${relative(result.outDir)}: no input changed (checked in ${seconds} s).`);
  } else {
    const modules =
      result.transformedModules === undefined ? '' : `, ${result.transformedModules} module(s) compiled`;
    log(`Built ${result.component} into ${relative(result.outDir)} in ${seconds} s${modules}.`);
  }
  log(`Fixtures: ${relative(result.fixturesDir)} (${result.apexMethods.length} Apex methods).`);
  for (const notice of result.notices) log(`note: ${notice}`);
}

async function screenshot(
  result: PreviewBuildSummary,
  file: string,
  scenario: string | undefined,
): Promise<number> {
  const { findBrowser, INSTALL_HINT } = await import('./browser.js');
  const { takeScreenshots } = await import('./screenshot.js');
  const browser = await findBrowser();
  if (!browser.executablePath) {
    console.error(`No Chromium found (${browser.detail}). ${INSTALL_HINT}`);
    return 1;
  }
  const server = await startPreviewServer(result.outDir, 0);
  try {
    const query = scenario ? `?scenario=${encodeURIComponent(scenario)}` : '';
    await takeScreenshots(browser.executablePath, server.url, [{ file, query }]);
  } finally {
    await server.close();
  }
  console.log(`Wrote ${path.relative(PROJECT_ROOT, file)}`);
  return 0;
}

async function main(): Promise<number> {
  let options: ReturnType<typeof parsePreviewArgs>;
  try {
    options = parsePreviewArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    console.error(USAGE);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }

  let result: PreviewBuildSummary;
  try {
    result = await buildPreviewCached(options.config, { force: options.rebuild });
  } catch (error) {
    console.error(`Preview build failed: ${(error as Error).message}`);
    return 1;
  }
  printBuildReport(result);

  if (options.screenshot) return screenshot(result, options.screenshot, options.scenario);

  let server: PreviewServer;
  try {
    server = await startPreviewServer(result.outDir, options.port);
  } catch (error) {
    if (error instanceof PreviewPortError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  console.log(`\nPreview of ${result.component}: ${server.url}`);
  console.log(
    `Scenarios: ${result.scenarios.map((name) => (name === 'default' ? server.url : `${server.url}?scenario=${name}`)).join('  ')}`,
  );
  console.log('Not an org: Apex is answered from fixtures. Press Ctrl+C to stop.');

  if (options.watch) watchAndRebuild(options.config);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return 0;
}

/** Rebuilds (from rollup's cache: only changed modules) when a file under the source or the fixtures changes. */
function watchAndRebuild(config: PreviewConfig): void {
  let timer: NodeJS.Timeout | undefined;
  let building = false;
  let again = false;
  const rebuild = async () => {
    if (building) {
      again = true;
      return;
    }
    building = true;
    try {
      const result = await buildPreviewCached(config);
      if (!result.cached) {
        console.log(
          `Rebuilt in ${(result.durationMs / 1000).toFixed(1)} s (${result.transformedModules ?? '?'} module(s) compiled); reload the page.`,
        );
      }
    } catch (error) {
      console.error(`Rebuild failed: ${(error as Error).message}`);
    } finally {
      building = false;
      if (again) {
        again = false;
        void rebuild();
      }
    }
  };
  // A recursive watch of the source folder catches edits to c/* JS files that rollup's own
  // watcher misses (lwc-preview.md, trap 5).
  for (const dir of new Set([config.sourceRoot, config.fixturesDir])) {
    watch(dir, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void rebuild(), 300);
    });
  }
  console.log(`Watching ${path.relative(PROJECT_ROOT, config.sourceRoot)} for changes.`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

/**
 * `npm run preview`: builds the setup assistant from its unmodified source and serves it on
 * 127.0.0.1, answering Apex from the jest fixtures. `-- --screenshot <file.png>` writes a full-page
 * screenshot instead of serving.
 */
import { watch } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findBrowser, INSTALL_HINT } from './browser.js';
import { buildPreview, defaultPreviewConfig, type PreviewBuildResult, type PreviewConfig } from './build.js';
import { PROJECT_ROOT } from './project-root.js';
import { takeScreenshots } from './screenshot.js';
import { startPreviewServer } from './server.js';

const USAGE = `Usage: npm run preview -- [options]
  --port <n>             port on 127.0.0.1 (default 3434; 0 = any free port)
  --watch                rebuild when the component source or fixtures change
  --screenshot <file>    write a full-page PNG of the page (default fixtures) and exit
  --scenario <name>      with --screenshot: the fixture scenario to capture
  --component <name>     page-level LWC bundle to mount (default integrationUserAssistant)
  --source <dir>         Salesforce source folder to read (default force-app)
  --fixtures <dir>       fixture folder (default <component>/__tests__/data)
  --out <dir>            build output (default .preview-build)`;

export function parsePreviewArgs(argv: string[]): {
  config: PreviewConfig;
  port: number;
  watch: boolean;
  screenshot?: string;
  scenario?: string;
  help: boolean;
} {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      watch: { type: 'boolean', default: false },
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
    screenshot: values.screenshot ? path.resolve(PROJECT_ROOT, values.screenshot) : undefined,
    scenario: values.scenario,
    help: values.help ?? false,
  };
}

export function printBuildReport(
  result: PreviewBuildResult,
  log: (line: string) => void = console.log,
): void {
  const relative = (file: string) => path.relative(PROJECT_ROOT, file) || '.';
  log(
    `Built ${result.component} into ${relative(result.outDir)} in ${(result.durationMs / 1000).toFixed(1)} s.`,
  );
  log(`Fixtures: ${relative(result.fixturesDir)} (${result.apexMethods.length} Apex methods).`);
  for (const notice of result.notices) log(`note: ${notice}`);
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

  let result: PreviewBuildResult;
  try {
    result = await buildPreview(options.config);
  } catch (error) {
    console.error(`Preview build failed: ${(error as Error).message}`);
    return 1;
  }
  printBuildReport(result);

  if (options.screenshot) {
    const browser = await findBrowser();
    if (!browser.executablePath) {
      console.error(`No Chromium found (${browser.detail}). ${INSTALL_HINT}`);
      return 1;
    }
    const server = await startPreviewServer(result.outDir, 0);
    try {
      const query = options.scenario ? `?scenario=${encodeURIComponent(options.scenario)}` : '';
      await takeScreenshots(browser.executablePath, server.url, [{ file: options.screenshot, query }]);
    } finally {
      await server.close();
    }
    console.log(`Wrote ${path.relative(PROJECT_ROOT, options.screenshot)}`);
    return 0;
  }

  const server = await startPreviewServer(result.outDir, options.port);
  console.log(`\nPreview of ${result.component}: ${server.url}`);
  console.log(
    `Scenarios: ${result.scenarios.map((name) => (name === 'default' ? server.url : `${server.url}?scenario=${name}`)).join('  ')}`,
  );
  console.log('Not an org: Apex is answered from fixtures. Press Ctrl+C to stop.');

  if (options.watch) watchAndRebuild(options.config, result);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return 0;
}

/** Rebuilds (with rollup's cache) when a file under the LWC folders or the fixtures changes. */
function watchAndRebuild(config: PreviewConfig, first: PreviewBuildResult): void {
  let last = first;
  let timer: NodeJS.Timeout | undefined;
  let building = false;
  const rebuild = async () => {
    if (building) return;
    building = true;
    try {
      last = await buildPreview(config, { cache: last.cache });
      console.log(`Rebuilt in ${(last.durationMs / 1000).toFixed(1)} s; reload the page.`);
    } catch (error) {
      console.error(`Rebuild failed: ${(error as Error).message}`);
    } finally {
      building = false;
    }
  };
  // A recursive watch of the source folder catches edits to c/* JS files that rollup's own
  // watcher misses (lwc-preview.md, trap 5).
  watch(config.sourceRoot, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), 300);
  });
  console.log(`Watching ${path.relative(PROJECT_ROOT, config.sourceRoot)} for changes.`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

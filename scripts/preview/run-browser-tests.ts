/**
 * `npm run test:browser`: builds the preview once, serves it on a free loopback port, runs
 * scripts/preview/tests/*.browser.ts with node:test in real Chromium, then stops the server.
 * Without a browser: SKIPPED locally (exit 0), a failure under CI=true. The last lines printed are
 * node's test summary.
 */
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { findBrowser, INSTALL_HINT, isCi, launchSharedBrowser } from './browser.js';
import { buildPreviewCached, defaultPreviewConfig } from './build-cache.js';
import { PROJECT_ROOT } from './project-root.js';
import { startPreviewServer } from './server.js';

const TESTS_DIR = path.join(PROJECT_ROOT, 'scripts', 'preview', 'tests');
/** The whole test process; a hung browser must not hang CI. */
const TEST_RUN_TIMEOUT_MS = 300_000;
/** Per test file; each test also sets its own timeout. */
const PER_TEST_TIMEOUT_MS = 240_000;

async function runNodeTests(files: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const args = [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    // Two files at a time: the tests mostly wait for the one shared browser, which renders in its own processes.
    '--test-concurrency=2',
    `--test-timeout=${PER_TEST_TIMEOUT_MS}`,
    ...files,
  ];
  const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env, stdio: 'inherit' });
  const timer = setTimeout(() => {
    console.error(`Browser tests did not finish within ${TEST_RUN_TIMEOUT_MS / 1000} s; stopping them.`);
    child.kill('SIGKILL');
  }, TEST_RUN_TIMEOUT_MS);
  const code = await new Promise<number>((resolve) => {
    child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
  });
  clearTimeout(timer);
  return code;
}

async function main(): Promise<number> {
  const browser = await findBrowser();
  if (!browser.executablePath) {
    console.error(`No Chromium or Chrome found (${browser.detail}). ${INSTALL_HINT}`);
    if (isCi()) {
      console.error('CI=true: a missing browser is a failure.');
      return 1;
    }
    console.log('SKIPPED: browser tests did not run (no browser). This is NOT a pass.');
    return 0;
  }

  // `npm run test:browser -- keyboard page-checks` runs only the files whose names contain a word.
  const only = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const files = (await readdir(TESTS_DIR))
    .filter((name) => name.endsWith('.browser.ts'))
    .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
    .sort()
    .map((name) => path.join(TESTS_DIR, name));
  if (files.length === 0) {
    console.error(`No *.browser.ts files in ${path.relative(PROJECT_ROOT, TESTS_DIR)}.`);
    return 1;
  }

  return buildServeAndTest(files, browser.executablePath);
}

/**
 * A build folder of its own (a running `npm run preview` owns .preview-build), reused across runs
 * when no input changed, like the preview's.
 */
const TEST_BUILD_DIR = path.join(
  PROJECT_ROOT,
  'node_modules',
  '.cache',
  'integration-user-kit',
  'preview-tests',
);

async function buildServeAndTest(files: string[], executablePath: string): Promise<number> {
  let build;
  try {
    build = await buildPreviewCached({ ...defaultPreviewConfig(), outDir: TEST_BUILD_DIR });
  } catch (error) {
    console.error(`Preview build failed: ${(error as Error).message}`);
    return 1;
  }
  console.log(
    `${build.cached ? 'Preview build reused (no input changed)' : `Preview built (${build.transformedModules ?? '?'} modules compiled)`} ` +
      `in ${(build.durationMs / 1000).toFixed(1)} s (peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB); ` +
      `browser: ${executablePath}.`,
  );
  for (const notice of build.notices) console.log(`note: ${notice}`);

  const server = await startPreviewServer(build.outDir, 0);
  let browser;
  try {
    browser = await launchSharedBrowser(executablePath);
  } catch (error) {
    await server.close();
    console.error((error as Error).message);
    return 1;
  }
  let code: number;
  try {
    code = await runNodeTests(files, {
      ...process.env,
      PREVIEW_URL: server.url,
      PREVIEW_BROWSER_WS: browser.wsEndpoint,
      PREVIEW_FIXTURES_DIR: build.fixturesDir,
    });
  } finally {
    await browser.close();
    await server.close();
  }
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

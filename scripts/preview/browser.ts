/**
 * Finds a Chromium and launches it with playwright-core (which downloads no browser).
 *
 * The default browser comes from npm: `@sparticuz/chromium` ships a headless Chromium build inside
 * its package (brotli-compressed), so `npm ci` is all a fresh machine needs. It is unpacked once into
 * a version-keyed folder under node_modules/.cache (never the shared /tmp/chromium the package uses
 * by default, where a copy of another version would be picked up and crash). CHROMIUM_PATH or
 * CHROME_PATH override it with a browser of the user's choice.
 *
 * The flags keep the browser from talking to the network or doing background work.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { PROJECT_ROOT } from './project-root.js';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const BUNDLED_BROWSER_PACKAGE = '@sparticuz/chromium';

export const INSTALL_HINT =
  `The browser normally comes from the npm package ${BUNDLED_BROWSER_PACKAGE} (run \`npm ci\`). ` +
  'To use another one, set CHROMIUM_PATH to a Chromium or Chrome binary (for example after ' +
  '`sudo apt-get install -y chromium fonts-liberation`, CHROMIUM_PATH=/usr/bin/chromium).';

/** Under CI a missing browser is a failure, never a skip. */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CI === 'true' || env.CI === '1';
}

export interface BrowserDiscovery {
  executablePath?: string;
  /** Where it came from, or what was tried and why it failed. */
  detail: string;
}

/** Unpacks the npm-bundled Chromium and returns its path (a seam for tests). */
export type BundledBrowserExtractor = () => Promise<string>;

export interface BrowserDiscoveryDependencies {
  exists: (file: string) => boolean;
  extractBundled: BundledBrowserExtractor;
}

const defaultDependencies: BrowserDiscoveryDependencies = {
  exists: existsSync,
  extractBundled: extractBundledChromium,
};

/**
 * CHROMIUM_PATH, then CHROME_PATH, then the npm-bundled Chromium. A variable that points at a missing
 * file is reported, not silently replaced: the user asked for that browser.
 */
export async function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  dependencies: Partial<BrowserDiscoveryDependencies> = {},
): Promise<BrowserDiscovery> {
  const { exists, extractBundled } = { ...defaultDependencies, ...dependencies };
  for (const name of ['CHROMIUM_PATH', 'CHROME_PATH'] as const) {
    const value = env[name];
    if (!value) continue;
    if (exists(value)) return { executablePath: value, detail: `${name}=${value}` };
    return { detail: `${name}=${value} does not exist` };
  }
  try {
    const executablePath = await extractBundled();
    return { executablePath, detail: `${BUNDLED_BROWSER_PACKAGE} (${executablePath})` };
  } catch (error) {
    return {
      detail: `${BUNDLED_BROWSER_PACKAGE} could not be unpacked: ${firstLine(error)}; CHROMIUM_PATH and CHROME_PATH are not set`,
    };
  }
}

/**
 * The package unpacks into os.tmpdir(), which follows TMPDIR: point it at a folder of our own for
 * the duration of the call so the binary, its libraries and fonts live together, keyed by version.
 */
async function extractBundledChromium(): Promise<string> {
  const packageDir = path.join(PROJECT_ROOT, 'node_modules', ...BUNDLED_BROWSER_PACKAGE.split('/'));
  const { version } = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  const target = path.join(
    PROJECT_ROOT,
    'node_modules',
    '.cache',
    'integration-user-kit',
    `chromium-${version}`,
  );
  await mkdir(target, { recursive: true });
  const { default: bundled } = (await import(BUNDLED_BROWSER_PACKAGE)) as {
    default: { executablePath(input?: string): Promise<string> };
  };
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = target;
  try {
    return await bundled.executablePath(path.join(packageDir, 'bin'));
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  }
}

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh profile per launch, so no state leaks between runs. */
export async function launchBrowser(
  executablePath: string,
  viewport = { width: 1280, height: 900 },
): Promise<LaunchedBrowser> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'iuk-preview-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport,
      reducedMotion: 'reduce',
      timeout: 30_000,
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw new Error(
      `The browser at ${executablePath} could not start on this machine (${firstLine(error)}). ${INSTALL_HINT}`,
      { cause: error },
    );
  }
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(20_000);
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface SharedBrowser {
  /** What test processes pass to connectToBrowser(). */
  wsEndpoint: string;
  close(): Promise<void>;
}

/**
 * One browser for a whole test run: the runner launches it once and every test file connects to it
 * (node:test runs each file in its own process), instead of each file starting its own Chromium.
 */
export async function launchSharedBrowser(executablePath: string): Promise<SharedBrowser> {
  try {
    const server = await chromium.launchServer({
      executablePath,
      headless: true,
      args: CHROMIUM_FLAGS,
      timeout: 30_000,
    });
    return { wsEndpoint: server.wsEndpoint(), close: () => server.close() };
  } catch (error) {
    throw new Error(
      `The browser at ${executablePath} could not start on this machine (${firstLine(error)}). ${INSTALL_HINT}`,
      { cause: error },
    );
  }
}

export function connectToBrowser(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint, { timeout: 30_000 });
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

/**
 * Finds a local Chromium and launches it with playwright-core (which downloads no browser).
 * The flags keep the browser from talking to the network or doing background work.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CANDIDATE_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const INSTALL_HINT =
  'Install one with `sudo apt-get install -y chromium fonts-liberation`, or set CHROMIUM_PATH to a Chromium or Chrome binary.';

/** Under CI a missing browser is a failure, never a skip. */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CI === 'true' || env.CI === '1';
}

export interface BrowserDiscovery {
  executablePath?: string;
  /** Where it came from, or what was tried. */
  detail: string;
}

/**
 * CHROMIUM_PATH, then CHROME_PATH, then the usual install locations. A variable that points at a
 * missing file is reported, not silently skipped: the user asked for that browser.
 */
export function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  exists: (file: string) => boolean = existsSync,
): BrowserDiscovery {
  for (const name of ['CHROMIUM_PATH', 'CHROME_PATH'] as const) {
    const value = env[name];
    if (!value) continue;
    if (exists(value)) return { executablePath: value, detail: `${name}=${value}` };
    return { detail: `${name}=${value} does not exist` };
  }
  const found = CANDIDATE_BROWSERS.find((file) => exists(file));
  if (found) return { executablePath: found, detail: found };
  return { detail: `none of CHROMIUM_PATH, CHROME_PATH, ${CANDIDATE_BROWSERS.join(', ')}` };
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
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport,
    reducedMotion: 'reduce',
    timeout: 30_000,
  });
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

/**
 * Shared helpers for the browser tests (`*.browser.ts`). The runner (run-browser-tests.ts) builds
 * the preview once, serves it, launches one Chromium, and passes the URL, the browser's endpoint and
 * the fixture folder in the environment; every test file connects to that one browser.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before } from 'node:test';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { connectToBrowser } from '../browser.js';
import { installPageChecks } from '../checks/page-checks.js';
import { waitForPreviewSettled } from '../page-ready.js';

export const CONTROLLER = 'IntegrationUserAssistantController';
/** The widths every state is checked at: a phone, a laptop, a desktop. */
export const WIDTHS = [400, 1280, 1440] as const;
export const VIEWPORT_HEIGHT = 900;

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the browser tests with \`npm run test:browser\`.`);
  return value;
}

/** A fixture exactly as the preview (and the jest tests) use it; a fresh copy on every call. */
export function fixture<T = Record<string, unknown>>(method: string, variant?: string): T {
  const file = path.join(
    requiredEnv('PREVIEW_FIXTURES_DIR'),
    `${CONTROLLER}.${method}${variant ? `.${variant}` : ''}.json`,
  );
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** The shape an AuraHandledException reaches the component in (`error.body.message`). */
export function apexError(message: string): Record<string, unknown> {
  return { ok: false, status: 500, statusText: 'Server Error', headers: {}, body: { message } };
}

export interface TestBrowser {
  /** A fresh context (no shared state) with the page checks installed. */
  newContext(width?: number): Promise<BrowserContext>;
  close(): Promise<void>;
}

export async function startBrowser(): Promise<TestBrowser> {
  const browser: Browser = await connectToBrowser(requiredEnv('PREVIEW_BROWSER_WS'));
  return {
    async newContext(width = 1280) {
      const context = await browser.newContext({
        viewport: { width, height: VIEWPORT_HEIGHT },
        reducedMotion: 'reduce',
      });
      context.setDefaultTimeout(10_000);
      context.setDefaultNavigationTimeout(20_000);
      await installPageChecks(context);
      return context;
    },
    close: () => browser.close(),
  };
}

export interface AssistantPage {
  page: Page;
  context: BrowserContext;
  /** Uncaught errors and console errors: a test fails if any appear. */
  problems: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  scenario?: string;
  /** Apex answers set before the page loads: method -> JSON (use apexError() to reject). */
  responses?: Record<string, unknown>;
  /** Default true: wait until the component is mounted and its Apex calls are answered. */
  settle?: boolean;
  width?: number;
}

export async function openAssistant(browser: TestBrowser, options: OpenOptions = {}): Promise<AssistantPage> {
  const context = await browser.newContext(options.width);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.addInitScript((responses) => {
    (window as unknown as { __iukPreviewInit: unknown }).__iukPreviewInit = { responses, latencyMs: 20 };
  }, options.responses ?? {});
  const url = new URL(requiredEnv('PREVIEW_URL'));
  if (options.scenario) url.searchParams.set('scenario', options.scenario);
  await page.goto(url.toString());
  if (options.settle !== false) await waitForPreviewSettled(page);
  return { page, context, problems, close: () => context.close() };
}

/**
 * The browser of one test file: connected before its first test and closed after its last. `browser()`
 * is for openAssistant; `withSession` opens a fresh assistant page, runs the test and closes it.
 */
export function useSharedBrowser(): {
  browser: () => TestBrowser;
  withSession: (options: OpenOptions, test: (session: AssistantPage) => Promise<void>) => Promise<void>;
} {
  let shared: TestBrowser | undefined;
  before(async () => {
    shared = await startBrowser();
  });
  after(async () => {
    await shared?.close();
  });
  const browser = () => {
    if (!shared) throw new Error('The browser is not connected yet: use it inside a test.');
    return shared;
  };
  return { browser, withSession: (options, test) => withAssistant(browser(), options, test) };
}

/** Opens the assistant, runs `test`, fails if the page logged an error, and always closes the page. */
export async function withAssistant(
  browser: TestBrowser,
  options: OpenOptions,
  test: (session: AssistantPage) => Promise<void>,
): Promise<void> {
  const session = await openAssistant(browser, options);
  try {
    await test(session);
    assert.deepEqual(session.problems, [], 'the page logged errors');
  } finally {
    await session.close();
  }
}

export async function settled(page: Page): Promise<void> {
  await waitForPreviewSettled(page);
}

/** Calls of `method` wait, unanswered, until release(): lets a test look at the page mid-call. */
export async function holdApex(page: Page, method: string): Promise<() => Promise<void>> {
  await page.evaluate(
    (name) => (window as unknown as { __iukPreview: { hold(name: string): void } }).__iukPreview.hold(name),
    method,
  );
  return async () => {
    await page.evaluate(
      (name) =>
        (window as unknown as { __iukPreview: { release(name: string): void } }).__iukPreview.release(name),
      method,
    );
  };
}

export async function setApexResponse(page: Page, method: string, value: unknown): Promise<void> {
  await page.evaluate(
    ({ name, response }) =>
      (
        window as unknown as { __iukPreview: { setResponse(name: string, value: unknown): void } }
      ).__iukPreview.setResponse(name, response),
    { name: method, response: value },
  );
}

/** The Apex calls the component made, in order (method names without the class). */
export async function apexCalls(page: Page): Promise<{ method: string; params: Record<string, unknown> }[]> {
  const calls = await page.evaluate(
    () =>
      (window as unknown as { __iukPreview: { calls: { method: string; params: unknown }[] } }).__iukPreview
        .calls,
  );
  return calls.map((call) => ({
    method: call.method.split('.').pop() ?? call.method,
    params: (call.params ?? {}) as Record<string, unknown>,
  }));
}

/** The step list's button for a step ("Users", "3. Access" ...), by its visible label. */
export function stepNav(page: Page, label: string): Locator {
  return page
    .getByRole('navigation', { name: 'Setup steps' })
    .getByRole('button', { name: new RegExp(`^\\d+\\. ${label}`) });
}

export function stepHeading(page: Page): Locator {
  return page.locator('[data-id="step-heading"]');
}

export async function goToStep(page: Page, label: string, heading: string): Promise<void> {
  await stepNav(page, label).click();
  await page.getByRole('heading', { name: heading }).waitFor();
}

export function dialog(page: Page): Locator {
  return page.getByRole('dialog');
}

export function toast(page: Page, title: string): Locator {
  return page.locator('#iuk-toasts .slds-notify_toast').filter({ hasText: title });
}

/** Closes the preview's toasts: they float over the page and are the preview's, not the component's. */
export async function dismissToasts(page: Page): Promise<void> {
  await page.evaluate(() =>
    document.querySelectorAll('#iuk-toasts .slds-notify_toast').forEach((t) => t.remove()),
  );
}

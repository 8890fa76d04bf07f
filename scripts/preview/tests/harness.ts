/**
 * Shared helpers for the browser tests (`*.browser.ts`). The runner (run-browser-tests.ts) builds
 * the preview once, serves it, and passes the URL, the browser and the fixture folder in the env.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser } from '../browser.js';
import { waitForPreviewSettled } from '../page-ready.js';

export const CONTROLLER = 'IntegrationUserAssistantController';

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the browser tests with \`npm run test:browser\`.`);
  return value;
}

/** A fixture exactly as the preview (and the jest tests) use it. */
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

export function startBrowser(): Promise<LaunchedBrowser> {
  return launchBrowser(requiredEnv('PREVIEW_BROWSER'));
}

export interface AssistantPage {
  page: Page;
  /** Uncaught errors and console errors: a test fails if any appear. */
  problems: string[];
}

export interface OpenOptions {
  scenario?: string;
  /** Apex answers set before the page loads: method -> JSON (use apexError() to reject). */
  responses?: Record<string, unknown>;
  /** Default true: wait until the component is mounted and its Apex calls are answered. */
  settle?: boolean;
}

export async function openAssistant(
  browser: LaunchedBrowser,
  options: OpenOptions = {},
): Promise<AssistantPage> {
  const page = await browser.context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  if (options.responses) {
    await page.addInitScript((responses) => {
      (window as unknown as { __iukPreviewInit: unknown }).__iukPreviewInit = { responses, latencyMs: 20 };
    }, options.responses);
  }
  const url = new URL(requiredEnv('PREVIEW_URL'));
  if (options.scenario) url.searchParams.set('scenario', options.scenario);
  await page.goto(url.toString());
  if (options.settle !== false) await waitForPreviewSettled(page);
  return { page, problems };
}

export async function settled(page: Page): Promise<void> {
  await waitForPreviewSettled(page);
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

export function stepNav(page: Page, label: string): Locator {
  return page.getByRole('link', { name: new RegExp(`^\\d\\. ${label}`) });
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

/**
 * The element that really has focus, following shadow roots down, described for assertions:
 * its text or label, and whether it sits inside the open dialog.
 */
export async function focusedElement(page: Page): Promise<{ tag: string; name: string; inDialog: boolean }> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active && active.shadowRoot && active.shadowRoot.activeElement)
      active = active.shadowRoot.activeElement;
    if (!active) return { tag: '', name: '', inDialog: false };
    const name =
      active.getAttribute('aria-label') ||
      (active as HTMLElement).innerText?.trim() ||
      active.getAttribute('name') ||
      '';
    let node: Node | null = active;
    let inDialog = false;
    while (node) {
      if (node instanceof Element && node.getAttribute('role') === 'dialog') inDialog = true;
      node = node.parentNode ?? (node as ShadowRoot).host ?? null;
    }
    return { tag: active.tagName.toLowerCase(), name, inDialog };
  });
}

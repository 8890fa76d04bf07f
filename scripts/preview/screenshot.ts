/** Full-page PNGs of the preview, for the README. */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from './browser.js';
import { waitForPreviewSettled } from './page-ready.js';

export interface ScreenshotRequest {
  file: string;
  /** Query string to load, e.g. `?scenario=noPermission`. */
  query?: string;
  /** Drives the page into the state to capture (click through a flow) before the shot. */
  prepare?: (page: Page) => Promise<void>;
  /** Default true. Use false for dialogs: their fixed backdrop only covers the viewport. */
  fullPage?: boolean;
}

export async function takeScreenshots(
  executablePath: string,
  baseUrl: string,
  requests: ScreenshotRequest[],
): Promise<void> {
  const browser = await launchBrowser(executablePath, { width: 1280, height: 860 });
  try {
    for (const request of requests) {
      const page = await browser.context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(new URL(request.query ?? '', baseUrl).toString());
      await waitForPreviewSettled(page);
      if (request.prepare) {
        await request.prepare(page);
        await waitForPreviewSettled(page);
      }
      if (problems.length)
        throw new Error(`The page threw while preparing ${request.file}: ${problems.join('; ')}`);
      await mkdir(path.dirname(request.file), { recursive: true });
      await page.screenshot({
        path: request.file,
        fullPage: request.fullPage ?? true,
        animations: 'disabled',
      });
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

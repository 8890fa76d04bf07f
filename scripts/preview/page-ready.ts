/**
 * Waits until the preview page has settled: the component is mounted and every Apex call it made
 * has been answered. Shared by the screenshots and the browser tests.
 */
import type { Page } from 'playwright-core';

export async function waitForPreviewSettled(page: Page, timeoutMs = 15_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const preview = (window as unknown as { __iukPreview?: { pending: number; calls: unknown[] } })
        .__iukPreview;
      return document.body.dataset.previewReady === 'true' && !!preview && preview.pending === 0;
    },
    undefined,
    { timeout: timeoutMs, polling: 50 },
  );
  // One more frame so the last re-render is painted.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));
}

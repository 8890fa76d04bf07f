/**
 * Regenerates the README images from the default fixtures:
 *   docs/images/setup-assistant.png       the assistant as it opens
 *   docs/images/setup-assistant-users.png the users step: status, plan and actions per integration
 *   docs/images/setup-assistant-plan.png  the provisioning plan and its confirmation dialog
 * Run: npx tsx scripts/preview/readme-screenshots.ts
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { findBrowser, INSTALL_HINT } from './browser.js';
import { buildPreview, defaultPreviewConfig } from './build.js';
import { PROJECT_ROOT } from './project-root.js';
import { takeScreenshots } from './screenshot.js';
import { startPreviewServer } from './server.js';

const IMAGES = path.join(PROJECT_ROOT, 'docs', 'images');

async function openUsersStep(page: Page): Promise<void> {
  await page.getByRole('link', { name: /^\d\. Users/ }).click();
}

async function openPlanConfirmation(page: Page): Promise<void> {
  await page.getByRole('link', { name: /^\d\. Users/ }).click();
  await page.getByRole('button', { name: 'Plan provisioning for all' }).click();
  await page.locator('[data-id="plan"]').waitFor();
  await page.getByRole('button', { name: 'Apply plan' }).click();
  await page.getByRole('dialog').waitFor();
}

async function main(): Promise<number> {
  const browser = await findBrowser();
  if (!browser.executablePath) {
    console.error(`No Chromium found (${browser.detail}). ${INSTALL_HINT}`);
    return 1;
  }
  const build = await buildPreview(defaultPreviewConfig());
  const server = await startPreviewServer(build.outDir, 0);
  try {
    await takeScreenshots(browser.executablePath, server.url, [
      { file: path.join(IMAGES, 'setup-assistant.png') },
      { file: path.join(IMAGES, 'setup-assistant-users.png'), prepare: openUsersStep },
      { file: path.join(IMAGES, 'setup-assistant-plan.png'), prepare: openPlanConfirmation, fullPage: false },
    ]);
  } finally {
    await server.close();
  }
  console.log(
    'Wrote docs/images/setup-assistant.png, setup-assistant-users.png and setup-assistant-plan.png',
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

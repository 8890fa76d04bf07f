/**
 * `npm run preview:screenshots`: regenerates the README images from the default fixtures.
 *   docs/images/setup-assistant.png         the assistant as it opens (licences)
 *   docs/images/setup-assistant-access.png  the access step: one row per object, dangerous grants
 *   docs/images/setup-assistant-users.png   the users step: status, plan and actions per integration
 *   docs/images/setup-assistant-plan.png    the provisioning plan's confirmation dialog
 *   docs/images/setup-assistant-narrow.png  the plan at 400 px: the table stacks into labelled rows
 *   docs/images/monitoring-chart.png        the monitoring step: one integration's daily API requests
 * `npm run preview:screenshots -- --all <dir>` writes every state of tests/states.ts at 400, 1280 and
 * 1440 px into <dir> instead, to look at them all.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findBrowser, INSTALL_HINT, launchSharedBrowser } from './browser.js';
import { buildPreviewCached, defaultPreviewConfig } from './build-cache.js';
import { PROJECT_ROOT } from './project-root.js';
import { startPreviewServer } from './server.js';

const IMAGES = path.join(PROJECT_ROOT, 'docs', 'images');

interface Shot {
  file: string;
  state: string;
  width: number;
  /** Default true. False for dialogs: their fixed backdrop only covers the viewport. */
  fullPage?: boolean;
  /** With fullPage false: scroll this element to the top of the window first. */
  scrollTo?: string;
}

const README_SHOTS: Shot[] = [
  { file: 'setup-assistant.png', state: 'step licenses', width: 1280 },
  { file: 'setup-assistant-access.png', state: 'step access', width: 1280 },
  { file: 'setup-assistant-users.png', state: 'plan shown', width: 1280 },
  { file: 'setup-assistant-plan.png', state: 'apply dialog', width: 1280, fullPage: false },
  {
    file: 'setup-assistant-narrow.png',
    state: 'plan shown',
    width: 400,
    fullPage: false,
    scrollTo: '[data-id="plan"]',
  },
  {
    file: 'monitoring-chart.png',
    state: 'step monitoring',
    width: 1280,
    fullPage: false,
    scrollTo: '[data-activity="ERP_Order_Sync"]',
  },
];

const slug = (name: string) =>
  name
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { all: { type: 'string' } }, strict: true });
  const browserPath = await findBrowser();
  if (!browserPath.executablePath) {
    console.error(`No Chromium found (${browserPath.detail}). ${INSTALL_HINT}`);
    return 1;
  }
  const config = defaultPreviewConfig();
  const build = await buildPreviewCached(config);
  const server = await startPreviewServer(build.outDir, 0);
  const shared = await launchSharedBrowser(browserPath.executablePath);
  // The states and the harness read these, as they do under the browser-test runner.
  process.env.PREVIEW_URL = server.url;
  process.env.PREVIEW_BROWSER_WS = shared.wsEndpoint;
  process.env.PREVIEW_FIXTURES_DIR = build.fixturesDir;
  const { openAssistant, startBrowser, VIEWPORT_HEIGHT, WIDTHS } = await import('./tests/harness.js');
  const { STATES } = await import('./tests/states.js');
  const browser = await startBrowser();
  const outDir = values.all ? path.resolve(values.all) : IMAGES;
  const shots: Shot[] = values.all
    ? STATES.flatMap((state) =>
        WIDTHS.map((width) => ({
          file: `${slug(state.name)}-${width}.png`,
          state: state.name,
          width,
          fullPage: !state.dialog,
        })),
      )
    : README_SHOTS;
  try {
    await mkdir(outDir, { recursive: true });
    for (const shot of shots) {
      const state = STATES.find((item) => item.name === shot.state);
      if (!state) throw new Error(`No state "${shot.state}" in scripts/preview/tests/states.ts.`);
      const session = await openAssistant(browser, { ...state.open, width: 1280 });
      try {
        if (state.drive) await state.drive(session.page);
        await session.page.setViewportSize({ width: shot.width, height: VIEWPORT_HEIGHT });
        if (shot.scrollTo) {
          await session.page
            .locator(shot.scrollTo)
            .evaluate((element) => element.scrollIntoView({ block: 'start' }));
        }
        await session.page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))),
        );
        await session.page.screenshot({
          path: path.join(outDir, shot.file),
          fullPage: shot.fullPage ?? true,
          animations: 'disabled',
        });
        if (session.problems.length) throw new Error(`${shot.state}: ${session.problems.join('; ')}`);
      } finally {
        await session.close();
      }
    }
  } finally {
    await browser.close();
    await shared.close();
    await server.close();
  }
  console.log(`Wrote ${shots.length} screenshot(s) to ${path.relative(PROJECT_ROOT, outDir) || '.'}.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

/**
 * The Monitoring step's activity panel (issue 16) in real Chromium, answered from its own
 * controller's fixtures (IntegrationUserMonitoringController.*.json): the daily API chart and its
 * table, the logins of the whole window, the findings, the states without a log, and the
 * access-review evidence. What every state looks like at 400-1440 px (axe, layout, keyboard) is
 * checked by page-checks and keyboard through tests/states.ts.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  apexCalls,
  apexError,
  settled,
  toast,
  type AssistantPage,
  type OpenOptions,
  useSharedBrowser,
} from './harness.js';
import { openStep } from './states.js';

interface DayActivity {
  day: string;
  hasLog: boolean;
  apiRequests: number | null;
}
interface IntegrationActivity {
  name: string;
  label: string;
  userId: string | null;
  days: DayActivity[];
  findings: { code: string; title: string; action: string }[];
}
interface MonitoringModel {
  integrations: IntegrationActivity[];
  findings: { code: string }[];
}

function monitoringFixture(variant?: string): MonitoringModel {
  const file = path.join(
    process.env.PREVIEW_FIXTURES_DIR ?? '',
    `IntegrationUserMonitoringController.getMonitoring${variant ? `.${variant}` : ''}.json`,
  );
  return JSON.parse(readFileSync(file, 'utf8')) as MonitoringModel;
}

const { withSession } = useSharedBrowser();
const monitoring = monitoringFixture();

async function withMonitoring(
  options: OpenOptions,
  test: (session: AssistantPage) => Promise<void>,
): Promise<void> {
  await withSession(options, async (session) => {
    await openStep(session.page, 'monitoring');
    await session.page.locator('[data-id="activity"]').waitFor();
    await test(session);
  });
}

describe('monitoring: API usage per integration, logins over the window, findings, evidence', () => {
  it(
    'draws one bar per day with a log and an outlined slot per day without one',
    { timeout: 60_000 },
    async () => {
      await withMonitoring({}, async ({ page }) => {
        for (const integration of monitoring.integrations.filter((item) => item.userId)) {
          const section = page.locator(`[data-activity="${integration.name}"]`);
          const chart = section.getByRole('img');
          const summary = await chart.getAttribute('aria-label');
          assert.ok(summary && summary.length > 20, `the chart of ${integration.label} has a text summary`);
          assert.equal(
            (await section.locator('[data-id="chart-summary"]').innerText()).trim(),
            summary,
            'the summary is visible text too, not only the SVG name',
          );
          const withLog = integration.days.filter((day) => day.hasLog);
          assert.equal(await section.locator('rect.iuk-chart__bar').count(), withLog.length);
          assert.equal(
            await section.locator('rect.iuk-chart__nolog').count(),
            integration.days.length - withLog.length,
            'a day without a log is not drawn as a zero bar',
          );
          // The busiest day's bar is the tallest.
          const busiest = withLog.reduce((best, day) =>
            (day.apiRequests ?? 0) > (best.apiRequests ?? 0) ? day : best,
          );
          const heights = await section
            .locator('rect.iuk-chart__bar')
            .evaluateAll((rects) =>
              rects.map((rect) => [rect.getAttribute('data-day'), Number(rect.getAttribute('height'))]),
            );
          const tallest = heights.reduce((best, entry) =>
            (entry[1] as number) > (best[1] as number) ? entry : best,
          );
          assert.equal(tallest[0], busiest.day);
        }
      });
    },
  );

  it('shows the numbers as a table on demand, from the keyboard', { timeout: 60_000 }, async () => {
    await withMonitoring({}, async ({ page }) => {
      const erp = monitoring.integrations.find((item) => item.name === 'ERP_Order_Sync')!;
      const toggle = page.getByRole('button', { name: `Show the numbers for ${erp.label}`, exact: true });
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      await toggle.focus();
      await page.keyboard.press('Enter');
      const hide = page.getByRole('button', { name: `Hide the numbers for ${erp.label}`, exact: true });
      assert.equal(await hide.getAttribute('aria-expanded'), 'true');
      const table = page.locator(`[data-activity="${erp.name}"] [data-id="numbers"]`);
      assert.equal(await table.locator('tbody tr').count(), erp.days.length);
      const noLogRows = await table.locator('tbody tr').filter({ hasText: 'No log' }).count();
      assert.equal(noLogRows, erp.days.filter((day) => !day.hasLog).length);
      await page.keyboard.press('Enter');
      assert.equal(await table.count(), 0, 'Enter again hides the table');
    });
  });

  it(
    'counts every login of the window and warns about logins from outside the IP ranges',
    { timeout: 60_000 },
    async () => {
      await withMonitoring({}, async ({ page }) => {
        const erp = page.locator('[data-activity="ERP_Order_Sync"]');
        assert.match(await erp.locator('[data-id="logins"]').innerText(), /every login, not a sample/);
        await erp.locator('[data-id="outside"]').waitFor();
        assert.equal(
          await page.locator('[data-activity="Marketing_Automation"] [data-id="outside"]').count(),
          0,
        );
        const firstExample = erp.locator('[data-id="examples"] tbody tr').first();
        assert.match(await firstExample.innerText(), /Outside IP ranges/);
        for (const integration of monitoring.integrations)
          for (const finding of integration.findings) {
            const shown = page
              .locator(`[data-activity="${integration.name}"]`)
              .getByText(finding.title, { exact: false });
            assert.ok(
              (await shown.count()) > 0,
              `finding "${finding.title}" of ${integration.label} is shown`,
            );
          }
      });
    },
  );

  it('says plainly that the org gave no log instead of drawing zeros', { timeout: 60_000 }, async () => {
    await withMonitoring({ scenario: 'noLog' }, async ({ page }) => {
      assert.equal(await page.locator('[data-coverage="api"]').getAttribute('data-state'), 'NONE');
      assert.match(await page.locator('[data-coverage="api"]').innerText(), /unknown \(not zero\)/);
      assert.equal(await page.locator('rect.iuk-chart__bar').count(), 0, 'no bar at all, not bars of zero');
      assert.ok((await page.locator('rect.iuk-chart__nolog').count()) > 0);
    });
    await withMonitoring({ scenario: 'noAccess' }, async ({ page }) => {
      assert.equal(await page.locator('[data-coverage="api"]').getAttribute('data-state'), 'NO_ACCESS');
      assert.match(await page.locator('[data-coverage="api"]').innerText(), /View Event Log Files/);
    });
  });

  it('explains a failed load and hides the panel without permission', { timeout: 60_000 }, async () => {
    await withMonitoring(
      { responses: { getMonitoring: apexError('Apex heap size too large: 6291556') } },
      async ({ page }) => {
        assert.match(
          await page.locator('[data-id="activity-error"]').innerText(),
          /Apex heap size too large/,
        );
      },
    );
    // The assistant without its own permission shows no step at all; a viewer of the page who cannot
    // read the monitoring data gets this answer from getMonitoring.
    await withMonitoring(
      { responses: { getMonitoring: monitoringFixture('noPermission') } },
      async ({ page }) => {
        await page.locator('[data-empty="activity-permission"]').waitFor();
        assert.equal(await page.getByRole('button', { name: 'Collect now' }).count(), 0);
      },
    );
  });

  it('starts the job on demand and reads the activity again', { timeout: 60_000 }, async () => {
    await withMonitoring({}, async ({ page }) => {
      const before = (await apexCalls(page)).filter((call) => call.method === 'getMonitoring').length;
      await page.getByRole('button', { name: 'Collect now' }).click();
      await toast(page, 'The monitoring job started').waitFor();
      await settled(page);
      const calls = (await apexCalls(page)).map((call) => call.method);
      assert.ok(calls.includes('runMonitoringNow'));
      assert.ok(
        calls.filter((method) => method === 'getMonitoring').length > before,
        'the activity is read again',
      );
    });
  });

  it(
    'shows the access-review evidence with the controls each item evidences',
    { timeout: 60_000 },
    async () => {
      await withMonitoring({}, async ({ page }) => {
        await page.getByRole('button', { name: 'Show the evidence' }).click();
        const evidence = page.locator('[data-id="evidence"]');
        await evidence.locator('table').first().waitFor();
        const text = await evidence.innerText();
        assert.match(text, /SBS-/, 'controls are named by their published ids');
        assert.equal(/undefined|null/.test(text), false, 'no missing value is printed');
      });
    },
  );
});

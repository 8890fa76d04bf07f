/**
 * The page checks prove they can fail: each test plants one defect into the real assistant page
 * (a clipped cell, text printed over its neighbour, a table that scrolls sideways, low-contrast
 * text, a button Tab cannot reach, a focus ring removed, two buttons with the same name) and asserts
 * that the check reports exactly that defect, and that the same page without it is clean.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { runAxe, runKeyboardWalk, runLayoutCheck, type LayoutProblem } from '../checks/page-checks.js';
import { openAssistant, startBrowser, type AssistantPage, type TestBrowser } from './harness.js';
import { openStep, planAll } from './states.js';

let browser: TestBrowser;

before(async () => {
  browser = await startBrowser();
});
after(async () => {
  await browser?.close();
});

/**
 * Runs `change` in the page on the shadow root of the component reached through `hosts` (inside the
 * assistant), where the defect is planted.
 */
async function plant(page: Page, hosts: string[], change: (root: ShadowRoot) => void): Promise<void> {
  const root = await page.evaluateHandle(
    (tags) =>
      tags.reduce<ParentNode>((node, tag) => node.querySelector(tag)!.shadowRoot!, document) as ShadowRoot,
    ['c-integration-user-assistant', ...hosts],
  );
  await root.evaluate(change);
}

async function withPage(
  open: (page: Page) => Promise<void>,
  test: (session: AssistantPage) => Promise<void>,
): Promise<void> {
  const session = await openAssistant(browser, { width: 1280 });
  try {
    await open(session.page);
    await test(session);
  } finally {
    await session.close();
  }
}

const kinds = (problems: LayoutProblem[]) => problems.map((problem) => problem.kind);

describe('the page checks catch planted defects', () => {
  it('layout: a clipped plan cell (ellipsis) is reported as clipped', { timeout: 60_000 }, async () => {
    await withPage(planAll, async ({ page }) => {
      assert.deepEqual((await runLayoutCheck(page)).problems, [], 'clean before the defect');
      await plant(page, ['c-iuk-users', 'c-iuk-plan'], (plan) => {
        const cell = plan.querySelector('[data-id="reason"]') as HTMLElement;
        Object.assign(cell.style, { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' });
      });
      const { problems } = await runLayoutCheck(page);
      assert.ok(kinds(problems).includes('clipped'), JSON.stringify(problems));
      assert.ok(
        problems.some((problem) => problem.where.includes('data-id="reason"')),
        JSON.stringify(problems),
      );
    });
  });

  it('layout: text printed over the next cell is reported as overflow', { timeout: 60_000 }, async () => {
    await withPage(
      (page) => openStep(page, 'access'),
      async ({ page }) => {
        await plant(page, ['c-iuk-access'], (access) => {
          const table = access.querySelector('table') as HTMLElement;
          table.style.tableLayout = 'fixed';
          const first = table.querySelector('tbody th') as HTMLElement;
          first.style.width = '1rem';
          first.style.whiteSpace = 'nowrap';
          first.querySelector('span')!.textContent = 'A_very_long_object_name_printed_over_its_neighbours__c';
        });
        const { problems } = await runLayoutCheck(page);
        assert.ok(
          problems.some((problem) => problem.kind === 'overflow'),
          JSON.stringify(problems),
        );
      },
    );
  });

  it('layout: a badge drawn on top of text is reported as overlap', { timeout: 60_000 }, async () => {
    await withPage(
      (page) => openStep(page, 'users'),
      async ({ page }) => {
        await plant(page, ['c-iuk-users'], (users) => {
          const badge = users.querySelector('[data-id="status"]') as HTMLElement;
          const heading = users.querySelector('h3') as HTMLElement;
          const box = heading.getBoundingClientRect();
          Object.assign(badge.style, { position: 'fixed', left: `${box.left}px`, top: `${box.top}px` });
        });
        const { problems } = await runLayoutCheck(page);
        assert.ok(kinds(problems).includes('overlap'), JSON.stringify(problems));
      },
    );
  });

  it(
    'layout: a table that needs horizontal scrolling at 1280 px is reported',
    { timeout: 60_000 },
    async () => {
      await withPage(planAll, async ({ page }) => {
        await plant(page, ['c-iuk-users', 'c-iuk-plan'], (plan) => {
          const table = plan.querySelector('table') as HTMLElement;
          const wrapper = document.createElement('div');
          wrapper.className = 'slds-scrollable_x';
          table.parentNode!.insertBefore(wrapper, table);
          wrapper.appendChild(table);
          table.style.tableLayout = 'auto';
          table.style.minWidth = '2400px';
        });
        const { problems } = await runLayoutCheck(page);
        assert.ok(kinds(problems).includes('scroll'), JSON.stringify(problems));
      });
    },
  );

  it(
    'axe: low-contrast text (dark red under near-black, as in issue 12) is a violation',
    { timeout: 60_000 },
    async () => {
      await withPage(
        (page) => openStep(page, 'access'),
        async ({ page }) => {
          assert.deepEqual((await runAxe(page)).violations, [], 'clean before the defect');
          await plant(page, ['c-iuk-access'], (access) => {
            const row = access.querySelector('tr[data-object="Order"]') as HTMLElement;
            row.style.backgroundColor = '#ba0517';
            row.style.color = '#181818';
          });
          const { violations } = await runAxe(page);
          assert.ok(
            violations.some((line) => line.startsWith('color-contrast')),
            `expected a color-contrast violation, got:\n${violations.join('\n')}`,
          );
        },
      );
    },
  );

  it('keyboard: a button Tab cannot reach is reported', { timeout: 60_000 }, async () => {
    await withPage(
      (page) => openStep(page, 'users'),
      async ({ page }) => {
        await plant(page, ['c-iuk-users'], (users) => {
          const host = users.querySelector('[data-focus-key="plan-all"]')!;
          (host.shadowRoot!.querySelector('button') as HTMLElement).setAttribute('tabindex', '-1');
        });
        const { problems } = await runKeyboardWalk(page);
        assert.ok(
          problems.some((line) => line.startsWith('not reachable with Tab') && line.includes('plan-all')),
          problems.join('\n'),
        );
      },
    );
  });

  it('keyboard: a control whose focus cannot be seen is reported', { timeout: 60_000 }, async () => {
    await withPage(
      (page) => openStep(page, 'users'),
      async ({ page }) => {
        await plant(page, ['c-iuk-users'], (users) => {
          const button = users
            .querySelector('[data-focus-key="plan-all"]')!
            .shadowRoot!.querySelector('button') as HTMLElement;
          // Pin every style a focus indicator could use to how the button looks without focus.
          const unfocused = getComputedStyle(button);
          const pinned = {
            outline: 'none',
            'box-shadow': 'none',
            'border-color': unfocused.borderTopColor,
            'background-color': unfocused.backgroundColor,
            'text-decoration': 'none',
          };
          for (const [name, value] of Object.entries(pinned))
            button.style.setProperty(name, value, 'important');
        });
        const { problems } = await runKeyboardWalk(page);
        assert.ok(
          problems.some((line) => line.startsWith('focus not visible') && line.includes('plan-all')),
          problems.join('\n'),
        );
      },
    );
  });

  it('keyboard: two buttons with the same accessible name are reported', { timeout: 60_000 }, async () => {
    await withPage(
      (page) => openStep(page, 'users'),
      async ({ page }) => {
        const clean = await runKeyboardWalk(page);
        assert.deepEqual(clean.problems, [], 'clean before the defect');
        await plant(page, ['c-iuk-users'], (users) => {
          for (const host of users.querySelectorAll('[data-state="FREEZE"]')) {
            (host.shadowRoot!.querySelector('button') as HTMLElement).setAttribute('aria-label', 'Freeze');
          }
        });
        const { problems } = await runKeyboardWalk(page);
        assert.ok(
          problems.some((line) => line.includes('share the name "Freeze"')),
          problems.join('\n'),
        );
      },
    );
  });
});

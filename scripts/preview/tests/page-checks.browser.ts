/**
 * Every state the fixtures reach (tests/states.ts), at 400, 1280 and 1440 px: axe-core finds no
 * violation (colour contrast included) and the layout check finds no clipped, overflowing or
 * overlapping text and no horizontal scrolling. The checks prove themselves in checks-self-test.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { describeLayoutProblem, runAxe, runLayoutCheck } from '../checks/page-checks.js';
import { openAssistant, startBrowser, VIEWPORT_HEIGHT, WIDTHS, type TestBrowser } from './harness.js';
import { STATES } from './states.js';

let browser: TestBrowser;
const rulesRun = new Set<string>();
let views = 0;
let elementsChecked = 0;
let textsChecked = 0;
const incomplete = new Set<string>();

before(async () => {
  browser = await startBrowser();
});
after(async () => {
  console.log(
    `page checks: ${STATES.length} states x ${WIDTHS.length} widths = ${views} views; ` +
      `${rulesRun.size} axe rules; layout checked ${elementsChecked} elements and ${textsChecked} text boxes` +
      (incomplete.size ? `; axe could not decide ${incomplete.size} node(s) (not failed)` : ''),
  );
  await browser?.close();
});

/** Two frames: the layout after a resize has settled and been painted. */
async function afterLayout(page: import('playwright-core').Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(undefined)))),
  );
}

describe('what the page looks like, in every state at every width', () => {
  for (const state of STATES) {
    it(state.name, { timeout: 60_000 }, async () => {
      const session = await openAssistant(browser, { ...state.open, width: 1280 });
      const { page } = session;
      try {
        if (state.drive) await state.drive(page);
        const findings: string[] = [];
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: VIEWPORT_HEIGHT });
          await afterLayout(page);
          const axe = await runAxe(page);
          axe.rules.forEach((rule) => rulesRun.add(rule));
          axe.incomplete.forEach((line) => incomplete.add(`${state.name}: ${line}`));
          const layout = await runLayoutCheck(page);
          elementsChecked += layout.checkedElements;
          textsChecked += layout.checkedTexts;
          views += 1;
          findings.push(...axe.violations.map((line) => `${width}px axe ${line}`));
          findings.push(
            ...layout.problems.map((problem) => `${width}px layout ${describeLayoutProblem(problem)}`),
          );
        }
        assert.deepEqual(findings, [], `${state.name}:\n${findings.join('\n')}`);
        assert.deepEqual(session.problems, [], 'the page logged errors');
      } finally {
        await session.close();
      }
    });
  }
});

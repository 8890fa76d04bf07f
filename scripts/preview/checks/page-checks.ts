/**
 * Checks that see the page, run in the real browser by the browser tests:
 * - axe-core (the pinned npm package, injected into the page), colour contrast included;
 * - the layout check of in-page-checks.js (clipped, overflowing or overlapping text, horizontal scrolling);
 * - a keyboard walk: every control reached with Tab, its focus visible, its accessible name unique.
 * Each returns findings as readable lines; a test fails when any is returned. The self-test
 * (tests/checks-self-test.browser.ts) plants a defect for each and proves the check reports it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../project-root.js';

const requireFromProject = createRequire(path.join(PROJECT_ROOT, 'package.json'));
const AXE_SOURCE = readFileSync(requireFromProject.resolve('axe-core/axe.min.js'), 'utf8');
const IN_PAGE_SOURCE = readFileSync(
  path.join(PROJECT_ROOT, 'scripts', 'preview', 'checks', 'in-page-checks.js'),
  'utf8',
);

/** WCAG 2.0, 2.1 and 2.2 A and AA, plus axe's best practices: everything axe checks automatically. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** What axe scans: the component (and its dialogs), not the preview's own banner and toasts. */
export const AXE_ROOT = '#iuk-component';

/** Makes axe and the in-page checks available in every page of the context, before any script runs. */
export async function installPageChecks(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: AXE_SOURCE });
  await context.addInitScript({ content: IN_PAGE_SOURCE });
}

interface AxeNode {
  target: string[];
  failureSummary?: string;
}
interface AxeRuleResult {
  id: string;
  impact?: string;
  help: string;
  nodes: AxeNode[];
}
export interface AxeOutcome {
  violations: string[];
  /** Rules axe ran (passed, failed, incomplete or not applicable on this page). */
  rules: string[];
  /** Nodes axe could not decide (e.g. a background behind a pseudo element); reported, not failed. */
  incomplete: string[];
}

export async function runAxe(page: Page, root = AXE_ROOT): Promise<AxeOutcome> {
  const result = await page.evaluate(
    async ({ root: include, tags }) => {
      const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } }).axe;
      return (await axe.run(
        { include: [[include]] },
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] },
      )) as {
        violations: AxeRuleResult[];
        incomplete: AxeRuleResult[];
        passes: AxeRuleResult[];
        inapplicable: AxeRuleResult[];
      };
    },
    { root, tags: AXE_TAGS },
  );
  const lines = (rules: AxeRuleResult[]) =>
    rules.flatMap((rule) =>
      rule.nodes.map(
        (node) =>
          `${rule.id} (${rule.impact ?? 'n/a'}): ${rule.help} at ${node.target.join(' ')}` +
          (node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ').trim()}` : ''),
      ),
    );
  return {
    violations: lines(result.violations),
    incomplete: lines(result.incomplete),
    rules: [...result.violations, ...result.incomplete, ...result.passes, ...result.inapplicable]
      .map((rule) => rule.id)
      .sort(),
  };
}

export interface LayoutProblem {
  kind: 'clipped' | 'scroll' | 'overflow' | 'overlap';
  where: string;
  detail: string;
}

export async function runLayoutCheck(
  page: Page,
): Promise<{ problems: LayoutProblem[]; checkedElements: number; checkedTexts: number }> {
  return page.evaluate(() =>
    (
      window as unknown as {
        __iukChecks: {
          layout: () => { problems: LayoutProblem[]; checkedElements: number; checkedTexts: number };
        };
      }
    ).__iukChecks.layout(),
  );
}

export const describeLayoutProblem = (problem: LayoutProblem) =>
  `${problem.kind}: ${problem.where}: ${problem.detail}`;

export interface Control {
  id: string;
  name: string;
  tag: string;
  where: string;
}
export interface Focused {
  id: string | null;
  name: string;
  tag: string;
  where?: string;
  visible: boolean;
  onScreen?: boolean;
  inDialog?: boolean;
  isHeading?: boolean;
}

interface InPageChecks {
  controls: () => Control[];
  focused: () => Focused;
}

export function listControls(page: Page): Promise<Control[]> {
  return page.evaluate(() => (window as unknown as { __iukChecks: InPageChecks }).__iukChecks.controls());
}

export function focusedElement(page: Page): Promise<Focused> {
  return page.evaluate(() => (window as unknown as { __iukChecks: InPageChecks }).__iukChecks.focused());
}

export interface KeyboardOutcome {
  problems: string[];
  controls: number;
  reached: number;
  presses: number;
}

/**
 * Tabs through the view (a dialog traps focus, so inside one the walk stays in it) and reports every
 * control Tab never reaches, every control whose focus cannot be seen, and repeated accessible names
 * (three buttons all called "Freeze" tell a screen-reader user nothing).
 */
export async function runKeyboardWalk(page: Page): Promise<KeyboardOutcome> {
  // Each control's look without focus is its baseline: take it with nothing focused, then put focus
  // back where it was (a dialog must keep it).
  const hadFocus = await page.evaluate(() => {
    let active = document.activeElement as HTMLElement | null;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
    if (!active || active === document.body) return false;
    (window as unknown as { __iukRefocus?: HTMLElement }).__iukRefocus = active;
    active.blur();
    return true;
  });
  const controls = await listControls(page);
  if (hadFocus) {
    await page.evaluate(() => (window as unknown as { __iukRefocus?: HTMLElement }).__iukRefocus?.focus());
  }
  const problems: string[] = [];
  const byName = new Map<string, Control[]>();
  for (const control of controls) {
    if (!control.name) problems.push(`no accessible name: ${control.where}`);
    byName.set(control.name, [...(byName.get(control.name) ?? []), control]);
  }
  for (const [name, same] of byName) {
    if (name && same.length > 1) {
      problems.push(
        `${same.length} controls share the name "${name}": ${same.map((c) => c.where).join('; ')}`,
      );
    }
  }
  const reached = new Set<string>();
  // The walk ends when Tab comes round to the first control it reached: the cycle is then complete.
  // Tab also stops on what is not a listed control (a checkbox group's visually hidden inputs), so the
  // number of presses is no multiple of the controls; this bound only stops a page that never cycles.
  const maxPresses = controls.length * 10 + 50;
  let presses = 0;
  let first: string | undefined;
  const start = await focusedElement(page);
  if (!start.inDialog) {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  }
  while (presses < maxPresses && reached.size < controls.length) {
    await page.keyboard.press('Tab');
    presses += 1;
    const focus = await focusedElement(page);
    if (!focus.id) continue;
    if (first === undefined) first = focus.id;
    else if (focus.id === first) break;
    if (!reached.has(focus.id) && !focus.visible) {
      problems.push(`focus not visible on ${focus.where ?? focus.name}`);
    }
    reached.add(focus.id);
  }
  for (const control of controls) {
    if (!reached.has(control.id)) problems.push(`not reachable with Tab: ${control.where}`);
  }
  return { problems, controls: controls.length, reached: reached.size, presses };
}

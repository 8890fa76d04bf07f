/**
 * Keyboard paths, in real Chromium: in every state every control is reached with Tab, shows its
 * focus and has a name of its own; after each step change focus lands on the step's heading with
 * SLDS's focus ring; dialogs take focus, trap it and give it back; after an error focus is on the
 * way out ("Plan again"), never on a stale Apply.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { focusedElement, runKeyboardWalk } from '../checks/page-checks.js';
import { apexCalls, dialog, settled, stepHeading, toast, useSharedBrowser } from './harness.js';
import {
  confirmApply,
  defaultModel,
  openApplyDialog,
  openStep,
  planAll,
  STATES,
  STEP_LABELS,
} from './states.js';

const STEP_COUNT = Object.keys(STEP_LABELS).length;

const { withSession } = useSharedBrowser();
let walks = 0;
let controlsWalked = 0;

after(() => {
  console.log(`keyboard: ${walks} states walked with Tab, ${controlsWalked} controls reached`);
});

describe('keyboard: every control reachable, focus visible, names unique', () => {
  for (const state of STATES.filter((item) => !item.busy)) {
    it(state.name, { timeout: 60_000 }, async () => {
      await withSession({ ...state.open, width: 1280 }, async ({ page }) => {
        if (state.drive) await state.drive(page);
        const walk = await runKeyboardWalk(page);
        walks += 1;
        controlsWalked += walk.reached;
        assert.ok(walk.controls > 0 || state.name === 'load error' || state.name === 'no permission');
        assert.deepEqual(walk.problems, [], `${state.name}:\n${walk.problems.join('\n')}`);
      });
    });
  }
});

describe('keyboard: focus after each change', () => {
  it(
    'Next moves focus to the new step heading, with the SLDS focus ring; the last step leads back',
    { timeout: 60_000 },
    async () => {
      await withSession({}, async ({ page }) => {
        const headings: string[] = [];
        for (let step = 0; step < STEP_COUNT; step += 1) {
          await page.locator('[data-id="next"]').getByRole('button').focus();
          await page.keyboard.press('Enter');
          const focus = await focusedElement(page);
          assert.equal(
            focus.isHeading,
            true,
            `after Next #${step + 1} focus is on a heading, not ${focus.where}`,
          );
          assert.equal(focus.visible, true, 'the heading shows a focus indicator');
          const ring = await stepHeading(page).evaluate((element) => getComputedStyle(element));
          assert.equal(ring.outlineStyle, 'none', "not the browser's default outline");
          assert.notEqual(ring.boxShadow, 'none', "SLDS's focus ring (box-shadow)");
          headings.push(focus.name);
        }
        assert.equal(headings.at(-1), 'Licences and seats', 'Next on the last step leads back to the first');
        assert.equal(new Set(headings).size, STEP_COUNT, `every step once: ${headings.join(', ')}`);
      });
    },
  );

  it('the step list works with the keyboard and marks the current step', { timeout: 60_000 }, async () => {
    await withSession({}, async ({ page }) => {
      const access = page
        .getByRole('navigation', { name: 'Setup steps' })
        .getByRole('button', { name: /^4\. Access/ });
      await access.focus();
      await page.keyboard.press('Enter');
      assert.equal((await focusedElement(page)).name, 'Object and field access');
      assert.equal(await access.getAttribute('aria-current'), 'step');
    });
  });

  it(
    'a dialog takes focus, keeps it (Tab, Shift+Tab), closes with Escape or its close button, gives it back',
    { timeout: 60_000 },
    async () => {
      await withSession({}, async ({ page }) => {
        const target = defaultModel().integrations.find((item) => item.status === 'READY' && !item.frozen)!;
        await openStep(page, 'users');
        const opener = page.getByRole('button', { name: `Freeze ${target.label}` });
        await opener.focus();
        await page.keyboard.press('Enter');
        await dialog(page).waitFor();
        let focus = await focusedElement(page);
        assert.equal(focus.inDialog, true, 'focus is inside the dialog when it opens');
        assert.equal(focus.tag, 'textarea', 'on the reason field');

        for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
          await page.keyboard.press(key);
          focus = await focusedElement(page);
          assert.equal(focus.inDialog, true, `${key} keeps focus in the dialog (on ${focus.where})`);
        }
        await page.keyboard.press('Escape');
        await dialog(page).waitFor({ state: 'detached' });
        assert.equal(
          (await focusedElement(page)).name,
          `Freeze ${target.label}`,
          'Escape returns focus to the opener',
        );

        await page.keyboard.press('Enter');
        await dialog(page).waitFor();
        await dialog(page).getByRole('button', { name: 'Close and cancel' }).focus();
        await page.keyboard.press('Enter');
        await dialog(page).waitFor({ state: 'detached' });
        assert.equal(
          (await focusedElement(page)).name,
          `Freeze ${target.label}`,
          'the close button returns focus too',
        );

        // Reopen, give a reason, confirm with the keyboard: the change is made and focus comes back.
        await page.keyboard.press('Enter');
        await dialog(page).waitFor();
        await page.keyboard.type('Rotating credentials');
        const confirm = dialog(page).getByRole('button', { name: 'Freeze user' });
        await confirm.focus();
        await page.keyboard.press('Enter');
        await toast(page, `${target.label} frozen`).waitFor();
        await settled(page);
        const call = (await apexCalls(page)).find((item) => item.method === 'setUserState');
        assert.equal(call?.params.reason, 'Rotating credentials');
        focus = await focusedElement(page);
        assert.match(
          focus.name,
          new RegExp(target.label),
          `focus is back on ${target.label}, not lost (${focus.where})`,
        );
      });
    },
  );

  it(
    'after "the org changed since the plan", focus is on Plan again and no stale Apply remains',
    { timeout: 60_000 },
    async () => {
      const state = STATES.find((item) => item.name === 'org changed since the plan')!;
      await withSession({ ...state.open }, async ({ page }) => {
        await confirmApply(page);
        await page.locator('[data-id="replan"]').waitFor();
        await settled(page);
        const focus = await focusedElement(page);
        assert.equal(focus.name, 'Plan again', `focus is on Plan again, not ${focus.where}`);
        assert.equal(focus.visible, true);
        assert.equal(
          await page.getByRole('button', { name: 'Apply plan' }).count(),
          0,
          'the stale plan is withdrawn',
        );
        await page.keyboard.press('Enter');
        await page.locator('[data-id="plan"]').waitFor();
        await settled(page);
        assert.equal((await focusedElement(page)).name, 'Provisioning plan', 'the new plan takes focus');
      });
    },
  );

  it('Cancel in the apply dialog returns focus to Apply plan', { timeout: 60_000 }, async () => {
    await withSession({}, async ({ page }) => {
      await openApplyDialog(page);
      await dialog(page).getByRole('button', { name: 'Cancel', exact: true }).click();
      await dialog(page).waitFor({ state: 'detached' });
      assert.equal((await focusedElement(page)).name, 'Apply plan');
    });
  });

  it(
    'after planning, focus is on the plan; after discarding it, on Plan provisioning',
    { timeout: 60_000 },
    async () => {
      await withSession({}, async ({ page }) => {
        await planAll(page);
        assert.equal((await focusedElement(page)).name, 'Provisioning plan');
        await page.getByRole('button', { name: 'Discard plan' }).click();
        await settled(page);
        assert.match((await focusedElement(page)).name, /^Plan provisioning for all/);
      });
    },
  );
});

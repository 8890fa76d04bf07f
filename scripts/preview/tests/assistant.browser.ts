/**
 * The setup assistant in real Chromium, from its unmodified source, answered from the jest
 * fixtures. Each test clicks through a real flow and asserts on what the admin sees.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApplyResult, PageModel, Plan, UserStateResult } from '../../org/engine-types.js';
import type { LaunchedBrowser } from '../browser.js';
import {
  apexCalls,
  apexError,
  dialog,
  fixture,
  focusedElement,
  goToStep,
  openAssistant,
  settled,
  startBrowser,
  toast,
  type AssistantPage,
} from './harness.js';

/** The engine's response types (generated from the Apex classes) with every value present, as in the fixtures. */
type Recorded<T> = T extends (infer Item)[]
  ? Recorded<Item>[]
  : T extends object
    ? { [Key in keyof T]-?: Recorded<NonNullable<T[Key]>> }
    : NonNullable<T>;

const STEPS = [
  { label: 'Licences', heading: 'Licences and seats' },
  { label: 'Profiles', heading: 'Profiles, IP ranges and login hours' },
  { label: 'Access', heading: 'Object and field access' },
  { label: 'Users', heading: 'Integration users' },
  { label: 'Monitoring', heading: 'API usage and logins' },
  { label: 'Checklist', heading: 'Best-practices checklist' },
];

let browser: LaunchedBrowser;
const model = fixture<Recorded<PageModel>>('getPageModel');
const labelOf = (name: string) => model.integrations.find((item) => item.name === name)?.label ?? name;

before(async () => {
  browser = await startBrowser();
});
after(async () => {
  await browser?.close();
});

async function open(options?: Parameters<typeof openAssistant>[1]): Promise<AssistantPage> {
  return openAssistant(browser, options);
}

function assertNoProblems(session: AssistantPage): void {
  assert.deepEqual(session.problems, [], 'the page logged errors');
}

async function planAll(session: AssistantPage): Promise<void> {
  const { page } = session;
  await goToStep(page, 'Users', 'Integration users');
  await page.getByRole('button', { name: 'Plan provisioning for all' }).click();
  await page.locator('[data-id="plan"]').waitFor();
  await settled(page);
}

describe('setup assistant preview', () => {
  it('says it is a preview answered from fixtures, not an org', { timeout: 60_000 }, async () => {
    const session = await open();
    const banner = session.page.getByRole('note', { name: 'Preview notice' });
    assert.match(await banner.innerText(), /not a Salesforce org/);
    assert.match(await banner.innerText(), /fixtures/);
    await session.page.close();
    assertNoProblems(session);
  });

  it(
    'refuses an unknown scenario instead of silently showing the defaults',
    { timeout: 60_000 },
    async () => {
      const { page } = await open({ scenario: 'noSuchScenario', settle: false });
      const problem = page.getByRole('alert').filter({ hasText: 'Unknown scenario "noSuchScenario"' });
      await problem.waitFor();
      assert.match(await problem.innerText(), /noPermission/, 'lists the scenarios that exist');
      assert.equal(await page.locator('c-integration-user-assistant').count(), 0);
      await page.close();
    },
  );

  it('renders every step from the default fixtures', { timeout: 60_000 }, async () => {
    const session = await open();
    const { page } = session;
    await page.getByText(`${model.orgName} · Production`).waitFor();

    for (const [index, step] of STEPS.entries()) {
      await page.getByRole('heading', { name: step.heading }).waitFor();
      assert.equal(
        await page.locator('[data-id="step-position"]').innerText(),
        `Step ${index + 1} of ${STEPS.length}`,
      );
      if (index < STEPS.length - 1) await page.getByRole('button', { name: 'Next' }).click();
    }
    assert.equal(await page.getByRole('button', { name: 'Next' }).isDisabled(), true);

    // Every item of the fixture shows up on its step.
    await goToStep(page, 'Profiles', STEPS[1]!.heading);
    for (const profile of model.profiles)
      await page.getByText(profile.name, { exact: true }).first().waitFor();
    await goToStep(page, 'Access', STEPS[2]!.heading);
    const objects = new Set(
      model.integrations.flatMap((item) => (item.access ?? []).map((grant) => grant.objectName)),
    );
    for (const objectName of objects) await page.locator(`[data-object="${objectName}"]`).first().waitFor();
    await goToStep(page, 'Users', STEPS[3]!.heading);
    for (const integration of model.integrations) {
      await page
        .locator(`article[data-integration="${integration.name}"]`)
        .getByText(integration.label)
        .waitFor();
    }
    await goToStep(page, 'Checklist', STEPS[5]!.heading);
    for (const item of model.checklist) await page.getByText(item.label, { exact: true }).waitFor();

    assert.deepEqual(
      (await apexCalls(page)).map((call) => call.method),
      ['getPageModel'],
      'one Apex call renders the whole page',
    );
    await page.close();
    assertNoProblems(session);
  });

  it('provisions: plan shown, confirmed, applied, results per integration', { timeout: 60_000 }, async () => {
    const session = await open();
    const { page } = session;
    const plan = fixture<Recorded<Plan>>('planProvisioning');
    const result = fixture<Recorded<ApplyResult>>('applyProvisioning');

    await planAll(session);
    const planTable = page.locator('[data-id="plan-actions"]');
    for (const action of plan.actions) await planTable.getByText(action.target, { exact: true }).waitFor();
    for (const blocker of plan.blockers)
      await page.locator('[data-id="blockers"]').getByText(blocker.message).waitFor();
    assert.equal(await dialog(page).count(), 0, 'nothing is applied before the admin confirms');

    await page.getByRole('button', { name: 'Apply plan' }).click();
    const confirm = dialog(page);
    await confirm.getByRole('heading', { name: 'Apply the provisioning plan?' }).waitFor();
    const changes = plan.actions.filter((action) => !action.reportOnly);
    assert.equal(await confirm.locator('[data-id="modal-changes"] li').count(), changes.length);
    assert.equal(
      (await apexCalls(page)).some((call) => call.method === 'applyProvisioning'),
      false,
    );

    await confirm.getByRole('button', { name: 'Apply plan' }).click();
    await page.locator('[data-id="apply-result"]').waitFor();
    await settled(page);
    assert.equal(await dialog(page).count(), 0, 'the dialog closes after applying');

    for (const item of result.results) {
      const row = page
        .locator('[data-result]')
        .filter({ hasText: `${labelOf(item.integration)}: Succeeded` });
      for (const line of item.applied) await row.getByText(line).waitFor();
    }
    await toast(page, 'Provisioning applied').waitFor();

    const calls = await apexCalls(page);
    const apply = calls.find((call) => call.method === 'applyProvisioning');
    assert.equal(apply?.params.planHash, plan.planHash, 'applies exactly the plan that was shown');
    assert.equal(calls.at(-1)?.method, 'getPageModel', 'the page model is refreshed after applying');
    await page.close();
    assertNoProblems(session);
  });

  it('shows a partial failure per integration', { timeout: 60_000 }, async () => {
    const session = await open({ scenario: 'partialFailure' });
    const { page } = session;
    const result = fixture<Recorded<ApplyResult>>('applyProvisioning', 'partialFailure');
    await planAll(session);
    await page.getByRole('button', { name: 'Apply plan' }).click();
    await dialog(page).getByRole('button', { name: 'Apply plan' }).click();
    await page.locator('[data-id="apply-result"]').waitFor();
    for (const failed of result.results.filter((item) => !item.success)) {
      const row = page.locator('[data-result]').filter({ hasText: `${labelOf(failed.integration)}: Failed` });
      for (const error of failed.errors) await row.getByText(error).waitFor();
    }
    await toast(page, 'Provisioning finished with failures').waitFor();
    await page.close();
    assertNoProblems(session);
  });

  it('freezes a user only with a reason', { timeout: 60_000 }, async () => {
    const session = await open();
    const { page } = session;
    const target = model.integrations.find((item) => item.status === 'READY' && !item.frozen);
    assert.ok(target, 'the default fixture has a READY user to freeze');
    const stateResult = fixture<Recorded<UserStateResult>>('setUserState');

    await goToStep(page, 'Users', 'Integration users');
    await page
      .locator(`article[data-integration="${target.name}"]`)
      .getByRole('button', { name: 'Freeze' })
      .click();
    const confirm = dialog(page);
    await confirm.getByRole('heading', { name: `Freeze ${target.label}?` }).waitFor();
    const freeze = confirm.getByRole('button', { name: 'Freeze' });
    assert.equal(await freeze.isDisabled(), true, 'no freeze without a reason');

    await confirm.getByLabel(/Reason/).fill('Vendor contract ended (ticket CHG-1042)');
    await freeze.click();
    await toast(page, `${target.label} frozen`).waitFor();
    await page.getByText(stateResult.message).first().waitFor();
    await settled(page);

    const call = (await apexCalls(page)).find((item) => item.method === 'setUserState');
    assert.deepEqual(call?.params, {
      integration: target.name,
      state: 'FREEZE',
      reason: 'Vendor contract ended (ticket CHG-1042)',
    });
    await page.close();
    assertNoProblems(session);
  });

  it('shows an Apex error on an action to the admin', { timeout: 60_000 }, async () => {
    const message = 'The org changed since the plan was made. Plan again and review the new plan.';
    const session = await open({ responses: { applyProvisioning: apexError(message) } });
    const { page } = session;
    await planAll(session);
    await page.getByRole('button', { name: 'Apply plan' }).click();
    await dialog(page).getByRole('button', { name: 'Apply plan' }).click();

    const alert = page.locator('[data-id="action-error"]');
    await alert.waitFor();
    assert.equal(await alert.getAttribute('role'), 'alert');
    assert.match(await alert.innerText(), /Nothing was applied/);
    assert.match(await alert.innerText(), new RegExp(message.replace(/\./g, '\\.')));
    await toast(page, 'Nothing was applied').waitFor();
    assert.equal(await page.locator('[data-id="apply-result"]').count(), 0, 'no results are claimed');
    await page.close();
    assertNoProblems(session);
  });

  it('shows a load error with a way to retry', { timeout: 60_000 }, async () => {
    const session = await open({ responses: { getPageModel: apexError('Apex CPU time limit exceeded') } });
    const { page } = session;
    const box = page.locator('[data-id="load-error"]');
    await box.getByText('Apex CPU time limit exceeded').waitFor();
    await page.evaluate(() =>
      (window as unknown as { __iukPreview: { clearResponses(): void } }).__iukPreview.clearResponses(),
    );
    await box.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: 'Licences and seats' }).waitFor();
    assert.equal(await box.count(), 0);
    await page.close();
    assertNoProblems(session);
  });

  it('hides every action without permission', { timeout: 60_000 }, async () => {
    const session = await open({ scenario: 'noPermission' });
    const { page } = session;
    await page.locator('[data-id="no-permission"]').getByText("You don't have access").waitFor();
    for (const name of [
      'Plan provisioning for all',
      'Apply plan',
      'Freeze',
      'Unfreeze',
      'Deactivate',
      'Next',
    ]) {
      assert.equal(await page.getByRole('button', { name, exact: true }).count(), 0, `no "${name}" button`);
    }
    assert.deepEqual(
      (await apexCalls(page)).map((call) => call.method),
      ['getPageModel'],
    );
    await page.close();
    assertNoProblems(session);
  });

  it('is read-only for a viewer who cannot manage users', { timeout: 60_000 }, async () => {
    const readOnly = { ...model, canManage: false };
    const session = await open({ responses: { getPageModel: readOnly } });
    const { page } = session;
    await goToStep(page, 'Users', 'Integration users');
    await page.locator('[data-id="read-only"]').waitFor();
    await page.getByText(labelOf(model.integrations[0]!.name)).first().waitFor();
    for (const name of ['Plan provisioning for all', 'Freeze', 'Unfreeze', 'Deactivate']) {
      assert.equal(await page.getByRole('button', { name, exact: true }).count(), 0, `no "${name}" button`);
    }
    await page.close();
    assertNoProblems(session);
  });

  it('lets the confirm dialog be operated with the keyboard only', { timeout: 60_000 }, async () => {
    const session = await open();
    const { page } = session;
    const target = model.integrations.find((item) => item.status === 'READY' && !item.frozen)!;
    await goToStep(page, 'Users', 'Integration users');
    const opener = page
      .locator(`article[data-integration="${target.name}"]`)
      .getByRole('button', { name: 'Freeze' });
    await opener.focus();
    await page.keyboard.press('Enter');
    await dialog(page).waitFor();

    // Focus moves into the dialog, onto the reason field.
    let focused = await focusedElement(page);
    assert.equal(focused.inDialog, true, 'focus is inside the dialog when it opens');
    assert.equal(focused.tag, 'textarea');

    // Escape cancels and gives focus back to the button that opened the dialog.
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached' });
    focused = await focusedElement(page);
    assert.equal(focused.name, 'Freeze', 'focus returns to the opener');

    // Reopen, type the reason, Tab through the dialog (focus never leaves it) and confirm.
    await page.keyboard.press('Enter');
    await dialog(page).waitFor();
    await page.keyboard.type('Rotating credentials');
    const visited: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      await page.keyboard.press('Tab');
      focused = await focusedElement(page);
      assert.equal(focused.inDialog, true, `Tab #${i + 1} keeps focus in the dialog`);
      visited.push(focused.name || focused.tag);
    }
    assert.ok(
      visited.includes('Cancel') && visited.includes('Freeze'),
      `Tab reaches both buttons: ${visited.join(', ')}`,
    );
    for (let i = 0; i < 4 && (await focusedElement(page)).name !== 'Freeze'; i += 1)
      await page.keyboard.press('Tab');
    assert.equal((await focusedElement(page)).name, 'Freeze');
    await page.keyboard.press('Enter');
    await toast(page, `${target.label} frozen`).waitFor();
    await settled(page);
    const call = (await apexCalls(page)).find((item) => item.method === 'setUserState');
    assert.equal(call?.params.reason, 'Rotating credentials');
    await page.close();
    assertNoProblems(session);
  });
});

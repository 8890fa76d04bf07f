/**
 * The setup assistant in real Chromium, from its unmodified source, answered from the jest
 * fixtures. Each test clicks through a real flow and asserts on what the admin sees.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type {
  ApplyResult as EngineApplyResult,
  Plan as EnginePlan,
  UserStateResult,
} from '../../org/engine-types.js';
import {
  apexCalls,
  apexError,
  dialog,
  fixture,
  goToStep,
  holdApex,
  openAssistant,
  settled,
  stepNav,
  toast,
  useSharedBrowser,
} from './harness.js';
import {
  confirmApply,
  defaultModel,
  openApplyDialog,
  openStep,
  planAll,
  PLAN_CHANGED_MESSAGE,
  STATES,
  type Recorded,
} from './states.js';

type Plan = Recorded<EnginePlan>;
type ApplyResult = Recorded<EngineApplyResult>;

const STEPS = [
  { label: 'Licences', heading: 'Licences and seats' },
  { label: 'Definitions', heading: 'Integration definitions' },
  { label: 'Profiles', heading: 'Profiles, IP ranges and login hours' },
  { label: 'Access', heading: 'Object and field access' },
  { label: 'Users', heading: 'Integration users' },
  { label: 'Monitoring', heading: 'API usage and logins' },
  { label: 'Checklist', heading: 'Best-practices checklist' },
];

const model = defaultModel();
const labelOf = (name: string) => model.integrations.find((item) => item.name === name)?.label ?? name;

const { browser, withSession } = useSharedBrowser();

describe('setup assistant preview', () => {
  it('says it is a preview answered from fixtures, not an org', { timeout: 60_000 }, async () => {
    await withSession({}, async ({ page }) => {
      const banner = page.getByRole('note', { name: 'Preview notice' });
      assert.match(await banner.innerText(), /not a Salesforce org/);
      assert.match(await banner.innerText(), /fixtures/);
    });
  });

  it(
    'refuses an unknown scenario instead of silently showing the defaults',
    { timeout: 60_000 },
    async () => {
      const session = await openAssistant(browser(), { scenario: 'noSuchScenario', settle: false });
      try {
        const problem = session.page
          .getByRole('alert')
          .filter({ hasText: 'Unknown scenario "noSuchScenario"' });
        await problem.waitFor();
        assert.match(await problem.innerText(), /noPermission/, 'lists the scenarios that exist');
        assert.equal(await session.page.locator('c-integration-user-assistant').count(), 0);
      } finally {
        await session.close();
      }
    },
  );

  it(
    'walks every step with Next and shows every item of the fixture; the last step leads back',
    { timeout: 60_000 },
    async () => {
      await withSession({}, async ({ page }) => {
        await page.getByText(`${model.orgName} (Production)`).waitFor();
        for (const [index, step] of STEPS.entries()) {
          await page.getByRole('heading', { name: step.heading }).waitFor();
          assert.equal(
            await page.locator('[data-id="step-position"]').innerText(),
            `Step ${index + 1} of ${STEPS.length}`,
          );
          const next = page.locator('[data-id="next"]').getByRole('button');
          const expected =
            index < STEPS.length - 1 ? `Next: ${STEPS[index + 1]!.label}` : 'Back to the first step';
          assert.equal((await next.innerText()).trim(), expected);
          await next.click();
        }
        await page.getByRole('heading', { name: STEPS[0]!.heading }).waitFor();

        await goToStep(page, 'Profiles', STEPS[2]!.heading);
        for (const profile of model.profiles)
          await page.getByText(profile.name, { exact: true }).first().waitFor();
        await goToStep(page, 'Access', STEPS[3]!.heading);
        for (const integration of model.integrations)
          for (const grant of integration.access)
            await page.locator(`[data-object="${grant.objectName}"]`).first().waitFor();
        await goToStep(page, 'Users', STEPS[4]!.heading);
        for (const integration of model.integrations)
          await page
            .locator(`article[data-integration="${integration.name}"]`)
            .getByText(integration.label)
            .first()
            .waitFor();
        await goToStep(page, 'Checklist', STEPS[6]!.heading);
        for (const item of model.checklist) await page.getByText(item.label, { exact: true }).waitFor();
        // The Monitoring step's activity panel asks its own controller once (getMonitoring).
        assert.deepEqual(
          (await apexCalls(page)).map((call) => call.method).filter((method) => method !== 'getMonitoring'),
          ['getPageModel'],
          'one Apex call renders the whole page',
        );
        assert.ok(
          (await apexCalls(page)).filter((call) => call.method === 'getMonitoring').length <= 1,
          'the activity panel asks once',
        );
      });
    },
  );

  it('shows no raw codes and one date format', { timeout: 60_000 }, async () => {
    await withSession({}, async ({ page }) => {
      const texts: string[] = [];
      for (const step of ['licenses', 'profiles', 'access', 'users', 'monitoring', 'checklist']) {
        await openStep(page, step);
        if (step === 'users') {
          await page.getByRole('button', { name: /^Plan provisioning for/ }).click();
          await page.locator('[data-id="plan"]').waitFor();
          await settled(page);
        }
        let text = await page.locator('c-integration-user-assistant').innerText();
        // The Monitoring step counts per UTC calendar day: those dates ("Nov 5, 2026") have no time of day.
        for (const day of await page.locator('c-iuk-api-usage-chart, [data-id="logins"]').allInnerTexts()) {
          assert.equal(/\d{4}-\d{2}-\d{2}/.test(day), false, `a bare ISO day is shown: ${day}`);
          text = text.replace(day, '');
        }
        texts.push(text);
      }
      const all = texts.join('\n');
      for (const code of [
        'PROFILE_WRONG_LICENSE',
        'RECONCILE',
        'SalesforceAPIIntegrationPsl',
        'NOT_CREATED',
        'ASSIGN_PERMISSION_SET',
        'UNLISTED_ASSIGNMENT',
        'Bidirectional',
      ])
        assert.equal(all.includes(code), false, `"${code}" is shown to the admin`);
      assert.match(all, /The profile is not on the Salesforce Integration licence/);
      assert.match(all, /Scheduled drift check/);
      assert.match(all, /Salesforce API Integration/);
      // Every date is "Mon D, YYYY, H:MM AM" (the user's locale; en-US here), none as a bare ISO date.
      const dates = all.match(/\b[A-Z][a-z]{2} \d{1,2}, \d{4}(, \d{1,2}:\d{2} [AP]M)?/g) ?? [];
      assert.ok(dates.length >= 5, `dates found: ${dates.join(' | ')}`);
      assert.deepEqual(
        dates.filter((date) => !/, \d{1,2}:\d{2} [AP]M$/.test(date)),
        [],
        'every date has the same form',
      );
    });
  });

  it('lists runs newest first', { timeout: 60_000 }, async () => {
    await withSession({}, async ({ page }) => {
      await openStep(page, 'users');
      const expected = [...model.recentRuns].sort(
        (a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt),
      );
      const shown = await page
        .locator('[data-run]')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-run')));
      assert.deepEqual(
        shown,
        expected.map((run) => run.id),
      );
    });
  });

  it('provisions: plan shown, confirmed, applied, results per integration', { timeout: 60_000 }, async () => {
    await withSession({}, async ({ page }) => {
      const plan = fixture<Plan>('planProvisioning');
      const result = fixture<ApplyResult>('applyProvisioning');
      await planAll(page);
      const planTable = page.locator('[data-id="plan-actions"]');
      for (const action of plan.actions.filter((item) => item.target !== 'SalesforceAPIIntegrationPsl'))
        await planTable.getByText(action.target, { exact: true }).waitFor();
      for (const blocker of plan.blockers)
        await page.locator('[data-id="blockers"]').getByText(blocker.message).waitFor();
      assert.equal(await dialog(page).count(), 0, 'nothing is applied before the admin confirms');

      await page.getByRole('button', { name: 'Apply plan' }).click();
      const confirm = dialog(page);
      await confirm.getByRole('heading', { name: 'Apply the provisioning plan?' }).waitFor();
      const changes = plan.actions.filter((action) => !action.reportOnly);
      assert.equal(await confirm.locator('[data-id="modal-changes"] li').count(), changes.length);
      const integrations = new Set(changes.map((action) => action.integration)).size;
      assert.match(
        await confirm.locator('[data-id="modal-intro"]').innerText(),
        new RegExp(
          `${changes.length} changes to ${integrations} integrations in ${model.orgName} \\(Production\\)`,
        ),
      );
      const skipped = await confirm.locator('[data-id="modal-skipped"]').innerText();
      for (const blocker of plan.blockers) assert.match(skipped, new RegExp(labelOf(blocker.integration)));
      assert.match(skipped, /skipped/);
      assert.equal(
        (await apexCalls(page)).some((call) => call.method === 'applyProvisioning'),
        false,
      );

      await confirm.getByRole('button', { name: `Apply ${changes.length} changes` }).click();
      await page.locator('[data-id="apply-result"]').waitFor();
      await settled(page);
      assert.equal(await dialog(page).count(), 0, 'the dialog closes after applying');
      for (const item of result.results) {
        const row = page
          .locator('[data-result]')
          .filter({ hasText: `${labelOf(item.integration)}: succeeded` });
        for (const line of item.applied) await row.getByText(line).waitFor();
      }
      await toast(page, 'Provisioning applied').waitFor();
      const calls = await apexCalls(page);
      assert.equal(calls.find((call) => call.method === 'applyProvisioning')?.params.planHash, plan.planHash);
      assert.equal(calls.at(-1)?.method, 'getPageModel', 'the page model is refreshed after applying');
    });
  });

  it(
    'shows progress while applying: spinner, what is happening, navigation disabled',
    { timeout: 60_000 },
    async () => {
      await withSession({}, async ({ page }) => {
        await openApplyDialog(page);
        const release = await holdApex(page, 'applyProvisioning');
        await dialog(page)
          .getByRole('button', { name: /^Apply \d+ changes/ })
          .click();
        const progress = page.locator('[data-id="progress"]');
        await progress.waitFor();
        assert.match(await progress.innerText(), /Applying 4 changes to 2 integrations…/);
        assert.equal(await progress.locator('lightning-spinner').count(), 1);
        for (const step of ['Licences', 'Checklist'])
          assert.equal(await stepNav(page, step).isDisabled(), true, `${step} can't be opened meanwhile`);
        assert.equal(await page.locator('[data-id="next"]').getByRole('button').isDisabled(), true);
        assert.equal(await page.getByRole('button', { name: /^Plan provisioning for/ }).isDisabled(), true);
        await release();
        await page.locator('[data-id="apply-result"]').waitFor();
        await settled(page);
        assert.equal(await progress.count(), 0);
        assert.equal(await stepNav(page, 'Licences').isDisabled(), false);
      });
    },
  );

  it('shows progress while planning', { timeout: 60_000 }, async () => {
    await withSession({}, async ({ page }) => {
      await openStep(page, 'users');
      const release = await holdApex(page, 'planProvisioning');
      await page.getByRole('button', { name: /^Plan provisioning for/ }).click();
      await page
        .locator('[data-id="progress"]')
        .getByText('Planning provisioning for all 5 integrations…')
        .waitFor();
      await release();
      await page.locator('[data-id="plan"]').waitFor();
    });
  });

  it('shows a partial failure per integration', { timeout: 60_000 }, async () => {
    await withSession({ scenario: 'partialFailure' }, async ({ page }) => {
      const result = fixture<ApplyResult>('applyProvisioning', 'partialFailure');
      await confirmApply(page);
      await page.locator('[data-id="apply-result"]').waitFor();
      for (const failed of result.results.filter((item) => !item.success)) {
        const row = page
          .locator('[data-result]')
          .filter({ hasText: `${labelOf(failed.integration)}: failed` });
        for (const error of failed.errors) await row.getByText(error).waitFor();
      }
      await toast(page, 'Provisioning finished with failures').waitFor();
    });
  });

  it(
    'after "the org changed since the plan" the plan is withdrawn and Plan again offered',
    { timeout: 60_000 },
    async () => {
      await withSession(
        { responses: { applyProvisioning: apexError(PLAN_CHANGED_MESSAGE) } },
        async ({ page }) => {
          await confirmApply(page);
          const alert = page.locator('[data-id="action-error"]');
          await alert.waitFor();
          await settled(page);
          assert.equal(await alert.getAttribute('role'), 'alert');
          assert.match(await alert.innerText(), /Nothing was applied/);
          assert.match(await alert.innerText(), /The org changed since the plan was made/);
          assert.match(await alert.innerText(), /Plan again, review the new plan/);
          assert.equal(await page.locator('[data-id="plan"]').count(), 0, 'the stale plan is gone');
          assert.equal(await page.getByRole('button', { name: 'Apply plan' }).count(), 0);
          assert.equal(await page.locator('[data-id="apply-result"]').count(), 0, 'no results are claimed');
          await page.evaluate(() =>
            (window as unknown as { __iukPreview: { clearResponses(): void } }).__iukPreview.clearResponses(),
          );
          await alert.getByRole('button', { name: 'Plan again' }).click();
          await page.locator('[data-id="plan"]').waitFor();
          assert.equal(await alert.count(), 0, 'the error goes once a new plan is made');
        },
      );
    },
  );

  it('a generic Apex failure says so and gives a next step', { timeout: 60_000 }, async () => {
    await withSession(
      { responses: { planProvisioning: apexError('Script-thrown exception') } },
      async ({ page }) => {
        await openStep(page, 'users');
        await page.getByRole('button', { name: /^Plan provisioning for/ }).click();
        const alert = page.locator('[data-id="action-error"]');
        await alert.waitFor();
        const text = await alert.innerText();
        assert.match(text, /Planning failed/);
        assert.match(text, /Salesforce reported an error but gave no reason \("Script-thrown exception"\)/);
        assert.match(text, /Debug Logs/);
        await alert.getByRole('button', { name: 'Plan again' }).waitFor();
      },
    );
  });

  it(
    'freezes a user only with a reason; the dialog names the user and the org type',
    { timeout: 60_000 },
    async () => {
      await withSession({}, async ({ page }) => {
        const target = model.integrations.find((item) => item.status === 'READY' && !item.frozen)!;
        const stateResult = fixture<Recorded<UserStateResult>>('setUserState');
        await openStep(page, 'users');
        await page.getByRole('button', { name: `Freeze ${target.label}` }).click();
        const confirm = dialog(page);
        await confirm.getByRole('heading', { name: `Freeze ${target.label}?` }).waitFor();
        assert.match(
          await confirm.locator('[data-id="modal-user"]').innerText(),
          new RegExp(target.username),
        );
        assert.equal(
          await confirm.locator('[data-id="modal-org"]').innerText(),
          `${model.orgName} (Production)`,
        );
        const freeze = confirm.getByRole('button', { name: 'Freeze user' });
        assert.match(
          (await freeze.getAttribute('class')) ?? '',
          /slds-button_destructive/,
          'destructive styling',
        );
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
      });
    },
  );

  it('deactivate is destructive too; a sandbox is named as such', { timeout: 60_000 }, async () => {
    const sandbox = { ...defaultModel(), isSandbox: true, orgName: 'Acme UAT' };
    await withSession({ responses: { getPageModel: sandbox } }, async ({ page }) => {
      await openStep(page, 'users');
      await page
        .getByRole('button', { name: /^Deactivate / })
        .first()
        .click();
      const confirm = dialog(page);
      assert.equal(await confirm.locator('[data-id="modal-org"]').innerText(), 'Acme UAT (Sandbox)');
      assert.match(
        (await confirm.getByRole('button', { name: 'Deactivate user' }).getAttribute('class')) ?? '',
        /slds-button_destructive/,
      );
      await confirm.getByRole('button', { name: 'Close and cancel' }).click();
      await confirm.waitFor({ state: 'detached' });
    });
  });

  it('reactivates a deactivated user with a reason; says who stopped it', { timeout: 60_000 }, async () => {
    const state = STATES.find((item) => item.name === 'deactivated user: reactivate dialog')!;
    await withSession({ ...state.open }, async ({ page }) => {
      await openStep(page, 'users');
      const card = page.locator('article[data-integration="ERP_Order_Sync"]');
      await card.getByText('Stopped outside the kit (in Setup or by another tool).').waitFor();
      assert.equal(
        await card.getByRole('button', { name: /^Freeze / }).count(),
        0,
        'a deactivated user is not frozen',
      );
      await card.getByRole('button', { name: 'Reactivate ERP Order Sync' }).click();
      const confirm = dialog(page);
      await confirm.getByRole('heading', { name: 'Reactivate ERP Order Sync?' }).waitFor();
      await confirm.getByLabel(/Reason/).fill('Vendor back on contract');
      await confirm.getByRole('button', { name: 'Reactivate user' }).click();
      await toast(page, 'ERP Order Sync reactivated').waitFor();
      await settled(page);
      const call = (await apexCalls(page)).find((item) => item.method === 'setUserState');
      assert.deepEqual(call?.params, {
        integration: 'ERP_Order_Sync',
        state: 'REACTIVATE',
        reason: 'Vendor back on contract',
      });
    });
  });

  it('explains retired integrations and when they are ready for removal', { timeout: 60_000 }, async () => {
    const state = STATES.find((item) => item.name === 'retired integrations: users')!;
    await withSession({ ...state.open }, async ({ page }) => {
      await openStep(page, 'users');
      await page
        .locator('[data-integration="Marketing_Automation"] [data-id="retirement"]')
        .getByText(/^Retired:/)
        .waitFor();
      await page
        .locator('[data-integration="Support_Chatbot"] [data-id="retirement"]')
        .getByText(/^Ready for removal/)
        .waitFor();
    });
  });

  it(
    'says how each integration logs in and whether its app can issue tokens',
    { timeout: 60_000 },
    async () => {
      await withSession({}, async ({ page }) => {
        await openStep(page, 'users');
        await page
          .locator('[data-integration="Marketing_Automation"] [data-id="authentication"]')
          .getByText('Client credentials flow of app IUK_Marketing_Automation')
          .waitFor();
        await page
          .locator('[data-integration="ERP_Order_Sync"] [data-id="authentication"]')
          .getByText('JWT bearer flow of app IUK_ERP_Order_Sync')
          .waitFor();
        await page
          .locator('[data-integration="Data_Warehouse_Export"] [data-id="login-readiness"]')
          .getByText(/the user is frozen/)
          .waitFor();
        await page
          .locator('[data-integration="Support_Chatbot"] [data-id="login-readiness"]')
          .getByText(/^Waiting for the user/)
          .waitFor();
        assert.equal(
          await page.locator('[data-integration="Partner_Portal_Sync"] [data-id="login-readiness"]').count(),
          0,
          'no readiness line for an integration whose login the kit does not manage',
        );
      });
    },
  );

  it('gives repeated actions names of their own', { timeout: 60_000 }, async () => {
    await withSession({}, async ({ page }) => {
      await openStep(page, 'users');
      for (const integration of model.integrations.filter(
        (item) => item.userId && item.userActive && !item.frozen,
      )) {
        await page.getByRole('button', { name: `Freeze ${integration.label}`, exact: true }).waitFor();
        await page.getByRole('button', { name: `Deactivate ${integration.label}`, exact: true }).waitFor();
      }
      assert.equal(await page.getByRole('button', { name: 'Freeze', exact: true }).count(), 0);
      await openStep(page, 'licenses');
      const bars = await page
        .getByRole('progressbar')
        .evaluateAll((items) => items.map((item) => item.getAttribute('aria-label')));
      assert.deepEqual(bars, [
        'Seats used: Salesforce Integration',
        'Seats used: Salesforce API Integration',
      ]);
    });
  });

  it(
    'badges Licences at 0 free seats and Monitoring for logins outside the IP ranges',
    { timeout: 60_000 },
    async () => {
      const noSeats = defaultModel();
      noSeats.userLicense.available = 0;
      await withSession({ responses: { getPageModel: noSeats } }, async ({ page }) => {
        assert.match(await stepNav(page, 'Licences').innerText(), /1 item to review/);
        assert.match(await stepNav(page, 'Monitoring').innerText(), /items? to review/);
        await openStep(page, 'monitoring');
        await page.locator('[data-id="outside"]').first().waitFor();
      });
    },
  );

  it('links each open checklist item to the step that fixes it', { timeout: 60_000 }, async () => {
    await withSession({}, async ({ page }) => {
      await openStep(page, 'checklist');
      await page.getByRole('button', { name: /^Go to Access to fix: Least privilege/ }).click();
      await page.getByRole('heading', { name: 'Object and field access' }).waitFor();
      await openStep(page, 'checklist');
      await page
        .locator('[data-id="what-next"]')
        .getByText(/checks still need attention/)
        .waitFor();
    });
  });

  it('without definitions explains how to add them and offers no plan', { timeout: 60_000 }, async () => {
    await withSession({ scenario: 'empty' }, async ({ page }) => {
      const empty = page.locator('[data-id="empty"]');
      await empty.getByText('No integration user definitions in this org yet').waitFor();
      assert.match(await empty.innerText(), /npm run iuk -- deploy --target-org/);
      assert.match(await empty.innerText(), /No repository needed: create the definitions here/);
      await empty.getByRole('button', { name: 'New definition' }).waitFor();
      await openStep(page, 'users');
      assert.equal(await page.getByRole('button', { name: /^Plan provisioning/ }).count(), 0);
    });
  });

  it('shows a load error with a next step and a way to retry', { timeout: 60_000 }, async () => {
    await withSession(
      { responses: { getPageModel: apexError('Apex CPU time limit exceeded') } },
      async ({ page }) => {
        const box = page.locator('[data-id="load-error"]');
        await box.getByText('Apex CPU time limit exceeded').waitFor();
        await box.getByText(/Try again. If it keeps failing/).waitFor();
        await page.evaluate(() =>
          (window as unknown as { __iukPreview: { clearResponses(): void } }).__iukPreview.clearResponses(),
        );
        await box.getByRole('button', { name: 'Try again' }).click();
        await page.getByRole('heading', { name: 'Licences and seats' }).waitFor();
        assert.equal(await box.count(), 0);
      },
    );
  });

  it('hides every action without permission', { timeout: 60_000 }, async () => {
    await withSession({ scenario: 'noPermission' }, async ({ page }) => {
      await page.locator('[data-id="no-permission"]').getByText("You don't have access").waitFor();
      for (const name of [/^Plan provisioning/, /^Apply/, /^Freeze/, /^Unfreeze/, /^Deactivate/, /^Next/])
        assert.equal(await page.getByRole('button', { name }).count(), 0, `no "${name}" button`);
      assert.deepEqual(
        (await apexCalls(page)).map((call) => call.method),
        ['getPageModel'],
      );
    });
  });

  it('is read-only for a viewer who cannot manage users', { timeout: 60_000 }, async () => {
    await withSession(
      { responses: { getPageModel: { ...defaultModel(), canManage: false } } },
      async ({ page }) => {
        await openStep(page, 'users');
        await page.locator('[data-id="read-only"]').waitFor();
        await page.getByText(labelOf(model.integrations[0]!.name)).first().waitFor();
        for (const name of [/^Plan /, /^Freeze/, /^Unfreeze/, /^Deactivate/])
          assert.equal(await page.getByRole('button', { name }).count(), 0, `no "${name}" button`);
      },
    );
  });
});

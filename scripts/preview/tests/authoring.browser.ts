/**
 * Definitions authored in the org, in real Chromium against the fixtures: create, the org's
 * validation errors at their fields, a deployment in progress then done, a failed deployment, edit,
 * retire, and the read-only definitions that came from a repository. What the page looks like in
 * each of these states, at every width and with axe, is checked by page-checks (tests/states.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  apexCalls,
  dialog,
  fixture,
  setApexResponse,
  settled,
  type AssistantPage,
  useSharedBrowser,
} from './harness.js';
import { deployWith, fillNewDefinition, openEditDefinition, openNewDefinition, openStep } from './states.js';

const { withSession } = useSharedBrowser();

type Call = Awaited<ReturnType<typeof apexCalls>>[number];
const callsOf = async (session: AssistantPage, method: string): Promise<Call[]> =>
  (await apexCalls(session.page)).filter((call) => call.method === method);

describe('authoring definitions in the org', () => {
  it(
    'creates a definition from the empty org: the form, the draft sent, the deployment in progress, then done',
    { timeout: 90_000 },
    async () => {
      await withSession({ scenario: 'empty' }, async (session) => {
        const { page } = session;
        await page.locator('[data-id="empty"]').getByRole('button', { name: 'New definition' }).click();
        await page.getByRole('heading', { name: 'New integration definition' }).waitFor();
        await settled(page);
        await fillNewDefinition(page);
        await deployWith(page, 'inProgress');

        const [save] = await callsOf(session, 'saveDefinition');
        assert.equal(save?.params.editing, false);
        const draft = JSON.parse(String(save?.params.draftJson)) as {
          integration: Record<string, unknown> & { user: Record<string, unknown> };
        };
        assert.equal(draft.integration.name, 'Billing_Sync');
        assert.equal(draft.integration.user.alias, 'billint');
        assert.equal(
          draft.integration.profile,
          fixture<{ defaultProfile: string }>('getAuthoringContext').defaultProfile,
        );

        const progress = page.locator('[data-id="deploy-progress"]');
        await progress.waitFor();
        assert.match(await progress.innerText(), /checks every few seconds/);
        // The next poll finds the deployment done: the result, and the page model read again.
        await setApexResponse(page, 'getDeploymentStatus', fixture('getDeploymentStatus'));
        await page.locator('[data-id="deploy-succeeded"]').waitFor({ timeout: 15_000 });
        assert.match(
          await page.locator('[data-id="deploy-heading"]').innerText(),
          /Billing_Sync is deployed/,
        );
        await settled(page);
        assert.ok((await callsOf(session, 'getPageModel')).length >= 2, 'the page model is read again');
        await page.locator('[data-id="go-to-users"]').getByRole('button').click();
        await page.getByRole('heading', { name: 'Integration users' }).waitFor();
      });
    },
  );

  it(
    "lists the org's validation errors, each leading to its field, and deploys nothing",
    { timeout: 60_000 },
    async () => {
      await withSession(
        {
          responses: {
            checkDefinition: fixture('checkDefinition', 'withProblems'),
            saveDefinition: fixture('saveDefinition', 'withProblems'),
          },
        },
        async (session) => {
          const { page } = session;
          await openNewDefinition(page);
          await fillNewDefinition(page);
          // Check: the org's rules (duplicates across the org's definitions, dependencies), not only the form's.
          await page.locator('[data-id="check-definition"]').getByRole('button').click();
          const problems = page.locator('[data-id="problems"]');
          await problems.waitFor();
          const text = await problems.innerText();
          assert.match(text, /^3 problems to fix/, 'errors are counted; the warning is listed with them');
          assert.match(text, /is also used by ERP_Order_Sync/);
          assert.match(text, /needs read access to Account/);
          assert.match(text, /The integration is outbound/);
          // Deploy: the org refuses, and says which field.
          await page.locator('[data-id="save-definition"]').getByRole('button').click();
          await problems.getByText('Too long: 10 characters, at most 8 allowed.').waitFor();
          await problems.locator('[data-problem="integration.user.alias"]').getByRole('button').click();
          const focused = await page.evaluate(() => {
            let element = document.activeElement;
            while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
            return element?.closest('[data-path]')?.getAttribute('data-path') ?? null;
          });
          assert.equal(focused, 'integration.user.alias', 'the link puts focus in the field');
          assert.equal((await callsOf(session, 'getDeploymentStatus')).length, 0, 'nothing was deployed');
          await page.locator('[data-id="definition-form"]').waitFor();
        },
      );
    },
  );

  it(
    'says plainly when the deployment failed, with every error Salesforce gave',
    { timeout: 60_000 },
    async () => {
      await withSession({}, async ({ page }) => {
        await openNewDefinition(page);
        await fillNewDefinition(page);
        await deployWith(page, 'deployFailed');
        const failed = page.locator('[data-id="deploy-failed"]');
        await failed.waitFor({ timeout: 15_000 });
        assert.match(
          await page.locator('[data-id="deploy-heading"]').innerText(),
          /Billing_Sync was not deployed/,
        );
        assert.match(await failed.innerText(), /Value too long for field: Alias__c/);
      });
    },
  );

  it(
    'edits a definition made in the org: its values, the API name fixed, deployed as a change',
    { timeout: 60_000 },
    async () => {
      await withSession({}, async (session) => {
        const { page } = session;
        await openEditDefinition(page);
        await page.getByRole('heading', { name: /^Edit Support Chatbot/ }).waitFor();
        const name = page.locator('[data-path="integration.name"]').locator('input');
        assert.equal(await name.inputValue(), 'Support_Chatbot');
        assert.equal(await name.isEditable(), false, 'the API name names the record: it cannot change');
        // Each object lists its own fields (the Account answer is getObjectFields.forAccount.json).
        const objectCard = (name: string) =>
          page
            .locator('article[data-object]')
            .filter({ has: page.getByRole('heading', { name, exact: true }) });
        const accountFields = await objectCard('Account').innerText();
        const caseFields = await objectCard('Case').innerText();
        assert.match(accountFields, /Industry/);
        assert.doesNotMatch(accountFields, /Case Origin/);
        assert.match(caseFields, /Case Origin/);
        assert.doesNotMatch(caseFields, /Industry/);
        await page.locator('[data-path="integration.label"]').locator('input').fill('Support Chatbot (EU)');
        await deployWith(page, undefined);
        const [save] = await callsOf(session, 'saveDefinition');
        assert.equal(save?.params.editing, true);
        assert.match(String(save?.params.draftJson), /"label":"Support Chatbot \(EU\)"/);
        assert.deepEqual(
          (await callsOf(session, 'getDefinitionDraft')).map((call) => call.params),
          [{ integration: 'Support_Chatbot' }],
        );
      });
    },
  );

  it(
    'retires a definition only with a reason, in a destructive dialog that names it',
    { timeout: 60_000 },
    async () => {
      await withSession({}, async (session) => {
        const { page } = session;
        await openStep(page, 'definitions');
        await page.getByRole('button', { name: 'Retire Support Chatbot' }).click();
        const box = dialog(page);
        await box.waitFor();
        assert.match(await box.innerText(), /Retire Support Chatbot\?/);
        const confirm = box.getByRole('button', { name: 'Retire definition' });
        assert.equal(await confirm.isDisabled(), true, 'no retirement without a reason');
        await box.locator('textarea').fill('Chatbot vendor replaced by the new service desk.');
        await confirm.click();
        await box.waitFor({ state: 'detached' });
        await page.locator('[data-id="deploy-heading"]').waitFor();
        assert.deepEqual(
          (await callsOf(session, 'retireDefinition')).map((call) => call.params),
          [{ integration: 'Support_Chatbot', reason: 'Chatbot vendor replaced by the new service desk.' }],
        );
      });
    },
  );

  it(
    'keeps definitions from a repository read-only and says where to change them',
    { timeout: 60_000 },
    async () => {
      await withSession({}, async ({ page }) => {
        await openStep(page, 'definitions');
        const repository = page.locator('article[data-definition="ERP_Order_Sync"]');
        await repository.waitFor();
        assert.match(
          await repository.innerText(),
          /Deployed from a repository: change it in the definitions file\./,
        );
        assert.equal(await repository.getByRole('button', { name: /^(Edit|Retire) / }).count(), 0);
        const made = page.locator('article[data-definition="Support_Chatbot"]');
        assert.equal(await made.getByRole('button', { name: /^(Edit|Retire) Support Chatbot$/ }).count(), 2);
      });
    },
  );

  it(
    'offers no authoring to a user without the permissions, and names what is missing',
    { timeout: 60_000 },
    async () => {
      const model = fixture<Record<string, unknown>>('getPageModel');
      model.canAuthor = false;
      await withSession({ responses: { getPageModel: model } }, async ({ page }) => {
        await openStep(page, 'definitions');
        await page.locator('[data-id="authoring-read-only"]').waitFor();
        assert.equal(await page.getByRole('button', { name: /^(New definition|Edit |Retire )/ }).count(), 0);
      });
    },
  );
});

import { createElement } from 'lwc';
import IntegrationUserAssistant from 'c/integrationUserAssistant';
import getPageModel from '@salesforce/apex/IntegrationUserAssistantController.getPageModel';
import planProvisioning from '@salesforce/apex/IntegrationUserAssistantController.planProvisioning';
import applyProvisioning from '@salesforce/apex/IntegrationUserAssistantController.applyProvisioning';
import setUserState from '@salesforce/apex/IntegrationUserAssistantController.setUserState';
import { refreshApex } from '@salesforce/apex';
import { ShowToastEventName } from 'lightning/platformShowToastEvent';
import { LABELS } from 'c/iukLabels';

// Fixtures named after the Apex methods, shared with the browser preview and checked against
// IntegrationUserModels.cls by scripts/contracts/page-model-contract.test.ts.
const { fixture, flushPromises, resetDom, $, $$, textOf } = require('iuk-test/jest/testing');

const PAGE_MODEL = fixture('getPageModel');
const PLAN = fixture('planProvisioning');

jest.mock(
  '@salesforce/apex/IntegrationUserAssistantController.getPageModel',
  () => {
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true },
);
jest.mock(
  '@salesforce/apex/IntegrationUserAssistantController.planProvisioning',
  () => ({ default: jest.fn() }),
  {
    virtual: true,
  },
);
jest.mock(
  '@salesforce/apex/IntegrationUserAssistantController.applyProvisioning',
  () => ({ default: jest.fn() }),
  {
    virtual: true,
  },
);
jest.mock(
  '@salesforce/apex/IntegrationUserAssistantController.setUserState',
  () => ({ default: jest.fn() }),
  {
    virtual: true,
  },
);
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });

// As IntegrationUserAuraErrors sends it: the code in front of the engine's message.
const PLAN_CHANGED = {
  body: {
    message:
      'PLAN_CHANGED: The org changed since the plan was made (or the definitions did). Review the new plan and apply again.',
  },
};

function render() {
  const element = createElement('c-integration-user-assistant', { is: IntegrationUserAssistant });
  const toasts = [];
  element.addEventListener(ShowToastEventName || 'lightning__showtoast', (event) =>
    toasts.push(event.detail),
  );
  document.body.appendChild(element);
  return { element, toasts };
}

async function renderWith(model = PAGE_MODEL) {
  const rendered = render();
  getPageModel.emit(JSON.parse(JSON.stringify(model)));
  await flushPromises();
  return rendered;
}

const child = (element, tag) => $(element, tag);
const nav = (element) => child(element, 'c-iuk-step-nav');
const liveText = (element) => $(element, '[data-id="live"]').textContent;
const focusedIn = (root) => root.shadowRoot.activeElement;

async function goToStep(element, name) {
  nav(element).dispatchEvent(new CustomEvent('select', { detail: { name } }));
  await flushPromises();
}

async function openUsers(element) {
  await goToStep(element, 'users');
  return child(element, 'c-iuk-users');
}

function buttonIn(root, label) {
  const button = $$(root, 'lightning-button').find((item) => item.label === label);
  if (!button) {
    throw new Error(
      `No button labelled "${label}" (found: ${$$(root, 'lightning-button').map((b) => b.label)})`,
    );
  }
  return button;
}

async function planAll(element) {
  const users = await openUsers(element);
  buttonIn(users, 'Plan provisioning for all 5 integrations').click();
  await flushPromises();
  return child(element, 'c-iuk-users');
}

function planOf(element) {
  return $(child(element, 'c-iuk-users'), 'c-iuk-plan');
}

const modalOf = (element) => child(element, 'c-iuk-confirm-modal');

async function confirmModal(element, reason) {
  const modal = modalOf(element);
  if (reason !== undefined) {
    const textarea = $(modal, '[data-id="reason"]');
    textarea.value = reason;
    textarea.dispatchEvent(new CustomEvent('change'));
    await flushPromises();
  }
  $(modal, '[data-id="confirm"]').click();
  await flushPromises();
  await flushPromises();
}

async function requestState(element, integration, state) {
  const users = await openUsers(element);
  users.dispatchEvent(new CustomEvent('requeststate', { detail: { integration, state } }));
  await flushPromises();
}

describe('c-integration-user-assistant', () => {
  afterEach(() => {
    resetDom();
    jest.clearAllMocks();
  });

  describe('page states', () => {
    it('shows a spinner until the page model arrives', async () => {
      const { element } = render();
      await flushPromises();
      expect($(element, 'lightning-spinner')).not.toBeNull();
      expect($(element, 'c-iuk-step-nav')).toBeNull();
      await expect(element).toBeAccessible();
    });

    it('shows a load error with a next step and retries with refreshApex', async () => {
      const { element } = render();
      getPageModel.error({ message: 'Apex CPU time limit exceeded' });
      await flushPromises();
      const box = $(element, '[data-id="load-error"]');
      expect(box.getAttribute('role')).toBe('alert');
      expect(box.textContent).toContain('Apex CPU time limit exceeded');
      expect(box.textContent).toContain(LABELS.loadErrorNextStep);
      $(element, '[data-id="retry"]').click();
      await flushPromises();
      expect(refreshApex).toHaveBeenCalledTimes(1);
      await expect(element).toBeAccessible();
    });

    it('explains missing access instead of rendering the steps', async () => {
      const { element } = await renderWith(fixture('getPageModel', 'noPermission'));
      expect($(element, '[data-id="no-permission"]').textContent).toContain(LABELS.noAccessTitle);
      expect(nav(element)).toBeNull();
      await expect(element).toBeAccessible();
    });

    it('names the org, its type and the time of the data in one date format', async () => {
      const { element } = await renderWith();
      expect($(element, '[data-id="org-line"]').textContent).toBe(
        'Acme Corporation (Production) · definitions for "production" · data as of Nov 30, 2026, 1:15 AM',
      );
      const { element: sandbox } = await renderWith({ ...PAGE_MODEL, isSandbox: true, orgName: 'Acme UAT' });
      expect($(sandbox, '[data-id="org-line"]').textContent).toContain('Acme UAT (Sandbox)');
    });

    it('explains how to add definitions when there are none, and offers no plan', async () => {
      const { element } = await renderWith(fixture('getPageModel', 'empty'));
      const empty = child(element, 'c-iuk-empty-state');
      expect(textOf(empty)).toContain(LABELS.emptyRepoCommand);
      expect(textOf(empty)).toContain(LABELS.emptyInOrg);
      const users = await openUsers(element);
      expect($$(users, 'lightning-button').map((button) => button.label)).toEqual([]);
      expect($(users, '[data-empty="users"]')).not.toBeNull();
      await expect(element).toBeAccessible();
    });
  });

  describe('steps', () => {
    it('counts what to review per step, from the page model', async () => {
      const { element } = await renderWith();
      expect(nav(element).steps.map((step) => [step.name, step.count])).toEqual([
        ['licenses', 0],
        ['definitions', 0],
        ['profiles', 2],
        ['access', 2],
        ['users', 3],
        ['monitoring', 3],
        ['checklist', 5],
      ]);
      const noSeats = JSON.parse(JSON.stringify(PAGE_MODEL));
      noSeats.userLicense.available = 0;
      const { element: empty } = await renderWith(noSeats);
      expect(nav(empty).steps[0].count).toBe(1);
      await expect(element).toBeAccessible();
    });

    it('moves with Next and Previous, names the neighbour step and focuses the new heading', async () => {
      const { element } = await renderWith();
      const next = $(element, '[data-id="next"]');
      expect(next.label).toBe('Next: Definitions');
      expect($(element, '[data-id="previous"]').disabled).toBe(true);
      next.click();
      await flushPromises();
      expect($(element, '[data-id="step-heading"]').textContent.trim()).toBe(LABELS.stepDefinitionsTitle);
      expect(focusedIn(element)).toBe($(element, '[data-id="step-heading"]'));
      expect($(element, '[data-id="step-position"]').textContent).toBe('Step 2 of 7');
      expect($(element, '[data-id="previous"]').label).toBe('Previous: Licences');
      $(element, '[data-id="previous"]').click();
      await flushPromises();
      expect(child(element, 'c-iuk-licenses')).not.toBeNull();
    });

    it('leads back to the first step from the last one', async () => {
      const { element } = await renderWith();
      await goToStep(element, 'checklist');
      const next = $(element, '[data-id="next"]');
      expect(next.label).toBe(LABELS.navBackToStart);
      expect(next.disabled).toBe(false);
      next.click();
      await flushPromises();
      expect(child(element, 'c-iuk-licenses')).not.toBeNull();
    });

    it('follows a checklist link to the step that fixes the item', async () => {
      const { element } = await renderWith();
      await goToStep(element, 'checklist');
      child(element, 'c-iuk-checklist').dispatchEvent(
        new CustomEvent('gotostep', { detail: { name: 'access' } }),
      );
      await flushPromises();
      expect(child(element, 'c-iuk-access')).not.toBeNull();
      expect(focusedIn(element)).toBe($(element, '[data-id="step-heading"]'));
    });

    it.each(['licenses', 'profiles', 'access', 'users', 'monitoring', 'checklist'])(
      'renders the %s step accessibly',
      async (step) => {
        const { element } = await renderWith();
        await goToStep(element, step);
        await expect(element).toBeAccessible();
      },
    );
  });

  describe('provisioning', () => {
    it('plans, confirms with the counts, the org and the skipped integrations, then applies the hash', async () => {
      planProvisioning.mockResolvedValue(PLAN);
      applyProvisioning.mockResolvedValue(fixture('applyProvisioning'));
      const { element, toasts } = await renderWith();
      await planAll(element);
      expect(planProvisioning).toHaveBeenCalledWith({ integrations: null });
      expect(liveText(element)).toBe('Plan ready: 4 changes, 1 integration blocked. Review it, then apply.');
      expect(planOf(element).shadowRoot.activeElement).toBe($(planOf(element), '[data-id="plan-heading"]'));

      planOf(element).dispatchEvent(new CustomEvent('requestapply'));
      await flushPromises();
      const modal = modalOf(element);
      expect(modal.heading).toBe(LABELS.applyHeading);
      expect(modal.confirmLabel).toBe('Apply 4 changes');
      expect(modal.confirmVariant).toBe('brand');
      expect($(element, '[data-id="modal-intro"]').textContent).toBe(
        'This makes 4 changes to 2 integrations in Acme Corporation (Production):',
      );
      const changes = $$(element, '[data-id="modal-changes"] li').map((item) => item.textContent);
      expect(changes).toContain('Support Chatbot: Assign permission set licence Salesforce API Integration');
      expect(changes.join(' ')).not.toContain('SalesforceAPIIntegrationPsl');
      expect($(element, '[data-id="modal-skipped"]').textContent).toContain(
        'Blocked and skipped: Partner Portal Sync.',
      );
      expect(applyProvisioning).not.toHaveBeenCalled();

      await confirmModal(element);
      expect(applyProvisioning).toHaveBeenCalledWith({ integrations: null, planHash: PLAN.planHash });
      expect(modalOf(element)).toBeNull();
      expect(toasts.map((toast) => [toast.title, toast.variant])).toEqual([
        ['Provisioning applied', 'success'],
      ]);
      expect(refreshApex).toHaveBeenCalled();
      const users = child(element, 'c-iuk-users');
      expect(users.plan).toBeUndefined();
      expect(users.applyResult.succeeded).toBe(2);
      const result = $(users, 'c-iuk-apply-result');
      expect(result.shadowRoot.activeElement).toBe($(result, '[data-id="result-heading"]'));
      await expect(element).toBeAccessible();
    });

    it('plans one integration and applies exactly that selection', async () => {
      planProvisioning.mockResolvedValue(PLAN);
      applyProvisioning.mockResolvedValue(fixture('applyProvisioning'));
      const { element } = await renderWith();
      const users = await openUsers(element);
      users.dispatchEvent(new CustomEvent('plan', { detail: { integrations: ['ERP_Order_Sync'] } }));
      await flushPromises();
      expect(planProvisioning).toHaveBeenCalledWith({ integrations: ['ERP_Order_Sync'] });
      planOf(element).dispatchEvent(new CustomEvent('requestapply'));
      await flushPromises();
      await confirmModal(element);
      expect(applyProvisioning).toHaveBeenCalledWith({
        integrations: ['ERP_Order_Sync'],
        planHash: PLAN.planHash,
      });
    });

    it('shows what is happening while planning and applying, with navigation disabled', async () => {
      let finishPlan;
      planProvisioning.mockReturnValue(new Promise((resolve) => (finishPlan = resolve)));
      const { element } = await renderWith();
      const users = await openUsers(element);
      buttonIn(users, 'Plan provisioning for all 5 integrations').click();
      await flushPromises();
      expect($(element, '[data-id="progress-text"]').textContent).toBe(
        'Planning provisioning for all 5 integrations…',
      );
      expect(liveText(element)).toBe('Planning provisioning for all 5 integrations…');
      expect(nav(element).disabled).toBe(true);
      expect($(element, '[data-id="next"]').disabled).toBe(true);
      expect($(element, '[data-id="refresh"]').disabled).toBe(true);
      expect(child(element, 'c-iuk-users').busy).toBe(true);
      expect(focusedIn(element)).toBe($(element, '[data-id="progress"]'));
      await expect(element).toBeAccessible();

      finishPlan(PLAN);
      await flushPromises();
      expect($(element, '[data-id="progress"]')).toBeNull();
      expect(nav(element).disabled).toBe(false);

      let finishApply;
      applyProvisioning.mockReturnValue(new Promise((resolve) => (finishApply = resolve)));
      planOf(element).dispatchEvent(new CustomEvent('requestapply'));
      await flushPromises();
      $(modalOf(element), '[data-id="confirm"]').click();
      await flushPromises();
      expect($(element, '[data-id="progress-text"]').textContent).toBe(
        'Applying 4 changes to 2 integrations…',
      );
      expect(nav(element).disabled).toBe(true);
      finishApply(fixture('applyProvisioning'));
      await flushPromises();
      await flushPromises();
      expect($(element, '[data-id="progress"]')).toBeNull();
    });

    it('does not apply when the admin cancels, and returns focus to Apply', async () => {
      planProvisioning.mockResolvedValue(PLAN);
      const { element } = await renderWith();
      await planAll(element);
      planOf(element).dispatchEvent(new CustomEvent('requestapply'));
      await flushPromises();
      modalOf(element).dispatchEvent(new CustomEvent('cancel'));
      await flushPromises();
      expect(modalOf(element)).toBeNull();
      expect(applyProvisioning).not.toHaveBeenCalled();
      expect(planOf(element).shadowRoot.activeElement).toBe($(planOf(element), '[data-focus-key="apply"]'));
    });

    it('withdraws the stale plan when the org changed, and offers Plan again with focus on it', async () => {
      planProvisioning.mockResolvedValue(PLAN);
      applyProvisioning.mockRejectedValue(PLAN_CHANGED);
      const { element, toasts } = await renderWith();
      await planAll(element);
      planOf(element).dispatchEvent(new CustomEvent('requestapply'));
      await flushPromises();
      await confirmModal(element);

      const alert = $(element, '[data-id="action-error"]');
      expect(alert.getAttribute('role')).toBe('alert');
      expect(alert.textContent).toContain(LABELS.errorApplyTitle);
      expect($(element, '[data-id="action-error-message"]').textContent).toBe(LABELS.errorPlanChanged);
      expect($(element, '[data-id="action-error-next"]').textContent).toBe(LABELS.errorNextPlanChanged);
      expect(planOf(element)).toBeNull();
      expect(child(element, 'c-iuk-users').plan).toBeUndefined();
      const replan = $(element, '[data-id="replan"]');
      expect(focusedIn(element)).toBe(replan);
      expect(toasts[0].variant).toBe('error');
      await expect(element).toBeAccessible();

      planProvisioning.mockClear();
      replan.click();
      await flushPromises();
      expect(planProvisioning).toHaveBeenCalledWith({ integrations: null });
      expect($(element, '[data-id="action-error"]')).toBeNull();
      expect(planOf(element)).not.toBeNull();
    });

    it('gives a generic Apex failure a message and a next step', async () => {
      planProvisioning.mockRejectedValue({ body: { message: 'Script-thrown exception' } });
      const { element } = await renderWith();
      await planAll(element);
      expect($(element, '[data-id="action-error-message"]').textContent).toBe(
        'Salesforce reported an error but gave no reason ("Script-thrown exception").',
      );
      expect($(element, '[data-id="action-error-next"]').textContent).toBe(LABELS.errorNextPlanAgain);
      expect(focusedIn(element)).toBe($(element, '[data-id="replan"]'));
    });

    it('shows a partial failure per integration with a warning toast', async () => {
      planProvisioning.mockResolvedValue(PLAN);
      applyProvisioning.mockResolvedValue(fixture('applyProvisioning', 'partialFailure'));
      const { element, toasts } = await renderWith();
      await planAll(element);
      planOf(element).dispatchEvent(new CustomEvent('requestapply'));
      await flushPromises();
      await confirmModal(element);
      expect(toasts[0]).toMatchObject({ title: LABELS.applyToastFailures, variant: 'warning' });
      expect(liveText(element)).toBe('Provisioning applied: 1 succeeded, 1 failed.');
    });
  });

  describe('user state', () => {
    it('freezes after a confirmed reason, naming the user and the org, then refreshes and restores focus', async () => {
      setUserState.mockResolvedValue(fixture('setUserState'));
      const { element, toasts } = await renderWith();
      await requestState(element, 'Marketing_Automation', 'FREEZE');
      const modal = modalOf(element);
      expect(modal.heading).toBe('Freeze Marketing Automation?');
      expect(modal.confirmLabel).toBe(LABELS.freezeConfirm);
      expect(modal.confirmVariant).toBe('destructive');
      expect($(element, '[data-id="modal-user"]').textContent).toBe('marketing.integration@acme.example.com');
      expect($(element, '[data-id="modal-org"]').textContent).toBe('Acme Corporation (Production)');
      await expect(element).toBeAccessible();

      await confirmModal(element, '  Vendor contract ended  ');
      expect(setUserState).toHaveBeenCalledWith({
        integration: 'Marketing_Automation',
        state: 'FREEZE',
        reason: 'Vendor contract ended',
      });
      expect(toasts[0]).toMatchObject({ title: 'Marketing Automation frozen', variant: 'success' });
      expect(refreshApex).toHaveBeenCalled();
      const users = child(element, 'c-iuk-users');
      expect(users.shadowRoot.activeElement).toBe($(users, '[data-focus-key="FREEZE-Marketing_Automation"]'));
    });

    it.each([
      ['UNFREEZE', 'Data_Warehouse_Export', 'brand'],
      ['DEACTIVATE', 'ERP_Order_Sync', 'destructive'],
      ['REACTIVATE', 'ERP_Order_Sync', 'brand'],
    ])('%s uses the %s confirmation', async (state, integration, variant) => {
      const { element } = await renderWith();
      await requestState(element, integration, state);
      expect(modalOf(element).confirmVariant).toBe(variant);
      expect(modalOf(element).reasonLabel).toBe(LABELS.reasonLabel);
    });

    it('explains a refused state change returned by Apex', async () => {
      setUserState.mockResolvedValue({
        integration: 'ERP_Order_Sync',
        state: 'FROZEN',
        success: false,
        message: 'Not allowed.',
      });
      const { element } = await renderWith();
      await requestState(element, 'ERP_Order_Sync', 'FREEZE');
      await confirmModal(element, 'Testing');
      const alert = $(element, '[data-id="action-error"]');
      expect(alert.textContent).toContain('Could not freeze ERP Order Sync');
      expect(alert.textContent).toContain('Not allowed.');
      expect($(element, '[data-id="action-error-next"]').textContent).toBe(LABELS.errorNextStateFailed);
    });

    it('shows an Apex exception on a state change', async () => {
      setUserState.mockRejectedValue({ body: { message: 'A reason is required.' } });
      const { element } = await renderWith();
      await requestState(element, 'ERP_Order_Sync', 'DEACTIVATE');
      await confirmModal(element, 'x');
      expect($(element, '[data-id="action-error"]').textContent).toContain('A reason is required.');
    });
  });

  it('refreshes the page model from the header button and says so', async () => {
    const { element } = await renderWith();
    $(element, '[data-id="refresh"]').click();
    await flushPromises();
    expect(refreshApex).toHaveBeenCalledTimes(1);
    expect(liveText(element)).toBe(LABELS.refreshDone);
  });
});

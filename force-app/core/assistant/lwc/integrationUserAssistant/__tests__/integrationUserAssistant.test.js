import { createElement } from 'lwc';
import IntegrationUserAssistant from 'c/integrationUserAssistant';
import getPageModel from '@salesforce/apex/IntegrationUserAssistantController.getPageModel';
import planProvisioning from '@salesforce/apex/IntegrationUserAssistantController.planProvisioning';
import applyProvisioning from '@salesforce/apex/IntegrationUserAssistantController.applyProvisioning';
import setUserState from '@salesforce/apex/IntegrationUserAssistantController.setUserState';
import { refreshApex } from '@salesforce/apex';
import { ShowToastEventName } from 'lightning/platformShowToastEvent';

// Fixtures named after the Apex methods; the browser preview serves the same files and
// scripts/contracts/page-model-contract.test.ts checks them against IntegrationUserModels.cls.
const PAGE_MODEL = require('./data/IntegrationUserAssistantController.getPageModel.json');
const PAGE_MODEL_EMPTY = require('./data/IntegrationUserAssistantController.getPageModel.empty.json');
const PAGE_MODEL_NO_PERMISSION = require('./data/IntegrationUserAssistantController.getPageModel.noPermission.json');
const PLAN = require('./data/IntegrationUserAssistantController.planProvisioning.json');
const PLAN_EMPTY = require('./data/IntegrationUserAssistantController.planProvisioning.empty.json');
const APPLY_RESULT = require('./data/IntegrationUserAssistantController.applyProvisioning.json');
const APPLY_PARTIAL = require('./data/IntegrationUserAssistantController.applyProvisioning.partialFailure.json');
const SET_USER_STATE = require('./data/IntegrationUserAssistantController.setUserState.json');

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

// A macrotask lets every pending promise chain (Apex mock → handler → refreshApex → re-render) settle.
// eslint-disable-next-line @lwc/lwc/no-async-operation
const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));

function render() {
  const element = createElement('c-integration-user-assistant', { is: IntegrationUserAssistant });
  const toasts = [];
  element.addEventListener(ShowToastEventName || 'lightning__showtoast', (event) =>
    toasts.push(event.detail),
  );
  document.body.appendChild(element);
  return { element, toasts };
}

async function renderWith(model) {
  const rendered = render();
  getPageModel.emit(JSON.parse(JSON.stringify(model)));
  await flushPromises();
  return rendered;
}

const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const child = (element, tag) => $(element, tag);
const liveText = (element) => $(element, '[data-id="live"]').textContent;

async function goToStep(element, name) {
  $(element, 'lightning-vertical-navigation').dispatchEvent(new CustomEvent('select', { detail: { name } }));
  await flushPromises();
}

async function openUsers(element) {
  await goToStep(element, 'users');
  return child(element, 'c-iuk-users');
}

function clickButton(root, label) {
  const button = [...root.shadowRoot.querySelectorAll('lightning-button')].find((b) => b.label === label);
  if (!button) {
    throw new Error(`No button labelled "${label}"`);
  }
  button.click();
}

function modalOf(element) {
  return child(element, 'c-iuk-confirm-modal');
}

async function confirmModal(element, reason) {
  const modal = modalOf(element);
  if (reason !== undefined) {
    const textarea = modal.shadowRoot.querySelector('[data-id="reason"]');
    textarea.value = reason;
    textarea.dispatchEvent(new CustomEvent('change'));
    await flushPromises();
  }
  modal.shadowRoot.querySelector('[data-id="confirm"]').click();
  await flushPromises();
  await flushPromises();
}

describe('c-integration-user-assistant', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  describe('page states', () => {
    it('shows a spinner until the page model arrives', async () => {
      const { element } = render();
      await flushPromises();
      expect($(element, 'lightning-spinner')).not.toBeNull();
      expect($(element, 'lightning-vertical-navigation')).toBeNull();
      await expect(element).toBeAccessible();
    });

    it('shows the Apex error and retries with refreshApex', async () => {
      const { element } = render();
      getPageModel.error({ message: 'Insufficient access to IntegrationUserAssistantController' });
      await flushPromises();
      const box = $(element, '[data-id="load-error"]');
      expect(box.textContent).toContain('Insufficient access to IntegrationUserAssistantController');
      expect($(element, 'lightning-spinner')).toBeNull();
      $(element, '[data-id="retry"]').click();
      await flushPromises();
      expect(refreshApex).toHaveBeenCalledTimes(1);
      await expect(element).toBeAccessible();
    });

    it('explains missing access instead of rendering the steps', async () => {
      const { element } = await renderWith(PAGE_MODEL_NO_PERMISSION);
      expect($(element, '[data-id="no-permission"]').textContent).toContain('Manage_Integration_Users');
      expect($(element, 'lightning-vertical-navigation')).toBeNull();
      expect($(element, 'c-iuk-users')).toBeNull();
      await expect(element).toBeAccessible();
    });

    it('shows the empty state when no definitions are deployed', async () => {
      const { element } = await renderWith(PAGE_MODEL_EMPTY);
      expect($(element, '[data-id="empty"]').textContent).toContain('npm run generate');
      expect($(element, '[data-id="org-line"]').textContent).toContain('Sandbox');
      const licences = child(element, 'c-iuk-licenses');
      expect(licences.shadowRoot.querySelector('[data-id="guidance"]')).not.toBeNull();
      const users = await openUsers(element);
      expect(users.shadowRoot.querySelector('[data-empty="users"]')).not.toBeNull();
      await expect(element).toBeAccessible();
    });

    it('renders the org line and six numbered steps with issue counts', async () => {
      const { element } = await renderWith(PAGE_MODEL);
      expect($(element, '[data-id="org-line"]').textContent).toContain('Acme Corporation · Production');
      const items = [...element.shadowRoot.querySelectorAll('lightning-vertical-navigation-item-badge')];
      expect(items.map((item) => item.label)).toEqual([
        '1. Licences',
        '2. Profiles',
        '3. Access',
        '4. Users',
        '5. Monitoring',
        '6. Checklist',
      ]);
      // Profiles: 1 without IP ranges, 1 on the wrong licence; users: 4 not READY; checklist: 4 not PASS.
      expect(items.map((item) => item.badgeCount)).toEqual([0, 2, 2, 4, 0, 4]);
      await expect(element).toBeAccessible();
    });
  });

  describe('steps', () => {
    it('starts on the licences with totals, used and free seats', async () => {
      const { element } = await renderWith(PAGE_MODEL);
      expect($(element, '[data-id="step-heading"]').textContent).toContain('Licences and seats');
      const licences = child(element, 'c-iuk-licenses');
      const psl = licences.shadowRoot.querySelector('[data-licence="permissionSetLicense"]');
      expect(psl.querySelector('[data-field="total"]').textContent).toBe('5');
      expect(psl.querySelector('[data-field="used"]').textContent).toBe('3');
      expect(psl.querySelector('[data-field="available"]').textContent).toBe('2');
      await expect(element).toBeAccessible();
    });

    it('moves with Next and Previous and focuses the new step heading', async () => {
      const { element } = await renderWith(PAGE_MODEL);
      expect($(element, '[data-id="previous"]').disabled).toBe(true);
      $(element, '[data-id="next"]').click();
      await flushPromises();
      expect($(element, '[data-id="step-position"]').textContent).toBe('Step 2 of 6');
      expect(child(element, 'c-iuk-profiles')).not.toBeNull();
      expect(element.shadowRoot.activeElement).toBe($(element, '[data-id="step-heading"]'));
      $(element, '[data-id="previous"]').click();
      await flushPromises();
      expect(child(element, 'c-iuk-licenses')).not.toBeNull();
    });

    it('shows profiles with readable IP ranges and login hours, and warns without ranges', async () => {
      const { element } = await renderWith(PAGE_MODEL);
      await goToStep(element, 'profiles');
      const profiles = child(element, 'c-iuk-profiles').shadowRoot;
      const erp = profiles.querySelector('[data-profile="ERP Integration Restricted"]');
      expect(erp.querySelector('[data-list="ip-ranges"]').textContent).toContain(
        '203.0.113.0 – 203.0.113.255',
      );
      expect(erp.querySelector('[data-list="ip-ranges"]').textContent).toContain('2001:db8::');
      expect(erp.querySelector('[data-list="login-hours"]').textContent).toContain(
        'Monday–Friday: 08:00–18:00',
      );
      const minimal = profiles.querySelector('[data-profile="Minimum Access - API Only Integrations"]');
      expect(minimal.querySelector('[data-warning="ip"]').textContent).toContain('Marketing Automation');
      expect(erp.querySelector('[data-warning="ip"]')).toBeNull();
      await expect(element).toBeAccessible();
    });

    it('shows access per integration and highlights dangerous grants', async () => {
      const { element } = await renderWith(PAGE_MODEL);
      await goToStep(element, 'access');
      const access = child(element, 'c-iuk-access').shadowRoot;
      const marketing = access.querySelector('[data-integration="Marketing_Automation"]');
      expect([...marketing.querySelectorAll('tbody tr')].map((row) => row.dataset.object)).toEqual([
        'Lead',
        'Contact',
        'Campaign',
        'CampaignMember',
      ]);
      const erp = access.querySelector('[data-integration="ERP_Order_Sync"]');
      expect(erp.querySelector('[data-id="dangerous"]').textContent).toContain('View All Records on Order');
      expect(erp.querySelector('[data-object="Order"]').className).toContain('iuk-dangerous');
      await expect(element).toBeAccessible();
    });

    it('shows every definition with its status on the users step', async () => {
      const { element } = await renderWith(PAGE_MODEL);
      const users = (await openUsers(element)).shadowRoot;
      const statuses = [...users.querySelectorAll('[data-id="status"]')].map((badge) => badge.label);
      expect(statuses).toEqual(['Ready', 'Drifted', 'Frozen', 'Not created', 'Error']);
      await expect(element).toBeAccessible();
    });

    it('shows API usage and flags logins from outside the IP ranges', async () => {
      const { element } = await renderWith(PAGE_MODEL);
      await goToStep(element, 'monitoring');
      const monitoring = child(element, 'c-iuk-monitoring').shadowRoot;
      expect(monitoring.querySelector('[data-id="api-summary"]').textContent).toBe(
        '18,250 of 115,000 daily API requests used (15.9%).',
      );
      const erp = monitoring.querySelector('[data-integration="ERP_Order_Sync"]');
      expect(erp.querySelector('[data-ip="192.0.2.77"] [data-id="outside"]')).not.toBeNull();
      expect(erp.querySelector('[data-ip="203.0.113.40"] [data-id="outside"]')).toBeNull();
      expect(monitoring.querySelector('[data-attention="Data_Warehouse_Export"]').textContent).toContain(
        'Dormant',
      );
      expect(monitoring.querySelector('[data-attention="Partner_Portal_Sync"]').textContent).toContain(
        'Never logged in',
      );
      await expect(element).toBeAccessible();
    });

    it('shows the checklist evaluated in Apex', async () => {
      const { element } = await renderWith(PAGE_MODEL);
      await goToStep(element, 'checklist');
      const checklist = child(element, 'c-iuk-checklist').shadowRoot;
      expect(checklist.querySelectorAll('li[data-key]')).toHaveLength(PAGE_MODEL.checklist.length);
      expect(checklist.querySelector('[data-id="summary"]').textContent).toBe(
        '3 passed, 3 warnings, 1 failed.',
      );
      await expect(element).toBeAccessible();
    });
  });

  describe('read-only admins', () => {
    it('hides every action without canManage', async () => {
      const { element } = await renderWith({ ...PAGE_MODEL, canManage: false });
      const users = (await openUsers(element)).shadowRoot;
      expect(users.querySelector('[data-id="read-only"]')).not.toBeNull();
      expect(users.querySelectorAll('lightning-button')).toHaveLength(0);
      await expect(element).toBeAccessible();
    });
  });

  describe('provisioning', () => {
    it('plans, confirms and applies with the plan hash, then refreshes', async () => {
      planProvisioning.mockResolvedValue(PLAN);
      applyProvisioning.mockResolvedValue(APPLY_RESULT);
      const { element, toasts } = await renderWith(PAGE_MODEL);
      const users = await openUsers(element);

      clickButton(users, 'Plan provisioning for all');
      await flushPromises();
      expect(planProvisioning).toHaveBeenCalledWith({ integrations: null });
      expect(applyProvisioning).not.toHaveBeenCalled();
      const plan = users.shadowRoot.querySelector('[data-id="plan"]');
      expect(plan.querySelector('[data-id="plan-summary"]').textContent).toContain('4 changes to apply.');
      expect(plan.querySelector('[data-id="blockers"]').textContent).toContain('PROFILE_WRONG_LICENSE');
      expect(liveText(element)).toContain('Plan ready: 4 changes, 1 blocked');

      clickButton(users, 'Apply plan');
      await flushPromises();
      const modal = modalOf(element);
      expect(modal.heading).toBe('Apply the provisioning plan?');
      // Report-only actions change nothing, so the dialog lists only the 4 real changes.
      expect($(element, '[data-id="modal-changes"]').querySelectorAll('li')).toHaveLength(4);
      await expect(element).toBeAccessible();

      await confirmModal(element);
      expect(applyProvisioning).toHaveBeenCalledWith({ integrations: null, planHash: PLAN.planHash });
      expect(refreshApex).toHaveBeenCalledTimes(1);
      expect(modalOf(element)).toBeNull();
      const result = users.shadowRoot.querySelector('[data-id="apply-result"]');
      expect(result.querySelector('[data-id="apply-summary"]').textContent).toBe('2 succeeded, 0 failed.');
      expect(users.shadowRoot.querySelector('[data-id="plan"]')).toBeNull();
      expect(toasts.pop()).toMatchObject({ title: 'Provisioning applied', variant: 'success' });
      expect(liveText(element)).toBe('Provisioning applied: 2 succeeded, 0 failed.');
      await expect(element).toBeAccessible();
    });

    it('plans one integration and applies exactly that selection', async () => {
      planProvisioning.mockResolvedValue(PLAN);
      applyProvisioning.mockResolvedValue(APPLY_RESULT);
      const { element } = await renderWith(PAGE_MODEL);
      const users = await openUsers(element);
      users.shadowRoot.querySelector('[data-focus-key="plan-Support_Chatbot"]').click();
      await flushPromises();
      expect(planProvisioning).toHaveBeenCalledWith({ integrations: ['Support_Chatbot'] });
      clickButton(users, 'Apply plan');
      await flushPromises();
      await confirmModal(element);
      expect(applyProvisioning).toHaveBeenCalledWith({
        integrations: ['Support_Chatbot'],
        planHash: PLAN.planHash,
      });
    });

    it('does not apply when the admin cancels, and returns focus to the Apply button', async () => {
      planProvisioning.mockResolvedValue(PLAN);
      const { element } = await renderWith(PAGE_MODEL);
      const users = await openUsers(element);
      clickButton(users, 'Plan provisioning for all');
      await flushPromises();
      clickButton(users, 'Apply plan');
      await flushPromises();
      // The stubbed lightning-button cannot take real focus in jsdom, so watch its focus() call.
      const applyButton = users.shadowRoot.querySelector('[data-focus-key="apply"]');
      applyButton.focus = jest.fn();
      modalOf(element).shadowRoot.querySelector('[data-id="cancel"]').click();
      await flushPromises();
      expect(modalOf(element)).toBeNull();
      expect(applyProvisioning).not.toHaveBeenCalled();
      expect(applyButton.focus).toHaveBeenCalled();
    });

    it('disables Apply when the plan is empty', async () => {
      planProvisioning.mockResolvedValue(PLAN_EMPTY);
      const { element } = await renderWith(PAGE_MODEL);
      const users = await openUsers(element);
      clickButton(users, 'Plan provisioning for all');
      await flushPromises();
      expect(users.shadowRoot.querySelector('[data-id="plan-summary"]').textContent).toContain(
        'Nothing to do',
      );
      expect(users.shadowRoot.querySelector('[data-focus-key="apply"]').disabled).toBe(true);
      expect(liveText(element)).toBe('Plan ready: nothing to do.');
    });

    it('shows a partial failure per integration', async () => {
      planProvisioning.mockResolvedValue(PLAN);
      applyProvisioning.mockResolvedValue(APPLY_PARTIAL);
      const { element, toasts } = await renderWith(PAGE_MODEL);
      const users = await openUsers(element);
      clickButton(users, 'Plan provisioning for all');
      await flushPromises();
      clickButton(users, 'Apply plan');
      await flushPromises();
      await confirmModal(element);

      const result = users.shadowRoot.querySelector('[data-id="apply-result"]');
      expect(result.querySelector('[data-id="apply-summary"]').textContent).toBe('1 succeeded, 1 failed.');
      expect(result.querySelector('[data-result="ERP_Order_Sync"]').textContent).toContain('Succeeded');
      const failed = result.querySelector('[data-result="Support_Chatbot"]');
      expect(failed.textContent).toContain('Failed');
      expect(failed.textContent).toContain('USERNAME_TAKEN');
      expect(failed.querySelector('.slds-text-color_error')).not.toBeNull();
      expect(toasts.pop()).toMatchObject({
        title: 'Provisioning finished with failures',
        variant: 'warning',
      });
      expect(refreshApex).toHaveBeenCalledTimes(1);
      await expect(element).toBeAccessible();
    });

    it('shows the Apex error when the org changed since the plan', async () => {
      planProvisioning.mockResolvedValue(PLAN);
      applyProvisioning.mockRejectedValue({
        body: { message: 'The org changed since the plan was made. Plan again and review the new plan.' },
      });
      const { element, toasts } = await renderWith(PAGE_MODEL);
      const users = await openUsers(element);
      clickButton(users, 'Plan provisioning for all');
      await flushPromises();
      clickButton(users, 'Apply plan');
      await flushPromises();
      await confirmModal(element);

      const alert = $(element, '[data-id="action-error"]');
      expect(alert.getAttribute('role')).toBe('alert');
      expect(alert.textContent).toContain('Nothing was applied');
      expect(alert.textContent).toContain('The org changed since the plan was made.');
      expect(toasts.pop()).toMatchObject({ title: 'Nothing was applied', variant: 'error' });
      expect(users.shadowRoot.querySelector('[data-id="apply-result"]')).toBeNull();
      expect(refreshApex).toHaveBeenCalledTimes(1);
      await expect(element).toBeAccessible();
    });

    it('shows the Apex error when planning fails', async () => {
      planProvisioning.mockRejectedValue({ body: { message: 'You need the Manage Users permission.' } });
      const { element } = await renderWith(PAGE_MODEL);
      const users = await openUsers(element);
      clickButton(users, 'Plan provisioning for all');
      await flushPromises();
      expect($(element, '[data-id="action-error"]').textContent).toContain(
        'You need the Manage Users permission.',
      );
      expect(users.shadowRoot.querySelector('[data-id="plan"]')).toBeNull();
    });
  });

  describe('user state', () => {
    async function requestState(element, focusKey) {
      const users = await openUsers(element);
      users.shadowRoot.querySelector(`[data-focus-key="${focusKey}"]`).click();
      await flushPromises();
      return users;
    }

    it('freezes a user after a confirmed reason and refreshes', async () => {
      setUserState.mockResolvedValue(SET_USER_STATE);
      const { element, toasts } = await renderWith(PAGE_MODEL);
      await requestState(element, 'FREEZE-ERP_Order_Sync');
      const modal = modalOf(element);
      expect(modal.heading).toBe('Freeze ERP Order Sync?');
      // No reason yet: the dialog will not confirm.
      expect(modal.shadowRoot.querySelector('[data-id="confirm"]').disabled).toBe(true);
      await expect(element).toBeAccessible();

      await confirmModal(element, '  Credentials leaked in a support ticket  ');
      expect(setUserState).toHaveBeenCalledWith({
        integration: 'ERP_Order_Sync',
        state: 'FREEZE',
        reason: 'Credentials leaked in a support ticket',
      });
      expect(refreshApex).toHaveBeenCalledTimes(1);
      expect(toasts.pop()).toMatchObject({ title: 'ERP Order Sync frozen', variant: 'success' });
      expect(liveText(element)).toContain('ERP Order Sync frozen.');
    });

    it('unfreezes a frozen user', async () => {
      setUserState.mockResolvedValue({
        ...SET_USER_STATE,
        integration: 'Data_Warehouse_Export',
        state: 'UNFROZEN',
      });
      const { element } = await renderWith(PAGE_MODEL);
      const users = await requestState(element, 'UNFREEZE-Data_Warehouse_Export');
      expect(users.shadowRoot.querySelector('[data-focus-key="FREEZE-Data_Warehouse_Export"]')).toBeNull();
      await confirmModal(element, 'Warehouse migration finished');
      expect(setUserState).toHaveBeenCalledWith({
        integration: 'Data_Warehouse_Export',
        state: 'UNFREEZE',
        reason: 'Warehouse migration finished',
      });
    });

    it('deactivates with a destructive confirmation and a reason', async () => {
      setUserState.mockResolvedValue({
        integration: 'Marketing_Automation',
        state: 'DEACTIVATED',
        success: true,
        message: 'marketing.integration@acme.example.com is deactivated.',
      });
      const { element } = await renderWith(PAGE_MODEL);
      await requestState(element, 'DEACTIVATE-Marketing_Automation');
      const modal = modalOf(element);
      expect(modal.confirmVariant).toBe('destructive');
      expect($(element, '[data-id="modal-warning"]').textContent).toContain('licence seats are released');
      await confirmModal(element, 'Contract with the marketing vendor ended');
      expect(setUserState).toHaveBeenCalledWith({
        integration: 'Marketing_Automation',
        state: 'DEACTIVATE',
        reason: 'Contract with the marketing vendor ended',
      });
      expect(refreshApex).toHaveBeenCalledTimes(1);
    });

    it('explains a refused state change returned by Apex', async () => {
      setUserState.mockResolvedValue({
        integration: 'ERP_Order_Sync',
        state: 'FROZEN',
        success: false,
        message: 'The user is the run-as user of an active External Client App policy.',
      });
      const { element, toasts } = await renderWith(PAGE_MODEL);
      await requestState(element, 'FREEZE-ERP_Order_Sync');
      await confirmModal(element, 'Rotation');
      expect($(element, '[data-id="action-error"]').textContent).toContain('External Client App policy');
      expect(toasts.pop()).toMatchObject({ title: 'Could not freeze ERP Order Sync', variant: 'error' });
      expect(refreshApex).toHaveBeenCalledTimes(1);
    });

    it('shows an Apex exception on a state change', async () => {
      setUserState.mockRejectedValue({ body: { message: 'A reason is required.' } });
      const { element } = await renderWith(PAGE_MODEL);
      await requestState(element, 'DEACTIVATE-ERP_Order_Sync');
      await confirmModal(element, 'x');
      expect($(element, '[data-id="action-error"]').textContent).toContain('A reason is required.');
      expect(modalOf(element)).toBeNull();
    });
  });

  it('refreshes the page model from the header button', async () => {
    const { element } = await renderWith(PAGE_MODEL);
    $(element, '[data-id="refresh"]').click();
    await flushPromises();
    expect(refreshApex).toHaveBeenCalledTimes(1);
    expect(liveText(element)).toBe('The page was refreshed.');
  });
});

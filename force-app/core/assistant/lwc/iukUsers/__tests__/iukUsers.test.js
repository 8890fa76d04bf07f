import { createElement } from 'lwc';
import IukUsers from 'c/iukUsers';

const PAGE_MODEL = require('../../integrationUserAssistant/__tests__/data/IntegrationUserAssistantController.getPageModel.json');
const PLAN = require('../../integrationUserAssistant/__tests__/data/IntegrationUserAssistantController.planProvisioning.json');

// A macrotask lets every pending promise chain (Apex mock → handler → refreshApex → re-render) settle.
// eslint-disable-next-line @lwc/lwc/no-async-operation
const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));

function render(props) {
  const element = createElement('c-iuk-users', { is: IukUsers });
  Object.assign(element, { integrations: PAGE_MODEL.integrations, canManage: true }, props);
  document.body.appendChild(element);
  return element;
}

const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const actionKeys = (element, integration) =>
  [...element.shadowRoot.querySelectorAll(`[data-integration="${integration}"] lightning-button`)].map(
    (button) => button.dataset.focusKey,
  );

describe('c-iuk-users', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  it('offers only the actions that fit each user', async () => {
    const element = render();
    await flushPromises();
    expect(actionKeys(element, 'Marketing_Automation')).toEqual([
      'plan-Marketing_Automation',
      'FREEZE-Marketing_Automation',
      'DEACTIVATE-Marketing_Automation',
    ]);
    expect(actionKeys(element, 'Data_Warehouse_Export')).toEqual([
      'plan-Data_Warehouse_Export',
      'UNFREEZE-Data_Warehouse_Export',
      'DEACTIVATE-Data_Warehouse_Export',
    ]);
    // No user yet: only planning its creation makes sense.
    expect(actionKeys(element, 'Support_Chatbot')).toEqual(['plan-Support_Chatbot']);
    await expect(element).toBeAccessible();
  });

  it('shows the pending changes and the error message of a definition', async () => {
    const element = render();
    await flushPromises();
    const chatbot = $(element, '[data-integration="Support_Chatbot"] [data-id="planned"]');
    expect(chatbot.querySelectorAll('li')).toHaveLength(3);
    expect(chatbot.textContent).toContain('Create user: chatbot.integration@acme.example.com');
    const partner = $(element, '[data-integration="Partner_Portal_Sync"] [data-id="status-message"]');
    expect(partner.className).toContain('slds-text-color_error');
  });

  it('raises plan, requestapply, discardplan and requeststate events', async () => {
    const element = render({ plan: PLAN });
    const events = [];
    ['plan', 'requestapply', 'discardplan', 'requeststate'].forEach((name) =>
      element.addEventListener(name, (event) => events.push([name, event.detail])),
    );
    await flushPromises();
    $(element, '[data-focus-key="plan-all"]').click();
    $(element, '[data-focus-key="plan-ERP_Order_Sync"]').click();
    $(element, '[data-focus-key="apply"]').click();
    [...element.shadowRoot.querySelectorAll('lightning-button')]
      .find((b) => b.label === 'Discard plan')
      .click();
    $(element, '[data-focus-key="DEACTIVATE-ERP_Order_Sync"]').click();
    expect(events).toEqual([
      ['plan', { integrations: null }],
      ['plan', { integrations: ['ERP_Order_Sync'] }],
      ['requestapply', null],
      ['discardplan', null],
      ['requeststate', { integration: 'ERP_Order_Sync', state: 'DEACTIVATE' }],
    ]);
  });

  it('labels report-only actions and blockers in the plan', async () => {
    const element = render({ plan: PLAN });
    await flushPromises();
    const rows = element.shadowRoot.querySelectorAll('[data-id="plan-actions"] tbody tr');
    expect(rows).toHaveLength(PLAN.actions.length);
    expect(rows[4].textContent).toContain('Unlisted assignment (report only)');
    expect(rows[4].querySelector('lightning-badge').label).toBe('Report only');
    expect($(element, '[data-id="blockers"]').textContent).toContain('Partner Portal Sync');
    await expect(element).toBeAccessible();
  });

  it('disables every action while a call runs', async () => {
    const element = render({ plan: PLAN, busy: true });
    await flushPromises();
    const buttons = [...element.shadowRoot.querySelectorAll('lightning-button')];
    expect(buttons.length).toBeGreaterThan(0);
    expect(buttons.every((button) => button.disabled)).toBe(true);
  });

  it('hides actions for read-only admins but still shows the plan and status', async () => {
    const element = render({ canManage: false, plan: PLAN });
    await flushPromises();
    expect(element.shadowRoot.querySelectorAll('lightning-button')).toHaveLength(0);
    expect($(element, '[data-id="read-only"]')).not.toBeNull();
    expect($(element, '[data-id="plan"]')).not.toBeNull();
  });

  it('focuses the requested action, or Plan all when that button is gone', async () => {
    const element = render();
    await flushPromises();
    const freeze = $(element, '[data-focus-key="FREEZE-ERP_Order_Sync"]');
    const planAll = $(element, '[data-focus-key="plan-all"]');
    freeze.focus = jest.fn();
    planAll.focus = jest.fn();
    element.focusAction('FREEZE-ERP_Order_Sync');
    expect(freeze.focus).toHaveBeenCalled();
    element.focusAction('UNFREEZE-ERP_Order_Sync');
    expect(planAll.focus).toHaveBeenCalled();
  });

  it('lists recent runs', async () => {
    const element = render({ recentRuns: PAGE_MODEL.recentRuns });
    await flushPromises();
    const text = $(element, '[data-id="runs"]').textContent;
    expect(text).toContain('FREEZE by Avery Admin: 1 succeeded, 0 failed');
    // Drift reports change nothing, so their counts are worded as in sync / drifted.
    expect(text).toMatch(/RECONCILE by .*: 2 in sync, 3 drifted or blocked/);
    expect(text).not.toMatch(/RECONCILE by [^:]*: 2 succeeded/);
  });
});

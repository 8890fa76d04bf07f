import { createElement } from 'lwc';
import IukUsers from 'c/iukUsers';
import { LABELS } from 'c/iukLabels';

const { fixture, flushPromises, resetDom, $, $$ } = require('iuk-test/jest/testing');

const PAGE_MODEL = fixture('getPageModel');

function render(props) {
  const element = createElement('c-iuk-users', { is: IukUsers });
  Object.assign(
    element,
    {
      integrations: PAGE_MODEL.integrations,
      canManage: true,
      recentRuns: PAGE_MODEL.recentRuns,
      permissionSetLicense: PAGE_MODEL.permissionSetLicense,
    },
    props,
  );
  document.body.appendChild(element);
  return element;
}

const actions = (element, integration) =>
  $$(element, `[data-integration="${integration}"] lightning-button`).map((button) => [
    button.label,
    button.ariaLabel,
    button.variant,
  ]);

describe('c-iuk-users', () => {
  afterEach(resetDom);

  it('offers only the actions that fit each user, each named after its integration', async () => {
    const element = render();
    await flushPromises();
    expect(actions(element, 'Marketing_Automation')).toEqual([
      ['Plan changes', 'Plan changes for Marketing Automation', 'neutral'],
      ['Freeze', 'Freeze Marketing Automation', 'destructive-text'],
      ['Deactivate', 'Deactivate Marketing Automation', 'destructive-text'],
    ]);
    expect(actions(element, 'Data_Warehouse_Export').map((action) => action[1])).toEqual([
      'Plan changes for Data Warehouse Export',
      'Unfreeze Data Warehouse Export',
      'Deactivate Data Warehouse Export',
    ]);
    expect(actions(element, 'Support_Chatbot').map((action) => action[1])).toEqual([
      'Plan creation for Support Chatbot',
    ]);
    const names = $$(element, 'lightning-button').map((button) => button.ariaLabel || button.label);
    expect(new Set(names).size).toBe(names.length);
    await expect(element).toBeAccessible();
  });

  it('shows each user with readable direction, status and pending changes (no codes)', async () => {
    const element = render();
    await flushPromises();
    const chatbot = $(element, '[data-integration="Support_Chatbot"]');
    expect(chatbot.querySelector('[data-id="status"]').textContent).toBe(LABELS.statusNotCreated);
    expect(chatbot.textContent).toContain('Fabrikam Support Bot (bidirectional)');
    const pending = [...chatbot.querySelectorAll('[data-id="planned"] li')].map((item) => item.textContent);
    expect(pending[1]).toBe(
      'Assign permission set licence: Salesforce API Integration (Required before permission sets that grant object access.)',
    );
    expect($(element, '[data-integration="Partner_Portal_Sync"]').classList).toContain('iuk-attention');
  });

  it('raises plan, requeststate, requestapply and discardplan', async () => {
    const element = render({ plan: fixture('planProvisioning') });
    const events = [];
    for (const name of ['plan', 'requeststate', 'requestapply', 'discardplan']) {
      element.addEventListener(name, (event) => events.push([name, event.detail]));
    }
    await flushPromises();
    $(element, '[data-focus-key="plan-all"]').click();
    $(element, '[data-focus-key="plan-ERP_Order_Sync"]').click();
    $(element, '[data-focus-key="FREEZE-ERP_Order_Sync"]').click();
    const plan = $(element, 'c-iuk-plan');
    plan.dispatchEvent(new CustomEvent('requestapply'));
    plan.dispatchEvent(new CustomEvent('discardplan'));
    expect(events).toEqual([
      ['plan', { integrations: null }],
      ['plan', { integrations: ['ERP_Order_Sync'] }],
      ['requeststate', { integration: 'ERP_Order_Sync', state: 'FREEZE' }],
      ['requestapply', null],
      ['discardplan', null],
    ]);
  });

  it('disables every action while busy', async () => {
    const element = render({ busy: true });
    await flushPromises();
    expect($$(element, 'lightning-button').every((button) => button.disabled)).toBe(true);
  });

  it('moves focus back after a dialog, falling back to the card when the button is gone', async () => {
    const element = render();
    await flushPromises();
    element.focusTarget('FREEZE-Marketing_Automation');
    expect(element.shadowRoot.activeElement).toBe(
      $(element, '[data-focus-key="FREEZE-Marketing_Automation"]'),
    );
    element.focusTarget('FREEZE-Data_Warehouse_Export');
    expect(element.shadowRoot.activeElement).toBe($(element, '[data-heading="Data_Warehouse_Export"]'));
  });

  it('is read-only without canManage', async () => {
    const element = render({ canManage: false, plan: fixture('planProvisioning') });
    await flushPromises();
    expect($(element, '[data-id="read-only"]').textContent).toBe(LABELS.usersReadOnly);
    expect($$(element, 'lightning-button')).toEqual([]);
    expect($(element, 'c-iuk-plan').canManage).toBe(false);
  });

  it('offers no plan without definitions', async () => {
    const element = render({ integrations: [] });
    await flushPromises();
    expect($(element, '[data-focus-key="plan-all"]')).toBeNull();
    expect($(element, '[data-empty="users"]').textContent).toBe(LABELS.usersEmpty);
  });

  it('says who stopped a user, the last kill-switch request, and offers only what the kill switch accepts', async () => {
    const integrations = fixture('getPageModel').integrations;
    const erp = integrations.find((item) => item.name === 'ERP_Order_Sync');
    Object.assign(erp, { userActive: false, status: 'DEACTIVATED', stateSource: 'OUTSIDE_KIT' });
    const partner = integrations.find((item) => item.name === 'Partner_Portal_Sync');
    Object.assign(partner, { frozen: true, active: false, stateSource: 'DEFINITION' });
    const element = render({ integrations });
    await flushPromises();
    const dwh = $(element, '[data-integration="Data_Warehouse_Export"]');
    expect(dwh.querySelector('[data-id="state-source"]').textContent).toBe(LABELS.sourceKillSwitch);
    expect(dwh.querySelector('[data-id="last-change"]').textContent).toBe(
      'Last kill-switch request: Freeze by Ada Admin on Nov 28, 2026, 9:42 AM. Reason: Credentials leaked in a support ticket',
    );
    expect(actions(element, 'ERP_Order_Sync').map((action) => action[1])).toEqual([
      'Plan changes for ERP Order Sync',
      'Reactivate ERP Order Sync',
    ]);
    expect($(element, '[data-integration="ERP_Order_Sync"] [data-id="status"]').textContent).toBe(
      LABELS.statusDeactivated,
    );
    // Frozen because its definition is inactive: unfreezing would be refused, so it is not offered.
    expect(actions(element, 'Partner_Portal_Sync').map((action) => action[0])).toEqual([
      'Plan changes',
      'Deactivate',
    ]);
    expect($(element, '[data-integration="Partner_Portal_Sync"] [data-id="state-source"]').textContent).toBe(
      LABELS.sourceDefinition,
    );
    await expect(element).toBeAccessible();
  });

  it('explains a retired integration, and when it is ready for removal', async () => {
    const integrations = fixture('getPageModel').integrations;
    Object.assign(integrations[0], { retired: true, status: 'RETIRED' });
    Object.assign(integrations[3], { retired: true, removalReady: true, status: 'RETIRED' });
    const element = render({ integrations });
    await flushPromises();
    expect($(element, '[data-integration="Marketing_Automation"] [data-id="retirement"]').textContent).toBe(
      LABELS.userRetired,
    );
    expect($(element, '[data-integration="Support_Chatbot"] [data-id="retirement"]').textContent).toBe(
      LABELS.userRemovalReady,
    );
    expect($(element, '[data-integration="Marketing_Automation"] [data-id="status"]').textContent).toBe(
      LABELS.statusRetired,
    );
  });

  it('says how each integration logs in and whether its app can issue tokens for its user', async () => {
    const element = render();
    await flushPromises();
    const text = (integration, id) =>
      $(element, `[data-integration="${integration}"] [data-id="${id}"]`)?.textContent ?? null;
    expect(text('Marketing_Automation', 'authentication')).toBe(
      LABELS.authClientCredentials.replace('{0}', 'IUK_Marketing_Automation'),
    );
    expect(text('ERP_Order_Sync', 'authentication')).toBe(
      LABELS.authJwtBearer.replace('{0}', 'IUK_ERP_Order_Sync'),
    );
    expect(text('Partner_Portal_Sync', 'authentication')).toBe(LABELS.authExternal);
    expect(text('Marketing_Automation', 'login-readiness')).toBe(LABELS.loginReady);
    expect(text('Support_Chatbot', 'login-readiness')).toBe(LABELS.loginNoUser);
    expect(text('Data_Warehouse_Export', 'login-readiness')).toBe(LABELS.loginFrozen);
    expect(text('Partner_Portal_Sync', 'login-readiness')).toBeNull();
    expect(
      $(element, '[data-integration="Data_Warehouse_Export"] [data-id="login-readiness"]').className,
    ).toContain('iuk-tint-error');
    // Never a code: every text is a label.
    expect(element.shadowRoot.textContent).not.toMatch(/CLIENT_CREDENTIALS|JWT_BEARER|NO_USER|NOT_MANAGED/);
    await expect(element).toBeAccessible();
  });

  it('a definition from before authentication existed reads as unknown, not as a code', async () => {
    const integrations = fixture('getPageModel').integrations;
    Object.assign(integrations[0], { authenticationMethod: null, appName: null, loginReadiness: null });
    const element = render({ integrations });
    await flushPromises();
    expect(
      $(element, '[data-integration="Marketing_Automation"] [data-id="authentication"]').textContent,
    ).toBe(LABELS.unknownValue);
    expect($(element, '[data-integration="Marketing_Automation"] [data-id="login-readiness"]')).toBeNull();
  });
});

import { createElement } from 'lwc';
import IukPlan from 'c/iukPlan';
import { LABELS } from 'c/iukLabels';

const { fixture, flushPromises, resetDom, $, $$, textOf } = require('iuk-test/jest/testing');

const PAGE_MODEL = fixture('getPageModel');

function render(props) {
  const element = createElement('c-iuk-plan', { is: IukPlan });
  Object.assign(
    element,
    {
      plan: fixture('planProvisioning'),
      integrations: PAGE_MODEL.integrations,
      canManage: true,
      permissionSetLicense: PAGE_MODEL.permissionSetLicense,
    },
    props,
  );
  document.body.appendChild(element);
  return element;
}

const cells = (row) => [...row.children].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim());

describe('c-iuk-plan', () => {
  afterEach(resetDom);

  it('lists every change with its reason, readable names and a stacked layout for narrow screens', async () => {
    const element = render();
    await flushPromises();
    expect($(element, '[data-id="plan-summary"]').textContent).toContain(
      '4 changes to apply, for 2 integrations.',
    );
    const table = $(element, '[data-id="plan-actions"]');
    expect(table.classList).toContain('slds-max-medium-table_stacked');
    const rows = $$(element, 'tbody tr').map(cells);
    expect(rows[2]).toEqual([
      'Support Chatbot',
      'Assign permission set licence',
      'Salesforce API Integration',
      'Required before permission sets that grant object access.',
    ]);
    expect(rows[4][1]).toBe(`Unlisted assignment ${LABELS.planReportOnly}`);
    expect($$(element, 'td[data-id="reason"]').every((cell) => cell.dataset.label === 'Why')).toBe(true);
    expect(textOf(element)).not.toContain('SalesforceAPIIntegrationPsl');
    await expect(element).toBeAccessible();
  });

  it('names what blocks an integration in words, not codes, and says it is skipped', async () => {
    const element = render();
    await flushPromises();
    const blockers = $(element, '[data-id="blockers"]');
    expect(blockers.textContent).toContain(LABELS.planBlockedHeading);
    expect(blockers.textContent).toContain(
      'Partner Portal Sync: The profile is not on the Salesforce Integration licence.',
    );
    expect(blockers.textContent).not.toContain('PROFILE_WRONG_LICENSE');
  });

  it('enables Apply only when the plan changes something and nothing is running', async () => {
    const apply = (element) => $(element, '[data-focus-key="apply"]');
    const element = render();
    await flushPromises();
    expect(apply(element).disabled).toBe(false);
    element.busy = true;
    await flushPromises();
    expect(apply(element).disabled).toBe(true);

    const empty = render({ plan: fixture('planProvisioning', 'empty') });
    await flushPromises();
    expect(apply(empty).disabled).toBe(true);
    expect($(empty, '[data-id="plan-summary"]').textContent).toContain(LABELS.planNothingToDo);

    const reportOnly = fixture('planProvisioning');
    reportOnly.actions = reportOnly.actions.filter((action) => action.reportOnly);
    const onlyReports = render({ plan: reportOnly });
    await flushPromises();
    expect(apply(onlyReports).disabled).toBe(true);
    expect($(onlyReports, '[data-id="plan-summary"]').textContent).toContain(LABELS.planNothingButBlocked);
  });

  it('raises requestapply and discardplan, and takes focus on its heading', async () => {
    const element = render();
    const events = [];
    element.addEventListener('requestapply', () => events.push('apply'));
    element.addEventListener('discardplan', () => events.push('discard'));
    await flushPromises();
    $(element, '[data-focus-key="apply"]').click();
    $(element, '[data-focus-key="discard"]').click();
    expect(events).toEqual(['apply', 'discard']);
    element.focusHeading();
    expect(element.shadowRoot.activeElement).toBe($(element, '[data-id="plan-heading"]'));
  });
});

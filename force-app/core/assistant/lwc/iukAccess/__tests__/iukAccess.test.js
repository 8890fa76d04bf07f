import { createElement } from 'lwc';
import IukAccess from 'c/iukAccess';
import { LABELS } from 'c/iukLabels';

const { fixture, flushPromises, resetDom, $, $$ } = require('iuk-test/jest/testing');

function render(integrations = fixture('getPageModel').integrations) {
  const element = createElement('c-iuk-access', { is: IukAccess });
  element.integrations = integrations;
  document.body.appendChild(element);
  return element;
}

const section = (element, name) => $(element, `section[data-integration="${name}"]`);
const marks = (row) =>
  [...row.querySelectorAll('td[data-field] lightning-icon')].map((icon) => icon.alternativeText);

describe('c-iuk-access', () => {
  afterEach(resetDom);

  it('shows one row per object with a granted / not-granted mark per permission, each with a text alternative', async () => {
    const element = render();
    await flushPromises();
    const lead = section(element, 'Marketing_Automation').querySelector('tr[data-object="Lead"]');
    expect(marks(lead)).toEqual([
      LABELS.accessGranted,
      LABELS.accessGranted,
      LABELS.accessGranted,
      LABELS.accessNotGranted,
      LABELS.accessNotGranted,
      LABELS.accessNotGranted,
    ]);
    expect([...lead.querySelectorAll('td[data-field]')].map((cell) => cell.dataset.label)).toEqual([
      'Read',
      'Create',
      'Edit',
      'Delete',
      'View All',
      'Modify All',
    ]);
    await expect(element).toBeAccessible();
  });

  it('merges the grants of several permission sets on one object (granted when any grants it)', async () => {
    const integration = fixture('getPageModel').integrations[0];
    integration.access.push({
      ...integration.access[0],
      permissionSet: 'Extra_Set',
      canDelete: true,
      canCreate: false,
    });
    const element = render([integration]);
    await flushPromises();
    const rows = $$(element, 'tbody tr[data-object="Lead"]');
    expect(rows).toHaveLength(1);
    expect(marks(rows[0])[3]).toBe(LABELS.accessGranted);
  });

  it('makes View All and Modify All impossible to miss, in readable text', async () => {
    const element = render();
    await flushPromises();
    const erp = section(element, 'ERP_Order_Sync');
    expect(erp.classList).toContain('iuk-attention');
    expect(erp.querySelector('[data-id="dangerous-badge"]').textContent).toBe(LABELS.accessDangerBadge);
    expect(erp.querySelector('[data-id="dangerous"]').textContent).toContain('View All Records on Order');
    const order = erp.querySelector('tr[data-object="Order"]');
    expect(order.className).toBe('iuk-attention');
    const viewAll = order.querySelector('td[data-field="viewAllRecords"]');
    expect(viewAll.querySelector('lightning-icon').alternativeText).toBe(LABELS.accessGrantedDanger);
    expect(viewAll.textContent.trim()).toBe(LABELS.accessGrantedShort);
    // Dark text on the palest error tint, never text on the dark red the issue found (2.6:1).
    expect(viewAll.querySelector('span').className).toContain('slds-text-color_error');
    expect(section(element, 'Marketing_Automation').querySelector('[data-id="dangerous"]')).toBeNull();
  });

  it('shows each object’s field access on demand, with where to find the field names', async () => {
    const element = render();
    await flushPromises();
    const erp = section(element, 'ERP_Order_Sync');
    const toggle = erp.querySelector('tr[data-object="Order"] [data-id="toggle-fields"]');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.textContent.replace(/\s+/g, ' ')).toBe('Show field access on Order for ERP Order Sync');
    expect(erp.querySelector('[data-fields-for]')).toBeNull();
    toggle.click();
    await flushPromises();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const detail = erp.querySelector('[data-fields-for="Order"]');
    expect(detail.textContent).toContain('IUK_ERP_Order_Sync: 18 readable fields, 0 editable fields.');
    expect(detail.textContent).toContain(
      'Setup → Permission Sets → IUK_ERP_Order_Sync → Object Settings → Order',
    );
    // The field names come from the definition (declaredAccess); the counts from the org.
    expect(detail.querySelector('[data-id="declared-heading"]').textContent).toBe(
      'Fields the definition grants on Order:',
    );
    expect(
      [...detail.querySelectorAll('[data-id="declared-fields"] li')].map((item) => item.textContent),
    ).toEqual(['Read only: PoDate, PoNumber, TotalAmount.']);
    expect(detail.querySelector('td').id).toBe(toggle.getAttribute('aria-controls'));
    await expect(element).toBeAccessible();
    toggle.click();
    await flushPromises();
    expect(erp.querySelector('[data-fields-for]')).toBeNull();
  });

  it('names the permission sets and groups, and says when nothing is granted', async () => {
    const integrations = fixture('getPageModel').integrations;
    integrations[0].access = [];
    const element = render(integrations);
    await flushPromises();
    expect(section(element, 'Partner_Portal_Sync').textContent).toContain(
      'Permission sets: IUK_Partner_Portal_Sync. Permission set groups: IUK_Partner_Read_Only.',
    );
    expect(section(element, 'Marketing_Automation').textContent).toContain(LABELS.accessNone);
  });

  it('says when there are no integrations', async () => {
    const element = render([]);
    await flushPromises();
    expect($(element, '[data-empty="access"]').textContent).toBe(LABELS.accessEmpty);
  });
});

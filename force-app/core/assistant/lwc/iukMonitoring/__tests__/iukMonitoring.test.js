import { createElement } from 'lwc';
import IukMonitoring from 'c/iukMonitoring';

const { fixture, flushPromises, resetDom } = require('iuk-test/jest/testing');

const PAGE_MODEL = fixture('getPageModel');

function render(props) {
  const element = createElement('c-iuk-monitoring', { is: IukMonitoring });
  Object.assign(element, { apiUsage: PAGE_MODEL.apiUsage, integrations: PAGE_MODEL.integrations }, props);
  document.body.appendChild(element);
  return element;
}

describe('c-iuk-monitoring', () => {
  afterEach(resetDom);

  it('warns when the org is close to its daily API limit', async () => {
    const element = render({ apiUsage: { used: 104000, max: 115000, percentUsed: 90.43 } });
    await flushPromises();
    expect(element.shadowRoot.querySelector('[data-id="api-warning"]')).not.toBeNull();
    expect(element.shadowRoot.querySelector('lightning-progress-bar').value).toBe(90);
    await expect(element).toBeAccessible();
  });

  it('does not warn at normal usage', async () => {
    const element = render();
    await flushPromises();
    expect(element.shadowRoot.querySelector('[data-id="api-warning"]')).toBeNull();
  });

  it('counts logins from outside the IP ranges per user', async () => {
    const element = render();
    await flushPromises();
    const erp = element.shadowRoot.querySelector('[data-integration="ERP_Order_Sync"]');
    expect(erp.querySelector('[data-id="outside-warning"]').textContent).toContain(
      "1 login came from outside the profile's IP ranges.",
    );
    const marketing = element.shadowRoot.querySelector('[data-integration="Marketing_Automation"]');
    expect(marketing.querySelector('[data-id="outside-warning"]')).toBeNull();
    // Users that do not exist yet have no logins to show.
    expect(element.shadowRoot.querySelector('[data-integration="Support_Chatbot"]')).toBeNull();
  });

  it('has empty states without users or API data', async () => {
    const element = render({ apiUsage: null, integrations: [] });
    await flushPromises();
    expect(element.shadowRoot.querySelector('[data-empty="api-usage"]')).not.toBeNull();
    expect(element.shadowRoot.querySelector('[data-empty="monitoring"]')).not.toBeNull();
    await expect(element).toBeAccessible();
  });

  it('lists logins newest first in the one date format, and names users to review with their last login', async () => {
    const integrations = fixture('getPageModel').integrations;
    integrations[1].recentLogins.reverse();
    const element = render({ integrations });
    await flushPromises();
    const erp = element.shadowRoot.querySelector('[data-integration="ERP_Order_Sync"]');
    expect([...erp.querySelectorAll('tbody th')].map((cell) => cell.textContent)).toEqual([
      'Nov 29, 2026, 6:00 PM',
      'Nov 29, 2026, 1:13 PM',
      'Nov 28, 2026, 6:00 PM',
    ]);
    expect(erp.querySelector('[data-id="outside"]').textContent).toBe('Outside IP ranges');
    const review = [...element.shadowRoot.querySelectorAll('[data-attention]')].map(
      (item) => item.textContent,
    );
    expect(review[0]).toContain('Data Warehouse Export has not logged in since Aug 1, 2026, 6:30 PM.');
    expect(review[1]).toContain('Partner Portal Sync has never logged in.');
    expect(element.shadowRoot.querySelector('lightning-progress-bar').ariaLabel).toBe(
      'Share of the daily API request limit used',
    );
    await expect(element).toBeAccessible();
  });
});

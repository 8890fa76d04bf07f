import { createElement } from 'lwc';
import IukProfiles from 'c/iukProfiles';

const { fixture, flushPromises, resetDom } = require('iuk-test/jest/testing');

const PAGE_MODEL = fixture('getPageModel');

function render(profiles) {
  const element = createElement('c-iuk-profiles', { is: IukProfiles });
  element.profiles = profiles;
  element.integrations = PAGE_MODEL.integrations;
  document.body.appendChild(element);
  return element;
}

describe('c-iuk-profiles', () => {
  afterEach(resetDom);

  it('groups weekday login hours and shows closed days', async () => {
    const element = render(PAGE_MODEL.profiles);
    await flushPromises();
    const hours = element.shadowRoot.querySelector(
      '[data-profile="ERP Integration Restricted"] [data-list="login-hours"]',
    );
    expect([...hours.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Monday–Friday: 08:00–18:00',
      'Saturday–Sunday: No login',
    ]);
    await expect(element).toBeAccessible();
  });

  it('flags a profile on the wrong licence and a missing profile', async () => {
    const missing = {
      name: 'Billing API Profile',
      exists: false,
      userLicense: null,
      onIntegrationLicense: false,
      ipRanges: [],
      loginHours: [],
      integrations: ['Billing'],
    };
    const element = render([...PAGE_MODEL.profiles, missing]);
    await flushPromises();
    const partner = element.shadowRoot.querySelector('[data-profile="Partner API Restricted"]');
    expect(partner.querySelector('[data-warning="licence"]').textContent).toContain('Salesforce Integration');
    expect(partner.querySelector('[data-warning="ip"]')).toBeNull();
    const billing = element.shadowRoot.querySelector('[data-profile="Billing API Profile"]');
    expect(billing.querySelector('[data-warning="missing"]').textContent).toContain('does not exist');
    // A missing profile's IP ranges are unknown, so no IP warning on top.
    expect(billing.querySelector('[data-warning="ip"]')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('shows that no ranges or hours are set', async () => {
    const element = render([PAGE_MODEL.profiles[0]]);
    await flushPromises();
    expect(element.shadowRoot.querySelector('[data-empty="ip-ranges"]')).not.toBeNull();
    expect(element.shadowRoot.querySelector('[data-empty="login-hours"]').textContent).toContain('Any time');
  });

  it('has an empty state', async () => {
    const element = render([]);
    await flushPromises();
    expect(element.shadowRoot.querySelector('[data-empty="profiles"]')).not.toBeNull();
  });
});

import { createElement } from 'lwc';
import IukLicenses from 'c/iukLicenses';

const { flushPromises, resetDom } = require('iuk-test/jest/testing');

const USER_LICENSE = {
  name: 'Salesforce Integration',
  developerName: null,
  found: true,
  total: 5,
  used: 5,
  available: 0,
};
const PSL = {
  name: 'Salesforce API Integration',
  developerName: 'SalesforceAPIIntegrationPsl',
  found: true,
  total: 5,
  used: 2,
  available: 3,
};

function render(props) {
  const element = createElement('c-iuk-licenses', { is: IukLicenses });
  Object.assign(element, props);
  document.body.appendChild(element);
  return element;
}

describe('c-iuk-licenses', () => {
  afterEach(resetDom);

  it('explains what to do when no user licence is left', async () => {
    const element = render({ userLicense: USER_LICENSE, permissionSetLicense: PSL });
    await flushPromises();
    const user = element.shadowRoot.querySelector('[data-licence="userLicense"]');
    expect(user.querySelector('[data-field="available"]').textContent).toBe('0');
    expect(user.querySelector('[data-field="message"]').textContent).toContain('No free');
    expect(element.shadowRoot.querySelector('[data-id="guidance"]')).not.toBeNull();
    const psl = element.shadowRoot.querySelector('[data-licence="permissionSetLicense"]');
    expect(psl.querySelector('[data-field="message"]').textContent).toContain('3 of 5 seats free.');
    await expect(element).toBeAccessible();
  });

  it('shows no guidance while seats are free', async () => {
    const element = render({
      userLicense: { ...USER_LICENSE, used: 3, available: 2 },
      permissionSetLicense: PSL,
    });
    await flushPromises();
    expect(element.shadowRoot.querySelector('[data-id="guidance"]')).toBeNull();
  });

  it('tells the admin when the org has no such licence at all', async () => {
    const element = render({ userLicense: USER_LICENSE, permissionSetLicense: { ...PSL, found: false } });
    await flushPromises();
    const psl = element.shadowRoot.querySelector('[data-licence="permissionSetLicense"]');
    expect(psl.querySelector('[data-field="total"]')).toBeNull();
    expect(psl.querySelector('[data-field="message"]').textContent).toContain('This org has no');
    await expect(element).toBeAccessible();
  });

  it('names each progress bar after what it measures and marks the licence that needs action', async () => {
    const element = render({ userLicense: USER_LICENSE, permissionSetLicense: PSL });
    await flushPromises();
    const bars = [...element.shadowRoot.querySelectorAll('lightning-progress-bar')];
    expect(bars.map((bar) => [bar.ariaLabel, bar.value])).toEqual([
      ['Seats used: Salesforce Integration', 100],
      ['Seats used: Salesforce API Integration', 40],
    ]);
    expect(element.shadowRoot.querySelector('[data-licence="userLicense"]').classList).toContain(
      'iuk-attention',
    );
    expect(element.shadowRoot.querySelector('[data-licence="permissionSetLicense"]').classList).not.toContain(
      'iuk-attention',
    );
  });
});

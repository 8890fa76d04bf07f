import { createElement } from 'lwc';
import IukMonitoring from 'c/iukMonitoring';

const { fixture, flushPromises, resetDom } = require('iuk-test/jest/testing');

// The activity panel wires its own controller (IntegrationUserMonitoringController.getMonitoring).
jest.mock(
  '@salesforce/apex/IntegrationUserMonitoringController.getMonitoring',
  () => {
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true },
);
jest.mock(
  '@salesforce/apex/IntegrationUserMonitoringController.runMonitoringNow',
  () => ({ default: jest.fn() }),
  {
    virtual: true,
  },
);
jest.mock(
  '@salesforce/apex/IntegrationUserMonitoringController.getEvidence',
  () => ({ default: jest.fn() }),
  {
    virtual: true,
  },
);

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

  it("shows each integration's activity from the monitoring controller, not a sample of logins", async () => {
    const element = render();
    await flushPromises();
    expect(element.shadowRoot.querySelector('c-iuk-monitoring-activity')).not.toBeNull();
    expect(element.shadowRoot.querySelector('[data-id="outside-warning"]')).toBeNull();
  });

  it('has empty states without users or API data', async () => {
    const element = render({ apiUsage: null, integrations: [] });
    await flushPromises();
    expect(element.shadowRoot.querySelector('[data-empty="api-usage"]')).not.toBeNull();
    expect(element.shadowRoot.querySelector('[data-id="attention"]')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('names users to review with their last login, in the one date format', async () => {
    const element = render();
    await flushPromises();
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

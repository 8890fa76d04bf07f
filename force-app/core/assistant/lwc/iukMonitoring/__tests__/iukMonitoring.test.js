import { createElement } from 'lwc';
import IukMonitoring from 'c/iukMonitoring';

const PAGE_MODEL = require('../../integrationUserAssistant/__tests__/data/IntegrationUserAssistantController.getPageModel.json');

// A macrotask lets every pending promise chain (Apex mock → handler → refreshApex → re-render) settle.
// eslint-disable-next-line @lwc/lwc/no-async-operation
const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));

function render(props) {
  const element = createElement('c-iuk-monitoring', { is: IukMonitoring });
  Object.assign(element, { apiUsage: PAGE_MODEL.apiUsage, integrations: PAGE_MODEL.integrations }, props);
  document.body.appendChild(element);
  return element;
}

describe('c-iuk-monitoring', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

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
      '1 login came from outside the profile’s IP ranges.',
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
});

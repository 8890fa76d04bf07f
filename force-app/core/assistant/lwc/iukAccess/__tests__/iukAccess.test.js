import { createElement } from 'lwc';
import IukAccess from 'c/iukAccess';

const PAGE_MODEL = require('../../integrationUserAssistant/__tests__/data/IntegrationUserAssistantController.getPageModel.json');

// A macrotask lets every pending promise chain (Apex mock → handler → refreshApex → re-render) settle.
// eslint-disable-next-line @lwc/lwc/no-async-operation
const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('c-iuk-access', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  it('shows the CRUD grants and marks Modify All as dangerous', async () => {
    const element = createElement('c-iuk-access', { is: IukAccess });
    element.integrations = PAGE_MODEL.integrations;
    document.body.appendChild(element);
    await flushPromises();
    const partner = element.shadowRoot.querySelector('[data-integration="Partner_Portal_Sync"]');
    const account = partner.querySelector('[data-object="Account"]');
    expect(account.querySelector('[data-field="modifyAll"]').textContent).toBe('Yes');
    expect(account.querySelector('lightning-badge').label).toBe('Dangerous');
    expect(partner.textContent).toContain('Groups: IUK_Partner_Read_Only');
    const marketing = element.shadowRoot.querySelector('[data-integration="Marketing_Automation"]');
    expect(marketing.querySelector('[data-id="dangerous"]')).toBeNull();
    expect(marketing.querySelector('[data-object="Lead"] lightning-badge')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('has an empty state', async () => {
    const element = createElement('c-iuk-access', { is: IukAccess });
    element.integrations = [];
    document.body.appendChild(element);
    await flushPromises();
    expect(element.shadowRoot.querySelector('[data-empty="access"]')).not.toBeNull();
  });
});

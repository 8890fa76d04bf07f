import { createElement } from 'lwc';
import IukChecklist from 'c/iukChecklist';

const PAGE_MODEL = require('../../integrationUserAssistant/__tests__/data/IntegrationUserAssistantController.getPageModel.json');

// A macrotask lets every pending promise chain (Apex mock → handler → refreshApex → re-render) settle.
// eslint-disable-next-line @lwc/lwc/no-async-operation
const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('c-iuk-checklist', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  it('shows each check with an icon whose text says the outcome', async () => {
    const element = createElement('c-iuk-checklist', { is: IukChecklist });
    element.items = PAGE_MODEL.checklist;
    document.body.appendChild(element);
    await flushPromises();
    const failed = element.shadowRoot.querySelector('[data-key="INTEGRATION_LICENSE"]');
    expect(failed.querySelector('lightning-icon').alternativeText).toBe('Failed');
    expect(failed.querySelector('lightning-icon').variant).toBe('error');
    expect(failed.textContent).toContain('Partner Portal Sync');
    await expect(element).toBeAccessible();
  });

  it('says so when there is nothing to check', async () => {
    const element = createElement('c-iuk-checklist', { is: IukChecklist });
    element.items = [];
    document.body.appendChild(element);
    await flushPromises();
    expect(element.shadowRoot.querySelector('[data-empty="checklist"]')).not.toBeNull();
    await expect(element).toBeAccessible();
  });
});

import { createElement } from 'lwc';
import IukEvidenceSummary from 'c/iukEvidenceSummary';
import getEvidence from '@salesforce/apex/IntegrationUserMonitoringController.getEvidence';

const EVIDENCE = require('iuk-test/data/IntegrationUserMonitoringController.getEvidence.json');

jest.mock(
  '@salesforce/apex/IntegrationUserMonitoringController.getEvidence',
  () => ({ default: jest.fn() }),
  {
    virtual: true,
  },
);

// eslint-disable-next-line @lwc/lwc/no-async-operation
const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));

function render() {
  const element = createElement('c-iuk-evidence-summary', { is: IukEvidenceSummary });
  document.body.appendChild(element);
  return element;
}

describe('c-iuk-evidence-summary', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  it('loads the evidence on demand and shows every answer with its controls', async () => {
    getEvidence.mockResolvedValue(EVIDENCE);
    const element = render();
    await flushPromises();
    expect(getEvidence).not.toHaveBeenCalled();
    await expect(element).toBeAccessible();

    element.shadowRoot.querySelector('[data-id="load-evidence"]').click();
    await flushPromises();

    const marketing = element.shadowRoot.querySelector('[data-integration="Marketing_Automation"]');
    expect(marketing.querySelector('h4').textContent).toBe('Marketing Automation: 8 met, 3 gaps.');
    const network = marketing.querySelector('[data-item="NETWORK_AND_HOURS"]');
    expect([...network.children].map((cell) => cell.textContent)).toEqual([
      'Login IP ranges and login hours',
      'Gap',
      'No login IP ranges or hours: the user may log in from any network at any time.',
      'NIST AC-3',
    ]);
    expect(network.querySelector('.slds-badge').className).toContain('slds-theme_error');
    await expect(element).toBeAccessible();
  });

  it('says why the evidence could not be loaded and lets the admin try again', async () => {
    getEvidence.mockRejectedValue({ body: { message: 'Apex CPU time limit exceeded' } });
    const element = render();
    element.shadowRoot.querySelector('[data-id="load-evidence"]').click();
    await flushPromises();

    expect(element.shadowRoot.querySelector('[data-id="evidence-error"]').textContent).toBe(
      'The evidence could not be loaded: Apex CPU time limit exceeded',
    );
    expect(element.shadowRoot.querySelector('[data-id="load-evidence"]')).not.toBeNull();
  });
});

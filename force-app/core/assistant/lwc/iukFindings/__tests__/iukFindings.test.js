import { createElement } from 'lwc';
import IukFindings from 'c/iukFindings';

// eslint-disable-next-line @lwc/lwc/no-async-operation
const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));

const FINDINGS = [
  {
    integration: null,
    code: 'MONITORING_NOT_SCHEDULED',
    severity: 'LOW',
    title: 'The daily monitoring job is not scheduled',
    detail: 'Nothing reads the event logs every day.',
    action: 'Schedule it.',
    controls: ['NIST AU-6'],
  },
  {
    integration: 'ERP_Order_Sync',
    code: 'RETIRED_API_VERSION',
    severity: 'HIGH',
    title: 'Calls a retired API version',
    detail: '412 request(s) at Bulk 30.0.',
    action: 'Upgrade the ERP Order Sync client.',
    controls: ['NIST AU-6'],
  },
  {
    integration: 'ERP_Order_Sync',
    code: 'FAILED_LOGINS',
    severity: 'MEDIUM',
    title: '2 failed login(s)',
    detail: '2 failed login attempt(s).',
    action: 'Rotate the credentials.',
    controls: [],
  },
];

function render(props) {
  const element = createElement('c-iuk-findings', { is: IukFindings });
  Object.assign(element, { findings: FINDINGS }, props);
  document.body.appendChild(element);
  return element;
}

describe('c-iuk-findings', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
  });

  it('lists the most severe first, each with what to do and its controls', async () => {
    const element = render();
    await flushPromises();
    const items = [...element.shadowRoot.querySelectorAll('[data-code]')];
    expect(items.map((item) => item.dataset.code)).toEqual([
      'RETIRED_API_VERSION',
      'FAILED_LOGINS',
      'MONITORING_NOT_SCHEDULED',
    ]);
    expect(items[0].querySelector('.slds-assistive-text').textContent).toBe('Severity High');
    expect(items[0].querySelector('.slds-badge').className).toContain('slds-theme_error');
    expect(items[0].querySelector('[data-id="action"]').textContent).toContain(
      'Upgrade the ERP Order Sync client.',
    );
    expect(items[0].querySelector('[data-id="controls"]').textContent).toContain('NIST AU-6');
    expect(items[1].querySelector('[data-id="controls"]')).toBeNull();
    expect(element.shadowRoot.querySelector('[data-id="findings-count"]').textContent).toBe(
      '3 findings: 1 high, 1 medium, 1 other.',
    );
    expect(element.shadowRoot.querySelector('[data-id="scope"]')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('names the integration, or the whole org, when asked', async () => {
    const element = render({
      showIntegration: true,
      integrationLabels: { ERP_Order_Sync: 'ERP Order Sync' },
    });
    await flushPromises();
    const scopes = [...element.shadowRoot.querySelectorAll('[data-id="scope"]')].map(
      (scope) => scope.textContent,
    );
    expect(scopes).toEqual(['ERP Order Sync:', 'ERP Order Sync:', 'Whole org:']);
  });

  it('says when there is nothing to do', async () => {
    const element = render({ findings: [] });
    await flushPromises();
    expect(element.shadowRoot.querySelector('[data-empty="findings"]').textContent).toBe(
      'No findings: nothing needs your attention.',
    );
    await expect(element).toBeAccessible();
  });
});

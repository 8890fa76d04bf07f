import { createElement } from 'lwc';
import IukMonitoringActivity from 'c/iukMonitoringActivity';
import getMonitoring from '@salesforce/apex/IntegrationUserMonitoringController.getMonitoring';
import runMonitoringNow from '@salesforce/apex/IntegrationUserMonitoringController.runMonitoringNow';
import { refreshApex } from '@salesforce/apex';

// Fixtures named after the Apex methods; scripts/org/evidence/evidence.test.ts checks them against
// IntegrationUserMonitoringModels.cls and that the default one is the recorded REST response.
const MONITORING = require('iuk-test/data/IntegrationUserMonitoringController.getMonitoring.json');
const NO_LOG = require('iuk-test/data/IntegrationUserMonitoringController.getMonitoring.noLog.json');
const NO_ACCESS = require('iuk-test/data/IntegrationUserMonitoringController.getMonitoring.noAccess.json');
const EMPTY = require('iuk-test/data/IntegrationUserMonitoringController.getMonitoring.empty.json');
const NO_PERMISSION = require('iuk-test/data/IntegrationUserMonitoringController.getMonitoring.noPermission.json');
const RUN_ID = require('iuk-test/data/IntegrationUserMonitoringController.runMonitoringNow.json');

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
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });

// eslint-disable-next-line @lwc/lwc/no-async-operation
const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));

function render() {
  const element = createElement('c-iuk-monitoring-activity', { is: IukMonitoringActivity });
  const toasts = [];
  element.addEventListener('lightning__showtoast', (event) => toasts.push(event.detail));
  document.body.appendChild(element);
  return { element, toasts };
}

describe('c-iuk-monitoring-activity', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  it('shows each integration with its chart, logins and findings', async () => {
    const { element } = render();
    getMonitoring.emit(MONITORING);
    await flushPromises();

    const erp = element.shadowRoot.querySelector('[data-activity="ERP_Order_Sync"]');
    const chart = erp.querySelector('c-iuk-api-usage-chart');
    expect(chart.days).toHaveLength(30);
    expect(chart.label).toBe('ERP Order Sync');
    expect(erp.querySelector('[data-id="logins"]').textContent).toBe(
      '8,215 logins from Jun 3, 2026 to Dec 1, 2026 (every login, not a sample): 2 failed, 3 from outside the IP ranges, 0 outside the login hours, 0 with a password.',
    );
    expect(erp.querySelector('[data-id="outside"]').textContent).toContain(
      '3 logins of the counted window came from outside the declared IP ranges',
    );
    const marketing = element.shadowRoot.querySelector('[data-activity="Marketing_Automation"]');
    expect(marketing.querySelector('[data-id="outside"]')).toBeNull();
    const firstExample = [...erp.querySelectorAll('[data-id="examples"] tbody tr')][0];
    expect([...firstExample.children].map((cell) => cell.textContent)).toEqual([
      'Nov 27, 2026, 6:41 PM',
      '203.0.113.7',
      'Success',
      'Remote Access 2.0',
      'Outside IP ranges',
    ]);
    expect(erp.querySelector('c-iuk-findings').findings.map((finding) => finding.code)).toEqual([
      'RETIRED_API_VERSION',
      'LOGINS_OUTSIDE_IP_RANGES',
      'FAILED_LOGINS',
    ]);
    expect(erp.textContent).toContain('Bulk 30.0 (412)');
    expect(element.shadowRoot.querySelector('[data-coverage="api"]').textContent).toContain(
      '27 of 30 days have a log',
    );
    expect(element.shadowRoot.querySelector('[data-id="job"]').textContent).toBe(
      'The daily monitoring job is not scheduled.',
    );
    const orgFindings = element.shadowRoot.querySelector('[data-id="org-findings"] c-iuk-findings');
    expect(orgFindings.findings.map((finding) => finding.code)).toEqual(['MONITORING_NOT_SCHEDULED']);
    expect(element.shadowRoot.querySelector('c-iuk-evidence-summary')).not.toBeNull();
    await expect(element).toBeAccessible();
  });

  it('names the next run of a scheduled job in the one date format', async () => {
    const { element } = render();
    getMonitoring.emit({
      ...MONITORING,
      job: { ...MONITORING.job, scheduled: true, nextRun: '2026-12-02T04:00:00.000Z' },
      findings: MONITORING.findings.filter((finding) => finding.code !== 'MONITORING_NOT_SCHEDULED'),
    });
    await flushPromises();
    expect(element.shadowRoot.querySelector('[data-id="job"]').textContent).toBe(
      'Next run: Dec 1, 2026, 8:00 PM.',
    );
    expect(element.shadowRoot.querySelector('[data-id="org-findings"]')).toBeNull();
  });

  it('says plainly when the org provides no log, or the job cannot read it', async () => {
    const { element } = render();
    getMonitoring.emit(NO_LOG);
    await flushPromises();
    const api = element.shadowRoot.querySelector('[data-coverage="api"]');
    expect(api.dataset.state).toBe('NONE');
    expect(api.className).toContain('slds-text-color_error');
    expect(api.textContent).toContain('API usage is unknown (not zero)');
    const chart = element.shadowRoot.querySelector('[data-activity="ERP_Order_Sync"] c-iuk-api-usage-chart');
    expect(chart.days.every((day) => day.hasLog === false && day.apiRequests === null)).toBe(true);

    getMonitoring.emit(NO_ACCESS);
    await flushPromises();
    expect(element.shadowRoot.querySelector('[data-coverage="api"]').textContent).toContain(
      'View Event Log Files',
    );
    await expect(element).toBeAccessible();
  });

  it('has states for loading, no integrations, no permission and a failed load', async () => {
    const { element } = render();
    expect(element.shadowRoot.querySelector('[data-id="activity-loading"]')).not.toBeNull();

    getMonitoring.emit(EMPTY);
    await flushPromises();
    expect(element.shadowRoot.querySelector('[data-empty="activity"]').textContent).toBe(
      'No integration user exists yet, so there is no activity to show.',
    );
    expect(element.shadowRoot.querySelector('[data-coverage="api"]').textContent).toContain(
      'Nothing collected yet',
    );

    getMonitoring.emit(NO_PERMISSION);
    await flushPromises();
    expect(element.shadowRoot.querySelector('[data-empty="activity-permission"]')).not.toBeNull();

    getMonitoring.error({ message: 'Too many SOQL queries' });
    await flushPromises();
    expect(element.shadowRoot.querySelector('[data-id="activity-error"]').textContent).toBe(
      'The activity could not be loaded: Too many SOQL queries',
    );
    await expect(element).toBeAccessible();
  });

  it('starts the monitoring job on demand and refreshes', async () => {
    runMonitoringNow.mockResolvedValue(RUN_ID);
    const { element, toasts } = render();
    getMonitoring.emit(MONITORING);
    await flushPromises();

    element.shadowRoot.querySelector('[data-id="collect-now"]').click();
    await flushPromises();

    expect(runMonitoringNow).toHaveBeenCalledTimes(1);
    expect(refreshApex).toHaveBeenCalledTimes(1);
    expect(toasts[0].variant).toBe('success');
    expect(toasts[0].title).toContain('The monitoring job started');
  });

  it('reports a job that cannot start', async () => {
    runMonitoringNow.mockRejectedValue({ body: { message: 'You need the custom permission' } });
    const { element, toasts } = render();
    getMonitoring.emit(MONITORING);
    await flushPromises();

    element.shadowRoot.querySelector('[data-id="collect-now"]').click();
    await flushPromises();

    expect(toasts[0]).toEqual(
      expect.objectContaining({ variant: 'error', title: 'You need the custom permission' }),
    );
  });
});

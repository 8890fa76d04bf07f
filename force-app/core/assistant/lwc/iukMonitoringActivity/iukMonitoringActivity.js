import { LightningElement, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import getMonitoring from '@salesforce/apex/IntegrationUserMonitoringController.getMonitoring';
import runMonitoringNow from '@salesforce/apex/IntegrationUserMonitoringController.runMonitoringNow';
import { format, formatDateTime, formatNumber, reduceErrors } from 'c/iukFormat';
import { dayText } from 'c/iukApiUsageChart';
import { LABELS } from 'c/iukMonitoringLabels';
import { LABELS as ASSISTANT_LABELS } from 'c/iukLabels';

const FLAG_LABELS = {
  FAILED: LABELS.Flag_FAILED,
  OUTSIDE_IP_RANGES: LABELS.Flag_OUTSIDE_IP_RANGES,
  OUTSIDE_LOGIN_HOURS: LABELS.Flag_OUTSIDE_LOGIN_HOURS,
  PASSWORD: LABELS.Flag_PASSWORD,
  NEW_NETWORK: LABELS.Flag_NEW_NETWORK,
};
const GOOD_COVERAGE = ['AVAILABLE', 'PARTIAL'];

/**
 * The Monitoring step's activity: one wired call (getMonitoring) gives, per integration, the daily API
 * requests of the window (c-iuk-api-usage-chart), the logins of the whole counted window with the
 * latest flagged ones, and the findings (c-iuk-findings); above them, whether the org's logs were
 * available, and below them the access-review evidence (c-iuk-evidence-summary).
 */
export default class IukMonitoringActivity extends LightningElement {
  labels = LABELS;
  warningIcon = ASSISTANT_LABELS.warningIcon;
  model;
  error;
  wired;
  starting = false;

  @wire(getMonitoring)
  wiredMonitoring(result) {
    this.wired = result;
    if (result.data) {
      this.model = result.data;
      this.error = undefined;
    } else if (result.error) {
      this.error = result.error;
      this.model = undefined;
    }
  }

  get isLoading() {
    return !this.model && !this.error;
  }

  get errorText() {
    return format(LABELS.LoadError, reduceErrors(this.error));
  }

  get noPermission() {
    return !!this.model && this.model.canView !== true;
  }

  get isReady() {
    return !!this.model && this.model.canView === true;
  }

  get hasIntegrations() {
    return this.isReady && (this.model.integrations || []).length > 0;
  }

  get coverage() {
    const model = this.model;
    return [
      { key: 'api', label: LABELS.ApiLog, log: model.apiLog },
      { key: 'login', label: LABELS.LoginLog, log: model.loginLog },
    ].map((entry) => ({
      key: entry.key,
      label: entry.label,
      message: (entry.log && entry.log.message) || '',
      className:
        entry.log && GOOD_COVERAGE.includes(entry.log.state)
          ? 'slds-m-bottom_xx-small'
          : 'slds-m-bottom_xx-small slds-text-color_error',
      state: (entry.log && entry.log.state) || '',
    }));
  }

  get jobText() {
    const job = this.model.job;
    if (!job || !job.scheduled) {
      return LABELS.JobNotScheduled;
    }
    return format(LABELS.JobNextRun, formatDateTime(job.nextRun));
  }

  get orgFindings() {
    return (this.model.findings || []).filter((finding) => !finding.integration);
  }

  get hasOrgFindings() {
    return this.orgFindings.length > 0;
  }

  get sections() {
    return (this.model.integrations || []).map((integration) => {
      const logins = integration.logins || {};
      const counted = logins.counted === true;
      return {
        key: integration.name,
        name: integration.name,
        label: integration.label || integration.name,
        headingId: `activity-${integration.name}`,
        hasUser: !!integration.userId,
        days: integration.days || [],
        findings: integration.findings || [],
        loginsText: counted
          ? format(
              LABELS.Logins_Summary,
              formatNumber(logins.total),
              dayText(logins.firstDay, true),
              dayText(logins.lastDay, true),
              formatNumber(logins.failed),
              formatNumber(logins.outsideIpRanges),
              formatNumber(logins.outsideLoginHours),
              formatNumber(logins.passwordLogins),
            )
          : LABELS.Logins_NotCounted,
        outsideText:
          counted && logins.outsideIpRanges > 0
            ? format(LABELS.Logins_Outside, formatNumber(logins.outsideIpRanges))
            : '',
        examplesCaption: format(LABELS.Logins_ExamplesCaption, integration.label || integration.name),
        examples: (logins.examples || []).map((example, index) => ({
          key: `${integration.name}-example-${index}`,
          time: formatDateTime(example.loginTime),
          sourceIp: example.sourceIp,
          status: example.status,
          loginType: [example.loginType, example.loginSubType].filter((part) => !!part).join(' / '),
          flags: (example.flags || []).map((flag) => FLAG_LABELS[flag] || flag).join(', '),
        })),
        hasExamples: (logins.examples || []).length > 0,
        breakdowns: [
          { key: 'versions', label: LABELS.Breakdown_Versions, entries: integration.apiVersions || [] },
          { key: 'clients', label: LABELS.Breakdown_Clients, entries: integration.apiClients || [] },
          { key: 'ips', label: LABELS.Breakdown_Ips, entries: integration.sourceIps || [] },
        ]
          .filter((breakdown) => breakdown.entries.length > 0)
          .map((breakdown) => ({
            key: `${integration.name}-${breakdown.key}`,
            label: breakdown.label,
            text: breakdown.entries.map((entry) => `${entry.key} (${formatNumber(entry.count)})`).join(', '),
          })),
      };
    });
  }

  async collectNow() {
    this.starting = true;
    try {
      await runMonitoringNow();
      this.dispatchEvent(new ShowToastEvent({ title: LABELS.RunNowStarted, variant: 'success' }));
      await refreshApex(this.wired);
    } catch (error) {
      this.dispatchEvent(new ShowToastEvent({ title: reduceErrors(error), variant: 'error' }));
    } finally {
      this.starting = false;
    }
  }
}

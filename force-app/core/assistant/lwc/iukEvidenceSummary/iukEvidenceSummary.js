import { LightningElement } from 'lwc';
import getEvidence from '@salesforce/apex/IntegrationUserMonitoringController.getEvidence';
import { format, reduceErrors } from 'c/iukFormat';
import { LABELS } from 'c/iukMonitoringLabels';

const STATUS_BADGES = {
  MET: 'slds-badge slds-theme_success',
  GAP: 'slds-badge slds-theme_error',
  INFO: 'slds-badge slds-badge_lightest',
};

/**
 * The access-review evidence of every integration: each question answered MET, GAP or INFO with the
 * controls it evidences. Loaded when asked (it reads more than the monitoring step needs); the
 * evidence command writes the same model as JSON, Markdown and HTML.
 */
export default class IukEvidenceSummary extends LightningElement {
  labels = LABELS;
  evidence;
  error;
  loading = false;

  get loaded() {
    return !!this.evidence;
  }

  get errorText() {
    return format(LABELS.Evidence_Error, reduceErrors(this.error));
  }

  get integrations() {
    return ((this.evidence && this.evidence.integrations) || []).map((integration) => {
      const items = (integration.items || []).map((item) => ({
        key: `${integration.name}-${item.key}`,
        itemKey: item.key,
        label: item.label,
        status: item.status,
        statusText: LABELS[`Evidence_${item.status}`] || item.status,
        badgeClass: STATUS_BADGES[item.status] || STATUS_BADGES.INFO,
        detail: item.detail,
        controls: (item.controls || []).join(', '),
      }));
      return {
        key: integration.name,
        name: integration.name,
        label: integration.label || integration.name,
        caption: format(LABELS.Evidence_Caption, integration.label || integration.name),
        summary: format(
          LABELS.Evidence_Summary,
          integration.label || integration.name,
          items.filter((item) => item.status === 'MET').length,
          items.filter((item) => item.status === 'GAP').length,
        ),
        items,
      };
    });
  }

  async load() {
    this.loading = true;
    this.error = undefined;
    try {
      this.evidence = await getEvidence();
    } catch (error) {
      this.error = error;
    } finally {
      this.loading = false;
    }
  }
}

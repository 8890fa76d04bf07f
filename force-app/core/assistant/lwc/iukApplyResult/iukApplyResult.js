import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/iukLabels';
import { format, formatNumber } from 'c/iukFormat';

/** What the last apply did, per integration: each change made, or why it failed. */
export default class IukApplyResult extends LightningElement {
  /** The ApplyResult of applyProvisioning. */
  @api result;
  @api integrations;

  labels = LABELS;

  @api
  focusHeading() {
    const heading = this.template.querySelector('[data-id="result-heading"]');
    if (heading) {
      heading.focus();
    }
  }

  get summary() {
    const result = this.result || {};
    return format(LABELS.applySummary, formatNumber(result.succeeded || 0), formatNumber(result.failed || 0));
  }

  get rows() {
    const labels = new Map((this.integrations || []).map((item) => [item.name, item.label || item.name]));
    return ((this.result && this.result.results) || []).map((item) => {
      const label = labels.get(item.integration) || item.integration;
      return {
        key: item.integration,
        heading: format(item.success ? LABELS.resultSucceeded : LABELS.resultFailed, label),
        iconName: item.success ? 'utility:success' : 'utility:error',
        variant: item.success ? 'success' : 'error',
        iconText: item.success ? LABELS.resultSucceededIcon : LABELS.resultFailedIcon,
        applied: (item.applied || []).map((text, index) => ({ key: `a-${index}`, text })),
        errors: (item.errors || []).map((text, index) => ({ key: `e-${index}`, text })),
      };
    });
  }
}

import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/iukLabels';
import { format, formatDateTime, formatNumber, formatPercent } from 'c/iukFormat';
import { API_WARNING_PERCENT, usersToReview } from 'c/iukSteps';

/**
 * Step 5: the org's daily API usage against its limit, users never or rarely seen, and each
 * integration's activity (c-iuk-monitoring-activity: daily API requests, every login of the counted
 * window judged against the declared ranges and hours, findings, evidence).
 */
export default class IukMonitoring extends LightningElement {
  @api apiUsage;
  @api integrations;

  labels = LABELS;

  get hasApiUsage() {
    return !!(this.apiUsage && this.apiUsage.max);
  }

  get apiPercent() {
    return this.hasApiUsage ? Math.min(100, Math.round(this.apiUsage.percentUsed || 0)) : 0;
  }

  get apiSummary() {
    const usage = this.apiUsage;
    return format(
      LABELS.monitoringApiSummary,
      formatNumber(usage.used),
      formatNumber(usage.max),
      formatPercent(usage.percentUsed),
    );
  }

  get apiWarning() {
    return this.hasApiUsage && (this.apiUsage.percentUsed || 0) >= API_WARNING_PERCENT;
  }

  get attention() {
    return usersToReview({ integrations: this.integrations }).map((integration) => {
      const label = integration.label || integration.name;
      const reason = integration.neverLoggedIn
        ? format(LABELS.monitoringNeverLoggedIn, label)
        : format(LABELS.monitoringDormant, label, formatDateTime(integration.lastLogin));
      return {
        key: integration.name,
        name: integration.name,
        reason,
        advice: integration.neverLoggedIn ? LABELS.monitoringNeverAdvice : LABELS.monitoringDormantAdvice,
      };
    });
  }

  get hasAttention() {
    return this.attention.length > 0;
  }
}

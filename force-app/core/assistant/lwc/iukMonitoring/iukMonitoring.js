import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/iukLabels';
import { byNewest, format, formatDateTime, formatNumber, formatPercent, plural } from 'c/iukFormat';
import { API_WARNING_PERCENT, usersToReview } from 'c/iukSteps';

/** Step 5: daily API usage, each integration user's recent logins, and users never or rarely seen. */
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

  get createdUsers() {
    return (this.integrations || []).filter((integration) => !!integration.userId);
  }

  get hasUsers() {
    return this.createdUsers.length > 0;
  }

  get loginSections() {
    return this.createdUsers.map((integration) => {
      const label = integration.label || integration.name;
      const logins = [...(integration.recentLogins || [])]
        .sort(byNewest('loginTime'))
        .map((login, index) => ({
          key: `${integration.name}-login-${index}`,
          loginTime: formatDateTime(login.loginTime),
          sourceIp: login.sourceIp,
          status: login.status,
          loginType: login.loginType,
          outside: !!login.outsideIpRanges,
          rowClass: login.outsideIpRanges ? 'iuk-attention' : '',
        }));
      const outsideCount = logins.filter((login) => login.outside).length;
      return {
        key: integration.name,
        name: integration.name,
        label,
        caption: format(LABELS.monitoringLoginsCaption, label),
        logins,
        hasLogins: logins.length > 0,
        outsideCount,
        outsideMessage: plural(outsideCount, LABELS.monitoringOutsideOne, LABELS.monitoringOutsideOther),
        sectionClass: `slds-box slds-theme_default slds-m-bottom_medium${outsideCount ? ' iuk-attention' : ''}`,
      };
    });
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

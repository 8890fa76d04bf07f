import { LightningElement, api } from 'lwc';
import { formatNumber, formatPercent } from 'c/iukFormat';

// Above this share of the daily API limit an admin should look before integrations start failing.
const API_WARNING_PERCENT = 80;

/** Step 5: daily API usage, each integration user's recent logins, and users never or rarely seen. */
export default class IukMonitoring extends LightningElement {
  @api apiUsage;
  @api integrations;

  get hasApiUsage() {
    return !!(this.apiUsage && this.apiUsage.max);
  }

  get apiPercent() {
    return this.hasApiUsage ? Math.min(100, Math.round(this.apiUsage.percentUsed || 0)) : 0;
  }

  get apiSummary() {
    const usage = this.apiUsage;
    return `${formatNumber(usage.used)} of ${formatNumber(usage.max)} daily API requests used (${formatPercent(usage.percentUsed)}).`;
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
      const logins = (integration.recentLogins || []).map((login, index) => ({
        key: `${integration.name}-login-${index}`,
        loginTime: login.loginTime,
        sourceIp: login.sourceIp,
        status: login.status,
        loginType: login.loginType,
        outside: !!login.outsideIpRanges,
        rowClass: login.outsideIpRanges ? 'iuk-flagged' : '',
      }));
      const outsideCount = logins.filter((login) => login.outside).length;
      return {
        key: integration.name,
        name: integration.name,
        label: integration.label || integration.name,
        caption: `Recent logins of ${integration.label || integration.name}`,
        logins,
        hasLogins: logins.length > 0,
        outsideCount,
        outsideMessage:
          outsideCount === 1
            ? '1 login came from outside the profile’s IP ranges.'
            : `${outsideCount} logins came from outside the profile’s IP ranges.`,
      };
    });
  }

  get attention() {
    return this.createdUsers
      .filter((integration) => integration.neverLoggedIn || integration.dormant)
      .map((integration) => ({
        key: integration.name,
        name: integration.name,
        label: integration.label || integration.name,
        reason: integration.neverLoggedIn ? 'Never logged in' : 'Dormant',
        lastLogin: integration.lastLogin,
        advice: integration.neverLoggedIn
          ? 'Check that the external system is configured with this user, or deactivate it.'
          : 'No recent logins: confirm the integration is still in use, then freeze or deactivate the user.',
      }));
  }

  get hasAttention() {
    return this.attention.length > 0;
  }
}

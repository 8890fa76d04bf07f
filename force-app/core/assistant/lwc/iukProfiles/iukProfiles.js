import { LightningElement, api } from 'lwc';
import { formatIpRange, summarizeLoginHours } from 'c/iukFormat';

/** Step 2: the profiles integrations run on, with their login IP ranges and login hours made readable. */
export default class IukProfiles extends LightningElement {
  @api profiles;
  /** Used to show labels instead of API names next to each profile. */
  @api integrations;

  get hasProfiles() {
    return this.rows.length > 0;
  }

  get rows() {
    const labels = new Map((this.integrations || []).map((item) => [item.name, item.label || item.name]));
    return (this.profiles || []).map((profile) => {
      const integrationLabels = (profile.integrations || []).map((name) => labels.get(name) || name);
      const ipRanges = (profile.ipRanges || []).map((range, index) => ({
        key: `${profile.name}-ip-${index}`,
        text: formatIpRange(range),
        description: range.description,
      }));
      const loginHours = summarizeLoginHours(profile.loginHours);
      const warnings = [];
      if (!profile.exists) {
        warnings.push({
          key: 'missing',
          variant: 'error',
          text: `The profile "${profile.name}" does not exist in this org. Deploy it (npm run deploy) or correct Profile_Name__c in the definition.`,
        });
      } else if (!profile.onIntegrationLicense) {
        warnings.push({
          key: 'licence',
          variant: 'error',
          text: `This profile uses the "${profile.userLicense}" licence, not Salesforce Integration. Integration users need a profile on the Salesforce Integration licence: clone "Minimum Access - API Only Integrations".`,
        });
      }
      if (profile.exists && ipRanges.length === 0 && integrationLabels.length > 0) {
        warnings.push({
          key: 'ip',
          variant: 'warning',
          text: `No login IP ranges: ${integrationLabels.join(', ')} can log in from any address. Clone this profile, add the external system's egress ranges and point the definitions at the clone.`,
        });
      }
      return {
        key: profile.name,
        name: profile.name,
        userLicense: profile.userLicense || 'Unknown licence',
        licenceBadge: profile.onIntegrationLicense
          ? 'Salesforce Integration licence'
          : 'Not an integration licence',
        licenceBadgeClass: profile.onIntegrationLicense ? 'slds-theme_success' : 'slds-theme_error',
        integrationLabels: integrationLabels.join(', ') || 'None',
        ipRanges,
        hasIpRanges: ipRanges.length > 0,
        loginHours,
        hasLoginHours: loginHours.length > 0,
        warnings: warnings.map((warning) => ({
          ...warning,
          iconName: `utility:${warning.variant}`,
          className: `slds-m-top_x-small ${warning.variant === 'error' ? 'slds-text-color_error' : ''}`,
          alternativeText: warning.variant === 'error' ? 'Error' : 'Warning',
        })),
      };
    });
  }
}

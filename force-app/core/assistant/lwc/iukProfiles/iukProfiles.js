import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/iukLabels';
import { format, formatIpRange, summarizeLoginHours } from 'c/iukFormat';

/** Step 2: the profiles integrations run on, with their login IP ranges and login hours made readable. */
export default class IukProfiles extends LightningElement {
  @api profiles;
  /** Used to show labels instead of API names next to each profile. */
  @api integrations;

  labels = LABELS;

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
        description: range.description ? format(LABELS.ipRangeDescription, range.description) : '',
      }));
      const loginHours = summarizeLoginHours(profile.loginHours).map((line) => ({
        key: line.key,
        text: format(LABELS.loginHoursLine, line.days, line.hours),
      }));
      const warnings = [];
      if (!profile.exists) {
        warnings.push({
          key: 'missing',
          variant: 'error',
          text: format(LABELS.profileMissing, profile.name),
        });
      } else if (!profile.onIntegrationLicense) {
        warnings.push({
          key: 'licence',
          variant: 'error',
          text: format(LABELS.profileWrongLicence, profile.userLicense || LABELS.unknownValue),
        });
      }
      if (profile.exists && ipRanges.length === 0 && integrationLabels.length > 0) {
        warnings.push({
          key: 'ip',
          variant: 'warning',
          text: format(LABELS.profileNoIpRanges, integrationLabels.join(', ')),
        });
      }
      const onLicence = profile.onIntegrationLicense === true;
      return {
        key: profile.name,
        name: profile.name,
        licenceLine: format(
          LABELS.profileLicenceLine,
          profile.userLicense || LABELS.unknownValue,
          integrationLabels.join(', ') || LABELS.none,
        ),
        licenceBadge: onLicence ? LABELS.profileBadgeIntegration : LABELS.profileBadgeNotIntegration,
        licenceBadgeClass: `slds-badge ${onLicence ? 'slds-theme_success' : 'slds-theme_error'}`,
        articleClass: `slds-box slds-theme_default slds-m-bottom_medium${
          warnings.some((warning) => warning.variant === 'error')
            ? ' iuk-attention'
            : warnings.length
              ? ' iuk-attention_warning'
              : ''
        }`,
        ipRanges,
        hasIpRanges: ipRanges.length > 0,
        loginHours,
        hasLoginHours: loginHours.length > 0,
        warnings: warnings.map((warning) => ({
          ...warning,
          iconName: `utility:${warning.variant}`,
          className: `slds-m-top_x-small iuk-wrap${warning.variant === 'error' ? ' slds-text-color_error' : ''}`,
          alternativeText: warning.variant === 'error' ? LABELS.errorIcon : LABELS.warningIcon,
        })),
      };
    });
  }
}

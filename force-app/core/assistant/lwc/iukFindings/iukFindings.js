import { LightningElement, api } from 'lwc';
import { format } from 'c/iukFormat';
import { LABELS } from 'c/iukMonitoringLabels';

// Colour is a second cue only: every badge carries its severity as text.
const SEVERITY_BADGES = {
  HIGH: 'slds-badge slds-theme_error',
  MEDIUM: 'slds-badge slds-theme_warning',
  LOW: 'slds-badge slds-badge_lightest',
  INFO: 'slds-badge slds-badge_lightest',
};
const RANK = { HIGH: 0, MEDIUM: 1, LOW: 2, INFO: 3 };

/**
 * A list of findings (IntegrationUserMonitoringModels.Finding): severity, what happened, what to do,
 * and the controls. Sorted most severe first; with show-integration, each says which integration (or
 * the whole org) it is about.
 */
export default class IukFindings extends LightningElement {
  @api findings;
  /** Label of each finding's integration by API name; shown when showIntegration is set. */
  @api integrationLabels;
  @api showIntegration = false;

  labels = LABELS;

  get sorted() {
    const findings = Array.isArray(this.findings) ? [...this.findings] : [];
    return findings.sort((a, b) => (RANK[a.severity] ?? 9) - (RANK[b.severity] ?? 9));
  }

  get hasFindings() {
    return this.sorted.length > 0;
  }

  get countText() {
    const findings = this.sorted;
    const high = findings.filter((finding) => finding.severity === 'HIGH').length;
    const medium = findings.filter((finding) => finding.severity === 'MEDIUM').length;
    return format(LABELS.Findings_Count, findings.length, high, medium, findings.length - high - medium);
  }

  get items() {
    const names = this.integrationLabels || {};
    return this.sorted.map((finding, index) => ({
      key: `${finding.integration || 'org'}-${finding.code}-${index}`,
      code: finding.code,
      severityText: LABELS[`Severity_${finding.severity}`] || finding.severity,
      severityLabel: format(
        LABELS.Severity_Label,
        LABELS[`Severity_${finding.severity}`] || finding.severity,
      ),
      badgeClass: SEVERITY_BADGES[finding.severity] || SEVERITY_BADGES.INFO,
      title: finding.title,
      detail: finding.detail,
      action: finding.action,
      controls: (finding.controls || []).join(', '),
      hasControls: (finding.controls || []).length > 0,
      scope: this.showIntegration
        ? finding.integration
          ? names[finding.integration] || finding.integration
          : LABELS.Findings_OrgWide
        : null,
    }));
  }
}

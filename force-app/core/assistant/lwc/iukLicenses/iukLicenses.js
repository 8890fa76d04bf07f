import { LightningElement, api } from 'lwc';
import { formatNumber, licenceState } from 'c/iukFormat';

const TONE_CLASSES = {
  ok: 'slds-text-color_success',
  warning: 'slds-text-color_default iuk-warning',
  error: 'slds-text-color_error',
};
const TONE_ICONS = {
  ok: { iconName: 'utility:success', variant: 'success', label: 'Enough seats' },
  warning: { iconName: 'utility:warning', variant: 'warning', label: 'Warning' },
  error: { iconName: 'utility:error', variant: 'error', label: 'Action needed' },
};

/** Step 1: the two licences every integration user consumes, and what to do when they run out. */
export default class IukLicenses extends LightningElement {
  @api userLicense;
  @api permissionSetLicense;

  get cards() {
    return [
      this.toCard(
        'userLicense',
        this.userLicense,
        'Salesforce Integration user licence',
        'Salesforce Integration',
      ),
      this.toCard(
        'permissionSetLicense',
        this.permissionSetLicense,
        'Salesforce API Integration permission set licence',
        'Salesforce API Integration',
      ),
    ];
  }

  get needsAction() {
    return this.cards.some((card) => card.tone === 'error');
  }

  toCard(key, summary, longLabel, shortLabel) {
    const state = licenceState(summary, longLabel);
    const found = !!(summary && summary.found);
    const total = found ? summary.total : 0;
    const used = found ? summary.used : 0;
    return {
      key,
      title: (summary && summary.name) || shortLabel,
      found,
      total: formatNumber(total),
      used: formatNumber(used),
      available: formatNumber(found ? summary.available : 0),
      // Share of seats in use, for the progress bar (0 when the org has none).
      percentUsed: total > 0 ? Math.round((used / total) * 100) : 0,
      tone: state.tone,
      message: state.message,
      messageClass: `slds-m-top_small ${TONE_CLASSES[state.tone]}`,
      icon: TONE_ICONS[state.tone],
    };
  }
}

import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/iukLabels';
import { format, formatNumber, licenceState } from 'c/iukFormat';

const TONE_CLASSES = {
  ok: 'slds-text-color_success',
  warning: 'slds-text-color_default',
  error: 'slds-text-color_error',
};
const TONE_ICONS = {
  ok: { iconName: 'utility:success', variant: 'success', label: LABELS.licenceOkIcon },
  warning: { iconName: 'utility:warning', variant: 'warning', label: LABELS.warningIcon },
  error: { iconName: 'utility:error', variant: 'error', label: LABELS.licenceActionIcon },
};

/** Step 1: the two licences every integration user consumes, and what to do when they run out. */
export default class IukLicenses extends LightningElement {
  @api userLicense;
  @api permissionSetLicense;

  labels = LABELS;

  get cards() {
    return [
      this.toCard('userLicense', this.userLicense, LABELS.licenceUserLong, LABELS.licenceUserShort),
      this.toCard(
        'permissionSetLicense',
        this.permissionSetLicense,
        LABELS.licencePermissionSetLong,
        LABELS.licencePermissionSetShort,
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
    const title = (summary && summary.name) || shortLabel;
    const percentUsed = total > 0 ? Math.round((used / total) * 100) : 0;
    return {
      key,
      title,
      found,
      total: formatNumber(total),
      used: formatNumber(used),
      available: formatNumber(found ? summary.available : 0),
      percentUsed,
      // The bar's accessible name says what it measures, not "Progress Bar".
      barLabel: format(LABELS.licenceBarLabel, title),
      tone: state.tone,
      message: state.message,
      articleClass: `slds-box slds-theme_default${state.tone === 'error' ? ' iuk-attention' : ''}`,
      messageClass: `slds-m-top_small iuk-wrap ${TONE_CLASSES[state.tone]}`,
      icon: TONE_ICONS[state.tone],
    };
  }
}

import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/iukLabels';
import { actionLabel, blockerLabel, format, plural, targetLabel } from 'c/iukFormat';

/**
 * The provisioning plan: what would change and why, what is blocked (and skipped), and Apply /
 * Discard. Readable at every width: the table stacks into labelled rows on narrow screens and its
 * cells wrap instead of clipping.
 *
 * Events: requestapply, discardplan.
 */
export default class IukPlan extends LightningElement {
  @api plan;
  /** For labels instead of API names. */
  @api integrations;
  @api canManage = false;
  @api busy = false;
  @api permissionSetLicense;

  labels = LABELS;

  @api
  focusHeading() {
    const heading = this.template.querySelector('[data-id="plan-heading"]');
    if (heading) {
      heading.focus();
    }
  }

  /** Focus back on Apply or Discard (after the confirmation dialog is cancelled). */
  @api
  focusAction(key) {
    const button = this.template.querySelector(`[data-focus-key="${key}"]`);
    if (button) {
      button.focus();
    }
  }

  get labelOf() {
    const labels = new Map((this.integrations || []).map((item) => [item.name, item.label || item.name]));
    return (name) => labels.get(name) || name;
  }

  get changes() {
    return ((this.plan && this.plan.actions) || []).filter((action) => !action.reportOnly);
  }

  get actions() {
    const labelOf = this.labelOf;
    return ((this.plan && this.plan.actions) || []).map((action, index) => ({
      key: `plan-action-${index}`,
      integration: labelOf(action.integration),
      type: actionLabel(action.type),
      target: targetLabel(action, this.permissionSetLicense),
      reason: action.reason,
      reportOnly: action.reportOnly,
    }));
  }

  get hasActions() {
    return this.actions.length > 0;
  }

  get blockers() {
    const labelOf = this.labelOf;
    return ((this.plan && this.plan.blockers) || []).map((blocker, index) => ({
      key: `blocker-${index}`,
      integration: labelOf(blocker.integration),
      title: format(LABELS.planBlockerTitle, labelOf(blocker.integration), blockerLabel(blocker.code)),
      message: blocker.message,
    }));
  }

  get hasBlockers() {
    return this.blockers.length > 0;
  }

  /** Apply is only useful when the plan changes something (report-only actions change nothing). */
  get applyDisabled() {
    return this.busy || !this.plan || this.plan.empty === true || this.changes.length === 0;
  }

  get summary() {
    if (!this.plan) {
      return '';
    }
    if (this.plan.empty || this.changes.length === 0) {
      return this.hasBlockers ? LABELS.planNothingButBlocked : LABELS.planNothingToDo;
    }
    const integrations = new Set(this.changes.map((action) => action.integration)).size;
    return format(
      LABELS.planSummary,
      plural(this.changes.length, LABELS.countChangesOne, LABELS.countChangesOther),
      plural(integrations, LABELS.countIntegrationsOne, LABELS.countIntegrationsOther),
    );
  }

  get planId() {
    return this.plan && this.plan.planHash ? format(LABELS.planId, this.plan.planHash.substring(0, 12)) : '';
  }

  handleApply() {
    this.dispatchEvent(new CustomEvent('requestapply'));
  }

  handleDiscard() {
    this.dispatchEvent(new CustomEvent('discardplan'));
  }
}

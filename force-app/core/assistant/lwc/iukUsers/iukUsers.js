import { LightningElement, api } from 'lwc';
import { actionLabel, statusBadge } from 'c/iukFormat';

/**
 * Step 4: every definition with its status and its live plan, plus the provisioning flow.
 * This component never calls Apex: it raises events and the page-level component owns the calls,
 * so one place handles errors, toasts and refreshing the page model.
 *
 * Events: plan { integrations: string[] | null }, requestapply, discardplan,
 *         requeststate { integration, state: 'FREEZE' | 'UNFREEZE' | 'DEACTIVATE' }.
 */
export default class IukUsers extends LightningElement {
  @api integrations;
  @api canManage = false;
  /** The Plan returned by planProvisioning, or null. */
  @api plan;
  /** The ApplyResult of the last apply, or null. */
  @api applyResult;
  /** True while an Apex call is running: every action button is disabled. */
  @api busy = false;
  @api recentRuns;

  /** Moves focus back to an action button after the confirmation dialog closes. */
  @api
  focusAction(focusKey) {
    const target =
      this.template.querySelector(`[data-focus-key="${focusKey}"]`) ||
      this.template.querySelector('[data-focus-key="plan-all"]');
    if (target) {
      target.focus();
    }
  }

  get hasIntegrations() {
    return this.rows.length > 0;
  }

  get readOnly() {
    return !this.canManage;
  }

  get labels() {
    return new Map((this.integrations || []).map((item) => [item.name, item.label || item.name]));
  }

  get rows() {
    return (this.integrations || []).map((integration) => {
      const badge = statusBadge(integration.status);
      const userExists = !!integration.userId;
      const planned = (integration.plannedActions || []).map((action, index) => ({
        key: `${integration.name}-planned-${index}`,
        text: `${actionLabel(action.type)}: ${action.target}`,
        reason: action.reason,
        reportOnly: action.reportOnly,
      }));
      return {
        key: integration.name,
        name: integration.name,
        label: integration.label || integration.name,
        username: integration.username,
        profileName: integration.profileName,
        owner: integration.ownerEmail
          ? `${integration.ownerName} (${integration.ownerEmail})`
          : integration.ownerName || 'Not set',
        externalSystem: integration.externalSystem,
        direction: integration.direction,
        definitionState: integration.active ? 'Active' : 'Inactive',
        badgeLabel: badge.label,
        badgeClass: badge.className,
        statusMessage: integration.statusMessage,
        isError: integration.status === 'ERROR',
        planned,
        hasPlanned: planned.length > 0,
        canFreeze: userExists && integration.userActive === true && integration.frozen !== true,
        canUnfreeze: userExists && integration.frozen === true,
        canDeactivate: userExists && integration.userActive === true,
        planKey: `plan-${integration.name}`,
        freezeKey: `FREEZE-${integration.name}`,
        unfreezeKey: `UNFREEZE-${integration.name}`,
        deactivateKey: `DEACTIVATE-${integration.name}`,
        provisionLabel: userExists ? 'Plan changes' : 'Plan creation',
      };
    });
  }

  get hasPlan() {
    return !!this.plan;
  }

  get planActions() {
    return ((this.plan && this.plan.actions) || []).map((action, index) => ({
      key: `plan-action-${index}`,
      integration: this.labels.get(action.integration) || action.integration,
      type: actionLabel(action.type),
      target: action.target,
      reason: action.reason,
      reportOnly: action.reportOnly,
    }));
  }

  get hasPlanActions() {
    return this.planActions.length > 0;
  }

  get planBlockers() {
    return ((this.plan && this.plan.blockers) || []).map((blocker, index) => ({
      key: `blocker-${index}`,
      integration: this.labels.get(blocker.integration) || blocker.integration,
      code: blocker.code,
      message: blocker.message,
    }));
  }

  get hasBlockers() {
    return this.planBlockers.length > 0;
  }

  /** Apply is only useful when the plan changes something (report-only actions change nothing). */
  get applyDisabled() {
    const changes = ((this.plan && this.plan.actions) || []).filter((action) => !action.reportOnly);
    return this.busy || !this.plan || this.plan.empty === true || changes.length === 0;
  }

  get planSummary() {
    if (!this.plan) {
      return '';
    }
    if (this.plan.empty) {
      return 'Nothing to do: every user already matches its definition.';
    }
    const changes = (this.plan.actions || []).filter((action) => !action.reportOnly).length;
    return `${changes} change${changes === 1 ? '' : 's'} to apply.`;
  }

  get shortPlanHash() {
    return this.plan && this.plan.planHash ? this.plan.planHash.substring(0, 12) : '';
  }

  get hasApplyResult() {
    return !!this.applyResult;
  }

  get applySummary() {
    const result = this.applyResult;
    return result ? `${result.succeeded} succeeded, ${result.failed} failed.` : '';
  }

  get applyResults() {
    return ((this.applyResult && this.applyResult.results) || []).map((result) => ({
      key: result.integration,
      integration: this.labels.get(result.integration) || result.integration,
      success: result.success,
      outcome: result.success ? 'Succeeded' : 'Failed',
      iconName: result.success ? 'utility:success' : 'utility:error',
      variant: result.success ? 'success' : 'error',
      applied: (result.applied || []).map((text, index) => ({ key: `a-${index}`, text })),
      errors: (result.errors || []).map((text, index) => ({ key: `e-${index}`, text })),
    }));
  }

  get runs() {
    return (this.recentRuns || []).map((run) => ({
      ...run,
      key: run.id,
      // A drift report changes nothing: its counts are definitions in sync and drifted or blocked.
      counts:
        run.mode === 'RECONCILE'
          ? `${run.succeeded} in sync, ${run.failed} drifted or blocked`
          : `${run.succeeded} succeeded, ${run.failed} failed`,
    }));
  }

  get hasRuns() {
    return this.runs.length > 0;
  }

  handlePlanAll() {
    this.dispatchEvent(new CustomEvent('plan', { detail: { integrations: null } }));
  }

  handlePlanOne(event) {
    const integration = event.currentTarget.dataset.integration;
    this.dispatchEvent(new CustomEvent('plan', { detail: { integrations: [integration] } }));
  }

  handleApply() {
    this.dispatchEvent(new CustomEvent('requestapply'));
  }

  handleDiscard() {
    this.dispatchEvent(new CustomEvent('discardplan'));
  }

  handleState(event) {
    const { integration, state } = event.currentTarget.dataset;
    this.dispatchEvent(new CustomEvent('requeststate', { detail: { integration, state } }));
  }
}

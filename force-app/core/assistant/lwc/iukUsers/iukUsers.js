import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/iukLabels';
import {
  actionLabel,
  authenticationLabel,
  directionLabel,
  loginReadinessLabel,
  format,
  formatDateTime,
  plural,
  runModeLabel,
  stateSourceLabel,
  statusBadge,
  targetLabel,
} from 'c/iukFormat';

// The kill-switch actions offered per user, in order: rendered from data, each with its own label.
const USER_ACTIONS = [
  {
    state: 'FREEZE',
    label: LABELS.userFreeze,
    assistive: LABELS.userFreezeName,
    variant: 'destructive-text',
  },
  { state: 'UNFREEZE', label: LABELS.userUnfreeze, assistive: LABELS.userUnfreezeName, variant: 'neutral' },
  {
    state: 'DEACTIVATE',
    label: LABELS.userDeactivate,
    assistive: LABELS.userDeactivateName,
    variant: 'destructive-text',
  },
  {
    state: 'REACTIVATE',
    label: LABELS.userReactivate,
    assistive: LABELS.userReactivateName,
    variant: 'neutral',
  },
];

/**
 * What the kill switch accepts for this user (IntegrationUserKillSwitch, docs/provisioning.md §3):
 * unfreezing and reactivating need an active definition that is not retired, or the engine refuses.
 */
function availableStates(integration) {
  const exists = !!integration.userId;
  const definitionLive = integration.active === true && integration.retired !== true;
  return {
    FREEZE: exists && integration.userActive === true && integration.frozen !== true,
    UNFREEZE: exists && integration.frozen === true && definitionLive,
    DEACTIVATE: exists && integration.userActive === true,
    REACTIVATE: exists && integration.userActive === false && definitionLive,
  };
}

/** The latest kill-switch request, in words: who, what, when, why (or that it was refused). */
function lastChangeText(change) {
  if (!change) {
    return '';
  }
  return format(
    change.succeeded === false ? LABELS.userLastChangeRefused : LABELS.userLastChange,
    runModeLabel(change.mode),
    change.changedBy,
    formatDateTime(change.changedAt),
    change.reason,
  );
}

function retirementText(integration) {
  if (integration.removalReady === true) {
    return LABELS.userRemovalReady;
  }
  return integration.retired === true ? LABELS.userRetired : '';
}

/**
 * Step 4: every definition with its user's status, the provisioning flow (plan, apply, results) and
 * the kill switch. It never calls Apex: it raises events and the page-level component owns the calls,
 * so one place handles progress, errors, toasts and refreshing the page model.
 *
 * Events: plan { integrations: string[] | null }, requestapply, discardplan,
 *         requeststate { integration, state: 'FREEZE' | 'UNFREEZE' | 'DEACTIVATE' | 'REACTIVATE' }.
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
  @api permissionSetLicense;

  labels = LABELS;

  /**
   * Moves focus after an action: 'plan-heading', 'result-heading', 'plan-all', 'apply', or the key of
   * a user's action button ('FREEZE-ERP_Order_Sync'). A button that no longer exists falls back to
   * its integration's heading, then to the first action of the step.
   */
  @api
  focusTarget(key) {
    const plan = this.template.querySelector('c-iuk-plan');
    const result = this.template.querySelector('c-iuk-apply-result');
    if (key === 'plan-heading' && plan) {
      plan.focusHeading();
      return;
    }
    if ((key === 'apply' || key === 'discard') && plan) {
      plan.focusAction(key);
      return;
    }
    if (key === 'result-heading' && result) {
      result.focusHeading();
      return;
    }
    const integration = String(key || '').replace(/^(FREEZE|UNFREEZE|DEACTIVATE|REACTIVATE|plan)-/, '');
    const target =
      this.template.querySelector(`[data-focus-key="${key}"]`) ||
      this.template.querySelector(`[data-heading="${integration}"]`) ||
      this.template.querySelector('[data-focus-key="plan-all"]');
    if (target) {
      target.focus();
    }
  }

  get hasIntegrations() {
    return this.rows.length > 0;
  }

  get showPlanAll() {
    return this.canManage && this.hasIntegrations;
  }

  get readOnly() {
    return !this.canManage;
  }

  get hasPlan() {
    return !!this.plan;
  }

  get hasApplyResult() {
    return !!this.applyResult;
  }

  get planAllLabel() {
    return plural(this.rows.length, LABELS.planAllOne, LABELS.planAllOther);
  }

  get rows() {
    return (this.integrations || []).map((integration) => {
      const label = integration.label || integration.name;
      const badge = statusBadge(integration.status);
      const userExists = !!integration.userId;
      const states = availableStates(integration);
      const planned = (integration.plannedActions || []).map((action, index) => ({
        key: `${integration.name}-planned-${index}`,
        text: format(
          LABELS.userPendingLine,
          actionLabel(action.type),
          targetLabel(action, this.permissionSetLicense),
          action.reason,
        ),
      }));
      const planLabel = userExists ? LABELS.userPlanChanges : LABELS.userPlanCreation;
      const actions = [
        {
          key: `plan-${integration.name}`,
          kind: 'plan',
          label: planLabel,
          ariaLabel: format(LABELS.userActionName, planLabel, label),
          variant: 'neutral',
          state: '',
        },
        ...USER_ACTIONS.filter((action) => states[action.state]).map((action) => ({
          key: `${action.state}-${integration.name}`,
          kind: 'state',
          label: action.label,
          ariaLabel: format(action.assistive, label),
          variant: action.variant,
          state: action.state,
        })),
      ];
      return {
        key: integration.name,
        name: integration.name,
        label,
        username: integration.username,
        profileName: integration.profileName,
        owner: integration.ownerEmail
          ? format(LABELS.userOwnerWithEmail, integration.ownerName, integration.ownerEmail)
          : integration.ownerName || LABELS.userOwnerMissing,
        externalSystem: integration.direction
          ? format(
              LABELS.userSystemWithDirection,
              integration.externalSystem,
              directionLabel(integration.direction),
            )
          : integration.externalSystem,
        definitionState: integration.active ? LABELS.userDefinitionActive : LABELS.userDefinitionInactive,
        authentication: authenticationLabel(integration.authenticationMethod, integration.appName),
        loginReadiness: loginReadinessLabel(integration.loginReadiness),
        loginClass: `slds-m-top_x-small iuk-wrap${
          integration.loginReadiness === 'FROZEN' || integration.loginReadiness === 'DEACTIVATED'
            ? ' iuk-tint-error'
            : ''
        }`,
        badgeLabel: badge.label,
        badgeClass: `slds-badge ${badge.className}`,
        statusMessage: integration.statusMessage,
        sourceText: stateSourceLabel(integration.stateSource),
        lastChange: lastChangeText(integration.lastStateChange),
        retirement: retirementText(integration),
        statusClass: `slds-m-top_x-small iuk-wrap${integration.status === 'ERROR' ? ' slds-text-color_error' : ''}`,
        cardClass: `slds-box slds-theme_default slds-m-bottom_medium${
          integration.status === 'ERROR' ? ' iuk-attention' : ''
        }`,
        planned,
        hasPlanned: planned.length > 0,
        actions,
      };
    });
  }

  handlePlanAll() {
    this.dispatchEvent(new CustomEvent('plan', { detail: { integrations: null } }));
  }

  handleAction(event) {
    const { integration, kind, state } = event.currentTarget.dataset;
    if (kind === 'plan') {
      this.dispatchEvent(new CustomEvent('plan', { detail: { integrations: [integration] } }));
    } else {
      this.dispatchEvent(new CustomEvent('requeststate', { detail: { integration, state } }));
    }
  }

  handleRequestApply() {
    this.dispatchEvent(new CustomEvent('requestapply'));
  }

  handleDiscard() {
    this.dispatchEvent(new CustomEvent('discardplan'));
  }
}

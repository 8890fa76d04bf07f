import { LightningElement, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import getPageModel from '@salesforce/apex/IntegrationUserAssistantController.getPageModel';
import planProvisioning from '@salesforce/apex/IntegrationUserAssistantController.planProvisioning';
import applyProvisioning from '@salesforce/apex/IntegrationUserAssistantController.applyProvisioning';
import setUserState from '@salesforce/apex/IntegrationUserAssistantController.setUserState';
import { actionLabel, reduceErrors } from 'c/iukFormat';

const STEPS = [
  { name: 'licenses', label: 'Licences', title: 'Licences and seats' },
  { name: 'profiles', label: 'Profiles', title: 'Profiles, IP ranges and login hours' },
  { name: 'access', label: 'Access', title: 'Object and field access' },
  { name: 'users', label: 'Users', title: 'Integration users' },
  { name: 'monitoring', label: 'Monitoring', title: 'API usage and logins' },
  { name: 'checklist', label: 'Checklist', title: 'Best-practices checklist' },
];

// What each user-state change means, shown in the confirmation dialog and the toast.
const STATE_CHANGES = {
  FREEZE: {
    verb: 'Freeze',
    done: 'frozen',
    variant: 'brand',
    warning: 'The user cannot log in until it is unfrozen, so the integration stops working.',
  },
  UNFREEZE: {
    verb: 'Unfreeze',
    done: 'unfrozen',
    variant: 'brand',
    warning: 'The user can log in again with its existing credentials.',
  },
  DEACTIVATE: {
    verb: 'Deactivate',
    done: 'deactivated',
    variant: 'destructive',
    warning:
      'The user can no longer log in and its licence seats are released. It stays deactivated: no later apply reactivates it; reactivating is a separate request with its own reason.',
  },
};

/**
 * Integration User Setup: the page-level component. It owns the data: one wired Apex call
 * (getPageModel) renders every step, and the imperative calls (plan, apply, freeze, unfreeze,
 * deactivate) are made here so errors, toasts and the refresh happen in one place.
 */
export default class IntegrationUserAssistant extends LightningElement {
  pageModel;
  loadError;
  wiredPageModel;

  currentStep = STEPS[0].name;
  plan;
  plannedIntegrations = null;
  applyResult;
  actionError;
  busy = false;
  refreshing = false;
  modal;
  liveMessage = '';

  focusStepHeading = false;
  pendingFocusKey;

  @wire(getPageModel)
  wiredModel(result) {
    this.wiredPageModel = result;
    const { data, error } = result;
    if (data) {
      this.pageModel = data;
      this.loadError = undefined;
    } else if (error) {
      this.loadError = error;
      this.pageModel = undefined;
    }
  }

  renderedCallback() {
    if (this.focusStepHeading) {
      this.focusStepHeading = false;
      const heading = this.template.querySelector('[data-id="step-heading"]');
      if (heading) {
        heading.focus();
      }
    }
    if (this.pendingFocusKey && !this.modal) {
      const users = this.template.querySelector('c-iuk-users');
      const key = this.pendingFocusKey;
      this.pendingFocusKey = undefined;
      if (users) {
        users.focusAction(key);
      }
    }
  }

  // ---- page states -------------------------------------------------------------------------

  get isLoading() {
    return !this.pageModel && !this.loadError;
  }

  get hasLoadError() {
    return !!this.loadError;
  }

  get loadErrorMessage() {
    return reduceErrors(this.loadError);
  }

  get isReady() {
    return !!this.pageModel && this.pageModel.canView === true;
  }

  get noPermission() {
    return !!this.pageModel && this.pageModel.canView !== true;
  }

  get canManage() {
    return !!this.pageModel && this.pageModel.canManage === true;
  }

  get integrations() {
    return (this.pageModel && this.pageModel.integrations) || [];
  }

  get isEmpty() {
    return this.isReady && this.integrations.length === 0;
  }

  get orgLine() {
    const model = this.pageModel;
    const parts = [model.orgName, model.isSandbox ? 'Sandbox' : 'Production'];
    if (model.environment) {
      parts.push(`definitions for "${model.environment}"`);
    }
    return parts.filter((part) => !!part).join(' · ');
  }

  // ---- steps -------------------------------------------------------------------------------

  get steps() {
    const issues = this.issueCounts();
    return STEPS.map((step, index) => ({
      ...step,
      navLabel: `${index + 1}. ${step.label}`,
      badgeCount: issues[step.name] || 0,
    }));
  }

  issueCounts() {
    const integrations = this.integrations;
    const profiles = (this.pageModel && this.pageModel.profiles) || [];
    const checklist = (this.pageModel && this.pageModel.checklist) || [];
    return {
      profiles: profiles.filter(
        (profile) =>
          !profile.exists ||
          !profile.onIntegrationLicense ||
          ((profile.ipRanges || []).length === 0 && (profile.integrations || []).length > 0),
      ).length,
      access: integrations.filter((item) => (item.dangerousPermissions || []).length > 0).length,
      users: integrations.filter((item) => item.status !== 'READY').length,
      checklist: checklist.filter((item) => item.status !== 'PASS').length,
    };
  }

  get stepIndex() {
    return STEPS.findIndex((step) => step.name === this.currentStep);
  }

  get currentStepTitle() {
    return STEPS[this.stepIndex].title;
  }

  get stepPosition() {
    return `Step ${this.stepIndex + 1} of ${STEPS.length}`;
  }

  get isFirstStep() {
    return this.stepIndex === 0;
  }

  get isLastStep() {
    return this.stepIndex === STEPS.length - 1;
  }

  get isLicenses() {
    return this.currentStep === 'licenses';
  }
  get isProfiles() {
    return this.currentStep === 'profiles';
  }
  get isAccess() {
    return this.currentStep === 'access';
  }
  get isUsers() {
    return this.currentStep === 'users';
  }
  get isMonitoring() {
    return this.currentStep === 'monitoring';
  }
  get isChecklist() {
    return this.currentStep === 'checklist';
  }

  goToStep(name) {
    if (STEPS.some((step) => step.name === name) && name !== this.currentStep) {
      this.currentStep = name;
      // Screen-reader and keyboard users land on the new step's heading.
      this.focusStepHeading = true;
    }
  }

  handleStepSelect(event) {
    this.goToStep(event.detail.name);
  }

  handlePrevious() {
    this.goToStep(STEPS[Math.max(0, this.stepIndex - 1)].name);
  }

  handleNext() {
    this.goToStep(STEPS[Math.min(STEPS.length - 1, this.stepIndex + 1)].name);
  }

  // ---- refresh -----------------------------------------------------------------------------

  async handleRefresh() {
    this.refreshing = true;
    try {
      await this.refreshPageModel();
      this.announce('The page was refreshed.');
    } finally {
      this.refreshing = false;
    }
  }

  async refreshPageModel() {
    try {
      await refreshApex(this.wiredPageModel);
    } catch (error) {
      this.showError('Could not refresh the page', error);
    }
  }

  // ---- provisioning ------------------------------------------------------------------------

  async handlePlan(event) {
    const integrations = event.detail.integrations;
    this.busy = true;
    this.actionError = undefined;
    this.applyResult = undefined;
    try {
      this.plan = await planProvisioning({ integrations });
      this.plannedIntegrations = integrations;
      const changes = (this.plan.actions || []).filter((action) => !action.reportOnly).length;
      const blockers = (this.plan.blockers || []).length;
      this.announce(
        this.plan.empty
          ? 'Plan ready: nothing to do.'
          : `Plan ready: ${changes} changes, ${blockers} blocked. Review it, then apply.`,
      );
    } catch (error) {
      this.plan = undefined;
      this.showError('Planning failed', error);
    } finally {
      this.busy = false;
    }
  }

  handleDiscardPlan() {
    this.plan = undefined;
    this.plannedIntegrations = null;
    this.announce('Plan discarded.');
  }

  handleRequestApply() {
    if (!this.plan) {
      return;
    }
    this.modal = {
      kind: 'apply',
      heading: 'Apply the provisioning plan?',
      confirmLabel: 'Apply plan',
      confirmVariant: 'brand',
      reasonLabel: undefined,
      focusKey: 'apply',
      changes: (this.plan.actions || [])
        .filter((action) => !action.reportOnly)
        .map((action, index) => ({
          key: `change-${index}`,
          text: `${this.integrationLabel(action.integration)}: ${actionLabel(action.type)} ${action.target}`,
        })),
    };
  }

  async applyPlan() {
    const planHash = this.plan.planHash;
    try {
      const result = await applyProvisioning({ integrations: this.plannedIntegrations, planHash });
      this.applyResult = result;
      this.plan = undefined;
      this.plannedIntegrations = null;
      const summary = `${result.succeeded} succeeded, ${result.failed} failed.`;
      this.toast(
        result.failed > 0 ? 'Provisioning finished with failures' : 'Provisioning applied',
        result.failed > 0 ? `${summary} See the results per integration.` : summary,
        result.failed > 0 ? 'warning' : 'success',
      );
      this.announce(`Provisioning applied: ${summary}`);
    } catch (error) {
      this.showError('Nothing was applied', error);
    }
    await this.refreshPageModel();
  }

  // ---- freeze / unfreeze / deactivate ------------------------------------------------------

  handleRequestState(event) {
    const { integration, state } = event.detail;
    const change = STATE_CHANGES[state];
    if (!change) {
      return;
    }
    const label = this.integrationLabel(integration);
    this.modal = {
      kind: 'state',
      integration,
      state,
      heading: `${change.verb} ${label}?`,
      confirmLabel: change.verb,
      confirmVariant: change.variant,
      reasonLabel: `Reason (recorded in the run history)`,
      warning: change.warning,
      focusKey: `${state}-${integration}`,
    };
  }

  async changeUserState(integration, state, reason) {
    const change = STATE_CHANGES[state];
    const label = this.integrationLabel(integration);
    try {
      const result = await setUserState({ integration, state, reason });
      if (result.success) {
        this.toast(`${label} ${change.done}`, result.message, 'success');
        this.announce(`${label} ${change.done}. ${result.message || ''}`);
      } else {
        this.actionError = {
          title: `Could not ${change.verb.toLowerCase()} ${label}`,
          message: result.message,
        };
        this.toast(this.actionError.title, result.message, 'error');
        this.announce(`${this.actionError.title}: ${result.message}`);
      }
    } catch (error) {
      this.showError(`Could not ${change.verb.toLowerCase()} ${label}`, error);
    }
    await this.refreshPageModel();
  }

  // ---- confirmation dialog -----------------------------------------------------------------

  get isApplyModal() {
    return !!this.modal && this.modal.kind === 'apply';
  }

  get shortPlanHash() {
    return this.plan && this.plan.planHash ? this.plan.planHash.substring(0, 12) : '';
  }

  async handleModalConfirm(event) {
    const modal = this.modal;
    this.busy = true;
    this.actionError = undefined;
    try {
      if (modal.kind === 'apply') {
        await this.applyPlan();
      } else {
        await this.changeUserState(modal.integration, modal.state, event.detail.reason);
      }
    } finally {
      this.busy = false;
      this.closeModal(modal.focusKey);
    }
  }

  handleModalCancel() {
    this.closeModal(this.modal && this.modal.focusKey);
  }

  closeModal(focusKey) {
    this.modal = undefined;
    // Focus goes back to the button that opened the dialog once it is gone.
    this.pendingFocusKey = focusKey;
  }

  // ---- helpers -----------------------------------------------------------------------------

  integrationLabel(name) {
    const match = this.integrations.find((item) => item.name === name);
    return (match && match.label) || name;
  }

  showError(title, error) {
    const message = reduceErrors(error);
    this.actionError = { title, message };
    this.toast(title, message, 'error');
    this.announce(`${title}: ${message}`);
  }

  toast(title, message, variant) {
    this.dispatchEvent(new ShowToastEvent({ title, message, variant }));
  }

  announce(message) {
    this.liveMessage = message;
  }
}

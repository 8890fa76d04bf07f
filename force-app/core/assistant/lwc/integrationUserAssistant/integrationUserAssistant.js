import { LightningElement, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import getPageModel from '@salesforce/apex/IntegrationUserAssistantController.getPageModel';
import planProvisioning from '@salesforce/apex/IntegrationUserAssistantController.planProvisioning';
import applyProvisioning from '@salesforce/apex/IntegrationUserAssistantController.applyProvisioning';
import setUserState from '@salesforce/apex/IntegrationUserAssistantController.setUserState';
import getAuthoringContext from '@salesforce/apex/IntegrationUserAssistantController.getAuthoringContext';
import getObjectFields from '@salesforce/apex/IntegrationUserAssistantController.getObjectFields';
import getDefinitionDraft from '@salesforce/apex/IntegrationUserAssistantController.getDefinitionDraft';
import checkDefinition from '@salesforce/apex/IntegrationUserAssistantController.checkDefinition';
import saveDefinition from '@salesforce/apex/IntegrationUserAssistantController.saveDefinition';
import retireDefinition from '@salesforce/apex/IntegrationUserAssistantController.retireDefinition';
import getDeploymentStatus from '@salesforce/apex/IntegrationUserAssistantController.getDeploymentStatus';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import LANGUAGE from '@salesforce/i18n/lang';
import { LABELS } from 'c/iukLabels';
import {
  actionLabel,
  describeError,
  format,
  formatDateTime,
  formatNumber,
  plural,
  targetLabel,
} from 'c/iukFormat';
import { STEPS, stepOf } from 'c/iukSteps';
import { newDraft } from 'c/iukDrafts';

/** How often the page asks for a definition's deployment, and for how long (Salesforce deploys it in the background). */
export const DEPLOYMENT_POLL_MS = 2000;
export const DEPLOYMENT_MAX_POLLS = 90;

// What each user-state change means: dialog texts, the confirm button's style, progress and result.
const STATE_CHANGES = {
  FREEZE: {
    heading: LABELS.freezeHeading,
    confirm: LABELS.freezeConfirm,
    variant: 'destructive',
    warning: LABELS.freezeWarning,
    progress: LABELS.freezeProgress,
    done: LABELS.freezeDone,
    failed: LABELS.freezeFailed,
  },
  UNFREEZE: {
    heading: LABELS.unfreezeHeading,
    confirm: LABELS.unfreezeConfirm,
    variant: 'brand',
    warning: LABELS.unfreezeWarning,
    progress: LABELS.unfreezeProgress,
    done: LABELS.unfreezeDone,
    failed: LABELS.unfreezeFailed,
  },
  DEACTIVATE: {
    heading: LABELS.deactivateHeading,
    confirm: LABELS.deactivateConfirm,
    variant: 'destructive',
    warning: LABELS.deactivateWarning,
    progress: LABELS.deactivateProgress,
    done: LABELS.deactivateDone,
    failed: LABELS.deactivateFailed,
  },
  REACTIVATE: {
    heading: LABELS.reactivateHeading,
    confirm: LABELS.reactivateConfirm,
    variant: 'brand',
    warning: LABELS.reactivateWarning,
    progress: LABELS.reactivateProgress,
    done: LABELS.reactivateDone,
    failed: LABELS.reactivateFailed,
  },
};

/**
 * Integration User Setup: the page-level component. It owns the data (one wired Apex call,
 * getPageModel, renders every step) and every imperative call (plan, apply, freeze, unfreeze,
 * deactivate), so progress, errors, toasts, focus and the refresh are handled in one place. The
 * children only display and raise events.
 */
export default class IntegrationUserAssistant extends LightningElement {
  labels = LABELS;

  pageModel;
  loadError;
  wiredPageModel;

  currentStep = STEPS[0].name;
  plan;
  plannedIntegrations = null;
  applyResult;
  /** { title, message, nextStep, replan } shown in an alert above the step. */
  actionError;
  /** While an Apex call runs: { message }. Every control that could start another is disabled. */
  busy;
  refreshing = false;
  modal;
  liveMessage = '';

  /** What gets focus after the next render: 'heading', 'replan', 'progress', or a users-step key. */
  pendingFocus;

  /** The definition form while it is open: { editing, draft, serverProblems, objectFields }. */
  authoring;
  /** What the form offers (AuthoringContext), loaded when the form first opens. */
  authoringContext;
  /** A definition being deployed: { deploymentId, integration, action, status, message, errors, timedOut }. */
  deployment;
  deploymentPolls = 0;
  deploymentTimer;

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
    this.applyPendingFocus();
  }

  disconnectedCallback() {
    clearTimeout(this.deploymentTimer);
  }

  /**
   * Focus `target` once the render that the current change triggers is done. LWC renders in a
   * microtask queued by the first state change, so one more microtask runs after it; renderedCallback
   * covers renders that come later (the dialog closing).
   */
  async focusAfterRender(target) {
    this.pendingFocus = target;
    await Promise.resolve();
    this.applyPendingFocus();
  }

  applyPendingFocus() {
    if (!this.pendingFocus || this.modal) {
      return;
    }
    const target = this.pendingFocus;
    const local = {
      heading: '[data-id="step-heading"]',
      replan: '[data-id="replan"]',
      progress: '[data-id="progress"]',
      retry: '[data-id="retry"]',
    }[target];
    if (local) {
      const element = this.template.querySelector(local);
      if (element) {
        this.pendingFocus = undefined;
        element.focus();
      }
      return;
    }
    if (this.isDefinitions) {
      this.focusInDefinitions(target);
      return;
    }
    const users = this.template.querySelector('c-iuk-users');
    if (users) {
      this.pendingFocus = undefined;
      users.focusTarget(target);
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
    return describeError(this.loadError).message;
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

  get orgType() {
    return this.pageModel && this.pageModel.isSandbox ? LABELS.orgSandbox : LABELS.orgProduction;
  }

  /** "Acme Corporation (Production)": how dialogs name the org a change lands in. */
  get orgDescription() {
    const name = this.pageModel && this.pageModel.orgName;
    return name ? format(LABELS.orgNameAndType, name, this.orgType) : this.orgType;
  }

  get orgLine() {
    const model = this.pageModel;
    const parts = [this.orgDescription];
    if (model.environment) {
      parts.push(format(LABELS.orgEnvironment, model.environment));
    }
    parts.push(format(LABELS.orgDataAsOf, formatDateTime(model.generatedAt)));
    return parts.join(' · ');
  }

  get isBusy() {
    return !!this.busy || this.refreshing;
  }

  get busyMessage() {
    return this.busy ? this.busy.message : LABELS.progressRefreshing;
  }

  // ---- steps -------------------------------------------------------------------------------

  get steps() {
    const model = this.pageModel || {};
    return STEPS.map((step) => ({ name: step.name, label: step.label, count: step.count(model) }));
  }

  get stepIndex() {
    return STEPS.findIndex((step) => step.name === this.currentStep);
  }

  get currentStepTitle() {
    return STEPS[this.stepIndex].title;
  }

  get stepPosition() {
    return format(LABELS.stepPosition, this.stepIndex + 1, STEPS.length);
  }

  get isFirstStep() {
    return this.stepIndex === 0;
  }

  get isLastStep() {
    return this.stepIndex === STEPS.length - 1;
  }

  get previousDisabled() {
    return this.isFirstStep || this.isBusy;
  }

  get previousLabel() {
    return this.isFirstStep
      ? LABELS.navPrevious
      : format(LABELS.navPreviousTo, STEPS[this.stepIndex - 1].label);
  }

  get nextLabel() {
    return this.isLastStep
      ? LABELS.navBackToStart
      : format(LABELS.navNextTo, STEPS[this.stepIndex + 1].label);
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
  get isDefinitions() {
    return this.currentStep === 'definitions';
  }
  get isAuthoring() {
    return !!this.authoring;
  }
  get canAuthor() {
    return !!this.pageModel && this.pageModel.canAuthor === true;
  }
  /** The empty state's New definition, except on the Definitions step, whose own button is there. */
  get offersNewInEmptyState() {
    return this.canAuthor && !this.isDefinitions;
  }

  goToStep(name) {
    if (this.isBusy || !stepOf(name)) {
      return;
    }
    if (name !== this.currentStep) {
      this.currentStep = name;
      this.actionError = undefined;
      this.authoring = undefined;
    }
    // Keyboard and screen-reader users land on the step's heading.
    this.focusAfterRender('heading');
  }

  handleStepSelect(event) {
    this.goToStep(event.detail.name);
  }

  handlePrevious() {
    this.goToStep(STEPS[Math.max(0, this.stepIndex - 1)].name);
  }

  handleNext() {
    // The last step is not a dead end: "Next" takes the admin back to the start.
    this.goToStep(this.isLastStep ? STEPS[0].name : STEPS[this.stepIndex + 1].name);
  }

  // ---- refresh -----------------------------------------------------------------------------

  async handleRefresh() {
    this.refreshing = true;
    try {
      const ok = await this.refreshPageModel();
      if (ok) {
        this.announce(LABELS.refreshDone);
      }
    } finally {
      this.refreshing = false;
    }
  }

  async handleRetryLoad() {
    this.refreshing = true;
    try {
      await refreshApex(this.wiredPageModel);
    } catch (error) {
      this.loadError = error;
      this.focusAfterRender('retry');
    } finally {
      this.refreshing = false;
    }
  }

  async refreshPageModel() {
    try {
      await refreshApex(this.wiredPageModel);
      return true;
    } catch (error) {
      this.showError(LABELS.errorRefreshTitle, error, LABELS.errorNextRetry);
      return false;
    }
  }

  // ---- provisioning ------------------------------------------------------------------------

  handlePlan(event) {
    return this.makePlan(event.detail.integrations);
  }

  handleReplan() {
    return this.makePlan(this.plannedIntegrations);
  }

  async makePlan(integrations) {
    const count = integrations ? integrations.length : this.integrations.length;
    this.startBusy(
      integrations && integrations.length === 1
        ? format(LABELS.progressPlanningOne, this.integrationLabel(integrations[0]))
        : plural(count, LABELS.progressPlanningAllOne, LABELS.progressPlanningAllOther),
    );
    this.actionError = undefined;
    this.applyResult = undefined;
    this.plan = undefined;
    try {
      this.plan = await planProvisioning({ integrations });
      this.plannedIntegrations = integrations;
      const changes = this.planChanges().length;
      const blockers = (this.plan.blockers || []).length;
      this.announce(
        this.plan.empty
          ? LABELS.planReadyNothing
          : format(
              LABELS.planReadyAnnouncement,
              plural(changes, LABELS.countChangesOne, LABELS.countChangesOther),
              plural(blockers, LABELS.countBlockedOne, LABELS.countBlockedOther),
            ),
      );
      this.focusAfterRender('plan-heading');
    } catch (error) {
      this.showError(LABELS.errorPlanTitle, error, LABELS.errorNextPlanAgain);
      this.actionError.replan = true;
      this.plannedIntegrations = integrations;
      this.focusAfterRender('replan');
    } finally {
      this.busy = undefined;
    }
  }

  handleDiscardPlan() {
    this.plan = undefined;
    this.plannedIntegrations = null;
    this.announce(LABELS.planDiscarded);
    this.focusAfterRender('plan-all');
  }

  planChanges() {
    return ((this.plan && this.plan.actions) || []).filter((action) => !action.reportOnly);
  }

  handleRequestApply() {
    if (!this.plan) {
      return;
    }
    const changes = this.planChanges();
    const integrations = new Set(changes.map((action) => action.integration));
    const blocked = [...new Set((this.plan.blockers || []).map((blocker) => blocker.integration))];
    this.modal = {
      kind: 'apply',
      heading: LABELS.applyHeading,
      confirmLabel: plural(changes.length, LABELS.applyConfirmOne, LABELS.applyConfirmOther),
      confirmVariant: 'brand',
      focusKey: 'apply',
      intro: format(
        LABELS.applyIntro,
        plural(changes.length, LABELS.countChangesOne, LABELS.countChangesOther),
        plural(integrations.size, LABELS.countIntegrationsOne, LABELS.countIntegrationsOther),
        this.orgDescription,
      ),
      changes: changes.map((action, index) => ({
        key: `change-${index}`,
        text: format(
          LABELS.applyChangeLine,
          this.integrationLabel(action.integration),
          actionLabel(action.type),
          this.targetLabel(action),
        ),
      })),
      hasBlocked: blocked.length > 0,
      blocked: format(LABELS.applySkipped, blocked.map((name) => this.integrationLabel(name)).join(', ')),
      progress: format(
        LABELS.progressApplying,
        plural(changes.length, LABELS.countChangesOne, LABELS.countChangesOther),
        plural(integrations.size, LABELS.countIntegrationsOne, LABELS.countIntegrationsOther),
      ),
    };
  }

  async applyPlan(progress) {
    const planHash = this.plan.planHash;
    this.startBusy(progress);
    try {
      const result = await applyProvisioning({ integrations: this.plannedIntegrations, planHash });
      this.applyResult = result;
      this.plan = undefined;
      this.plannedIntegrations = null;
      const summary = format(
        LABELS.applySummary,
        formatNumber(result.succeeded || 0),
        formatNumber(result.failed || 0),
      );
      const failed = result.failed > 0;
      this.toast(
        failed ? LABELS.applyToastFailures : LABELS.applyToastDone,
        failed ? format(LABELS.applyToastFailuresDetail, summary) : summary,
        failed ? 'warning' : 'success',
      );
      this.announce(format(LABELS.applyAnnouncement, summary));
      this.focusAfterRender('result-heading');
    } catch (error) {
      // Whatever failed, the plan on screen no longer describes the org: withdraw it so nobody applies
      // it again, and offer a new plan instead.
      const described = describeError(error);
      this.plan = undefined;
      this.showError(
        LABELS.errorApplyTitle,
        error,
        described.kind === 'planChanged' ? LABELS.errorNextPlanChanged : LABELS.errorNextApplyFailed,
      );
      this.actionError.replan = true;
      this.focusAfterRender('replan');
    } finally {
      this.busy = undefined;
    }
    await this.refreshPageModel();
  }

  // ---- freeze / unfreeze / deactivate ------------------------------------------------------

  handleRequestState(event) {
    const { integration, state } = event.detail;
    const change = STATE_CHANGES[state];
    const summary = this.integrations.find((item) => item.name === integration);
    if (!change || !summary) {
      return;
    }
    const label = this.integrationLabel(integration);
    this.modal = {
      kind: 'state',
      integration,
      state,
      heading: format(change.heading, label),
      confirmLabel: change.confirm,
      confirmVariant: change.variant,
      reasonLabel: LABELS.reasonLabel,
      focusKey: `${state}-${integration}`,
      username: summary.username,
      org: this.orgDescription,
      warning: change.warning,
      progress: format(change.progress, label),
    };
  }

  async changeUserState(modal, reason) {
    const { integration, state, focusKey } = modal;
    const change = STATE_CHANGES[state];
    const label = this.integrationLabel(integration);
    this.startBusy(modal.progress);
    try {
      const result = await setUserState({ integration, state, reason });
      if (result.success) {
        const title = format(change.done, label);
        this.toast(title, result.message, 'success');
        this.announce(`${title} ${result.message || ''}`.trim());
      } else {
        this.actionError = {
          title: format(change.failed, label),
          message: result.message,
          nextStep: LABELS.errorNextStateFailed,
        };
        this.toast(this.actionError.title, result.message, 'error');
        this.announce(`${this.actionError.title}: ${result.message}`);
      }
    } catch (error) {
      this.showError(format(change.failed, label), error, LABELS.errorNextStateFailed);
    } finally {
      this.busy = undefined;
    }
    await this.refreshPageModel();
    // Back to the button that started it; the users step falls back to the integration's card when
    // that button is gone (Freeze becomes Unfreeze).
    this.focusAfterRender(focusKey);
  }

  // ---- definitions authored in the org -------------------------------------------------------

  /** Focus inside the Definitions step: the form's heading, a problem, the deployment's heading, a button. */
  focusInDefinitions(target) {
    if (target === 'form-heading' || target === 'problems') {
      const form = this.template.querySelector('c-iuk-definition-form');
      if (form) {
        this.pendingFocus = undefined;
        if (target === 'problems') {
          form.focusProblems();
        } else {
          form.focusHeading();
        }
      }
      return;
    }
    const definitions = this.template.querySelector('c-iuk-definitions');
    if (definitions) {
      const element =
        definitions.querySelector(`[data-id="${target}"]`) ||
        definitions.querySelector(`[data-focus-key="${target}"]`) ||
        definitions.querySelector(`[data-heading="${target}"]`);
      this.pendingFocus = undefined;
      if (element) {
        element.focus();
      }
    }
  }

  async loadAuthoringContext() {
    if (!this.authoringContext) {
      this.authoringContext = await getAuthoringContext();
    }
    return this.authoringContext;
  }

  /** The admin's own settings, in Salesforce's spelling (en-US -> en_US), as a new user's defaults. */
  userDefaults(context) {
    const known = (options, value) => ((options || []).some((option) => option.value === value) ? value : '');
    const underscore = (value) => String(value || '').replace(/-/g, '_');
    return {
      profile: context.defaultProfile || '',
      timeZone: known(context.timeZones, TIME_ZONE),
      locale: known(context.locales, underscore(LOCALE)),
      language: known(context.languages, underscore(LANGUAGE)),
    };
  }

  async handleNewDefinition() {
    this.goToStep('definitions');
    await this.openDefinitionForm(LABELS.progressOpeningForm, async () => {
      const context = await this.loadAuthoringContext();
      return {
        editing: false,
        draft: newDraft(this.userDefaults(context)),
        serverProblems: [],
        objectFields: {},
      };
    });
  }

  async handleEditDefinition(event) {
    const integration = event.detail.integration;
    await this.openDefinitionForm(
      format(LABELS.progressOpeningDefinition, this.integrationLabel(integration)),
      async () => {
        await this.loadAuthoringContext();
        const found = await getDefinitionDraft({ integration });
        const draft = JSON.parse(found.draftJson);
        const objectFields = {};
        for (const entry of (draft.integration && draft.integration.objects) || []) {
          // eslint-disable-next-line no-await-in-loop -- one describe per object, a handful at most
          const fields = await getObjectFields({ objectName: entry.object });
          objectFields[entry.object] = fields.fields;
        }
        return { editing: true, draft, serverProblems: [], objectFields };
      },
    );
  }

  /** Shows the definition form with what `load` returns, busy meanwhile; a failure is shown, not thrown. */
  async openDefinitionForm(progress, load) {
    this.startBusy(progress);
    try {
      this.authoring = await load();
      this.deployment = undefined;
      this.focusAfterRender('form-heading');
    } catch (error) {
      this.showError(LABELS.errorFormTitle, error, LABELS.errorNextRetry);
    } finally {
      this.busy = undefined;
    }
  }

  async handleRequestFields(event) {
    const objectName = event.detail.objectName;
    if (!this.authoring || this.authoring.objectFields[objectName]) {
      return;
    }
    try {
      const result = await getObjectFields({ objectName });
      this.authoring = {
        ...this.authoring,
        objectFields: { ...this.authoring.objectFields, [objectName]: result.fields },
      };
    } catch (error) {
      this.showError(format(LABELS.errorFieldsTitle, objectName), error, LABELS.errorNextRetry);
    }
  }

  handleCancelDefinition() {
    this.authoring = undefined;
    this.focusAfterRender('new-definition');
  }

  async handleCheckDefinition(event) {
    this.startBusy(LABELS.progressCheckingDefinition);
    try {
      const result = await checkDefinition({
        draftJson: JSON.stringify(event.detail.draft),
        editing: this.authoring.editing,
      });
      this.authoring = { ...this.authoring, serverProblems: result.problems || [] };
      this.announce(
        result.valid
          ? LABELS.checkPassedAnnouncement
          : plural((result.problems || []).length, LABELS.formProblemsOne, LABELS.formProblemsOther),
      );
      this.focusAfterRender(result.valid ? 'form-heading' : 'problems');
    } catch (error) {
      this.showError(LABELS.errorCheckTitle, error, LABELS.errorNextRetry);
    } finally {
      this.busy = undefined;
    }
  }

  async handleSaveDefinition(event) {
    const draft = event.detail.draft;
    const name = (draft.integration && draft.integration.name) || '';
    this.startBusy(format(LABELS.progressSavingDefinition, name));
    try {
      const result = await saveDefinition({
        draftJson: JSON.stringify(draft),
        editing: this.authoring.editing,
      });
      if (!result.valid) {
        this.authoring = { ...this.authoring, serverProblems: result.problems || [] };
        this.announce(
          plural((result.problems || []).length, LABELS.formProblemsOne, LABELS.formProblemsOther),
        );
        this.focusAfterRender('problems');
        return;
      }
      this.authoring = undefined;
      this.startDeployment(result.deploymentId, result.integration || name, 'save', result.message);
    } catch (error) {
      this.showError(LABELS.errorSaveTitle, error, LABELS.errorNextRetry);
    } finally {
      this.busy = undefined;
    }
  }

  handleRetireDefinition(event) {
    const integration = event.detail.integration;
    const label = this.integrationLabel(integration);
    this.modal = {
      kind: 'retire',
      integration,
      heading: format(LABELS.retireHeading, label),
      confirmLabel: LABELS.retireConfirm,
      confirmVariant: 'destructive',
      reasonLabel: LABELS.reasonLabel,
      focusKey: integration,
      username: (this.integrations.find((item) => item.name === integration) || {}).username,
      org: this.orgDescription,
      warning: LABELS.retireWarning,
      progress: format(LABELS.progressRetiring, label),
    };
  }

  async retire(modal, reason) {
    this.startBusy(modal.progress);
    try {
      const result = await retireDefinition({ integration: modal.integration, reason });
      this.startDeployment(result.deploymentId, modal.integration, 'retire', result.message);
    } catch (error) {
      this.showError(
        format(LABELS.retireFailed, this.integrationLabel(modal.integration)),
        error,
        LABELS.errorNextRetry,
      );
    } finally {
      this.busy = undefined;
    }
  }

  startDeployment(deploymentId, integration, action, message) {
    clearTimeout(this.deploymentTimer);
    this.deploymentPolls = 0;
    this.deployment = { deploymentId, integration, action, status: 'IN_PROGRESS', message, errors: [] };
    this.announce(message || format(LABELS.deploySaving, integration));
    this.schedulePoll();
  }

  schedulePoll() {
    // Salesforce deploys the record in the background and records the result in the run history; the
    // page asks for it every few seconds until it is there (or gives up and says where to look).
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    this.deploymentTimer = setTimeout(() => this.pollDeployment(), DEPLOYMENT_POLL_MS);
  }

  async pollDeployment() {
    const current = this.deployment;
    if (!current || current.status !== 'IN_PROGRESS') {
      return;
    }
    this.deploymentPolls += 1;
    try {
      const status = await getDeploymentStatus({ deploymentId: current.deploymentId });
      if (status.status === 'IN_PROGRESS') {
        if (this.deploymentPolls >= DEPLOYMENT_MAX_POLLS) {
          this.deployment = { ...current, timedOut: true };
          this.announce(format(LABELS.deployTimedOut, current.integration));
        } else {
          this.schedulePoll();
        }
        return;
      }
      this.deployment = {
        ...current,
        status: status.status,
        message: status.message,
        errors: status.errors || [],
      };
      const succeeded = status.status === 'SUCCEEDED';
      const heading = succeeded
        ? format(
            current.action === 'retire' ? LABELS.deployRetiredHeading : LABELS.deploySavedHeading,
            current.integration,
          )
        : format(LABELS.deployFailedHeading, current.integration);
      this.toast(heading, status.message, succeeded ? 'success' : 'error');
      this.announce(`${heading} ${status.message || ''}`.trim());
      this.focusAfterRender('deploy-heading');
      if (succeeded) {
        await this.refreshPageModel();
      }
    } catch (error) {
      this.deployment = { ...current, status: 'FAILED', errors: [describeError(error).message] };
      this.showError(format(LABELS.deployFailedHeading, current.integration), error, LABELS.errorNextRetry);
    }
  }

  // ---- confirmation dialog -----------------------------------------------------------------

  get isApplyModal() {
    return !!this.modal && this.modal.kind === 'apply';
  }

  handleModalConfirm(event) {
    const modal = this.modal;
    this.modal = undefined;
    if (modal.kind === 'apply') {
      return this.applyPlan(modal.progress);
    }
    if (modal.kind === 'retire') {
      return this.retire(modal, event.detail.reason);
    }
    return this.changeUserState(modal, event.detail.reason);
  }

  handleModalCancel() {
    const focusKey = this.modal && this.modal.focusKey;
    this.modal = undefined;
    // Focus goes back to the button that opened the dialog once it is gone.
    this.focusAfterRender(focusKey);
  }

  // ---- helpers -----------------------------------------------------------------------------

  integrationLabel(name) {
    const match = this.integrations.find((item) => item.name === name);
    return (match && match.label) || name;
  }

  targetLabel(action) {
    return targetLabel(action, this.pageModel && this.pageModel.permissionSetLicense);
  }

  startBusy(message) {
    this.busy = { message };
    this.announce(message);
    this.focusAfterRender('progress');
  }

  showError(title, error, nextStep) {
    const message = describeError(error).message;
    this.actionError = { title, message, nextStep };
    this.toast(title, message, 'error');
    this.announce(`${title}: ${message} ${nextStep || ''}`.trim());
  }

  toast(title, message, variant) {
    this.dispatchEvent(new ShowToastEvent({ title, message, variant }));
  }

  announce(message) {
    this.liveMessage = message;
  }
}

import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/iukLabels';
import { format, originBadge } from 'c/iukFormat';

/**
 * The Definitions step: every definition the org has, where it is maintained (authored here, or
 * deployed from a repository and so read-only), and for an author New, Edit and Retire; the progress
 * and result of a definition being deployed. Only displays and raises events; the page makes the calls.
 *
 * Events: newdefinition, editdefinition { integration }, retiredefinition { integration },
 * gotostep { name }.
 */
export default class IukDefinitions extends LightningElement {
  @api integrations = [];
  @api canAuthor = false;
  @api busy = false;
  /** The definition being deployed: { integration, action, status, message, errors, timedOut }. */
  @api deployment;

  labels = LABELS;

  get hasIntegrations() {
    return (this.integrations || []).length > 0;
  }

  get readOnlyNote() {
    return !this.canAuthor;
  }

  get hasRepositoryDefinitions() {
    return (this.integrations || []).some((integration) => integration.definedIn !== 'ORG');
  }

  get rows() {
    return (this.integrations || []).map((integration) => {
      const inOrg = integration.definedIn === 'ORG';
      const badge = originBadge(integration.definedIn);
      const editable = inOrg && !integration.retired && this.canAuthor;
      const label = integration.label || integration.name;
      return {
        key: `definition-${integration.name}`,
        name: integration.name,
        label,
        headingId: `definition-heading-${integration.name}`,
        apiName: format(LABELS.definitionsApiName, integration.name),
        badgeLabel: badge.label,
        badgeClass: `slds-badge ${badge.className}`,
        state: integration.retired
          ? LABELS.definitionsStateRetired
          : integration.active
            ? LABELS.definitionsStateActive
            : LABELS.definitionsStateInactive,
        externalSystem: integration.externalSystem,
        owner: integration.ownerName,
        note: inOrg
          ? integration.retired
            ? LABELS.definitionsRetiredNote
            : ''
          : LABELS.definitionsRepositoryNote,
        editable,
        editLabel: format(LABELS.definitionsEditNamed, label),
        retireLabel: format(LABELS.definitionsRetireNamed, label),
      };
    });
  }

  get hasDeployment() {
    return !!this.deployment;
  }

  get deploying() {
    return !!this.deployment && this.deployment.status === 'IN_PROGRESS' && !this.deployment.timedOut;
  }

  get deployTimedOut() {
    return !!this.deployment && this.deployment.status === 'IN_PROGRESS' && !!this.deployment.timedOut;
  }

  get deploySucceeded() {
    return !!this.deployment && this.deployment.status === 'SUCCEEDED';
  }

  get deployFailed() {
    return !!this.deployment && this.deployment.status === 'FAILED';
  }

  get deployName() {
    return (this.deployment && this.deployment.integration) || '';
  }

  get deployingText() {
    return format(
      this.deployment && this.deployment.action === 'retire' ? LABELS.deployRetiring : LABELS.deploySaving,
      this.deployName,
    );
  }

  get succeededHeading() {
    return format(
      this.deployment && this.deployment.action === 'retire'
        ? LABELS.deployRetiredHeading
        : LABELS.deploySavedHeading,
      this.deployName,
    );
  }

  get succeededNext() {
    return this.deployment && this.deployment.action === 'retire'
      ? LABELS.deployRetiredNext
      : LABELS.deploySavedNext;
  }

  get failedHeading() {
    return format(LABELS.deployFailedHeading, this.deployName);
  }

  get timedOutText() {
    return format(LABELS.deployTimedOut, this.deployName);
  }

  get deployErrors() {
    return ((this.deployment && this.deployment.errors) || []).map((text, index) => ({
      key: `error-${index}`,
      text,
    }));
  }

  get hasDeployErrors() {
    return this.deployErrors.length > 0;
  }

  handleNew() {
    this.dispatchEvent(new CustomEvent('newdefinition'));
  }

  handleEdit(event) {
    this.dispatchEvent(
      new CustomEvent('editdefinition', { detail: { integration: event.currentTarget.dataset.integration } }),
    );
  }

  handleRetire(event) {
    this.dispatchEvent(
      new CustomEvent('retiredefinition', {
        detail: { integration: event.currentTarget.dataset.integration },
      }),
    );
  }

  handleGoToUsers() {
    this.dispatchEvent(new CustomEvent('gotostep', { detail: { name: 'users' } }));
  }
}

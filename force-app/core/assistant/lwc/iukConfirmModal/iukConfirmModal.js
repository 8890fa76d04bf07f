import { LightningElement, api } from 'lwc';

/**
 * A confirmation dialog in SLDS modal markup (not lightning/modal, so the browser preview and Jest
 * render it as-is). Focus moves into the dialog when it opens, Tab stays inside it, Escape cancels.
 * The opener is responsible for returning focus to the control that opened it.
 *
 * Events: confirm { reason }, cancel.
 */
export default class IukConfirmModal extends LightningElement {
  @api heading;
  @api confirmLabel = 'Confirm';
  /** 'brand' or 'destructive'. */
  @api confirmVariant = 'brand';
  /** When set, the admin must type a reason before confirming. */
  @api reasonLabel;
  @api busy = false;

  reason = '';
  focusedOnOpen = false;

  get requiresReason() {
    return !!this.reasonLabel;
  }

  get confirmDisabled() {
    return this.busy || (this.requiresReason && this.reason.trim().length === 0);
  }

  renderedCallback() {
    if (!this.focusedOnOpen) {
      this.focusedOnOpen = true;
      const first = this.focusableElements()[0];
      if (first) {
        first.focus();
      }
    }
  }

  focusableElements() {
    const selectors = ['[data-id="reason"]', '[data-id="cancel"]', '[data-id="confirm"]'];
    return selectors
      .map((selector) => this.template.querySelector(selector))
      .filter((element) => element && !element.disabled);
  }

  handleKeyDown(event) {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.handleCancel();
      return;
    }
    if (event.key !== 'Tab') {
      return;
    }
    const focusables = this.focusableElements();
    if (focusables.length === 0) {
      return;
    }
    const index = focusables.indexOf(this.template.activeElement);
    const lastIndex = focusables.length - 1;
    // Wrap around at both ends so keyboard focus never leaves the dialog.
    if (event.shiftKey && index <= 0) {
      event.preventDefault();
      focusables[lastIndex].focus();
    } else if (!event.shiftKey && (index === lastIndex || index === -1)) {
      event.preventDefault();
      focusables[0].focus();
    }
  }

  handleReasonChange(event) {
    this.reason = event.target.value || '';
  }

  handleCancel() {
    this.dispatchEvent(new CustomEvent('cancel'));
  }

  handleConfirm() {
    if (this.confirmDisabled) {
      return;
    }
    this.dispatchEvent(new CustomEvent('confirm', { detail: { reason: this.reason.trim() } }));
  }
}

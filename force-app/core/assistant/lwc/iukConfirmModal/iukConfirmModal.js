import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/iukLabels';

/**
 * A confirmation dialog in SLDS modal markup (not lightning/modal, so the browser preview and Jest
 * render it as-is): a header with a close button, the opener's content in the body, Cancel and a
 * confirm button whose variant says how serious the action is. Focus moves into the dialog when it
 * opens (the reason field, or Cancel), Tab and Shift+Tab stay inside it, Escape cancels. The opener
 * returns focus to the control that opened it.
 *
 * Events: confirm { reason }, cancel.
 */
export default class IukConfirmModal extends LightningElement {
  @api heading;
  @api confirmLabel;
  /** 'brand', or 'destructive' for actions that stop a live integration. */
  @api confirmVariant = 'brand';
  /** When set, the admin must type a reason before confirming. */
  @api reasonLabel;

  labels = LABELS;
  reason = '';
  focusedOnOpen = false;

  get requiresReason() {
    return !!this.reasonLabel;
  }

  get confirmDisabled() {
    return this.requiresReason && this.reason.trim().length === 0;
  }

  renderedCallback() {
    if (!this.focusedOnOpen) {
      this.focusedOnOpen = true;
      const first =
        this.template.querySelector('[data-id="reason"]') ||
        this.template.querySelector('[data-id="cancel"]');
      if (first) {
        first.focus();
      }
    }
  }

  /** In DOM order; a disabled confirm button is skipped, as the browser skips it. */
  focusableElements() {
    return ['[data-id="close"]', '[data-id="reason"]', '[data-id="cancel"]', '[data-id="confirm"]']
      .map((selector) => this.template.querySelector(selector))
      .filter((element) => element && !element.disabled);
  }

  handleKeyDown(event) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
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

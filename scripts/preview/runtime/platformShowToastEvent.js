/**
 * `lightning/platformShowToastEvent` for the preview (not in the npm package). The event is the
 * platform's (`lightning__showtoast`, bubbling and composed); page.js listens for it on the document
 * and shows an SLDS toast, so the toast is visible and testable like in Lightning Experience.
 */
export const SHOW_TOAST_EVENT = 'lightning__showtoast';
/** Exported by the platform module too (jest tests listen for it). */
export const ShowToastEventName = SHOW_TOAST_EVENT;

export class ShowToastEvent extends CustomEvent {
  constructor(toast) {
    super(SHOW_TOAST_EVENT, { bubbles: true, composed: true, cancelable: true, detail: toast });
  }
}

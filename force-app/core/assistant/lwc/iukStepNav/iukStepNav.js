import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/iukLabels';
import { format, plural } from 'c/iukFormat';

/**
 * The step list: one button per step, the current one marked with aria-current, a count of items to
 * review as a badge with a text alternative, and every button disabled while the page is busy so
 * nobody leaves a step in the middle of planning or applying.
 *
 * Events: select { name }.
 */
export default class IukStepNav extends LightningElement {
  /** [{ name, label, count }] in order. */
  @api steps;
  @api currentStep;
  @api disabled = false;

  labels = LABELS;

  get items() {
    return (this.steps || []).map((step, index) => {
      const current = step.name === this.currentStep;
      const count = step.count || 0;
      const countText = count > 0 ? plural(count, LABELS.navToReviewOne, LABELS.navToReviewOther) : '';
      return {
        name: step.name,
        text: format(LABELS.navStepName, index + 1, step.label),
        current,
        ariaCurrent: current ? 'step' : null,
        itemClass: `slds-nav-vertical__item${current ? ' slds-is-active' : ''}`,
        hasCount: count > 0,
        count,
        countText,
      };
    });
  }

  handleClick(event) {
    const name = event.currentTarget.dataset.step;
    this.dispatchEvent(new CustomEvent('select', { detail: { name } }));
  }
}

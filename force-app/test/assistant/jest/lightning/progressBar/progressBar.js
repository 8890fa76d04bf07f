// Jest stub of lightning-progress-bar with the aria-label of the real component (lightning-base-
// components: `@api ariaLabel`), rendered as the progressbar role it renders.
import { LightningElement, api } from 'lwc';

export default class ProgressBar extends LightningElement {
  @api ariaLabel;
  @api size;
  @api value;
  @api variant;
}

// Jest stub of lightning-button that keeps the parts of its API the assistant relies on and the
// default stub lacks: aria-label (the accessible name of repeated buttons) and focus(). It renders a
// native button so @sa11y/jest checks the name an assistive technology would read.
import { LightningElement, api } from 'lwc';

export default class Button extends LightningElement {
  @api ariaLabel;
  @api disabled;
  @api iconName;
  @api iconPosition;
  @api label;
  @api name;
  @api title;
  @api type;
  @api value;
  @api variant;

  @api
  focus() {
    this.template.querySelector('button').focus();
  }

  @api
  click() {
    this.template.querySelector('button').click();
  }
}

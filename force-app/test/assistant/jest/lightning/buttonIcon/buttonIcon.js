// Jest stub of lightning-button-icon with focus() and a native, named button (see ../button).
import { LightningElement, api } from 'lwc';

export default class ButtonIcon extends LightningElement {
  @api alternativeText;
  @api disabled;
  @api iconClass;
  @api iconName;
  @api name;
  @api size;
  @api title;
  @api tooltip;
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

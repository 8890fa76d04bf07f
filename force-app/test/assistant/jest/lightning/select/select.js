// Jest stub of lightning-select (sfdx-lwc-jest ships none): its public properties, focus() and a
// labelled native select (see ../button).
import { LightningElement, api } from 'lwc';

export default class Select extends LightningElement {
  @api disabled;
  @api fieldLevelHelp;
  @api label;
  @api messageWhenValueMissing;
  @api multiple;
  @api name;
  @api options;
  @api required;
  @api value;
  @api variant;
  @api checkValidity() {
    return true;
  }
  @api reportValidity() {
    return true;
  }
  @api setCustomValidity() {}
  @api showHelpMessageIfInvalid() {}

  @api
  focus() {
    this.template.querySelector('select').focus();
  }
}

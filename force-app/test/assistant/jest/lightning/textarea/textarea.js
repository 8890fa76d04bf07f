// Jest stub of lightning-textarea with focus() and a labelled native textarea (see ../button).
import { LightningElement, api } from 'lwc';

export default class Textarea extends LightningElement {
  @api disabled;
  @api label;
  @api maxLength;
  @api messageWhenValueMissing;
  @api name;
  @api placeholder;
  @api required;
  @api value;
  @api variant;

  @api
  focus() {
    this.template.querySelector('textarea').focus();
  }
}

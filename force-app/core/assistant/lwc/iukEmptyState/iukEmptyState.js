import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/iukLabels';

/**
 * No definitions in the org: how to add them. Here in the org (an author gets the button that opens
 * the definition form), or from a repository with the kit's deploy command.
 *
 * Events: newdefinition.
 */
export default class IukEmptyState extends LightningElement {
  /** The custom permission and Customize Application: may create a definition here. */
  @api canAuthor = false;
  @api busy = false;

  labels = LABELS;

  handleNew() {
    this.dispatchEvent(new CustomEvent('newdefinition'));
  }
}

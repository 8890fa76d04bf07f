import { LightningElement, api } from 'lwc';
import { checklistIcon } from 'c/iukFormat';

/** Step 6: the best-practices checklist, evaluated live in Apex and only displayed here. */
export default class IukChecklist extends LightningElement {
  @api items;

  get rows() {
    return (this.items || []).map((item) => {
      const icon = checklistIcon(item.status);
      return { ...item, iconName: icon.iconName, variant: icon.variant, statusLabel: icon.label };
    });
  }

  get hasItems() {
    return this.rows.length > 0;
  }

  get summary() {
    const count = (status) => this.rows.filter((row) => row.status === status).length;
    return `${count('PASS')} passed, ${count('WARN')} warnings, ${count('FAIL')} failed.`;
  }
}

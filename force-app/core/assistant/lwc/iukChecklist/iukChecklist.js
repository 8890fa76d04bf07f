import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/iukLabels';
import { checklistIcon, format, plural } from 'c/iukFormat';
import { stepForCheck } from 'c/iukSteps';

const ORDER = { FAIL: 0, WARN: 1, PASS: 2 };

/**
 * Step 6: the best-practices checklist, evaluated live in Apex. Items that need work come first and
 * link to the step that fixes them; the step ends with what to do next, never a dead end.
 *
 * Events: gotostep { name }, refresh.
 */
export default class IukChecklist extends LightningElement {
  @api items;
  @api busy = false;

  labels = LABELS;

  get rows() {
    return [...(this.items || [])]
      .sort((a, b) => (ORDER[a.status] ?? 3) - (ORDER[b.status] ?? 3))
      .map((item) => {
        const icon = checklistIcon(item.status);
        const step = item.status !== 'PASS' ? stepForCheck(item.key) : undefined;
        return {
          key: item.key,
          label: item.label,
          detail: item.detail,
          status: item.status,
          iconName: icon.iconName,
          variant: icon.variant,
          statusLabel: icon.label,
          hasStep: !!step,
          stepName: step ? step.name : '',
          stepButton: step ? format(LABELS.checklistGoTo, step.label) : '',
          stepButtonName: step ? format(LABELS.checklistGoToName, step.label, item.label) : '',
        };
      });
  }

  get hasItems() {
    return this.rows.length > 0;
  }

  get openCount() {
    return this.rows.filter((row) => row.status !== 'PASS').length;
  }

  get summary() {
    const count = (status) => this.rows.filter((row) => row.status === status).length;
    return format(LABELS.checklistSummary, count('PASS'), count('WARN'), count('FAIL'));
  }

  get nextStepText() {
    return this.openCount > 0
      ? plural(this.openCount, LABELS.checklistOpenOne, LABELS.checklistOpenOther)
      : LABELS.checklistAllPassed;
  }

  handleGoToStep(event) {
    this.dispatchEvent(new CustomEvent('gotostep', { detail: { name: event.currentTarget.dataset.step } }));
  }

  handleRefresh() {
    this.dispatchEvent(new CustomEvent('refresh'));
  }
}

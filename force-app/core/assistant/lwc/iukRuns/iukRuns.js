import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/iukLabels';
import { byNewest, format, formatDateTime, formatNumber, runModeLabel } from 'c/iukFormat';

/** The run history: who did what and when, newest first. */
export default class IukRuns extends LightningElement {
  @api runs;

  labels = LABELS;

  get rows() {
    return [...(this.runs || [])].sort(byNewest('startedAt')).map((run) => ({
      key: run.id,
      when: formatDateTime(run.startedAt),
      what: runModeLabel(run.mode),
      runBy: run.runBy,
      // A drift report changes nothing: its counts are definitions in sync and drifted or blocked.
      counts: format(
        run.mode === 'RECONCILE' ? LABELS.runCountsReconcile : LABELS.runCounts,
        formatNumber(run.succeeded || 0),
        formatNumber(run.failed || 0),
      ),
      summary: run.summary,
    }));
  }

  get hasRuns() {
    return this.rows.length > 0;
  }
}

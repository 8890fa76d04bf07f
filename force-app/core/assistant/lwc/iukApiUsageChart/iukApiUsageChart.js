import { LightningElement, api } from 'lwc';
import { format, formatNumber } from 'c/iukFormat';
import { LABELS } from 'c/iukMonitoringLabels';

// Geometry of the SVG's coordinate system; it is stretched to the available width.
const SLOT = 10;
const BAR = 7;
const HEIGHT = 120;
const ZERO_BAR = 1;

const DAY_FORMAT = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const LONG_DAY_FORMAT = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2026-11-30" (a UTC day) -> "30 Nov" in the reader's locale. */
export function dayText(day, long) {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) {
    return day || '';
  }
  return (long ? LONG_DAY_FORMAT : DAY_FORMAT).format(date);
}

/** The next "round" number at or above n (1, 2 or 5 times a power of ten), so the axis reads easily. */
export function niceMax(n) {
  if (!(n > 0)) {
    return 1;
  }
  const power = 10 ** Math.floor(Math.log10(n));
  const fraction = n / power;
  // Round steps close together, so the busiest bar fills most of the chart's height.
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((candidate) => fraction <= candidate);
  return Math.max(1, Math.round(step * power));
}

/**
 * One integration's API requests per UTC day as a bar chart. A day without a log is drawn as an
 * outlined, empty slot and never as a zero bar: its usage is unknown. The chart's text alternative is
 * its summary (the SVG's name) and, on demand, a table of every day.
 */
export default class IukApiUsageChart extends LightningElement {
  /** The integration's label, for the table caption. */
  @api label;
  /** DayActivity entries, oldest first: { day, hasLog, apiRequests, logins, flaggedLogins, logStatus }. */
  @api days;

  showTable = false;
  labels = LABELS;

  get entries() {
    return Array.isArray(this.days) ? this.days : [];
  }

  get hasDays() {
    return this.entries.length > 0;
  }

  get withLog() {
    return this.entries.filter((day) => day.hasLog);
  }

  get axisMax() {
    return niceMax(Math.max(0, ...this.withLog.map((day) => day.apiRequests || 0)));
  }

  get axisMaxText() {
    return formatNumber(this.axisMax);
  }

  get viewBox() {
    return `0 0 ${Math.max(1, this.entries.length) * SLOT} ${HEIGHT}`;
  }

  get bars() {
    const max = this.axisMax;
    return this.entries.map((day, index) => {
      const x = index * SLOT + (SLOT - BAR) / 2;
      if (!day.hasLog) {
        return {
          key: day.day,
          day: day.day,
          x,
          y: 1,
          width: BAR,
          height: HEIGHT - 2,
          className: 'iuk-chart__nolog',
          title: format(LABELS.Chart_NoLogTitle, dayText(day.day, true)),
        };
      }
      const requests = day.apiRequests || 0;
      const height = requests > 0 ? Math.max(ZERO_BAR, Math.round((HEIGHT * requests) / max)) : ZERO_BAR;
      return {
        key: day.day,
        day: day.day,
        x,
        y: HEIGHT - height,
        width: BAR,
        height,
        className: 'iuk-chart__bar',
        title: format(LABELS.Chart_BarTitle, dayText(day.day, true), formatNumber(requests)),
      };
    });
  }

  get firstLabel() {
    return this.hasDays ? dayText(this.entries[0].day) : '';
  }

  get lastLabel() {
    return this.hasDays ? dayText(this.entries[this.entries.length - 1].day) : '';
  }

  /** The chart in words: its accessible name and the line above it. */
  get summary() {
    const withLog = this.withLog;
    const all = this.entries;
    if (withLog.length === 0) {
      return LABELS.Chart_NoLogAtAll;
    }
    const total = withLog.reduce((sum, day) => sum + (day.apiRequests || 0), 0);
    const parts = [
      format(
        LABELS.Chart_Summary,
        formatNumber(total),
        withLog.length,
        all.length,
        dayText(all[0].day, true),
        dayText(all[all.length - 1].day, true),
      ),
    ];
    const busiest = withLog.reduce((best, day) => {
      return (day.apiRequests || 0) > (best.apiRequests || 0) ? day : best;
    });
    if ((busiest.apiRequests || 0) > 0) {
      parts.push(format(LABELS.Chart_Busiest, dayText(busiest.day, true), formatNumber(busiest.apiRequests)));
    }
    const missing = all.length - withLog.length;
    if (missing > 0) {
      parts.push(format(LABELS.Chart_NoLogDays, missing));
    }
    return parts.join(' ');
  }

  get toggleLabel() {
    return format(this.showTable ? LABELS.Chart_HideTable : LABELS.Chart_ShowTable, this.label || '');
  }

  get expanded() {
    return this.showTable ? 'true' : 'false';
  }

  get tableCaption() {
    return format(LABELS.Chart_TableCaption, this.label || '');
  }

  get rows() {
    return this.entries.map((day) => ({
      key: day.day,
      day: dayText(day.day, true),
      requests: day.hasLog ? formatNumber(day.apiRequests || 0) : LABELS.NoLog,
      logins: day.logins === null || day.logins === undefined ? LABELS.NotCounted : formatNumber(day.logins),
      flagged:
        day.flaggedLogins === null || day.flaggedLogins === undefined ? '' : formatNumber(day.flaggedLogins),
    }));
  }

  toggleTable() {
    this.showTable = !this.showTable;
  }
}

/**
 * Login hours: people write "08:00-18:00" per weekday; Profile metadata stores minutes after
 * midnight in the org's default time zone (480 = 08:00) as <mondayStart>/<mondayEnd> and so on.
 * Equal start and end means no login that day, which we spell "closed".
 */
import type { LoginHours } from '../schema.js';
import { WEEKDAYS, type Weekday } from '../weekdays.js';
import type { PathSegment, ProblemList } from '../problems.js';

export interface ResolvedLoginHours {
  day: Weekday;
  /** Minutes after midnight, org default time zone. */
  start: number;
  end: number;
}

export function resolveLoginHours(
  hours: LoginHours,
  path: PathSegment[],
  problems: ProblemList,
): ResolvedLoginHours[] {
  const resolved: ResolvedLoginHours[] = [];
  for (const day of WEEKDAYS) {
    const text = hours[day];
    if (text === undefined) continue;
    const window = parseWindow(text);
    const dayPath = [...path, day];
    if (typeof window === 'string') {
      problems.error(
        'login-hours-invalid',
        dayPath,
        `"${text}" is not a valid login window: ${window}.`,
        'Write "HH:MM-HH:MM" between 00:00 and 24:00, e.g. "08:00-18:00", or "closed".',
      );
      continue;
    }
    if (window.end < window.start) {
      problems.error(
        'login-hours-reversed',
        dayPath,
        `The window ends (${text.split('-')[1]}) before it starts (${text.split('-')[0]}).`,
        'Put the start first. Windows cannot cross midnight: split them over two days.',
      );
      continue;
    }
    if (window.end === window.start && text !== 'closed') {
      problems.error(
        'login-hours-empty',
        dayPath,
        `"${text}" starts and ends at the same time, which blocks every login that day.`,
        'Write "closed" if that is intended, or widen the window.',
      );
      continue;
    }
    if (window.start % 60 !== 0 || window.end % 60 !== 0) {
      problems.warning(
        'login-hours-not-whole-hour',
        dayPath,
        `"${text}" is not on whole hours; Setup only offers whole hours.`,
        'Round the window to whole hours, e.g. "08:00-18:00".',
      );
    }
    resolved.push({ day, ...window });
  }
  return resolved;
}

function parseWindow(text: string): { start: number; end: number } | string {
  if (text === 'closed') return { start: 0, end: 0 };
  const match = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(text);
  if (!match) return 'expected HH:MM-HH:MM';
  const [startHours, startMinutes, endHours, endMinutes] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
  ];
  for (const [hoursValue, minutesValue] of [
    [startHours, startMinutes],
    [endHours, endMinutes],
  ] as const) {
    if (hoursValue > 24 || minutesValue > 59 || (hoursValue === 24 && minutesValue !== 0))
      return 'times run from 00:00 to 24:00';
  }
  return { start: startHours * 60 + startMinutes, end: endHours * 60 + endMinutes };
}

/** The copy of a profile's login hours on the definition record: "day=start-end" in minutes, one a line. */
export function formatLoginHoursForRecord(hours: readonly ResolvedLoginHours[]): string {
  return hours.map((window) => `${window.day}=${window.start}-${window.end}`).join('\n');
}

/** 480 → "08:00": for summaries and the record's readable copy. */
export function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * Pure formatting helpers shared by the setup assistant components.
 * No DOM, no Apex: everything here is unit-tested in __tests__/iukFormat.test.js.
 */

const DAY_ORDER = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const DAY_LABELS = {
  MONDAY: 'Monday',
  TUESDAY: 'Tuesday',
  WEDNESDAY: 'Wednesday',
  THURSDAY: 'Thursday',
  FRIDAY: 'Friday',
  SATURDAY: 'Saturday',
  SUNDAY: 'Sunday',
};
const MINUTES_PER_DAY = 1440;

// Colour alone never carries meaning: every badge also has a text label.
const STATUS_BADGES = {
  NOT_CREATED: { label: 'Not created', className: 'slds-badge_lightest' },
  READY: { label: 'Ready', className: 'slds-theme_success' },
  DRIFTED: { label: 'Drifted', className: 'slds-theme_warning' },
  FROZEN: { label: 'Frozen', className: 'slds-badge_inverse' },
  DEACTIVATED: { label: 'Deactivated', className: 'slds-badge_inverse' },
  INACTIVE: { label: 'Inactive', className: 'slds-badge_lightest' },
  RETIRED: { label: 'Retired', className: 'slds-badge_lightest' },
  ERROR: { label: 'Error', className: 'slds-theme_error' },
};

const CHECK_ICONS = {
  PASS: { iconName: 'utility:success', variant: 'success', label: 'Passed' },
  WARN: { iconName: 'utility:warning', variant: 'warning', label: 'Warning' },
  FAIL: { iconName: 'utility:error', variant: 'error', label: 'Failed' },
};

const ACTION_LABELS = {
  CREATE_USER: 'Create user',
  UPDATE_USER: 'Update user',
  ASSIGN_PERMISSION_SET_LICENSE: 'Assign permission set licence',
  ASSIGN_PERMISSION_SET: 'Assign permission set',
  ASSIGN_PERMISSION_SET_GROUP: 'Assign permission set group',
  REMOVE_ASSIGNMENT: 'Remove assignment',
  UNLISTED_ASSIGNMENT: 'Unlisted assignment (report only)',
  REMOVE_PERMISSION_SET_LICENSE: 'Remove permission set licence',
  FREEZE_USER: 'Freeze user',
  DEACTIVATE_USER: 'Deactivate user',
  REACTIVATE_USER: 'Deactivated: reactivate explicitly (report only)',
};

/** 480 → "08:00", 1440 → "24:00". Returns '' for anything that is not a minute of the day. */
export function formatMinutes(minutes) {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > MINUTES_PER_DAY) {
    return '';
  }
  const hours = String(Math.floor(minutes / 60)).padStart(2, '0');
  const rest = String(minutes % 60).padStart(2, '0');
  return `${hours}:${rest}`;
}

/** "MONDAY" → "Monday"; unknown values are returned unchanged so nothing silently disappears. */
export function dayLabel(day) {
  return DAY_LABELS[day] || day || '';
}

/** One day's window: "08:00–18:00", "No login" (equal start and end) or "All day". */
export function formatDayWindow(startMinutes, endMinutes) {
  if (startMinutes === endMinutes) {
    return 'No login';
  }
  if (startMinutes === 0 && endMinutes === MINUTES_PER_DAY) {
    return 'All day';
  }
  return `${formatMinutes(startMinutes)}–${formatMinutes(endMinutes)}`;
}

/**
 * Login hours as readable lines, consecutive days with the same window grouped:
 * [{ days: 'Monday–Friday', hours: '08:00–18:00' }, { days: 'Saturday–Sunday', hours: 'No login' }].
 * An empty list means the profile sets no login hours.
 */
export function summarizeLoginHours(loginHours) {
  const sorted = [...(loginHours || [])].sort((a, b) => DAY_ORDER.indexOf(a.day) - DAY_ORDER.indexOf(b.day));
  const groups = [];
  for (const entry of sorted) {
    const hours = formatDayWindow(entry.startMinutes, entry.endMinutes);
    const last = groups[groups.length - 1];
    const follows = last && DAY_ORDER.indexOf(entry.day) === DAY_ORDER.indexOf(last.lastDay) + 1;
    if (last && follows && last.hours === hours) {
      last.lastDay = entry.day;
    } else {
      groups.push({ firstDay: entry.day, lastDay: entry.day, hours });
    }
  }
  return groups.map((group) => {
    const days =
      group.firstDay === group.lastDay
        ? dayLabel(group.firstDay)
        : `${dayLabel(group.firstDay)}–${dayLabel(group.lastDay)}`;
    return { key: group.firstDay, days, hours: group.hours, noLogin: group.hours === 'No login' };
  });
}

/** "203.0.113.0 – 203.0.113.255", or the single address when start and end are equal. */
export function formatIpRange(range) {
  if (!range) {
    return '';
  }
  const { startAddress, endAddress } = range;
  if (!endAddress || startAddress === endAddress) {
    return startAddress || '';
  }
  return `${startAddress} – ${endAddress}`;
}

/** Status → { label, className } for a lightning-badge. Unknown statuses fall back to a neutral badge. */
export function statusBadge(status) {
  return STATUS_BADGES[status] || { label: status || 'Unknown', className: 'slds-badge_lightest' };
}

/** Checklist status → { iconName, variant, label } for a lightning-icon. */
export function checklistIcon(status) {
  return CHECK_ICONS[status] || { iconName: 'utility:info', variant: '', label: status || 'Unknown' };
}

/** Planned action type → readable label. */
export function actionLabel(type) {
  return ACTION_LABELS[type] || type || '';
}

/** 18250 → "18,250" (fixed en-US grouping so tests and screenshots are stable). */
export function formatNumber(value) {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    return '–';
  }
  return value.toLocaleString('en-US');
}

/** 15.87 → "15.9%". */
export function formatPercent(value) {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    return '–';
  }
  return `${value.toFixed(1)}%`;
}

/**
 * What a licence summary means for the admin: { tone: 'ok' | 'warning' | 'error', message }.
 * "error" when the licence is missing or has no free seat: provisioning a new user will fail.
 */
export function licenceState(summary, label) {
  if (!summary || !summary.found) {
    return {
      tone: 'error',
      message: `This org has no ${label}. It comes with Enterprise, Unlimited, Performance and Developer editions; ask your Salesforce account executive to add it.`,
    };
  }
  if (!summary.available || summary.available <= 0) {
    return {
      tone: 'error',
      message: `No free ${label} seats. Deactivate an integration user you no longer need (step Users), or buy more seats from your Salesforce account executive.`,
    };
  }
  if (summary.available === 1) {
    return { tone: 'warning', message: `Only 1 free ${label} seat left.` };
  }
  return { tone: 'ok', message: `${summary.available} of ${summary.total} seats free.` };
}

/**
 * An Apex or wire error → one readable message. Handles AuraHandledException bodies,
 * DML page errors, JS errors, arrays of errors and plain strings.
 */
export function reduceErrors(errors) {
  const list = Array.isArray(errors) ? errors : [errors];
  const messages = list
    .filter((error) => !!error)
    .flatMap((error) => {
      if (typeof error === 'string') {
        return [error];
      }
      const body = error.body;
      if (Array.isArray(body)) {
        return body.map((entry) => entry.message);
      }
      if (body && body.pageErrors && body.pageErrors.length) {
        return body.pageErrors.map((entry) => entry.message);
      }
      if (body && typeof body.message === 'string') {
        return [body.message];
      }
      if (typeof error.message === 'string') {
        return [error.message];
      }
      return [error.statusText || 'Unknown error'];
    })
    .filter((message) => !!message);
  return messages.length ? messages.join(' ') : 'Unknown error';
}

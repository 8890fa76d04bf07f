/**
 * Pure formatting helpers shared by the setup assistant components: dates, numbers, login hours,
 * IP ranges, and the readable label for every code the engine sends (statuses, planned actions,
 * blockers, run modes). No DOM, no Apex. Every text comes from c/iukLabels (Custom Labels).
 */
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { LABELS } from 'c/iukLabels';

const DAY_ORDER = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const DAY_LABELS = {
  MONDAY: LABELS.dayMonday,
  TUESDAY: LABELS.dayTuesday,
  WEDNESDAY: LABELS.dayWednesday,
  THURSDAY: LABELS.dayThursday,
  FRIDAY: LABELS.dayFriday,
  SATURDAY: LABELS.daySaturday,
  SUNDAY: LABELS.daySunday,
};
const MINUTES_PER_DAY = 1440;

// IntegrationSummary.status. Colour never carries meaning alone: every badge has a text label, and
// each class pairs its background with a text colour of at least 4.5:1 (checked by axe in the browser).
const STATUS_BADGES = {
  NOT_CREATED: { label: LABELS.statusNotCreated, className: 'slds-badge_lightest' },
  READY: { label: LABELS.statusReady, className: 'slds-theme_success' },
  DRIFTED: { label: LABELS.statusDrifted, className: 'slds-theme_warning' },
  FROZEN: { label: LABELS.statusFrozen, className: 'slds-badge_inverse' },
  DEACTIVATED: { label: LABELS.statusDeactivated, className: 'slds-badge_inverse' },
  INACTIVE: { label: LABELS.statusInactive, className: 'slds-badge_lightest' },
  RETIRED: { label: LABELS.statusRetired, className: 'slds-badge_lightest' },
  ERROR: { label: LABELS.statusError, className: 'slds-theme_error' },
};

/**
 * Statuses that need the admin, counted on the Users step's badge: create, fix, or (retired) apply the
 * removal and then deploy. Frozen and deactivated users are someone's decision, not a task.
 */
export const STATUSES_NEEDING_ACTION = ['NOT_CREATED', 'DRIFTED', 'ERROR', 'RETIRED'];

const CHECK_ICONS = {
  PASS: { iconName: 'utility:success', variant: 'success', label: LABELS.checkPassed },
  WARN: { iconName: 'utility:warning', variant: 'warning', label: LABELS.checkWarning },
  FAIL: { iconName: 'utility:error', variant: 'error', label: LABELS.checkFailed },
};

// PlannedAction.type
const ACTION_LABELS = {
  CREATE_USER: LABELS.actionCreateUser,
  UPDATE_USER: LABELS.actionUpdateUser,
  ASSIGN_PERMISSION_SET_LICENSE: LABELS.actionAssignPermissionSetLicense,
  ASSIGN_PERMISSION_SET: LABELS.actionAssignPermissionSet,
  ASSIGN_PERMISSION_SET_GROUP: LABELS.actionAssignPermissionSetGroup,
  REMOVE_ASSIGNMENT: LABELS.actionRemoveAssignment,
  UNLISTED_ASSIGNMENT: LABELS.actionUnlistedAssignment,
  REMOVE_PERMISSION_SET_LICENSE: LABELS.actionRemovePermissionSetLicense,
  FREEZE_USER: LABELS.actionFreezeUser,
  DEACTIVATE_USER: LABELS.actionDeactivateUser,
  REACTIVATE_USER: LABELS.actionReactivateUser,
  CREATE_PERMISSION_SET: LABELS.actionCreatePermissionSet,
  UPDATE_PERMISSION_SET_ACCESS: LABELS.actionUpdatePermissionSetAccess,
};

// Blocker.code
const BLOCKER_LABELS = {
  INVALID_DEFINITION: LABELS.blockerInvalidDefinition,
  DUPLICATE_USERNAME: LABELS.blockerDuplicateUsername,
  NO_USER_LICENSE: LABELS.blockerNoUserLicense,
  NO_PSL_SEATS: LABELS.blockerNoPslSeats,
  PERMISSION_SET_LICENSE_MISSING: LABELS.blockerPermissionSetLicenseMissing,
  PROFILE_MISSING: LABELS.blockerProfileMissing,
  PROFILE_WRONG_LICENSE: LABELS.blockerProfileWrongLicense,
  PERMISSION_SET_MISSING: LABELS.blockerPermissionSetMissing,
  PERMISSION_SET_WRONG_LICENSE: LABELS.blockerPermissionSetWrongLicense,
  PERMISSION_SET_GROUP_MISSING: LABELS.blockerPermissionSetGroupMissing,
  USERNAME_TAKEN: LABELS.blockerUsernameTaken,
  CANNOT_FREEZE: LABELS.blockerCannotFreeze,
  OBJECT_MISSING: LABELS.blockerObjectMissing,
  FIELD_MISSING: LABELS.blockerFieldMissing,
  PERMISSION_SET_NOT_KEPT: LABELS.blockerPermissionSetNotKept,
};

// RunSummary.mode
const RUN_MODE_LABELS = {
  APPLY: LABELS.runModeApply,
  FREEZE: LABELS.runModeFreeze,
  UNFREEZE: LABELS.runModeUnfreeze,
  DEACTIVATE: LABELS.runModeDeactivate,
  REACTIVATE: LABELS.runModeReactivate,
  RECONCILE: LABELS.runModeReconcile,
  DEFINE: LABELS.runModeDefine,
  RETIRE: LABELS.runModeRetire,
};

// IntegrationSummary.definedIn: where the definition is maintained (Source__c).
const ORIGIN_BADGES = {
  ORG: { label: LABELS.originOrg, className: 'slds-badge_lightest' },
  REPOSITORY: { label: LABELS.originRepository, className: 'slds-badge_inverse' },
};

// IntegrationSummary.stateSource: who stopped the user, and what undoes it (docs/provisioning.md §3).
const SOURCE_LABELS = {
  KILL_SWITCH: LABELS.sourceKillSwitch,
  DEFINITION: LABELS.sourceDefinition,
  OUTSIDE_KIT: LABELS.sourceOutsideKit,
};

// IntegrationSummary.authenticationMethod: how the external system logs in ({0} is the app's name).
const AUTHENTICATION_LABELS = {
  CLIENT_CREDENTIALS: LABELS.authClientCredentials,
  JWT_BEARER: LABELS.authJwtBearer,
  NONE: LABELS.authNone,
  EXTERNAL: LABELS.authExternal,
};

// IntegrationSummary.loginReadiness: NOT_MANAGED has nothing to add to the method's label.
const LOGIN_READINESS_LABELS = {
  READY: LABELS.loginReady,
  NO_USER: LABELS.loginNoUser,
  FROZEN: LABELS.loginFrozen,
  DEACTIVATED: LABELS.loginDeactivated,
};

// IntegrationSummary.direction (the definition record's picklist values)
const DIRECTION_LABELS = {
  Inbound: LABELS.directionInbound,
  Outbound: LABELS.directionOutbound,
  Bidirectional: LABELS.directionBidirectional,
};

// scripts/contracts/lwc-labels-contract.test.ts checks these maps against IntegrationUserModels.cls: every
// key an Apex value, and every status, action, check, blocker and source labelled.

/** "{0} of {1} seats free" + [2, 5] → "2 of 5 seats free". Missing values leave the placeholder visible. */
export function format(template, ...values) {
  return String(template ?? '').replace(/\{(\d+)\}/g, (match, index) => {
    const value = values[Number(index)];
    return value === undefined || value === null ? match : String(value);
  });
}

/** The singular or the plural label for a count, formatted with the count as {0}. */
export function plural(count, one, other, ...values) {
  return format(count === 1 ? one : other, formatNumber(count), ...values);
}

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
    return LABELS.loginHoursNoLogin;
  }
  if (startMinutes === 0 && endMinutes === MINUTES_PER_DAY) {
    return LABELS.loginHoursAllDay;
  }
  return format(LABELS.rangeTemplate, formatMinutes(startMinutes), formatMinutes(endMinutes));
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
        : format(LABELS.rangeTemplate, dayLabel(group.firstDay), dayLabel(group.lastDay));
    return {
      key: group.firstDay,
      days,
      hours: group.hours,
      noLogin: group.hours === LABELS.loginHoursNoLogin,
    };
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
  return format(LABELS.ipRangeTemplate, startAddress, endAddress);
}

/** Status → { label, className } for a badge. Unknown statuses fall back to a neutral badge. */
export function statusBadge(status) {
  return STATUS_BADGES[status] || { label: status || LABELS.unknownValue, className: 'slds-badge_lightest' };
}

/** Where a definition is maintained → { label, className } for a badge (unknown: the repository's, read-only). */
export function originBadge(definedIn) {
  return ORIGIN_BADGES[definedIn] || ORIGIN_BADGES.REPOSITORY;
}

/** Checklist status → { iconName, variant, label } for a lightning-icon. */
export function checklistIcon(status) {
  return (
    CHECK_ICONS[status] || { iconName: 'utility:info', variant: '', label: status || LABELS.unknownValue }
  );
}

/** Planned action type → readable label (an unknown code stays visible rather than disappearing). */
export function actionLabel(type) {
  return ACTION_LABELS[type] || type || '';
}

/** Blocker code → readable label. */
export function blockerLabel(code) {
  return BLOCKER_LABELS[code] || LABELS.blockerOther;
}

/** Run mode → readable label. */
export function runModeLabel(mode) {
  return RUN_MODE_LABELS[mode] || mode || '';
}

/** Why a user is stopped, and what undoes it; '' while it can log in. */
export function stateSourceLabel(source) {
  return SOURCE_LABELS[source] || '';
}

/** How the integration logs in, with its app: "Client credentials flow of app IUK_ERP_Order_Sync". */
export function authenticationLabel(method, appName) {
  const label = AUTHENTICATION_LABELS[method];
  return label ? format(label, appName) : LABELS.unknownValue;
}

/** Whether the app can issue tokens for the user, as the engine sees it; '' when the kit manages no app. */
export function loginReadinessLabel(code) {
  return LOGIN_READINESS_LABELS[code] || '';
}

/** Direction picklist value → readable label. */
export function directionLabel(direction) {
  return DIRECTION_LABELS[direction] || direction || '';
}

/**
 * A planned action's target as an admin reads it: the permission set licence's name instead of its
 * developer name (SalesforceAPIIntegrationPsl), other targets (usernames, permission sets) as they are.
 */
export function targetLabel(action, permissionSetLicense) {
  const licence = permissionSetLicense;
  if (licence && licence.name && licence.developerName && action.target === licence.developerName) {
    return licence.name;
  }
  return action.target;
}

/** 18250 → "18,250" in the user's locale. */
export function formatNumber(value) {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    return LABELS.noValue;
  }
  return new Intl.NumberFormat(LOCALE).format(value);
}

/** 15.87 → "15.9%" in the user's locale. */
export function formatPercent(value) {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    return LABELS.noValue;
  }
  return new Intl.NumberFormat(LOCALE, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value / 100);
}

/**
 * The one date format of the assistant: medium date and short time in the user's locale and time
 * zone ("Nov 30, 2026, 1:15 AM"). Returns '' for a missing or unreadable value.
 */
export function formatDateTime(value) {
  if (!value) {
    return '';
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    return '';
  }
  return new Intl.DateTimeFormat(LOCALE, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(date);
}

/** Newest first, for run history and login lists (ISO date-times sort as numbers once parsed). */
export function byNewest(field) {
  const time = (item) => {
    const parsed = Date.parse(item && item[field]);
    return Number.isNaN(parsed) ? 0 : parsed;
  };
  return (a, b) => time(b) - time(a);
}

/**
 * What a licence summary means for the admin: { tone: 'ok' | 'warning' | 'error', message }.
 * "error" when the licence is missing or has no free seat: provisioning a new user will fail.
 */
export function licenceState(summary, label) {
  if (!summary || !summary.found) {
    return { tone: 'error', message: format(LABELS.licenceMissing, label) };
  }
  if (!summary.available || summary.available <= 0) {
    return { tone: 'error', message: format(LABELS.licenceNoSeats, label) };
  }
  if (summary.available === 1) {
    return { tone: 'warning', message: format(LABELS.licenceOneSeat, label) };
  }
  return {
    tone: 'ok',
    message: format(LABELS.licenceSeatsFree, formatNumber(summary.available), formatNumber(summary.total)),
  };
}

/**
 * The codes of the kit's own errors (IntegrationUserException, the REST API's errorCode). The
 * controllers send them in front of the message (IntegrationUserAuraErrors: "PLAN_CHANGED: ..."),
 * so the assistant acts on the code, never on wording; scripts/contracts/error-codes-contract.test.ts
 * compares this list and the separator with the Apex.
 */
export const ERROR_CODES = ['NO_PERMISSION', 'BAD_REQUEST', 'PLAN_CHANGED', 'NOT_FOUND'];
const CODE_SEPARATOR = ': ';
const ERROR_CODE_PREFIX = new RegExp(`^(${ERROR_CODES.join('|')})${CODE_SEPARATOR}`);

/** Every message an Apex or wire error carries, as sent (a code in front where the kit put one). */
function rawMessages(errors) {
  const list = Array.isArray(errors) ? errors : [errors];
  return list
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
      return [error.statusText || ''];
    })
    .map((message) => (message || '').trim())
    .filter((message) => !!message);
}

/**
 * An Apex or wire error → one readable message. Handles AuraHandledException bodies,
 * DML page errors, JS errors, arrays of errors and plain strings; the kit's error codes are left out.
 */
export function reduceErrors(errors) {
  return rawMessages(errors)
    .map((message) => message.replace(ERROR_CODE_PREFIX, ''))
    .join(' ');
}

/** The code of the first of the kit's own errors among them (ERROR_CODES), or null. */
export function errorCode(errors) {
  for (const message of rawMessages(errors)) {
    const match = ERROR_CODE_PREFIX.exec(message);
    if (match) {
      return match[1];
    }
  }
  return null;
}

// What the platform says when Apex threw without a message the admin can act on.
const UNHELPFUL_MESSAGES = [/^script-thrown exception$/i, /^an internal server error has occurred/i];

/**
 * An Apex error → { kind, message }: 'planChanged' when the org moved on since the plan was made,
 * 'generic' when Salesforce gave no usable reason (the message then says so and names what was
 * reported), 'known' otherwise (the controller's own message, which already says what to do).
 */
export function describeError(error) {
  const raw = reduceErrors(error);
  if (errorCode(error) === 'PLAN_CHANGED') {
    return { kind: 'planChanged', message: LABELS.errorPlanChanged };
  }
  if (!raw || UNHELPFUL_MESSAGES.some((pattern) => pattern.test(raw))) {
    return {
      kind: 'generic',
      message: raw ? format(LABELS.errorGenericWithCode, raw) : LABELS.errorGeneric,
    };
  }
  return { kind: 'known', message: raw };
}

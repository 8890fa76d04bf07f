import {
  actionLabel,
  blockerLabel,
  byNewest,
  checklistIcon,
  dayLabel,
  describeError,
  directionLabel,
  errorCode,
  format,
  formatDateTime,
  formatDayWindow,
  formatIpRange,
  formatMinutes,
  formatNumber,
  formatPercent,
  licenceState,
  plural,
  reduceErrors,
  runModeLabel,
  stateSourceLabel,
  statusBadge,
  summarizeLoginHours,
  targetLabel,
} from 'c/iukFormat';
import { LABELS } from 'c/iukLabels';

describe('c-iuk-format', () => {
  describe('formatMinutes', () => {
    it.each([
      [0, '00:00'],
      [480, '08:00'],
      [1080, '18:00'],
      [545, '09:05'],
      [1440, '24:00'],
    ])('formats %p as %p', (minutes, expected) => {
      expect(formatMinutes(minutes)).toBe(expected);
    });

    it.each([null, undefined, -1, 1441, 12.5, '480'])('returns an empty string for %p', (value) => {
      expect(formatMinutes(value)).toBe('');
    });
  });

  it('labels days and keeps unknown values visible', () => {
    expect(dayLabel('WEDNESDAY')).toBe('Wednesday');
    expect(dayLabel('FUNDAY')).toBe('FUNDAY');
    expect(dayLabel(null)).toBe('');
  });

  it('formats a day window, a closed day and a whole day', () => {
    expect(formatDayWindow(480, 1080)).toBe('08:00–18:00');
    expect(formatDayWindow(0, 0)).toBe('No login');
    expect(formatDayWindow(0, 1440)).toBe('All day');
  });

  describe('summarizeLoginHours', () => {
    it('groups consecutive days with the same window', () => {
      const weekdays = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((day) => ({
        day,
        startMinutes: 480,
        endMinutes: 1080,
      }));
      const weekend = ['SATURDAY', 'SUNDAY'].map((day) => ({ day, startMinutes: 0, endMinutes: 0 }));
      // Out of order on purpose: Apex gives no ordering guarantee.
      const summary = summarizeLoginHours([...weekend, ...weekdays.reverse()]);
      expect(summary).toEqual([
        { key: 'MONDAY', days: 'Monday–Friday', hours: '08:00–18:00', noLogin: false },
        { key: 'SATURDAY', days: 'Saturday–Sunday', hours: 'No login', noLogin: true },
      ]);
    });

    it('does not join days that are not consecutive', () => {
      const summary = summarizeLoginHours([
        { day: 'MONDAY', startMinutes: 480, endMinutes: 1080 },
        { day: 'WEDNESDAY', startMinutes: 480, endMinutes: 1080 },
      ]);
      expect(summary.map((line) => line.days)).toEqual(['Monday', 'Wednesday']);
    });

    it('splits a run when the window changes', () => {
      const summary = summarizeLoginHours([
        { day: 'MONDAY', startMinutes: 480, endMinutes: 1080 },
        { day: 'TUESDAY', startMinutes: 540, endMinutes: 1080 },
      ]);
      expect(summary.map((line) => `${line.days} ${line.hours}`)).toEqual([
        'Monday 08:00–18:00',
        'Tuesday 09:00–18:00',
      ]);
    });

    it('returns nothing for a profile without login hours', () => {
      expect(summarizeLoginHours([])).toEqual([]);
      expect(summarizeLoginHours(null)).toEqual([]);
    });
  });

  it('formats IP ranges, single addresses and IPv6', () => {
    expect(formatIpRange({ startAddress: '203.0.113.0', endAddress: '203.0.113.255' })).toBe(
      '203.0.113.0 – 203.0.113.255',
    );
    expect(formatIpRange({ startAddress: '192.0.2.7', endAddress: '192.0.2.7' })).toBe('192.0.2.7');
    expect(
      formatIpRange({ startAddress: '2001:db8::', endAddress: '2001:db8:ffff:ffff:ffff:ffff:ffff:ffff' }),
    ).toBe('2001:db8:: – 2001:db8:ffff:ffff:ffff:ffff:ffff:ffff');
    expect(formatIpRange(null)).toBe('');
  });

  it.each([
    ['NOT_CREATED', 'Not created', 'slds-badge_lightest'],
    ['READY', 'Ready', 'slds-theme_success'],
    ['DRIFTED', 'Drifted', 'slds-theme_warning'],
    ['FROZEN', 'Frozen', 'slds-badge_inverse'],
    ['INACTIVE', 'Inactive', 'slds-badge_lightest'],
    ['ERROR', 'Error', 'slds-theme_error'],
  ])('maps status %s to a labelled badge', (status, label, className) => {
    expect(statusBadge(status)).toEqual({ label, className });
  });

  it('keeps an unknown status readable', () => {
    expect(statusBadge('PENDING')).toEqual({ label: 'PENDING', className: 'slds-badge_lightest' });
  });

  it('maps checklist statuses to icons with text alternatives', () => {
    expect(checklistIcon('PASS')).toEqual({
      iconName: 'utility:success',
      variant: 'success',
      label: 'Passed',
    });
    expect(checklistIcon('WARN').variant).toBe('warning');
    expect(checklistIcon('FAIL')).toEqual({ iconName: 'utility:error', variant: 'error', label: 'Failed' });
    expect(checklistIcon('SKIPPED').label).toBe('SKIPPED');
  });

  it('labels planned action types', () => {
    expect(actionLabel('ASSIGN_PERMISSION_SET_LICENSE')).toBe('Assign permission set licence');
    expect(actionLabel('UNLISTED_ASSIGNMENT')).toBe('Unlisted assignment');
    expect(actionLabel('SOMETHING_NEW')).toBe('SOMETHING_NEW');
  });

  it('formats numbers and percentages', () => {
    expect(formatNumber(115000)).toBe('115,000');
    expect(formatNumber(null)).toBe('–');
    expect(formatPercent(15.87)).toBe('15.9%');
    expect(formatPercent(undefined)).toBe('–');
  });

  describe('licenceState', () => {
    const label = 'Salesforce API Integration permission set licence';

    it('is an error when the licence is missing', () => {
      const state = licenceState({ found: false, total: 0, used: 0, available: 0 }, label);
      expect(state.tone).toBe('error');
      expect(state.message).toContain('This org has no Salesforce API Integration');
    });

    it('is an error with a way out when no seat is free', () => {
      const state = licenceState({ found: true, total: 5, used: 5, available: 0 }, label);
      expect(state.tone).toBe('error');
      expect(state.message).toContain('Deactivate an integration user');
    });

    it('warns on the last seat and is ok otherwise', () => {
      expect(licenceState({ found: true, total: 5, used: 4, available: 1 }, label).tone).toBe('warning');
      expect(licenceState({ found: true, total: 5, used: 3, available: 2 }, label)).toEqual({
        tone: 'ok',
        message: '2 of 5 seats free.',
      });
    });

    it('treats a null summary as missing', () => {
      expect(licenceState(null, label).tone).toBe('error');
    });
  });

  describe('reduceErrors', () => {
    it('reads an AuraHandledException body', () => {
      expect(reduceErrors({ body: { message: 'The org changed since the plan.' } })).toBe(
        'The org changed since the plan.',
      );
    });

    it('reads page errors, arrays and JS errors', () => {
      expect(reduceErrors({ body: { pageErrors: [{ message: 'A' }, { message: 'B' }] } })).toBe('A B');
      expect(reduceErrors({ body: [{ message: 'first' }, { message: 'second' }] })).toBe('first second');
      expect(reduceErrors(new Error('boom'))).toBe('boom');
      expect(reduceErrors(['plain', { statusText: 'Server Error' }])).toBe('plain Server Error');
    });

    it('returns an empty message when there is none (describeError words it)', () => {
      expect(reduceErrors(null)).toBe('');
      expect(reduceErrors({})).toBe('');
    });

    it("leaves out the kit's error code, and only a known one", () => {
      expect(reduceErrors({ body: { message: 'NO_PERMISSION: Ask for Manage Integration Users.' } })).toBe(
        'Ask for Manage Integration Users.',
      );
      expect(reduceErrors({ body: { message: 'MY_CODE: kept as sent' } })).toBe('MY_CODE: kept as sent');
    });
  });

  describe('errorCode', () => {
    it("reads the code the controllers put in front of the kit's own errors", () => {
      expect(errorCode({ body: { message: 'PLAN_CHANGED: The org changed.' } })).toBe('PLAN_CHANGED');
      expect(errorCode([{ body: { message: 'plain' } }, 'NOT_FOUND: gone'])).toBe('NOT_FOUND');
    });

    it('finds none in other errors, an unknown code, or a code not at the start', () => {
      expect(errorCode({ body: { message: 'The org changed since the plan was made.' } })).toBeNull();
      expect(errorCode({ body: { message: 'UNKNOWN_CODE: text' } })).toBeNull();
      expect(errorCode({ body: { message: 'see PLAN_CHANGED: text' } })).toBeNull();
      expect(errorCode(null)).toBeNull();
    });
  });

  describe('describeError', () => {
    it('recognises the stale-plan error of the controller by its code, not by its wording', () => {
      expect(
        describeError({
          body: { message: 'PLAN_CHANGED: The org changed since the plan was made. Review the new plan.' },
        }),
      ).toEqual({ kind: 'planChanged', message: LABELS.errorPlanChanged });
      expect(describeError({ body: { message: 'PLAN_CHANGED: Reworded, or translated.' } }).kind).toBe(
        'planChanged',
      );
      expect(
        describeError({ body: { message: 'The org changed since the plan was made (no code).' } }).kind,
      ).toBe('known');
    });

    it('says plainly when Salesforce gave no reason, and names what it reported', () => {
      expect(describeError({ body: { message: 'Script-thrown exception' } })).toEqual({
        kind: 'generic',
        message: 'Salesforce reported an error but gave no reason ("Script-thrown exception").',
      });
      expect(describeError({})).toEqual({ kind: 'generic', message: LABELS.errorGeneric });
    });

    it('keeps a message the admin can act on, without its code', () => {
      expect(describeError({ body: { message: 'BAD_REQUEST: A reason is required.' } })).toEqual({
        kind: 'known',
        message: 'A reason is required.',
      });
    });
  });

  it('fills placeholders and keeps missing ones visible', () => {
    expect(format('{0} of {1} seats free.', 2, 5)).toBe('2 of 5 seats free.');
    expect(format('{0} and {1}', 'a')).toBe('a and {1}');
    expect(plural(1, '{0} change', '{0} changes')).toBe('1 change');
    expect(plural(1200, '{0} change', '{0} changes')).toBe('1,200 changes');
  });

  it('formats every date the same way, in the user locale and time zone', () => {
    // Jest's @salesforce/i18n defaults: en-US, America/Los_Angeles.
    expect(formatDateTime('2026-11-30T09:15:00.000Z')).toBe('Nov 30, 2026, 1:15 AM');
    expect(formatDateTime(null)).toBe('');
    expect(formatDateTime('not a date')).toBe('');
  });

  it('sorts newest first, undated last', () => {
    const runs = [{ at: '2026-11-28T00:00:00Z' }, { at: null }, { at: '2026-11-30T00:00:00Z' }];
    expect([...runs].sort(byNewest('at')).map((run) => run.at)).toEqual([
      '2026-11-30T00:00:00Z',
      '2026-11-28T00:00:00Z',
      null,
    ]);
  });

  it('names the permission set licence instead of its developer name', () => {
    const licence = { name: 'Salesforce API Integration', developerName: 'SalesforceAPIIntegrationPsl' };
    expect(targetLabel({ target: 'SalesforceAPIIntegrationPsl' }, licence)).toBe(
      'Salesforce API Integration',
    );
    expect(targetLabel({ target: 'IUK_ERP_Order_Sync' }, licence)).toBe('IUK_ERP_Order_Sync');
    expect(targetLabel({ target: 'SalesforceAPIIntegrationPsl' }, null)).toBe('SalesforceAPIIntegrationPsl');
  });

  it('labels run modes, blockers and directions without showing codes', () => {
    expect(runModeLabel('RECONCILE')).toBe('Scheduled drift check');
    expect(blockerLabel('PROFILE_WRONG_LICENSE')).toBe(
      'The profile is not on the Salesforce Integration licence',
    );
    expect(blockerLabel('SOMETHING_NEW')).toBe(LABELS.blockerOther);
    expect(directionLabel('Bidirectional')).toBe('bidirectional');
  });

  it('says who stopped a user and what undoes it', () => {
    expect(stateSourceLabel('KILL_SWITCH')).toBe(LABELS.sourceKillSwitch);
    expect(stateSourceLabel(null)).toBe('');
  });
});

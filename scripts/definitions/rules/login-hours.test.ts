import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProblemList } from '../problems.js';
import type { LoginHours } from '../schema.js';
import {
  assertCodes,
  assertPointsAt,
  expectProblem,
  load,
  problemsOf,
  setAt,
  toText,
  validDocument,
} from '../testing/fixtures.js';
import { formatMinutes, resolveLoginHours } from './login-hours.js';

const MONDAY = ['profiles', 0, 'loginHours', 'monday'];

function withMonday(window: string) {
  const document = validDocument();
  setAt(document, MONDAY, window);
  return document;
}

function resolve(hours: LoginHours) {
  const list = new ProblemList();
  return { resolved: resolveLoginHours(hours, ['hours'], list), problems: list.items };
}

describe('login hours', () => {
  describe('resolution to minutes after midnight', () => {
    it('turns 08:00-18:00 into 480-1080', () => {
      assert.deepEqual(resolve({ monday: '08:00-18:00' }), {
        resolved: [{ day: 'monday', start: 480, end: 1080 }],
        problems: [],
      });
    });

    it('turns "closed" into 0-0, which is how Salesforce blocks a day', () => {
      assert.deepEqual(resolve({ sunday: 'closed' }).resolved, [{ day: 'sunday', start: 0, end: 0 }]);
    });

    it('allows the whole day as 00:00-24:00', () => {
      assert.deepEqual(resolve({ friday: '00:00-24:00' }).resolved, [{ day: 'friday', start: 0, end: 1440 }]);
    });

    it('lists the days Monday first, whatever order the file uses, and leaves out days not given', () => {
      const { resolved } = resolve({ sunday: 'closed', wednesday: '06:00-22:00', monday: '09:00-17:00' });
      assert.deepEqual(
        resolved.map(({ day }) => day),
        ['monday', 'wednesday', 'sunday'],
      );
    });

    it('gives the resolved profile its hours', () => {
      const result = load(validDocument());
      assert.ok(result.ok);
      assert.deepEqual(result.definitions.profiles[0]!.loginHours, [
        { day: 'monday', start: 480, end: 1080 },
        { day: 'sunday', start: 0, end: 0 },
      ]);
    });

    it('formats minutes back into HH:MM', () => {
      assert.equal(formatMinutes(480), '08:00');
      assert.equal(formatMinutes(0), '00:00');
      assert.equal(formatMinutes(1440), '24:00');
      assert.equal(formatMinutes(615), '10:15');
    });
  });

  describe('errors', () => {
    it('rejects an hour past 24 ("25:00"), naming the value and the expected form', () => {
      const text = toText(withMonday('25:00-26:00'));
      const problems = problemsOf(text);
      assert.equal(problems.length, 1, 'one problem, not a second one from the rule for the same value');
      const problem = problems[0]!;
      assert.deepEqual(problem.path, MONDAY);
      assert.equal(problem.severity, 'error');
      assert.match(problem.message, /"25:00-26:00"/);
      assert.match(problem.fix, /HH:MM-HH:MM/);
      assertPointsAt(problem, text, '"monday"');
    });

    it('rejects 24:30, since the day ends at 24:00', () => {
      const text = toText(withMonday('08:00-24:30'));
      const problems = problemsOf(text);
      assertCodes(problems, ['login-hours-invalid']);
      const problem = expectProblem(problems, {
        code: 'login-hours-invalid',
        path: MONDAY,
        message: ['"08:00-24:30"', 'from 00:00 to 24:00'],
        fix: ['between 00:00 and 24:00', '"closed"'],
      });
      assertPointsAt(problem, text, '"monday"');
    });

    it('rejects minutes past 59 and text that is not a window', () => {
      for (const window of ['08:60-18:00', '8:00-18:00', '08:00 - 18:00', 'always']) {
        const problems = problemsOf(withMonday(window));
        assert.equal(problems.length, 1, window);
        assert.deepEqual(problems[0]!.path, MONDAY, window);
        assert.match(problems[0]!.message, new RegExp(`"${window}"`));
        assert.match(problems[0]!.fix, /HH:MM-HH:MM/);
      }
    });

    it('rejects a window that ends before it starts', () => {
      const text = toText(withMonday('18:00-08:00'));
      const problems = problemsOf(text);
      assertCodes(problems, ['login-hours-reversed']);
      const problem = expectProblem(problems, {
        code: 'login-hours-reversed',
        path: MONDAY,
        message: ['ends (08:00) before it starts (18:00)'],
        fix: ['Put the start first', 'cannot cross midnight'],
      });
      assertPointsAt(problem, text, '"monday"');
    });

    it('rejects equal start and end, pointing to "closed" if that is meant', () => {
      const problems = problemsOf(withMonday('09:00-09:00'));
      assertCodes(problems, ['login-hours-empty']);
      expectProblem(problems, {
        code: 'login-hours-empty',
        path: MONDAY,
        message: ['"09:00-09:00"', 'same time'],
        fix: ['"closed"'],
      });
    });

    it('warns about a window that is not on whole hours, and still loads', () => {
      const result = load(withMonday('08:30-17:45'));
      assert.ok(result.ok, 'a warning does not stop loading');
      assertCodes(result.warnings, ['login-hours-not-whole-hour']);
      expectProblem(result.warnings, {
        code: 'login-hours-not-whole-hour',
        severity: 'warning',
        path: MONDAY,
        message: ['"08:30-17:45"', 'whole hours'],
        fix: ['Round'],
      });
      assert.deepEqual(result.definitions.profiles[0]!.loginHours[0], {
        day: 'monday',
        start: 510,
        end: 1065,
      });
    });

    it('checks login hours that an environment sets for a profile, at their own path', () => {
      const document = validDocument();
      setAt(
        document,
        ['environments', 1, 'profiles'],
        [{ name: 'Integration - Base', loginHours: { tuesday: '17:00-09:00' } }],
      );
      expectProblem(problemsOf(document), {
        code: 'login-hours-reversed',
        path: ['environments', 1, 'profiles', 0, 'loginHours', 'tuesday'],
        message: ['before it starts'],
        fix: ['Put the start first'],
      });
    });
  });
});

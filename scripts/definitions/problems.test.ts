import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatPath, formatProblem, hasErrors, ProblemList, type Problem } from './problems.js';

const problem: Problem = {
  severity: 'error',
  code: 'alias-duplicate',
  file: 'config/integration-definitions.json',
  path: ['integrations', 1, 'user', 'alias'],
  line: 42,
  column: 9,
  message: 'Alias "erpint" is also used by integrations[0].',
  fix: 'Give each integration user a distinct alias (at most 8 characters).',
};

describe('problems', () => {
  it('formats paths the way people read them', () => {
    assert.equal(formatPath(['integrations', 1, 'user', 'alias']), 'integrations[1].user.alias');
    assert.equal(formatPath(['profiles', 0, 'loginIpRanges', 2]), 'profiles[0].loginIpRanges[2]');
    assert.equal(formatPath(['version']), 'version');
    assert.equal(formatPath([]), '(file)');
  });

  it('formats a problem with file, line, column, field, message and fix', () => {
    assert.equal(
      formatProblem(problem),
      'config/integration-definitions.json:42:9 error integrations[1].user.alias: Alias "erpint" is also used by integrations[0].\n' +
        '    fix: Give each integration user a distinct alias (at most 8 characters).',
    );
  });

  it('formats a problem without a position with the file alone', () => {
    const { line: _line, column: _column, ...withoutPosition } = problem;
    assert.match(
      formatProblem({ ...withoutPosition, path: [] }),
      /^config\/integration-definitions\.json error \(file\): /,
    );
  });

  it('keeps each distinct problem once, as rules run once per environment', () => {
    const list = new ProblemList();
    list.error('a', ['x', 0], 'Same.', 'Fix.');
    list.error('a', ['x', 0], 'Same.', 'Fix.');
    list.error('a', ['x', 1], 'Same.', 'Fix.');
    list.warning('b', ['x', 0], 'Other.', 'Fix.');
    assert.deepEqual(
      list.items.map((item) => [item.severity, item.code, formatPath(item.path)]),
      [
        ['error', 'a', 'x[0]'],
        ['error', 'a', 'x[1]'],
        ['warning', 'b', 'x[0]'],
      ],
    );
  });

  it('tells errors from warnings', () => {
    assert.equal(hasErrors([problem]), true);
    assert.equal(hasErrors([{ ...problem, severity: 'warning' }]), false);
    assert.equal(hasErrors([]), false);
  });
});

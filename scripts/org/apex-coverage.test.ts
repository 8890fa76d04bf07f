import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCoverage, type ApexTestRunJson } from './apex-coverage.js';

/** Shaped like plugin-apex's JsonReporter output for `sf apex run test --code-coverage --json`. */
function run(outcome: string, failing: number, rows: Array<[string, number, number]>): ApexTestRunJson {
  return {
    status: failing ? 100 : 0,
    result: {
      summary: { outcome, failing, testsRan: 12 },
      coverage: {
        coverage: rows.map(([name, totalLines, totalCovered]) => ({ name, totalLines, totalCovered })),
      },
    },
  };
}

describe('checkCoverage', () => {
  const ours = ['IntegrationUserPlanner', 'IntegrationUserService'];

  it('passes when our classes together reach the minimum, ignoring other classes in the org', () => {
    const verdict = checkCoverage(
      run('Passed', 0, [
        ['IntegrationUserPlanner', 100, 95],
        ['IntegrationUserService', 100, 89],
        ['SomeoneElsesClass', 1000, 0],
      ]),
      ours,
      90,
    );
    assert.equal(verdict.ok, true, verdict.problems.join('; '));
    assert.equal(verdict.percent, 92);
  });

  it('fails under the minimum and says by how much', () => {
    const verdict = checkCoverage(
      run('Passed', 0, [
        ['IntegrationUserPlanner', 100, 95],
        ['IntegrationUserService', 100, 80],
      ]),
      ours,
      90,
    );
    assert.equal(verdict.ok, false);
    assert.match(verdict.problems.join('\n'), /87\.5%, below the required 90%/);
  });

  it('fails when a class of ours has no coverage row, or when tests failed', () => {
    const missing = checkCoverage(run('Passed', 0, [['IntegrationUserPlanner', 10, 10]]), ours, 90);
    assert.equal(missing.ok, false);
    assert.deepEqual(missing.missing, ['IntegrationUserService']);
    const failing = checkCoverage(
      run('Failed', 2, [
        ['IntegrationUserPlanner', 10, 10],
        ['IntegrationUserService', 10, 10],
      ]),
      ours,
      90,
    );
    assert.equal(failing.ok, false);
    assert.match(failing.problems[0] ?? '', /2 failing/);
  });
});

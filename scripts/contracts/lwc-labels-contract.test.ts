/**
 * The assistant's label maps against the Apex enumerations (docs/contracts.md section 2), with
 * planted differences that must fail.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enumerations, readContract } from './engine-types.js';
import { assistantLabelMaps, findLabelMaps, labelProblems } from './lwc-labels.js';
import { REPO_ROOT } from './repo-root.js';

const ENUMERATIONS = enumerations(readContract());
const SOURCE = `
const STATUS_BADGES = { READY: { label: 'Ready' }, ERROR: { label: 'Error' } };
const DAYS = { MONDAY: 'Monday', TUESDAY: 'Tuesday' };
const notCodes = { ready: 1, error: 2 };
export const ACTION_LABELS = { CREATE_USER: 'Create user', 'UPDATE_USER': 'Update user' };
`;

describe('assistant label maps match the Apex enumerations', () => {
  it('finds object literals whose keys are all codes, with their file and line', () => {
    const maps = findLabelMaps(SOURCE, 'x.js');
    assert.deepEqual(
      maps.map((map) => [map.name, map.line, map.keys]),
      [
        ['STATUS_BADGES', 2, ['READY', 'ERROR']],
        ['DAYS', 3, ['MONDAY', 'TUESDAY']],
        ['ACTION_LABELS', 5, ['CREATE_USER', 'UPDATE_USER']],
      ],
    );
  });

  it('every code the assistant labels is an Apex value, and every status, action and check has a label', () => {
    const maps = assistantLabelMaps(REPO_ROOT);
    assert.ok(maps.length >= 3, 'the assistant has label maps');
    assert.deepEqual(labelProblems(maps, ENUMERATIONS), []);
  });

  it('fails a planted difference: a label for a code Apex does not have, and a code without a label', () => {
    const maps = assistantLabelMaps(REPO_ROOT).map((map) => ({ ...map, keys: [...map.keys] }));
    const statuses = maps.find((map) => map.keys.includes('READY') && map.keys.includes('ERROR'))!;
    statuses.keys.splice(statuses.keys.indexOf('ERROR'), 1);
    statuses.keys.push('ON_HOLD');
    const problems = labelProblems(maps, ENUMERATIONS);
    assert.ok(
      problems.some((problem) => /ON_HOLD is not a value of the Apex STATUS_ constants/.test(problem)),
      problems.join('\n'),
    );
    assert.ok(
      problems.some((problem) => /no label for ERROR/.test(problem)),
      problems.join('\n'),
    );
  });

  it('fails when the assistant stops labelling an enumeration it must label', () => {
    const maps = assistantLabelMaps(REPO_ROOT).filter((map) => !map.keys.includes('CREATE_USER'));
    assert.ok(
      labelProblems(maps, ENUMERATIONS).some((problem) =>
        /no label map for the Apex ACTION_ constants/.test(problem),
      ),
    );
  });
});

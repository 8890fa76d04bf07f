import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  integrationsWithOutsideLogins,
  outsideIpLoginCount,
  STEPS,
  stepForCheck,
  usersToReview,
} from 'c/iukSteps';

const { fixture } = require('iuk-test/jest/testing');

const CHECKLIST = path.join(__dirname, '../../../../engine/classes/IntegrationUserChecklist.cls');

/** The checklist keys the Apex checklist emits: item('KEY', ...) or item(\n 'KEY', ...). */
const checklistKeys = (apex) => [
  ...new Set([...apex.matchAll(/item\(\s*'([A-Z_]+)'/g)].map((match) => match[1])),
];

describe('c-iuk-steps', () => {
  it('lists seven steps in the order the assistant walks them', () => {
    expect(STEPS.map((step) => step.name)).toEqual([
      'licenses',
      'definitions',
      'profiles',
      'access',
      'users',
      'monitoring',
      'checklist',
    ]);
    expect(STEPS.every((step) => step.label && step.title && typeof step.count === 'function')).toBe(true);
  });

  it('counts what to review from the default fixture', () => {
    const model = fixture('getPageModel');
    expect(Object.fromEntries(STEPS.map((step) => [step.name, step.count(model)]))).toEqual({
      licenses: 0,
      definitions: 0,
      profiles: 2,
      access: 2,
      users: 3,
      monitoring: 3,
      checklist: 5,
    });
    expect(outsideIpLoginCount(model)).toBe(3);
    // Three logins of one integration are one item to review.
    expect(integrationsWithOutsideLogins(model)).toBe(1);
    expect(usersToReview(model).map((item) => item.name)).toEqual([
      'Data_Warehouse_Export',
      'Partner_Portal_Sync',
    ]);
  });

  it('counts a retired integration on Users (apply the removal, then deploy), not a frozen one', () => {
    const model = fixture('getPageModel');
    const users = STEPS.find((step) => step.name === 'users');
    const before = users.count(model);
    model.integrations[0].status = 'RETIRED';
    expect(users.count(model)).toBe(before + 1);
  });

  it('badges Definitions while the org has none: that is where an admin without a repository starts', () => {
    const definitions = STEPS.find((step) => step.name === 'definitions');
    expect(definitions.count(fixture('getPageModel', 'empty'))).toBe(1);
    expect(definitions.count(fixture('getPageModel'))).toBe(0);
  });

  it('badges Licences when a licence is missing or has no free seat', () => {
    const model = fixture('getPageModel');
    model.permissionSetLicense.available = 0;
    expect(STEPS[0].count(model)).toBe(1);
    expect(STEPS[0].count(fixture('getPageModel', 'empty'))).toBe(1);
    expect(STEPS[0].count({})).toBe(2);
  });

  it('sends every checklist item IntegrationUserChecklist.cls emits to the step that fixes it', () => {
    const keys = checklistKeys(readFileSync(CHECKLIST, 'utf8'));
    expect(keys.length).toBeGreaterThanOrEqual(8);
    expect(keys.filter((key) => !stepForCheck(key))).toEqual([]);
    expect(stepForCheck('LEAST_PRIVILEGE').name).toBe('access');
  });

  it('would report a checklist key without a step (planted)', () => {
    const keys = checklistKeys("item('LICENSES', label) item(\n  'PLANTED_KEY', label)");
    expect(keys.filter((key) => !stepForCheck(key))).toEqual(['PLANTED_KEY']);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from '../org/testing/salesforce-test-context.js';
import { ExitCode } from './command.js';
import { statusCommand } from './status.js';
import { ALIAS, engineRequests, orgCommandHarness } from './testing/org-command-harness.js';

describe('status', () => {
  const harness = orgCommandHarness();

  it('GETs the page model and shows one row per integration, then API usage', async () => {
    await harness.authorise();
    const requests = harness.answer(() => fixture('engine/v1-status.PageModel.json'));

    const run = await harness.run(statusCommand, ['-o', ALIAS]);

    assert.equal(run.code, ExitCode.ok, run.err.join('\n'));
    assert.deepEqual(
      engineRequests(requests).map((request) => `${request.method} ${request.url}`),
      ['GET /services/apexrest/integration-user-kit/v1/status'],
    );
    const text = run.out.join('\n');
    assert.match(
      text,
      /^INTEGRATION\s+USER\s+ACTIVE\s+FROZEN\s+PROFILE\s+ASSIGNMENTS\s+DRIFT\s+LAST LOGIN\s+OUTSIDE IP$/m,
    );
    assert.match(
      text,
      /^ERP_Order_Sync\s+erp\.integration@\S+\s+yes\s+no\s+ERP Integration Restricted\s+IUK_ERP_Order_Sync\s+DRIFTED \(1 change\)\s+2026-11-29T22:14:05\.000Z\s+1$/m,
    );
    assert.match(
      text,
      /^Data_Warehouse_Export\s+dwh\.integration@\S+\s+Minimum Access - API Only Integrations\s+NOT_CREATED \(1 change\)\s+never\s+not counted$/m,
    );
    assert.match(text, /API requests \(last 24 h\): 18250 of 115000 \(15\.87%\)/);
    assert.match(text, /environment scratch/);
  });

  it('returns the page model unchanged with --json', async () => {
    await harness.authorise();
    const model = fixture('engine/v1-status.PageModel.json');
    harness.answer(() => model);

    const run = await harness.run(statusCommand, ['-o', ALIAS, '--json']);

    assert.deepEqual(run.json(), { status: 0, result: model, warnings: [] });
  });
});

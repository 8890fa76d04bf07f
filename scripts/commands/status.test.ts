import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from '../org/testing/salesforce-test-context.js';
import { ExitCode } from './command.js';
import type { AppState } from '../org/apps.js';
import { createStatusCommand } from './status.js';
import { ALIAS, engineRequests, orgCommandHarness } from './testing/org-command-harness.js';

describe('status', () => {
  const harness = orgCommandHarness();

  it('GETs the page model and shows one row per integration, then API usage', async () => {
    await harness.authorise();
    const requests = harness.answer(() => fixture('engine/v1-status.PageModel.json'));

    const run = await harness.run(createStatusCommand({ readAppStates: () => Promise.resolve([]) }), [
      '-o',
      ALIAS,
    ]);

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

  const drifted: AppState = {
    integration: 'ERP_Order_Sync',
    app: 'IUK_ERP_Order_Sync',
    method: 'clientCredentials',
    status: 'DRIFTED',
    appPresent: true,
    policyPresent: true,
    clientCredentialsEnabled: true,
    runAsUser: 'admin@acme.example',
    expectedUser: 'erp.integration@acme.example',
    loginReadiness: 'READY',
    message: 'IUK_ERP_Order_Sync runs as admin@acme.example, not as erp.integration@acme.example.',
  };

  it('returns the page model with --json, and the apps as the Metadata API shows them', async () => {
    await harness.authorise();
    const model = fixture<Record<string, unknown>>('engine/v1-status.PageModel.json');
    harness.answer(() => model);

    const run = await harness.run(createStatusCommand({ readAppStates: () => Promise.resolve([drifted]) }), [
      '-o',
      ALIAS,
      '--json',
    ]);

    assert.deepEqual(run.json(), {
      status: 0,
      result: { ...model, apps: [drifted], appsError: null },
      warnings: [],
    });
  });

  it('shows each app: a policy that runs as someone else is drift', async () => {
    await harness.authorise();
    harness.answer(() => fixture('engine/v1-status.PageModel.json'));
    const run = await harness.run(createStatusCommand({ readAppStates: () => Promise.resolve([drifted]) }), [
      '-o',
      ALIAS,
    ]);
    const text = run.out.join('\n');
    assert.match(text, /^INTEGRATION\s+APP\s+FLOW\s+APP STATUS\s+RUNS AS\s+DETAIL$/m);
    assert.match(
      text,
      /^ERP_Order_Sync\s+IUK_ERP_Order_Sync\s+client credentials\s+DRIFTED\s+admin@acme\.example\s+/m,
    );
  });

  it('still shows the users when the apps cannot be read, and says which permission reads them', async () => {
    await harness.authorise();
    harness.answer(() => fixture('engine/v1-status.PageModel.json'));
    const run = await harness.run(
      createStatusCommand({ readAppStates: async () => Promise.reject(new Error('INSUFFICIENT_ACCESS')) }),
      ['-o', ALIAS],
    );
    assert.equal(run.code, ExitCode.ok);
    assert.match(run.out.join('\n'), /^ERP_Order_Sync\s+erp\.integration/m);
    assert.match(
      run.err.join('\n'),
      /could not be read \(INSUFFICIENT_ACCESS\).*View all External Client Apps/,
    );
  });
});

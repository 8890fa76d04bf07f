import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture, httpErrorFor } from '../org/testing/salesforce-test-context.js';
import { ExitCode } from './command.js';
import { planCommand } from './plan.js';
import { ALIAS, engineRequests, orgCommandHarness } from './testing/org-command-harness.js';

describe('plan', () => {
  const harness = orgCommandHarness();

  it('checks the org, GETs the plan and shows actions and blockers as tables', async () => {
    await harness.authorise();
    const requests = harness.answer(() => fixture('engine/v1-plan.Plan.json'));

    const run = await harness.run(planCommand, ['--target-org', ALIAS]);

    assert.equal(run.code, ExitCode.ok);
    const soql = requests
      .map((request) => decodeURIComponent(request.url.split('?q=')[1] ?? ''))
      .filter(Boolean);
    assert.ok(
      soql.includes('SELECT Id, Name, IsSandbox, TrialExpirationDate, OrganizationType FROM Organization'),
    );
    assert.ok(
      soql.includes(
        "SELECT Name, TotalLicenses, UsedLicenses FROM UserLicense WHERE Name = 'Salesforce Integration'",
      ),
    );
    assert.deepEqual(requests.at(-1), {
      method: 'GET',
      url: '/services/apexrest/integration-user-kit/v1/plan',
      body: undefined,
    });
    assert.equal(engineRequests(requests).length, 1);
    const text = run.out.join('\n');
    assert.match(text, /^INTEGRATION\s+ACTION\s+TARGET\s+REASON$/m);
    assert.match(text, /^Data_Warehouse_Export\s+CREATE_USER\s+dwh\.integration@/m);
    assert.match(text, /UNLISTED_ASSIGNMENT \(report only\)\s+Legacy_Report_Access/);
    assert.match(text, /3 change\(s\), 1 reported only\./);
    assert.match(text, /^Partner_Portal_Sync\s+PROFILE_WRONG_LICENSE\s+Profile Partner API Restricted/m);
    // Per integration its app and whether its user can log in through it (issue 11).
    assert.match(text, /^INTEGRATION\s+APP\s+FLOW\s+USER\s+DETAIL$/m);
    assert.match(
      text,
      /^Data_Warehouse_Export\s+IUK_Data_Warehouse_Export\s+client credentials\s+NO_USER\s+The user of/m,
    );
    assert.match(text, /^ERP_Order_Sync\s+IUK_ERP_Order_Sync\s+JWT bearer\s+READY\s+/m);
  });

  it('asks for the named integrations only', async () => {
    await harness.authorise();
    const requests = harness.answer(() => fixture('engine/v1-plan.empty.Plan.json'));

    const run = await harness.run(planCommand, [
      '-o',
      ALIAS,
      '--integrations',
      'ERP_Order_Sync, Data_Warehouse_Export',
    ]);

    assert.equal(run.code, ExitCode.ok);
    assert.equal(
      engineRequests(requests)[0]?.url,
      '/services/apexrest/integration-user-kit/v1/plan?integrations=ERP_Order_Sync%2CData_Warehouse_Export',
    );
    assert.match(run.out.join('\n'), /No changes: the org matches the definitions\./);
  });

  it('prints the plan as JSON with --json', async () => {
    await harness.authorise();
    harness.answer(() => fixture('engine/v1-plan.Plan.json'));

    const run = await harness.run(planCommand, ['-o', ALIAS, '--json']);

    const document = run.json<{ status: number; result: { planHash: string } }>();
    assert.equal(document.status, 0);
    assert.equal(document.result.planHash, '6f1c0b3e9a2d4c58b7e1f0a9d3c2b1a0');
  });

  it('stops before calling the engine when the org has no Salesforce Integration licence', async () => {
    await harness.authorise();
    const requests = harness.answer(() => assert.fail('the engine must not be called'), { license: false });

    const run = await harness.run(planCommand, ['-o', ALIAS]);

    assert.equal(run.code, ExitCode.orgUnavailable);
    assert.equal(engineRequests(requests).length, 0);
    assert.match(run.err.join('\n'), /NO_INTEGRATION_LICENSE.*no "Salesforce Integration" user licence/);
  });

  it('says to deploy when the engine is not in the org (404)', async () => {
    await harness.authorise();
    const connection = await harness.connection();
    harness.answer(async () => {
      throw await httpErrorFor(connection, 404, fixture('engine/platform.apexrest-not-found.json'));
    });

    const run = await harness.run(planCommand, ['-o', ALIAS]);

    assert.equal(run.code, ExitCode.orgUnavailable);
    assert.match(run.err.join('\n'), /engine is not deployed/);
    assert.match(run.err.join('\n'), /npm run iuk -- deploy --target-org ci-org/);
  });

  it('names the missing permission when the engine refuses (403)', async () => {
    await harness.authorise();
    const connection = await harness.connection();
    harness.answer(async () => {
      throw await httpErrorFor(connection, 403, fixture('engine/error.NO_PERMISSION.json'));
    });

    const run = await harness.run(planCommand, ['-o', ALIAS, '--json']);

    const document = run.json<{ status: number; code: string; actions: string[] }>();
    assert.equal(run.code, ExitCode.orgUnavailable);
    assert.equal(document.status, ExitCode.orgUnavailable);
    assert.equal(document.code, 'NO_PERMISSION');
    assert.match(document.actions.join('\n'), /Manage_Integration_Users/);
  });
});

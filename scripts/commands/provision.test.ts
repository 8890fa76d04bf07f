import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture, httpErrorFor } from '../org/testing/salesforce-test-context.js';
import { ExitCode } from './command.js';
import { provisionCommand } from './provision.js';
import { ALIAS, engineRequests, orgCommandHarness } from './testing/org-command-harness.js';

describe('provision', () => {
  const harness = orgCommandHarness();

  /** The engine: the plan fixture for GET plan, `apply` for POST apply. */
  function engine(apply: () => unknown, plan = 'engine/v1-plan.Plan.json') {
    return harness.answer((request) => (request.method === 'GET' ? fixture(plan) : apply()));
  }

  it('with --yes, applies exactly the reviewed plan (by hash) and shows per-integration results', async () => {
    await harness.authorise();
    const requests = engine(() => fixture('engine/v1-apply.ApplyResult.json'));
    const run = await harness.run(
      provisionCommand,
      ['-o', ALIAS, '--yes', '--integrations', 'ERP_Order_Sync'],
      {
        terminal: { answer: false },
      },
    );

    assert.equal(run.code, ExitCode.ok);
    assert.deepEqual(run.asked, [], '--yes does not ask');
    assert.deepEqual(
      engineRequests(requests).map((request) => [request.method, request.url, request.body]),
      [
        ['GET', '/services/apexrest/integration-user-kit/v1/plan?integrations=ERP_Order_Sync', undefined],
        [
          'POST',
          '/services/apexrest/integration-user-kit/v1/apply',
          { integrations: ['ERP_Order_Sync'], planHash: '6f1c0b3e9a2d4c58b7e1f0a9d3c2b1a0' },
        ],
      ],
    );
    const text = run.out.join('\n');
    assert.match(text, /^Data_Warehouse_Export\s+OK\s+CREATE_USER dwh\.integration@/m);
    assert.match(text, /2 succeeded, 0 failed \(run a00xx0000002XzAAAU\)\./);
  });

  it('asks on a terminal and applies when the admin says yes', async () => {
    await harness.authorise();
    const requests = engine(() => fixture('engine/v1-apply.ApplyResult.json'));
    const run = await harness.run(provisionCommand, ['-o', ALIAS], { terminal: { answer: true } });

    assert.equal(run.code, ExitCode.ok);
    assert.deepEqual(run.asked, ['Apply this plan to Acme Corporation?']);
    assert.equal(engineRequests(requests).filter((request) => request.method === 'POST').length, 1);
  });

  it('applies nothing when the admin declines', async () => {
    await harness.authorise();
    const requests = engine(() => assert.fail('apply must not be called'));
    const run = await harness.run(provisionCommand, ['-o', ALIAS], { terminal: { answer: false } });

    assert.equal(run.code, ExitCode.ok);
    assert.equal(run.asked.length, 1);
    assert.deepEqual(
      engineRequests(requests).map((request) => request.method),
      ['GET'],
    );
    assert.match(run.out.join('\n'), /Cancelled: nothing was applied\./);
  });

  it('refuses without --yes when nobody can answer (CI, pipes, --json)', async () => {
    await harness.authorise();
    for (const argv of [
      ['-o', ALIAS],
      ['-o', ALIAS, '--json'],
    ]) {
      const requests = engine(() => assert.fail('apply must not be called'));
      const run = await harness.run(provisionCommand, argv);

      assert.equal(run.code, ExitCode.usage);
      assert.deepEqual(run.asked, []);
      assert.equal(engineRequests(requests).filter((request) => request.method === 'POST').length, 0);
      assert.match([...run.out, ...run.err].join('\n'), /re-run with --yes/);
      if (argv.includes('--json')) {
        const envelope = run.json<{ name: string; exitCode: number; data: { plan: { planHash: string } } }>();
        assert.equal(envelope.name, 'CONFIRMATION_REQUIRED');
        assert.equal(envelope.exitCode, ExitCode.usage);
        assert.equal(
          envelope.data.plan.planHash,
          '6f1c0b3e9a2d4c58b7e1f0a9d3c2b1a0',
          'the plan travels in the error data',
        );
      }
    }
  });

  it('does not call apply for an empty plan', async () => {
    await harness.authorise();
    const requests = engine(() => assert.fail('apply must not be called'), 'engine/v1-plan.empty.Plan.json');

    const run = await harness.run(provisionCommand, ['-o', ALIAS, '--yes']);

    assert.equal(run.code, ExitCode.ok);
    assert.equal(engineRequests(requests).length, 1);
    assert.match(run.out.join('\n'), /Nothing to apply\./);
  });

  it('exits 5 and shows the errors when an integration fails', async () => {
    await harness.authorise();
    engine(() => fixture('engine/v1-apply.partial.ApplyResult.json'));

    const run = await harness.run(provisionCommand, ['-o', ALIAS, '--yes']);

    assert.equal(run.code, ExitCode.orgFailed);
    assert.match(
      run.out.join('\n'),
      /^ERP_Order_Sync\s+FAILED\s+Can't assign permission set IUK_ERP_Order_Sync_Extra/m,
    );
    assert.match(run.out.join('\n'), /1 succeeded, 1 failed/);
  });

  it('reports PLAN_CHANGED (409): nothing applied, plan again', async () => {
    await harness.authorise();
    const connection = await harness.connection();
    engine(async () => {
      throw await httpErrorFor(connection, 409, fixture('engine/error.PLAN_CHANGED.json'));
    });

    const run = await harness.run(provisionCommand, ['-o', ALIAS, '--yes']);

    assert.equal(run.code, ExitCode.orgFailed);
    assert.match(run.err.join('\n'), /PLAN_CHANGED.*The org changed since the plan/);
    assert.match(
      run.err.join('\n'),
      /Nothing was applied\. Review the new plan: npm run iuk -- plan --target-org ci-org/,
    );
  });
});

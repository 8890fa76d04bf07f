import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture, httpErrorFor } from '../org/testing/salesforce-test-context.js';
import { ExitCode } from './command.js';
import { loadDefinitions } from '../definitions/load.js';
import { tempDir } from '../metadata/testing/temp-tree.js';
import type { PageModel } from '../org/engine-types.js';
import type { AppsStepReport } from '../org/workflow.js';
import { createProvisionCommand, realProvisionSteps, type ProvisionSteps } from './provision.js';
import { assertMatchesSchema } from '../plugin/testing/result-schema.js';
import { ALIAS, engineRequests, orgCommandHarness } from './testing/org-command-harness.js';

/** Steps for the tests of the apply itself: no definitions file, so no apps step. */
const NO_APPS: ProvisionSteps = {
  definitions: () => Promise.resolve(undefined),
  apiVersion: () => Promise.resolve('63.0'),
  runAppsStep: () => assert.fail('no apps step without definitions'),
  readModel: () => assert.fail('no status read without definitions'),
};
const NO_APPS_COMMAND = createProvisionCommand(NO_APPS);

/** Steps with the bundled definitions, the real status read, and a recorded apps step. */
function withApps(report: Partial<AppsStepReport> = {}) {
  const models: Array<PageModel | undefined> = [];
  const steps: ProvisionSteps = {
    definitions: async () => {
      const loaded = await loadDefinitions('config/integration-definitions.json');
      assert.ok(loaded.ok);
      return loaded.definitions;
    },
    apiVersion: () => Promise.resolve('63.0'),
    readModel: realProvisionSteps.readModel,
    runAppsStep: (_context, model) => {
      models.push(model);
      return Promise.resolve({
        step: 'apps',
        ok: true,
        deployed: ['Marketing_Automation'],
        waiting: [],
        outcome: null,
        findings: [],
        skipped: null,
        next: null,
        ...report,
      });
    },
  };
  return { steps, models };
}

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
      NO_APPS_COMMAND,
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
    const run = await harness.run(NO_APPS_COMMAND, ['-o', ALIAS], { terminal: { answer: true } });

    assert.equal(run.code, ExitCode.ok);
    assert.deepEqual(run.asked, ['Apply this plan to Acme Corporation?']);
    assert.equal(engineRequests(requests).filter((request) => request.method === 'POST').length, 1);
  });

  it('applies nothing when the admin declines', async () => {
    await harness.authorise();
    const requests = engine(() => assert.fail('apply must not be called'));
    const run = await harness.run(NO_APPS_COMMAND, ['-o', ALIAS], { terminal: { answer: false } });

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
      const run = await harness.run(NO_APPS_COMMAND, argv);

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

    const run = await harness.run(NO_APPS_COMMAND, ['-o', ALIAS, '--yes']);

    assert.equal(run.code, ExitCode.ok);
    assert.equal(engineRequests(requests).length, 1);
    assert.match(run.out.join('\n'), /Nothing to apply\./);
  });

  it('exits 5 and shows the errors when an integration fails', async () => {
    await harness.authorise();
    engine(() => fixture('engine/v1-apply.partial.ApplyResult.json'));

    const run = await harness.run(NO_APPS_COMMAND, ['-o', ALIAS, '--yes']);

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

    const run = await harness.run(NO_APPS_COMMAND, ['-o', ALIAS, '--yes']);

    assert.equal(run.code, ExitCode.orgFailed);
    assert.match(run.err.join('\n'), /PLAN_CHANGED.*The org changed since the plan/);
    assert.match(
      run.err.join('\n'),
      /Nothing was applied\. Review the new plan: npm run iuk -- plan --target-org ci-org/,
    );
  });

  describe('then the apps (issue 11: users first, then the OAuth policies that name them)', () => {
    /** GET plan and GET status from the recorded bodies, POST apply as given. */
    function engineWithStatus(plan = 'engine/v1-plan.Plan.json') {
      return harness.answer((request) => {
        if (request.url.includes('/v1/status')) return fixture('engine/v1-status.PageModel.json');
        if (request.method === 'GET') return fixture(plan);
        return fixture('engine/v1-apply.ApplyResult.json');
      });
    }

    it("after the apply, deploys the apps with the engine's fresh status (who exists now)", async () => {
      await harness.authorise();
      const requests = engineWithStatus();
      const { steps, models } = withApps();

      const run = await harness.run(createProvisionCommand(steps), ['-o', ALIAS, '--yes']);

      assert.equal(run.code, ExitCode.ok, run.err.join('\n'));
      const order = engineRequests(requests).map(
        (request) => `${request.method} ${request.url.split('/v1/')[1]}`,
      );
      assert.deepEqual(order, ['GET plan', 'POST apply', 'GET status'], 'status is read after the apply');
      assert.equal(models[0]?.orgName, fixture<PageModel>('engine/v1-status.PageModel.json').orgName);
      assert.match(
        run.out.join('\n'),
        /Step apps: deployed the External Client App and OAuth policy of Marketing_Automation\./,
      );
    });

    it('runs the apps step when there is nothing to apply (users exist, apps do not yet)', async () => {
      await harness.authorise();
      engineWithStatus('engine/v1-plan.empty.Plan.json');
      const { steps, models } = withApps();
      const run = await harness.run(createProvisionCommand(steps), ['-o', ALIAS, '--json']);
      assert.equal(run.code, ExitCode.ok);
      assert.equal(models.length, 1);
      const result = run.json<{ result: { apps: AppsStepReport } }>().result;
      assert.deepEqual(result.apps.deployed, ['Marketing_Automation']);
      assertMatchesSchema('provision', result);
    });

    it('a failed apps step exits 5 after a good apply, naming the step and what to run', async () => {
      await harness.authorise();
      engineWithStatus();
      const { steps } = withApps({
        ok: false,
        deployed: [],
        next: 'The apps were not deployed (all or nothing). Then run: npm run iuk -- provision --target-org ci-org',
      });
      const run = await harness.run(createProvisionCommand(steps), ['-o', ALIAS, '--yes']);
      assert.equal(run.code, ExitCode.orgFailed);
      assert.match(run.err.join('\n'), /Step apps failed\.\nNext: .*provision --target-org ci-org/);
      assert.match(run.out.join('\n'), /2 succeeded, 0 failed/, 'the apply itself is reported as it went');
    });

    it('no definitions file (the package-only admin): no apps step; with one, the environment deploy would choose', async () => {
      const cwd = tempDir('provision-no-definitions');
      const production = { isSandbox: false, kind: 'production' } as never;
      assert.equal(
        await realProvisionSteps.definitions(cwd, 'config/integration-definitions.json', production),
        undefined,
      );
      const found = await realProvisionSteps.definitions(
        process.cwd(),
        'config/integration-definitions.json',
        {
          isSandbox: true,
          kind: 'sandbox',
        } as never,
      );
      assert.equal(found?.environment, 'uat');
    });
  });
});

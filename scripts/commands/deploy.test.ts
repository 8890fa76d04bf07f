import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EnvironmentSummary, ResolvedDefinitions } from '../definitions/model.js';
import { objectMissingMessage } from '../definitions/policy/object-features.js';
import type { DeployOutcome, DeployReport, ValidateThenDeployOptions } from '../org/deploy.js';
import type { PageModel } from '../org/engine-types.js';
import { OrgError } from '../org/errors.js';
import { fixture } from '../org/testing/salesforce-test-context.js';
import { appsReport, removalReport, type AppsStepReport, type RemovalStepReport } from '../org/workflow.js';
import { bundledDefinitions } from '../org/testing/bundled-definitions.js';
import { ExitCode } from './command.js';
import { chooseEnvironment, createDeployCommand, type DeployDependencies } from './deploy.js';
import { assertMatchesSchema } from '../plugin/testing/result-schema.js';
import { ALIAS, orgCommandHarness } from './testing/org-command-harness.js';

const environments: EnvironmentSummary[] = [
  { name: 'production', default: true, sandbox: false },
  { name: 'uat', default: false, sandbox: true },
  { name: 'scratch', default: false, sandbox: false },
];

describe('chooseEnvironment', () => {
  it('uses --environment when given', () => {
    assert.equal(
      chooseEnvironment(environments, { isSandbox: true, kind: 'scratch' }, 'scratch').name,
      'scratch',
    );
  });

  it('picks the sandbox environment for a sandbox org and the default for production', () => {
    assert.equal(chooseEnvironment(environments, { isSandbox: true, kind: 'sandbox' }).name, 'uat');
    assert.equal(
      chooseEnvironment(environments, { isSandbox: false, kind: 'production' }).name,
      'production',
    );
  });

  it('falls back to the default when no environment is marked sandbox, and warns for scratch orgs', () => {
    const choice = chooseEnvironment([environments[0]!], { isSandbox: true, kind: 'scratch' });
    assert.equal(choice.name, 'production');
    assert.match(choice.warning ?? '', /\{orgId\}/);
  });

  it('chooses none when the file defines no environments', () => {
    assert.equal(chooseEnvironment([], { isSandbox: false, kind: 'production' }).name, undefined);
  });
});

function outcome(
  phase: DeployOutcome['phase'],
  success: boolean,
  extra: Partial<DeployOutcome> = {},
): DeployOutcome {
  return {
    phase,
    id: {
      validate: '0Afxx00000001VPCAY',
      deploy: '0Afxx00000001VSCAY',
      apps: '0Afxx00000001APPS',
      removal: '0Afxx00000001DEL',
    }[phase],
    success,
    status: success ? 'Succeeded' : 'Failed',
    progress: {
      phase,
      status: success ? 'Succeeded' : 'Failed',
      componentsDone: 6,
      componentsTotal: 6,
      componentErrors: 0,
      testsDone: 12,
      testsTotal: 12,
      testErrors: 0,
    },
    componentFailures: [],
    testFailures: [],
    coverageWarnings: [],
    ...extra,
  };
}

interface StepAnswers {
  definitions?: ResolvedDefinitions;
  /** Objects describeGlobal lists (default: every object the bundled example grants). */
  objects?: string[];
  model?: PageModel;
  apps?: AppsStepReport;
  removal?: RemovalStepReport;
}

/** The command's layers, replaced by recorders; the org itself is @salesforce/core's TestContext. */
function dependencies(report: DeployReport, generateOk = true, steps: StepAnswers = {}) {
  const calls = {
    generate: [] as Array<Record<string, unknown>>,
    deploy: [] as ValidateThenDeployOptions[],
    apps: [] as Array<PageModel | undefined>,
    removal: [] as Array<{ yes: boolean; interactive: boolean }>,
  };
  const definitions: ResolvedDefinitions = steps.definitions ?? {
    file: 'x',
    environments,
    settings: {} as never,
    profiles: [],
    integrations: [],
  };
  const deps: DeployDependencies = {
    loadDefinitions: () => Promise.resolve({ ok: true, warnings: [], definitions }),
    generate: (options) => {
      calls.generate.push({ ...options });
      return Promise.resolve(
        generateOk
          ? ({
              ok: true,
              definitions,
              outputDir: `${process.cwd()}/force-app/generated`,
              written: ['a'],
              unchanged: [],
              removed: [],
              overwrittenEdits: [],
              warnings: [],
            } as never)
          : {
              ok: false,
              outputDir: 'force-app/generated',
              problems: [
                {
                  severity: 'error',
                  code: 'bad',
                  file: 'config/x.json',
                  path: ['integrations', 0],
                  message: 'Broken.',
                  fix: 'Fix it.',
                },
              ],
            },
      );
    },
    validateThenDeploy: (options) => {
      calls.deploy.push(options);
      return Promise.resolve(report);
    },
    findTestClasses: () => ['IntegrationUserPlanner_Test'],
    orgObjectNames: () =>
      Promise.resolve(steps.objects ?? ['Account', 'Campaign', 'Contact', 'Lead', 'Order']),
    readModel: () =>
      Promise.resolve(
        steps.model
          ? { model: steps.model }
          : { unavailable: new OrgError('unavailable', 'ENGINE_NOT_DEPLOYED', 'No engine.', 'Deploy it.') },
      ),
    runAppsStep: (_context, model) => {
      calls.apps.push(model);
      return Promise.resolve(steps.apps ?? appsReport());
    },
    runRemovalStep: (_context, _model, options) => {
      calls.removal.push({ yes: options.yes, interactive: options.confirm.interactive() });
      return Promise.resolve(steps.removal ?? removalReport());
    },
  };
  return { deps, calls };
}

describe('deploy', () => {
  const harness = orgCommandHarness();

  it('generates for the sandbox environment, validates with the package tests, then deploys both directories', async () => {
    await harness.authorise();
    harness.answer(() => assert.fail('deploy uses the Metadata API layer, not REST'), {
      isSandbox: true,
      trialExpirationDate: null,
    });
    const { deps, calls } = dependencies({
      validation: outcome('validate', true),
      deployment: outcome('deploy', true),
      quickDeploy: true,
    });

    const run = await harness.run(createDeployCommand(deps), ['-o', ALIAS]);

    assert.equal(run.code, ExitCode.ok, run.err.join('\n'));
    assert.equal(calls.generate[0]?.environment, 'uat');
    const options = calls.deploy[0];
    assert.deepEqual(options?.tests, {
      testLevel: 'RunSpecifiedTests',
      runTests: ['IntegrationUserPlanner_Test'],
    });
    assert.deepEqual(
      options?.sourcePaths.map((directory) => directory.slice(process.cwd().length + 1)),
      ['force-app/core', 'force-app/generated'],
    );
    assert.equal(options?.waitMinutes, 33);
    assert.match(
      run.out.join('\n'),
      /Deployed 6 component\(s\) by quick deploy of validation 0Afxx00000001VPCAY/,
    );
  });

  it('uses RunLocalTests in production', async () => {
    await harness.authorise();
    harness.answer(() => undefined, {
      isSandbox: false,
      trialExpirationDate: null,
      organizationType: 'Enterprise Edition',
    });
    const { deps, calls } = dependencies({
      validation: outcome('validate', true),
      deployment: outcome('deploy', true),
      quickDeploy: true,
    });

    await harness.run(createDeployCommand(deps), ['-o', ALIAS, '--wait', '10']);

    assert.deepEqual(calls.deploy[0]?.tests, { testLevel: 'RunLocalTests' });
    assert.equal(calls.generate[0]?.environment, 'production');
    assert.equal(calls.deploy[0]?.waitMinutes, 10);
  });

  it('stops before generating when the org has no integration licence', async () => {
    await harness.authorise();
    harness.answer(() => undefined, { license: false });
    const { deps, calls } = dependencies({ validation: outcome('validate', true), quickDeploy: false });

    const run = await harness.run(createDeployCommand(deps), ['-o', ALIAS]);

    assert.equal(run.code, ExitCode.orgUnavailable);
    assert.equal(calls.generate.length, 0);
    assert.equal(calls.deploy.length, 0);
  });

  it('deploys nothing when the definitions do not generate', async () => {
    await harness.authorise();
    harness.answer(() => undefined);
    const { deps, calls } = dependencies(
      { validation: outcome('validate', true), quickDeploy: false },
      false,
    );

    const run = await harness.run(createDeployCommand(deps), ['-o', ALIAS, '--environment', 'scratch']);

    assert.equal(run.code, ExitCode.invalidInput);
    assert.equal(calls.generate[0]?.environment, 'scratch');
    assert.equal(calls.deploy.length, 0);
    assert.match(run.err.join('\n'), /Broken\./);
  });

  it('shows component and test failures as tables and exits 5 after a failed validation', async () => {
    await harness.authorise();
    harness.answer(() => undefined);
    const failed = outcome('validate', false, {
      componentFailures: [
        {
          type: 'Profile',
          name: 'ERP Integration Restricted',
          file: 'force-app/generated/profiles/ERP Integration Restricted.profile-meta.xml',
          problem: "The user license doesn't allow the permission: ModifyAllData",
        },
      ],
      testFailures: [
        {
          test: 'IntegrationUserPlanner_Test.plansCreateForMissingUser',
          message: 'System.AssertException: Assertion Failed',
          stackTrace: 'line 27',
        },
      ],
    });
    const { deps } = dependencies({ validation: failed, quickDeploy: false });

    const run = await harness.run(createDeployCommand(deps), ['-o', ALIAS, '--environment', 'scratch']);

    assert.equal(run.code, ExitCode.orgFailed);
    const err = run.err.join('\n');
    assert.match(err, /^TYPE\s+NAME\s+FILE\s+PROBLEM$/m);
    assert.match(
      err,
      /^Profile\s+ERP Integration Restricted\s+force-app\/generated\/profiles\/.*ModifyAllData$/m,
    );
    assert.match(err, /^IntegrationUserPlanner_Test\.plansCreateForMissingUser\s+System\.AssertException/m);
    assert.match(err, /Validation failed: nothing was deployed\./);
  });

  it('--json: the result matches schemas/iuk-deploy.json, for a deploy and for invalid definitions', async () => {
    await harness.authorise();
    harness.answer(() => assert.fail('deploy uses the Metadata API layer, not REST'), { isSandbox: false });
    const deployed = dependencies({
      validation: outcome('validate', true),
      deployment: outcome('deploy', true),
      quickDeploy: true,
    });
    const run = await harness.run(createDeployCommand(deployed.deps), ['-o', ALIAS, '--json']);
    assert.equal(run.code, ExitCode.ok);
    assertMatchesSchema('deploy', run.json().result);

    const invalid = dependencies({ validation: outcome('validate', true), quickDeploy: false }, false);
    const failed = await harness.run(createDeployCommand(invalid.deps), ['-o', ALIAS, '--json']);
    assert.equal(failed.code, ExitCode.invalidInput);
    assertMatchesSchema('deploy', failed.json().result);
  });

  it('rejects an unknown --test-level before contacting the org', async () => {
    const { deps, calls } = dependencies({ validation: outcome('validate', true), quickDeploy: false });
    const run = await harness.run(createDeployCommand(deps), ['-o', ALIAS, '--test-level', 'RunSomeTests']);
    assert.equal(run.code, ExitCode.usage);
    assert.match(
      run.err.join('\n'),
      /Expected --test-level=RunSomeTests to be one of: NoTestRun, RunSpecifiedTests/,
    );
    assert.equal(calls.generate.length, 0);
  });

  describe('the steps around the deploy (issues 8 and 11)', () => {
    const deployed = () => ({
      validation: outcome('validate', true),
      deployment: outcome('deploy', true),
      quickDeploy: true,
    });

    it("preflight: an object the org lacks stops the deploy with the engine's OBJECT_MISSING words", async () => {
      await harness.authorise();
      harness.answer(() => undefined);
      const { deps, calls } = dependencies(deployed(), true, {
        definitions: await bundledDefinitions(),
        objects: ['Account', 'Campaign', 'Contact', 'Lead'],
      });

      const run = await harness.run(createDeployCommand(deps), ['-o', ALIAS]);

      assert.equal(run.code, ExitCode.orgFailed);
      assert.equal(calls.deploy.length, 0, 'nothing deployed');
      const err = run.err.join('\n');
      assert.match(err, /Step preflight stopped the deploy/);
      assert.ok(err.includes(`ERP_Order_Sync (OBJECT_MISSING): ${objectMissingMessage(['Order'])}`), err);
      assert.match(err, /Setup > Order Settings > Enable Orders/);
      const json = await harness.run(createDeployCommand(deps), ['-o', ALIAS, '--json']);
      const result = json.json<{ result: { step: string; missing: { integration: string }[] } }>().result;
      assert.equal(result.step, 'preflight');
      assert.deepEqual(
        result.missing.map((entry) => entry.integration),
        ['ERP_Order_Sync'],
      );
      assertMatchesSchema('deploy', result);
    });

    it('leaves the apps out of the main deploy, and the records of integrations being removed', async () => {
      await harness.authorise();
      harness.answer(() => undefined);
      const model = fixture<PageModel>('engine/v1-status.PageModel.json');
      const erp = model.integrations.find((summary) => summary.name === 'ERP_Order_Sync')!;
      Object.assign(erp, { retired: true, removalReady: true, userActive: false, status: 'RETIRED' });
      const { deps, calls } = dependencies(deployed(), true, {
        definitions: await bundledDefinitions(['ERP_Order_Sync']),
        model,
      });

      const run = await harness.run(createDeployCommand(deps), ['-o', ALIAS]);

      assert.equal(run.code, ExitCode.ok, run.err.join('\n'));
      const exclude = calls.deploy[0]!.exclude!;
      const component = (type: string, fullName: string) => ({ type: { name: type }, fullName }) as never;
      assert.equal(exclude(component('ExternalClientApplication', 'IUK_Marketing_Automation')), true);
      assert.equal(
        exclude(component('ExtlClntAppGlobalOauthSettings', 'IUK_Marketing_Automation_glbloauth')),
        true,
      );
      assert.equal(exclude(component('CustomMetadata', 'Integration_User_Definition.ERP_Order_Sync')), true);
      assert.equal(
        exclude(component('CustomMetadata', 'Integration_User_Definition.Marketing_Automation')),
        false,
      );
      assert.equal(exclude(component('PermissionSet', 'IUK_Marketing_Automation')), false);
      assert.match(
        run.out.join('\n'),
        /Left out of this deploy .*Integration_User_Definition\.ERP_Order_Sync/,
      );
      assert.equal(calls.apps.length, 1, 'the apps step runs after a successful deploy');
    });

    it('no apps and no removal step after a failed deploy', async () => {
      await harness.authorise();
      harness.answer(() => undefined);
      const { deps, calls } = dependencies(
        { validation: outcome('validate', false), quickDeploy: false },
        true,
        {
          definitions: await bundledDefinitions(),
        },
      );
      const run = await harness.run(createDeployCommand(deps), ['-o', ALIAS]);
      assert.equal(run.code, ExitCode.orgFailed);
      assert.equal(calls.apps.length, 0);
      assert.equal(calls.removal.length, 0);
    });

    it('a failed apps step exits 5 and says which step and what to run next', async () => {
      await harness.authorise();
      harness.answer(() => undefined);
      const { deps } = dependencies(deployed(), true, {
        definitions: await bundledDefinitions(),
        model: fixture<PageModel>('engine/v1-status.PageModel.json'),
        apps: appsReport({
          ok: false,
          outcome: outcome('apps', false),
          next: `The apps were not deployed. Then run: npm run iuk -- provision --target-org ${ALIAS}`,
        }),
      });
      const run = await harness.run(createDeployCommand(deps), ['-o', ALIAS]);
      assert.equal(run.code, ExitCode.orgFailed);
      const err = run.err.join('\n');
      assert.match(err, /Step apps failed\./);
      assert.match(err, /Next: .*provision --target-org ci-org/);
      assert.match(run.out.join('\n'), /Apps deploy 0Afxx00000001APPS: Failed/);
    });

    it('removal without a terminal and without --yes: exit 2, nothing deleted; --yes and a terminal pass through', async () => {
      await harness.authorise();
      harness.answer(() => undefined);
      const refused = removalReport({
        ok: false,
        confirmation: 'refused',
        next: 'Not an interactive terminal: nothing was deleted. Re-run with --yes',
      });
      const { deps, calls } = dependencies(deployed(), true, {
        definitions: await bundledDefinitions(['ERP_Order_Sync']),
        model: fixture<PageModel>('engine/v1-status.PageModel.json'),
        removal: refused,
      });
      const run = await harness.run(createDeployCommand(deps), ['-o', ALIAS, '--json']);
      assert.equal(run.code, ExitCode.usage);
      const result = run.json<{ result: { removal: RemovalStepReport } }>().result;
      assert.equal(result.removal.confirmation, 'refused');
      assertMatchesSchema('deploy', result);
      assert.deepEqual(calls.removal[0], { yes: false, interactive: false }, '--json never asks');
      await harness.run(createDeployCommand(deps), ['-o', ALIAS, '--yes']);
      assert.deepEqual(calls.removal[1], { yes: true, interactive: false });
      await harness.run(createDeployCommand(deps), ['-o', ALIAS], { terminal: { answer: true } });
      assert.deepEqual(calls.removal[2], { yes: false, interactive: true });
    });
  });
});

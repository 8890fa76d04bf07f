import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EnvironmentSummary } from '../definitions/model.js';
import type { DeployOutcome, DeployReport, ValidateThenDeployOptions } from '../org/deploy.js';
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
  phase: 'validate' | 'deploy',
  success: boolean,
  extra: Partial<DeployOutcome> = {},
): DeployOutcome {
  return {
    phase,
    id: phase === 'validate' ? '0Afxx00000001VPCAY' : '0Afxx00000001VSCAY',
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

/** The command's layers, replaced by recorders; the org itself is @salesforce/core's TestContext. */
function dependencies(report: DeployReport, generateOk = true) {
  const calls = { generate: [] as Array<Record<string, unknown>>, deploy: [] as ValidateThenDeployOptions[] };
  const deps: DeployDependencies = {
    loadDefinitions: () =>
      Promise.resolve({
        ok: true,
        warnings: [],
        definitions: { file: 'x', environments, settings: {} as never, profiles: [], integrations: [] },
      }),
    generate: (options) => {
      calls.generate.push({ ...options });
      return Promise.resolve(
        generateOk
          ? ({
              ok: true,
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
});

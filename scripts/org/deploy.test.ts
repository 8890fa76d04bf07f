import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Org, type Connection } from '@salesforce/core';
import { chooseTestOptions, findTestClasses, validateThenDeploy, type DeployProgress } from './deploy.js';
import { OrgError } from './errors.js';
import {
  MockTestOrgData,
  fixture,
  repoRoot,
  useSalesforceTestContext,
} from './testing/salesforce-test-context.js';

type DeployStatus = { id: string; done: boolean; [key: string]: unknown };

/** A small source project: the core (type + classes) and generated records, as the command deploys them. */
function writeProject(root: string): { core: string; generated: string } {
  const core = join(root, 'force-app', 'core');
  const generated = join(root, 'force-app', 'generated');
  const type = 'Integration_User_Definition__mdt';
  cpSync(join(repoRoot(), 'force-app', 'core', 'definitions', 'objects', type), join(core, 'objects', type), {
    recursive: true,
  });
  const classMeta = `<?xml version="1.0" encoding="UTF-8"?>
<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>63.0</apiVersion><status>Active</status></ApexClass>
`;
  mkdirSync(join(core, 'classes'), { recursive: true });
  for (const name of ['IntegrationUserPlanner', 'IntegrationUserPlanner_Test']) {
    writeFileSync(join(core, 'classes', `${name}.cls`), `public with sharing class ${name} {}\n`);
    writeFileSync(join(core, 'classes', `${name}.cls-meta.xml`), classMeta);
  }
  mkdirSync(join(generated, 'customMetadata'), { recursive: true });
  writeFileSync(
    join(generated, 'customMetadata', 'Integration_User_Definition.ERP_Order_Sync.md-meta.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>
<CustomMetadata xmlns="http://soap.sforce.com/2006/04/metadata"><label>ERP Order Sync</label><protected>false</protected></CustomMetadata>
`,
  );
  mkdirSync(join(generated, 'profiles'), { recursive: true });
  writeFileSync(
    join(generated, 'profiles', 'ERP Integration Restricted.profile-meta.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>
<Profile xmlns="http://soap.sforce.com/2006/04/metadata"><custom>true</custom><userLicense>Salesforce Integration</userLicense></Profile>
`,
  );
  return { core, generated };
}

describe('validateThenDeploy', () => {
  const $$ = useSalesforceTestContext();
  const testOrg = new MockTestOrgData();
  let root: string;
  let paths: { core: string; generated: string };

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'iuk-deploy-'));
    paths = writeProject(root);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  /**
   * Stubs the Metadata API calls on the connection, as SDR's own tests do (stubMetadataDeploy):
   * deploy() starts a job, checkDeployStatus() answers with recorded responses for that job id.
   */
  async function metadataApi(validationAnswers: DeployStatus[], quickDeployAnswer?: DeployStatus) {
    await $$.stubAuths(testOrg);
    const connection: Connection = (await Org.create({ aliasOrUsername: testOrg.username })).getConnection();
    const validationId = validationAnswers.at(-1)!.id;
    const deployCalls: Array<Record<string, unknown>> = [];
    $$.SANDBOX.stub(connection.metadata, 'deploy').callsFake(
      async (_zip: Buffer, options: Record<string, unknown>) => {
        deployCalls.push(options);
        return { id: deployCalls.length === 1 ? validationId : 'FULL_DEPLOY', state: 'Queued', done: false };
      },
    );
    const quickDeploy = $$.SANDBOX.stub(connection.metadata, 'deployRecentValidation').resolves(
      quickDeployAnswer?.id,
    );
    let validationPolls = 0;
    $$.SANDBOX.stub(connection.metadata, 'checkDeployStatus').callsFake(async (id: string) => {
      if (id === validationId) {
        return validationAnswers[Math.min(validationPolls++, validationAnswers.length - 1)];
      }
      if (quickDeployAnswer && id === quickDeployAnswer.id) return quickDeployAnswer;
      if (id === 'FULL_DEPLOY')
        return { ...fixture<DeployStatus>('deploy/checkDeployStatus.quick-deploy-succeeded.json'), id };
      throw new Error(`unexpected job id ${id}`);
    });
    return { connection, deployCalls, quickDeploy };
  }

  function withId(status: DeployStatus, id: string): DeployStatus {
    return { ...status, id };
  }

  it('validates with the core tests, then promotes the validation with a quick deploy', async () => {
    const succeeded = fixture<DeployStatus>('deploy/checkDeployStatus.validate-succeeded.json');
    const inProgress = withId(fixture('deploy/checkDeployStatus.validate-in-progress.json'), succeeded.id);
    const quick = fixture<DeployStatus>('deploy/checkDeployStatus.quick-deploy-succeeded.json');
    const { connection, deployCalls, quickDeploy } = await metadataApi([inProgress, succeeded], quick);
    const progress: DeployProgress[] = [];

    const report = await validateThenDeploy({
      connection,
      sourcePaths: [paths.core, paths.generated],
      tests: { testLevel: 'RunSpecifiedTests', runTests: ['IntegrationUserPlanner_Test'] },
      waitMinutes: 1,
      pollFrequencyMs: 5,
      onProgress: (p) => progress.push(p),
    });

    assert.equal(deployCalls.length, 1, 'one check-only deploy; the real deploy is the quick deploy');
    assert.equal(deployCalls[0]?.checkOnly, true);
    assert.equal(deployCalls[0]?.rollbackOnError, true);
    assert.equal(deployCalls[0]?.testLevel, 'RunSpecifiedTests');
    assert.deepEqual(deployCalls[0]?.runTests, ['IntegrationUserPlanner_Test']);
    assert.deepEqual(quickDeploy.firstCall.args[0], { id: succeeded.id, rest: false });
    assert.equal(report.quickDeploy, true);
    assert.equal(report.validation.success, true);
    assert.equal(report.deployment?.success, true);
    assert.equal(report.deployment?.id, quick.id);
    const testProgress = progress
      .filter((p) => p.phase === 'validate')
      .map((p) => `${p.testsDone}/${p.testsTotal}`);
    assert.deepEqual(testProgress, ['3/12', '12/12']);
  });

  it('stops after a failed validation and lists the component failures with file and line', async () => {
    const failed = fixture<DeployStatus>('deploy/checkDeployStatus.validate-component-failure.json');
    const { connection, deployCalls, quickDeploy } = await metadataApi([failed]);

    const report = await validateThenDeploy({
      connection,
      sourcePaths: [paths.core, paths.generated],
      tests: { testLevel: 'RunLocalTests' },
      waitMinutes: 1,
      pollFrequencyMs: 5,
      cwd: root,
    });

    assert.equal(report.deployment, undefined, 'nothing is deployed after a failed validation');
    assert.equal(deployCalls.length, 1);
    assert.equal(quickDeploy.called, false);
    assert.equal(report.validation.success, false);
    const apex = report.validation.componentFailures.find((row) => row.type === 'ApexClass');
    assert.deepEqual(
      { name: apex?.name, line: apex?.line, column: apex?.column, problem: apex?.problem },
      {
        name: 'IntegrationUserPlanner',
        line: 42,
        column: 16,
        problem: 'Variable does not exist: definitons (42:16)',
      },
    );
    assert.match(apex?.file ?? '', /^force-app\/core\/classes\/IntegrationUserPlanner\.cls/);
    const profile = report.validation.componentFailures.find((row) => row.type === 'Profile');
    assert.equal(profile?.name, 'ERP Integration Restricted');
    assert.match(profile?.problem ?? '', /doesn't allow the permission: ModifyAllData/);
  });

  it('stops after failing tests and lists each failed test method and the coverage warnings', async () => {
    const failed = fixture<DeployStatus>('deploy/checkDeployStatus.validate-test-failure.json');
    const { connection, quickDeploy } = await metadataApi([failed]);

    const report = await validateThenDeploy({
      connection,
      sourcePaths: [paths.core, paths.generated],
      tests: { testLevel: 'RunSpecifiedTests', runTests: ['IntegrationUserPlanner_Test'] },
      waitMinutes: 1,
      pollFrequencyMs: 5,
    });

    assert.equal(report.deployment, undefined);
    assert.equal(quickDeploy.called, false);
    assert.deepEqual(report.validation.testFailures, [
      {
        test: 'IntegrationUserPlanner_Test.plansCreateForMissingUser',
        message: 'System.AssertException: Assertion Failed: Expected: CREATE_USER, Actual: UPDATE_USER',
        stackTrace: 'Class.IntegrationUserPlanner_Test.plansCreateForMissingUser: line 27, column 1',
      },
    ]);
    assert.match(
      report.validation.coverageWarnings[0] ?? '',
      /^IntegrationUserPlanner: Test coverage .* 61%/,
    );
    assert.equal(report.validation.progress.testErrors, 1);
  });

  it('deploys again for real when the validation ran no tests (a quick deploy needs tests)', async () => {
    const succeeded = fixture<DeployStatus>('deploy/checkDeployStatus.validate-succeeded.json');
    const { connection, deployCalls, quickDeploy } = await metadataApi([succeeded]);

    const report = await validateThenDeploy({
      connection,
      sourcePaths: [paths.core, paths.generated],
      tests: { testLevel: 'NoTestRun' },
      waitMinutes: 1,
      pollFrequencyMs: 5,
    });

    assert.equal(quickDeploy.called, false);
    assert.deepEqual(
      deployCalls.map((call) => call.checkOnly),
      [true, false],
    );
    assert.equal(report.quickDeploy, false);
    assert.equal(report.deployment?.success, true);
  });

  it('gives up within --wait and says nothing was deployed when the validation does not finish', async () => {
    const inProgress = fixture<DeployStatus>('deploy/checkDeployStatus.validate-in-progress.json');
    const { connection, deployCalls } = await metadataApi([inProgress]);

    await assert.rejects(
      validateThenDeploy({
        connection,
        sourcePaths: [paths.core, paths.generated],
        tests: { testLevel: 'RunLocalTests' },
        waitMinutes: 0.002,
        pollFrequencyMs: 10,
        target: 'ci-org',
      }),
      (error: unknown) => {
        assert.ok(error instanceof OrgError);
        assert.equal(error.code, 'DEPLOY_TIMEOUT');
        assert.match(error.message, /nothing was deployed/);
        assert.match(
          error.action ?? '',
          /sf project deploy report --job-id 0Afxx00000001VPCAY --target-org ci-org/,
        );
        return true;
      },
    );
    assert.equal(deployCalls.length, 1);
  });

  it('finds the *_Test classes of a package directory', () => {
    assert.deepEqual(findTestClasses(paths.core), ['IntegrationUserPlanner_Test']);
  });
});

describe('chooseTestOptions', () => {
  it('runs the package tests outside production', () => {
    assert.deepEqual(chooseTestOptions('scratch', ['A_Test', 'B_Test']), {
      testLevel: 'RunSpecifiedTests',
      runTests: ['A_Test', 'B_Test'],
    });
    assert.deepEqual(chooseTestOptions('sandbox', []), { testLevel: 'RunLocalTests' });
  });

  it('gives production the local tests it requires, and refuses NoTestRun there', () => {
    assert.deepEqual(chooseTestOptions('production', ['A_Test']), { testLevel: 'RunLocalTests' });
    assert.throws(
      () => chooseTestOptions('production', ['A_Test'], 'NoTestRun'),
      /Production orgs require Apex tests/,
    );
  });

  it('honours an explicit test level', () => {
    assert.deepEqual(chooseTestOptions('sandbox', ['A_Test'], 'NoTestRun'), { testLevel: 'NoTestRun' });
    assert.throws(() => chooseTestOptions('sandbox', [], 'RunSpecifiedTests'), /none were found/);
  });
});

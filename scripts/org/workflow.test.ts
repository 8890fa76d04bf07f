/**
 * The steps after the main deploy, against @salesforce/core's TestContext with the Metadata API
 * stubbed at the connection (as SDR's own tests do) and recorded answers: the apps step deploys each app
 * whose user exists with an OAuth policy naming that user, and nothing else; the removal step deletes
 * only removal-ready, existing, kit-written components, after confirmation.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import JSZip from 'jszip';
import { Org, type Connection } from '@salesforce/core';
import { bundledDefinitions } from './testing/bundled-definitions.js';
import type { ResolvedDefinitions } from '../definitions/model.js';
import { judgeApp, planApps, readAppStates } from './apps.js';
import type { PageModel } from './engine-types.js';
import { planRemoval } from './removal-deploy.js';
import {
  MockTestOrgData,
  answerRequests,
  fixture,
  useSalesforceTestContext,
} from './testing/salesforce-test-context.js';
import { excludedFromMainDeploy, runAppsStep, runRemovalStep, type StepContext } from './workflow.js';

type DeployStatus = { id: string; done: boolean; [key: string]: unknown };

/** The recorded status with both bundled integrations provisioned (ERP's user resolved for a sandbox). */
function provisionedModel(): PageModel {
  const model = fixture<PageModel>('engine/v1-status.PageModel.json');
  const erp = model.integrations.find((summary) => summary.name === 'ERP_Order_Sync')!;
  erp.username = 'erp.integration@acme.example.uat';
  const marketing = structuredClone(erp);
  Object.assign(marketing, {
    name: 'Marketing_Automation',
    username: 'marketing.integration@acme.example.uat',
    userId: '005xx000001MktAAA',
    authenticationMethod: 'CLIENT_CREDENTIALS',
    appName: 'IUK_Marketing_Automation',
    loginReadiness: 'READY',
  });
  return { ...model, integrations: [marketing, erp] };
}

const SECRET_SENTINEL = 'SENTINEL-CONSUMER-SECRET-0123456789';

describe('steps after the deploy', () => {
  const $$ = useSalesforceTestContext();
  const testOrg = new MockTestOrgData();

  async function context(definitions: ResolvedDefinitions, answer: DeployStatus) {
    await $$.stubAuths(testOrg);
    const connection: Connection = (await Org.create({ aliasOrUsername: testOrg.username })).getConnection();
    const zips: Buffer[] = [];
    const reads: string[] = [];
    answerRequests($$, (request) => {
      if (request.url.includes('FROM%20PermissionSet') || request.url.includes('FROM+PermissionSet')) {
        return {
          totalSize: 2,
          done: true,
          records: [
            {
              attributes: { type: 'PermissionSet' },
              Id: '0PSxx0000004MktAAA',
              Name: 'IUK_Marketing_Automation',
            },
            { attributes: { type: 'PermissionSet' }, Id: '0PSxx0000004ErpAAA', Name: 'IUK_ERP_Order_Sync' },
          ],
        };
      }
      throw new Error(`unexpected request ${request.url}`);
    });
    $$.SANDBOX.stub(connection.metadata, 'deploy').callsFake(async (zip: Buffer) => {
      zips.push(zip);
      return { id: answer.id, state: 'Queued', done: false };
    });
    $$.SANDBOX.stub(connection.metadata, 'checkDeployStatus').resolves(answer);
    $$.SANDBOX.stub(connection.metadata, 'read').callsFake(async (type: string) => {
      reads.push(type);
      // Whatever the org would answer, a global OAuth settings read would carry the secret: it is never made.
      if (type === 'ExtlClntAppGlobalOauthSettings')
        return [{ fullName: 'x', consumerSecret: SECRET_SENTINEL }];
      return fixture(`metadata/read.${type}.json`);
    });
    const step: StepContext = {
      connection,
      definitions,
      target: 'ci-org',
      apiVersion: '63.0',
      waitMinutes: 1,
      cwd: process.cwd(),
      pollFrequencyMs: 5,
    };
    return { step, connection, zips, reads };
  }

  async function zipFiles(zip: Buffer): Promise<Map<string, string>> {
    const archive = await JSZip.loadAsync(zip);
    const files = new Map<string, string>();
    for (const [name, entry] of Object.entries(archive.files))
      if (!entry.dir) files.set(name, await entry.async('string'));
    return files;
  }

  describe('apps', () => {
    it('deploys each app whose user exists with a policy naming that user, pre-authorised by its own permission set', async () => {
      const { step, zips } = await context(
        await bundledDefinitions(),
        fixture<DeployStatus>('deploy/checkDeployStatus.apps-succeeded.json'),
      );

      const report = await runAppsStep(step, provisionedModel());

      assert.equal(report.ok, true, JSON.stringify(report));
      assert.deepEqual(report.deployed.sort(), ['ERP_Order_Sync', 'Marketing_Automation']);
      assert.equal(zips.length, 1, 'one all-or-nothing deploy');
      const files = await zipFiles(zips[0]!);
      const policy = files.get('extlClntAppOauthPolicies/IUK_Marketing_Automation_oauthPlcy.ecaOauthPlcy')!;
      assert.match(
        policy,
        /<clientCredentialsFlowUser>marketing\.integration@acme\.example\.uat<\/clientCredentialsFlowUser>/,
      );
      assert.match(policy, /<commaSeparatedPermissionSet>0PSxx0000004MktAAA<\/commaSeparatedPermissionSet>/);
      const jwtPolicy = files.get('extlClntAppOauthPolicies/IUK_ERP_Order_Sync_oauthPlcy.ecaOauthPlcy')!;
      assert.doesNotMatch(jwtPolicy, /clientCredentialsFlowUser/);
      assert.match(jwtPolicy, /<commaSeparatedPermissionSet>0PSxx0000004ErpAAA</);
      assert.ok(files.has('externalClientApps/IUK_ERP_Order_Sync.eca'));
      assert.ok(files.has('extlClntAppGlobalOauthSets/IUK_ERP_Order_Sync_glbloauth.ecaGlblOauth'));
      for (const [name, content] of files) assert.doesNotMatch(content, /<consumer(Key|Secret)>/, name);
    });

    it('waits for a user that does not exist yet, and says to provision', async () => {
      const { step, zips } = await context(
        await bundledDefinitions(),
        fixture<DeployStatus>('deploy/checkDeployStatus.apps-succeeded.json'),
      );
      const model = provisionedModel();
      Object.assign(model.integrations[1]!, { userId: null, status: 'NOT_CREATED' });

      const report = await runAppsStep(step, model);

      assert.deepEqual(report.deployed, ['Marketing_Automation']);
      assert.equal(report.waiting.length, 1);
      assert.match(
        report.waiting[0]!.reason!,
        /does not exist yet\. Run: npm run iuk -- provision --target-org ci-org/,
      );
      const files = await zipFiles(zips[0]!);
      assert.ok(
        ![...files.keys()].some((name) => name.includes('ERP_Order_Sync')),
        'no app without its user',
      );
    });

    it('skips without a model, and names the step and what to run', async () => {
      const { step, zips } = await context(
        await bundledDefinitions(),
        fixture<DeployStatus>('deploy/checkDeployStatus.apps-succeeded.json'),
      );
      const report = await runAppsStep(step, undefined);
      assert.equal(report.ok, true);
      assert.match(report.skipped!, /cannot say which users exist/);
      assert.match(report.next!, /provision --target-org ci-org/);
      assert.equal(zips.length, 0);
    });

    it('a failed apps deploy is the step that failed, with the next command', async () => {
      const { step } = await context(
        await bundledDefinitions(),
        fixture<DeployStatus>('deploy/checkDeployStatus.apps-component-failure.json'),
      );
      const report = await runAppsStep(step, provisionedModel());
      assert.equal(report.ok, false);
      assert.deepEqual(report.deployed, []);
      assert.match(report.outcome!.componentFailures[0]!.problem, /API Only permission/);
      assert.match(report.next!, /all or nothing.*provision --target-org ci-org/);
    });

    it('reads apps back from the header and the OAuth policy only, never the global OAuth settings', async () => {
      const { connection, reads } = await context(
        await bundledDefinitions(),
        fixture<DeployStatus>('deploy/checkDeployStatus.apps-succeeded.json'),
      );
      const model = provisionedModel();
      model.integrations[0]!.username = 'marketing.integration@acme.example';
      const states = await readAppStates(connection, model);
      assert.deepEqual(reads.sort(), ['ExternalClientApplication', 'ExtlClntAppOauthConfigurablePolicies']);
      assert.deepEqual(states.map((state) => `${state.integration}:${state.status}`).sort(), [
        'ERP_Order_Sync:READY',
        'Marketing_Automation:READY',
      ]);
      assert.doesNotMatch(JSON.stringify(states), new RegExp(SECRET_SENTINEL));
    });
  });

  describe('judgeApp', () => {
    it('a policy that runs as someone else is drift; a missing app or policy, a disabled flow and a frozen user are not ready', async () => {
      const summary = {
        ...provisionedModel().integrations[0]!,
        username: 'marketing.integration@acme.example',
      };
      const header = { fullName: 'IUK_Marketing_Automation' };
      const policy = {
        fullName: 'IUK_Marketing_Automation_oauthPlcy',
        clientCredentialsFlowUser: 'marketing.integration@acme.example',
        isClientCredentialsFlowEnabled: 'true',
      };
      assert.equal(judgeApp(summary, header, policy).status, 'READY');
      const drifted = judgeApp(summary, header, {
        ...policy,
        clientCredentialsFlowUser: 'admin@acme.example',
      });
      assert.equal(drifted.status, 'DRIFTED');
      assert.match(
        drifted.message,
        /runs as admin@acme\.example, not as marketing\.integration@acme\.example/,
      );
      assert.equal(judgeApp(summary, undefined, policy).status, 'NOT_DEPLOYED');
      assert.equal(judgeApp(summary, header, undefined).status, 'POLICY_MISSING');
      assert.equal(
        judgeApp(summary, header, { ...policy, isClientCredentialsFlowEnabled: 'false' }).status,
        'FLOW_DISABLED',
      );
      assert.equal(
        judgeApp({ ...summary, loginReadiness: 'FROZEN', loginMessage: 'frozen' }, header, policy).status,
        'USER_NOT_READY',
      );
    });
  });

  describe('removal', () => {
    function retiredModel(ready: boolean): PageModel {
      const model = provisionedModel();
      Object.assign(model.integrations[1]!, {
        retired: true,
        removalReady: ready,
        userActive: !ready,
        status: 'RETIRED',
      });
      return model;
    }

    it('plans only removal-ready integrations, says what the others need, and knows the already removed', async () => {
      const definitions = await bundledDefinitions(['ERP_Order_Sync']);
      const ready = planRemoval(definitions, retiredModel(true), 'ci-org');
      assert.deepEqual(ready.ready, ['ERP_Order_Sync']);
      assert.ok(ready.components.some((component) => component.type === 'ExternalClientApplication'));
      assert.ok(ready.components.some((component) => component.fullName === 'Integration - ERP Restricted'));
      const waiting = planRemoval(definitions, retiredModel(false), 'ci-org');
      assert.deepEqual(waiting.components, []);
      assert.match(
        waiting.waiting[0]!.reason,
        /still active\. Run: npm run iuk -- provision --target-org ci-org/,
      );
      const gone = planRemoval(
        definitions,
        { ...retiredModel(true), integrations: [provisionedModel().integrations[0]!] },
        'x',
      );
      assert.deepEqual(gone.removed, ['ERP_Order_Sync']);
      assert.deepEqual(excludedFromMainDeploy(definitions, retiredModel(true)).records, [
        'Integration_User_Definition.ERP_Order_Sync',
      ]);
      assert.deepEqual(excludedFromMainDeploy(definitions, retiredModel(false)).records, []);
    });

    it('lists what exists, asks, and deploys the destructive manifest only after yes', async () => {
      const answer = {
        ...fixture<DeployStatus>('deploy/checkDeployStatus.apps-succeeded.json'),
        id: '0Afxx00000001DEL',
      };
      const { step, connection, zips } = await context(await bundledDefinitions(['ERP_Order_Sync']), answer);
      // The org has the permission set, record and app header, but not the profile (deleted by hand).
      $$.SANDBOX.stub(connection.metadata, 'list').callsFake(async (queries: unknown) =>
        [queries]
          .flat()
          .map((query) => (query as { type: string }).type)
          .flatMap(
            (type) =>
              ({
                PermissionSet: [{ type, fullName: 'IUK_ERP_Order_Sync' }],
                CustomMetadata: [{ type, fullName: 'Integration_User_Definition.ERP_Order_Sync' }],
                ExternalClientApplication: [{ type, fullName: 'IUK_ERP_Order_Sync' }],
              })[type] ?? [],
          ),
      );
      const shown: string[] = [];
      const asked: string[] = [];
      const declined = await runRemovalStep(step, retiredModel(true), {
        yes: false,
        confirm: { interactive: () => true, ask: async (question) => (asked.push(question), false) },
        show: (components) =>
          shown.push(...components.map((component) => `${component.type}:${component.fullName}`)),
      });
      assert.equal(declined.confirmation, 'declined');
      assert.equal(zips.length, 0, 'nothing deployed after no');
      assert.deepEqual(shown.sort(), [
        'CustomMetadata:Integration_User_Definition.ERP_Order_Sync',
        'ExternalClientApplication:IUK_ERP_Order_Sync',
        'PermissionSet:IUK_ERP_Order_Sync',
      ]);
      assert.match(asked[0]!, /Delete these 3 component\(s\)/);

      const refused = await runRemovalStep(step, retiredModel(true), {
        yes: false,
        confirm: { interactive: () => false, ask: async () => assert.fail('never asks without a terminal') },
        show: () => {},
      });
      assert.equal(refused.confirmation, 'refused');
      assert.equal(refused.ok, false);
      assert.equal(zips.length, 0);

      const done = await runRemovalStep(step, retiredModel(true), {
        yes: true,
        confirm: { interactive: () => false, ask: async () => false },
        show: () => {},
      });
      assert.equal(done.deleted, true, JSON.stringify(done));
      const files = await zipFiles(zips[0]!);
      const post = [...files.keys()].find((name) => name.endsWith('destructiveChangesPost.xml'));
      assert.ok(post, [...files.keys()].join(', '));
      assert.match(
        files.get(post)!,
        /<members>IUK_ERP_Order_Sync<\/members>\s*<name>ExternalClientApplication<\/name>/,
      );
      assert.doesNotMatch(files.get(post)!, /Integration - ERP Restricted/, 'only what exists');
      assert.match(done.next!, /Delete ERP_Order_Sync from the definitions file/);
    });

    it('does nothing when no integration is retired', async () => {
      const { step } = await context(
        await bundledDefinitions(),
        fixture<DeployStatus>('deploy/checkDeployStatus.apps-succeeded.json'),
      );
      const report = await runRemovalStep(step, provisionedModel(), {
        yes: true,
        confirm: { interactive: () => false, ask: async () => false },
        show: () => assert.fail('nothing to show'),
      });
      assert.deepEqual(report.components, []);
    });
  });

  it('planApps needs no org: what waits and why', async () => {
    const entries = planApps(await bundledDefinitions(), undefined, 'ci-org');
    assert.deepEqual(
      entries.map((entry) => entry.state),
      ['waiting', 'waiting'],
    );
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Org, type Connection } from '@salesforce/core';
import { EngineClient, withTimeout } from './engine-client.js';
import type { ApplyResult, PageModel, Plan, UserStateResult } from './engine-types.js';
import { OrgError } from './errors.js';
import type { EvidenceModel } from './evidence/generated-types.js';
import {
  MockTestOrgData,
  fixture,
  httpErrorFor,
  answerRequests,
  useSalesforceTestContext,
  type RecordedRequest,
} from './testing/salesforce-test-context.js';

describe('EngineClient', () => {
  const $$ = useSalesforceTestContext();
  const testOrg = new MockTestOrgData();

  async function clientAnswering(
    answer: (request: RecordedRequest, connection: Connection) => unknown | Promise<unknown>,
    options: ConstructorParameters<typeof EngineClient>[1] = {},
  ) {
    await $$.stubAuths(testOrg);
    const connection = (await Org.create({ aliasOrUsername: testOrg.username })).getConnection();
    const requests = answerRequests($$, (request) => answer(request, connection));
    return { client: new EngineClient(connection, { target: 'ci-org', ...options }), connection, requests };
  }

  it('GETs the page model from .../v1/status', async () => {
    const model = fixture<PageModel>('engine/v1-status.PageModel.json');
    const { client, requests } = await clientAnswering(() => model);
    assert.deepEqual(await client.status(), model);
    assert.deepEqual(requests, [
      { method: 'GET', url: '/services/apexrest/integration-user-kit/v1/status', body: undefined },
    ]);
  });

  it('GETs the access-review evidence from .../v1/evidence', async () => {
    const evidence = fixture<EvidenceModel>('evidence/v1-evidence.EvidenceModel.json');
    const { client, requests } = await clientAnswering(() => evidence);
    assert.deepEqual(await client.evidence(), evidence);
    assert.deepEqual(requests, [
      { method: 'GET', url: '/services/apexrest/integration-user-kit/v1/evidence', body: undefined },
    ]);
  });

  it('GETs a plan, narrowed to some integrations when asked', async () => {
    const plan = fixture<Plan>('engine/v1-plan.Plan.json');
    const { client, requests } = await clientAnswering(() => plan);
    assert.equal((await client.plan(['ERP_Order_Sync', 'Data_Warehouse_Export'])).planHash, plan.planHash);
    assert.equal(
      requests[0]?.url,
      '/services/apexrest/integration-user-kit/v1/plan?integrations=ERP_Order_Sync%2CData_Warehouse_Export',
    );
  });

  it('POSTs apply with the reviewed plan hash', async () => {
    const result = fixture<ApplyResult>('engine/v1-apply.ApplyResult.json');
    const { client, requests } = await clientAnswering(() => result);
    assert.deepEqual(await client.apply('6f1c0b3e', ['ERP_Order_Sync']), result);
    assert.deepEqual(requests, [
      {
        method: 'POST',
        url: '/services/apexrest/integration-user-kit/v1/apply',
        body: { integrations: ['ERP_Order_Sync'], planHash: '6f1c0b3e' },
      },
    ]);
  });

  it('POSTs user-state with the integration, state and reason', async () => {
    const result = fixture<UserStateResult>('engine/v1-user-state.freeze.UserStateResult.json');
    const { client, requests } = await clientAnswering(() => result);
    assert.equal((await client.setUserState('ERP_Order_Sync', 'FREEZE', 'Key rotation')).state, 'FROZEN');
    assert.deepEqual(requests[0], {
      method: 'POST',
      url: '/services/apexrest/integration-user-kit/v1/user-state',
      body: { integration: 'ERP_Order_Sync', state: 'FREEZE', reason: 'Key rotation' },
    });
  });

  it('puts the namespace prefix in front of the mapping for the packaged engine', async () => {
    const { client, requests } = await clientAnswering(() => fixture('engine/v1-status.PageModel.json'), {
      namespace: 'iuk',
    });
    await client.status();
    assert.equal(requests[0]?.url, '/services/apexrest/iuk/integration-user-kit/v1/status');
  });

  it('says the engine is not deployed, and what to run, when the platform has no such REST resource (404)', async () => {
    const { client } = await clientAnswering(async (_request, connection) => {
      throw await httpErrorFor(connection, 404, fixture('engine/platform.apexrest-not-found.json'));
    });
    await assert.rejects(client.status(), (error: unknown) => {
      assert.ok(error instanceof OrgError);
      assert.equal(error.kind, 'unavailable');
      assert.equal(error.code, 'ENGINE_NOT_DEPLOYED');
      assert.match(error.action ?? '', /npm run iuk -- deploy --target-org ci-org/);
      return true;
    });
  });

  it("keeps the engine's own NOT_FOUND (unknown integration) apart from a missing engine", async () => {
    const { client } = await clientAnswering(async (_request, connection) => {
      throw await httpErrorFor(connection, 404, fixture('engine/error.NOT_FOUND.json'));
    });
    await assert.rejects(client.setUserState('Unknown_Integration', 'FREEZE', 'test'), (error: unknown) => {
      assert.ok(error instanceof OrgError);
      assert.equal(error.code, 'NOT_FOUND');
      assert.equal(error.kind, 'failed');
      assert.match(error.message, /Unknown_Integration/);
      return true;
    });
  });

  it('names the missing custom permission when the engine refuses (403)', async () => {
    const { client } = await clientAnswering(async (_request, connection) => {
      throw await httpErrorFor(connection, 403, fixture('engine/error.NO_PERMISSION.json'));
    });
    await assert.rejects(client.plan(), (error: unknown) => {
      assert.ok(error instanceof OrgError);
      assert.equal(error.code, 'NO_PERMISSION');
      assert.equal(error.kind, 'unavailable');
      assert.match(error.action ?? '', /Manage_Integration_Users/);
      return true;
    });
  });

  it('reports PLAN_CHANGED (409) as a failure that applied nothing', async () => {
    const { client } = await clientAnswering(async (_request, connection) => {
      throw await httpErrorFor(connection, 409, fixture('engine/error.PLAN_CHANGED.json'));
    });
    await assert.rejects(client.apply('stale'), (error: unknown) => {
      assert.ok(error instanceof OrgError);
      assert.equal(error.code, 'PLAN_CHANGED');
      assert.equal(error.kind, 'failed');
      assert.match(error.action ?? '', /Nothing was applied/);
      return true;
    });
  });

  it("reports the engine's INTERNAL_ERROR (500) as a failure with its message", async () => {
    const { client } = await clientAnswering(async (_request, connection) => {
      throw await httpErrorFor(connection, 500, {
        errorCode: 'INTERNAL_ERROR',
        message: 'Attempt to de-reference a null object',
      });
    });
    await assert.rejects(client.status(), (error: unknown) => {
      assert.ok(error instanceof OrgError);
      assert.equal(error.code, 'INTERNAL_ERROR');
      assert.equal(error.kind, 'failed');
      assert.match(error.message, /de-reference a null object/);
      return true;
    });
  });

  it('turns an expired authorisation into the login command to run', async () => {
    const { client } = await clientAnswering(async (_request, connection) => {
      throw await httpErrorFor(connection, 400, {
        error: 'invalid_grant',
        message: 'expired access/refresh token',
      });
    });
    await assert.rejects(client.status(), (error: unknown) => {
      assert.ok(error instanceof OrgError);
      assert.equal(error.code, 'ORG_AUTH_EXPIRED');
      assert.match(error.action ?? '', /sf org login web --alias ci-org/);
      return true;
    });
  });

  it('gives up on a request that never answers, within the bound', async () => {
    const { connection } = await clientAnswering(() => new Promise(() => {}));
    const client = new EngineClient(connection, { timeoutMs: 20 });
    await assert.rejects(client.status(), (error: unknown) => {
      assert.ok(error instanceof OrgError);
      assert.equal(error.code, 'TIMEOUT');
      return true;
    });
  });
});

describe('withTimeout', () => {
  it('passes the answer through when it comes in time', async () => {
    assert.equal(await withTimeout(Promise.resolve(42), 1000, 'x'), 42);
  });
});

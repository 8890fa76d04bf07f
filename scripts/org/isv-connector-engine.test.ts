/**
 * The scripts' side of an ISV's connector (docs/packaging.md, "The ISV path end to end"): against the
 * packaged engine (core namespace in the REST path), a definition that another package installed is
 * named with that package's namespace (`acme__Commerce_Sync`), and the client passes such names
 * through untouched, in the page model, in a plan's query and in a user-state request. The recorded
 * page model is reused with one integration renamed, so it stays what the Apex wrappers return
 * (scripts/contracts checks the recording).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Org } from '@salesforce/core';
import { EngineClient } from './engine-client.js';
import type { PageModel, UserStateResult } from './engine-types.js';
import {
  MockTestOrgData,
  answerRequests,
  fixture,
  useSalesforceTestContext,
  type RecordedRequest,
} from './testing/salesforce-test-context.js';

const CORE = 'iukpkg';
const CONNECTOR = 'acme__Commerce_Sync';

/** The recorded page model with its first integration as the connector's, from another namespace. */
function modelWithConnector(): PageModel {
  const model = fixture<PageModel>('engine/v1-status.PageModel.json');
  const [first] = model.integrations;
  assert.ok(first, 'the recorded page model has an integration');
  first.name = CONNECTOR;
  return model;
}

describe('EngineClient and a definition from another package', () => {
  const $$ = useSalesforceTestContext();
  const testOrg = new MockTestOrgData();

  async function client(answer: (request: RecordedRequest) => unknown) {
    await $$.stubAuths(testOrg);
    const connection = (await Org.create({ aliasOrUsername: testOrg.username })).getConnection();
    const requests = answerRequests($$, answer);
    return { engine: new EngineClient(connection, { namespace: CORE, target: 'subscriber' }), requests };
  }

  it('reads the connector’s integration from the packaged engine, under its own namespace', async () => {
    const { engine, requests } = await client(() => modelWithConnector());
    const model = await engine.status();
    assert.ok(model.integrations.some((integration) => integration.name === CONNECTOR));
    assert.equal(requests[0]?.url, `/services/apexrest/${CORE}/integration-user-kit/v1/status`);
  });

  it('plans and changes it by that name, unchanged', async () => {
    const result = { success: true } as unknown as UserStateResult;
    const { engine, requests } = await client((request) =>
      request.method === 'GET' ? fixture('engine/v1-plan.Plan.json') : result,
    );
    await engine.plan([CONNECTOR]);
    await engine.setUserState(CONNECTOR, 'FREEZE', 'connector paused by the subscriber');
    assert.deepEqual(
      requests.map((request) => [request.method, request.url, request.body]),
      [
        [
          'GET',
          `/services/apexrest/${CORE}/integration-user-kit/v1/plan?integrations=${CONNECTOR}`,
          undefined,
        ],
        [
          'POST',
          `/services/apexrest/${CORE}/integration-user-kit/v1/user-state`,
          { integration: CONNECTOR, state: 'FREEZE', reason: 'connector paused by the subscriber' },
        ],
      ],
    );
  });
});

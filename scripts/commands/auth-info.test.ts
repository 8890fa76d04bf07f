/**
 * auth-info and the "never a secret" rule. The org is @salesforce/core's TestContext with the engine's
 * recorded status; the Metadata API reads are stubbed at jsforce's MetadataApi, and every answer the
 * stub gives carries a consumer key and secret, as if the org handed them out. No command output, human
 * or --json, may contain them, and the global OAuth settings (the one type that holds them) are never
 * read.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { PageModel } from '../org/engine-types.js';
import { fixture } from '../org/testing/salesforce-test-context.js';
import { createAuthInfoCommand } from './auth-info.js';
import { ExitCode } from './command.js';
import { createStatusCommand } from './status.js';
import { ALIAS, orgCommandHarness } from './testing/org-command-harness.js';

const SECRET = 'F00DSECRET0123456789SENTINEL';
const KEY = '3MVG9SENTINELCONSUMERKEY0123456789';

/** The recorded status, with ERP as a client credentials app and a JWT bearer app for the warehouse. */
function model(): PageModel {
  const recorded = fixture<PageModel>('engine/v1-status.PageModel.json');
  const erp = recorded.integrations.find((summary) => summary.name === 'ERP_Order_Sync')!;
  Object.assign(erp, {
    authenticationMethod: 'CLIENT_CREDENTIALS',
    appName: 'IUK_ERP_Order_Sync',
    loginReadiness: 'READY',
  });
  const dwh = recorded.integrations.find((summary) => summary.name === 'Data_Warehouse_Export')!;
  Object.assign(dwh, {
    authenticationMethod: 'JWT_BEARER',
    appName: 'IUK_Data_Warehouse_Export',
    userId: '005xx000001DwhAAA',
    loginReadiness: 'READY',
  });
  return recorded;
}

describe('auth-info', () => {
  const harness = orgCommandHarness();

  /**
   * Every readMetadata answer carries the secrets; records the types asked for. Stubbed on jsforce's
   * MetadataApi prototype, which every connection the command opens shares.
   */
  async function metadataReads(): Promise<string[]> {
    const types: string[] = [];
    await harness.authorise();
    const metadata = Object.getPrototypeOf((await harness.connection()).metadata) as {
      read: (type: string, names: string | string[]) => Promise<unknown>;
    };
    authorised = true;
    harness.answer(() => model());
    // sinon's own types are not installed: the sandbox is typed here by what this test uses.
    const sandbox = harness.$$.SANDBOX as unknown as {
      stub(
        object: object,
        method: string,
      ): { callsFake(fake: (type: string, names: string | string[]) => unknown): void };
    };
    sandbox.stub(metadata, 'read').callsFake((type: string, names: string | string[]) => {
      types.push(type);
      const record = (fullName: string) => ({
        fullName,
        consumerKey: KEY,
        consumerSecret: SECRET,
        commaSeparatedOauthScopes: 'Api',
        clientCredentialsFlowUser: 'erp.integration@acme.example.com.00dxx0000001abc',
        isClientCredentialsFlowEnabled: 'true',
        permittedUsersPolicyType: 'AdminApprovedPreAuthorized',
      });
      return Promise.resolve(Array.isArray(names) ? names.map(record) : record(names));
    });
    return types;
  }

  let authorised = false;
  async function run(argv: string[], command: Parameters<typeof harness.run>[0] = createAuthInfoCommand()) {
    if (!authorised) {
      await harness.authorise();
      harness.answer(() => model());
      authorised = true;
    }
    return harness.run(command, argv);
  }
  beforeEach(() => {
    authorised = false;
  });

  it('client credentials: the My Domain token endpoint, the grant type, the scope, where to read the key and secret', async () => {
    const types = await metadataReads();
    const result = await run(['ERP_Order_Sync', '-o', ALIAS]);
    assert.equal(result.code, ExitCode.ok, result.err.join('\n'));
    const text = result.out.join('\n');
    assert.match(text, /Token endpoint: +https:\/\/acme\.my\.salesforce\.com\/services\/oauth2\/token/);
    assert.match(text, /Grant type: +client_credentials$/m);
    assert.match(text, /Scope: +api$/m);
    assert.match(
      text,
      /Setup > Quick Find "External Client App Manager" > ERP Order Sync \(IUK_ERP_Order_Sync\) > Settings > OAuth Settings > Consumer Key and Secret/,
    );
    assert.match(text, /"View all External Client Apps, view their settings, and edit their policies"/);
    assert.match(text, /App status: +READY/);
    assert.ok(!types.includes('ExtlClntAppGlobalOauthSettings'), `read only ${types.join(', ')}`);
  });

  it('JWT bearer: the claims to sign (sub = the user, aud = test.salesforce.com in a sandbox), and no secret is needed', async () => {
    await metadataReads();
    const result = await run(['data_warehouse_export', '-o', ALIAS, '--json']);
    const info = result.json<{ result: Record<string, unknown> }>().result;
    assert.equal(info.grantType, 'urn:ietf:params:oauth:grant-type:jwt-bearer');
    assert.deepEqual(info.jwtClaims, {
      iss: '<consumer key>',
      sub: 'dwh.integration@acme.example.com.00dxx0000001abc',
      aud: 'https://test.salesforce.com',
    });
    assert.match(String((info.credentials as { what: string }).what), /consumer key only/);
  });

  it('an integration the org does not have: exit 5 with the names it has', async () => {
    await metadataReads();
    const result = await run(['Nope', '-o', ALIAS]);
    assert.equal(result.code, ExitCode.orgFailed);
    assert.match(
      result.err.join('\n'),
      /No integration named Nope is deployed[\s\S]*Known: ERP_Order_Sync, Data_Warehouse_Export/,
    );
  });

  it('never prints a consumer key or secret, in any output of auth-info or status', async () => {
    await metadataReads();
    const outputs: string[] = [];
    for (const argv of [
      ['ERP_Order_Sync', '-o', ALIAS],
      ['ERP_Order_Sync', '-o', ALIAS, '--json'],
      ['Data_Warehouse_Export', '-o', ALIAS, '--json'],
    ]) {
      const result = await run(argv);
      outputs.push(...result.out, ...result.err);
    }
    for (const argv of [
      ['-o', ALIAS],
      ['-o', ALIAS, '--json'],
    ]) {
      const result = await run(argv, createStatusCommand());
      outputs.push(...result.out, ...result.err);
    }
    const all = outputs.join('\n');
    assert.ok(all.includes('IUK_ERP_Order_Sync'), 'the outputs are real');
    assert.ok(!all.includes(SECRET) && !all.includes(KEY), 'no consumer key or secret in any output');
  });
});

/**
 * @salesforce/core's own test support (TestContext, MockTestOrgData), which is written for mocha's
 * global hooks, wired to node:test. `new TestContext({ setup: false })` skips the mocha hooks; we call
 * its init/restore around every test instead, exactly as its `setup()` would.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach } from 'node:test';
import { HttpApi } from '@jsforce/jsforce-node/lib/http-api.js';
import { MockTestOrgData, TestContext } from '@salesforce/core/testSetup';
import type { Connection } from '@salesforce/core';

export { MockTestOrgData, TestContext };

// TestContext keeps its alias file in os.tmpdir()/.sfdx, shared by every process on the machine: test
// files running at the same time (and other checkouts' test runs) would read each other's half-written
// file. Each test process gets a temporary folder of its own, removed when it exits.
const ownTmp = mkdtempSync(join(tmpdir(), 'iuk-sf-test-'));
process.env.TMPDIR = ownTmp;
process.on('exit', () => rmSync(ownTmp, { recursive: true, force: true }));

/** The repository root (where sfdx-project.json is), found from the working directory. */
export function repoRoot(): string {
  let directory = process.cwd();
  while (!existsSync(join(directory, 'sfdx-project.json'))) {
    const parent = dirname(directory);
    if (parent === directory)
      throw new Error(`Run the tests inside the repository (no sfdx-project.json above ${process.cwd()}).`);
    directory = parent;
  }
  return directory;
}

const FIXTURES = join(repoRoot(), 'scripts', 'org', '__fixtures__');

/** A TestContext that is initialised before and restored after each test of the calling file. */
export function useSalesforceTestContext(): TestContext {
  const $$ = new TestContext({ setup: false });
  beforeEach(() => {
    $$.init();
  });
  afterEach(() => {
    $$.restore();
  });
  return $$;
}

/** Reads a recorded response from scripts/org/__fixtures__/<relativePath>. */
export function fixture<T = unknown>(relativePath: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, relativePath), 'utf8')) as T;
}

/** One request as the code under test passed it to Connection.request. */
export interface RecordedRequest {
  method: string;
  url: string;
  body: unknown;
}

/** Routes every Connection.request of the test through `answer` (TestContext stubs the transport). */
export function answerRequests(
  $$: TestContext,
  answer: (request: RecordedRequest) => unknown | Promise<unknown>,
): RecordedRequest[] {
  const requests: RecordedRequest[] = [];
  $$.fakeConnectionRequest = (async (request: unknown) => {
    const recorded = recordRequest(request);
    requests.push(recorded);
    return answer(recorded);
  }) as TestContext['fakeConnectionRequest'];
  return requests;
}

/** Normalises what `$$.fakeConnectionRequest` receives into method, url and parsed body. */
export function recordRequest(request: unknown): RecordedRequest {
  if (typeof request === 'string') return { method: 'GET', url: request, body: undefined };
  const { method, url, body } = request as { method?: string; url: string; body?: string };
  return { method: method ?? 'GET', url, body: body === undefined ? undefined : JSON.parse(body) };
}

/**
 * The error jsforce itself throws for an HTTP error answer: its HttpApi.getError turns the status and
 * body into the HttpApiError that Connection.request rejects with. Feeding recorded bodies through
 * it keeps the tests honest about what the client really receives.
 */
export async function httpErrorFor(
  connection: Connection,
  statusCode: number,
  body: unknown,
): Promise<Error> {
  const api = new HttpApi(connection, {});
  return api.getError({
    statusCode,
    headers: { 'content-type': 'application/json;charset=UTF-8' },
    body: JSON.stringify(body),
  } as never);
}

/** Answers the two SOQL queries every org command makes first (Organization, UserLicense). */
export function orgQueryAnswer(
  url: string,
  org: {
    isSandbox?: boolean;
    trialExpirationDate?: string | null;
    organizationType?: string;
    license?: boolean;
  } = {},
): unknown {
  if (url.includes('FROM%20Organization') || url.includes('FROM+Organization')) {
    return {
      totalSize: 1,
      done: true,
      records: [
        {
          attributes: {
            type: 'Organization',
            url: '/services/data/v63.0/sobjects/Organization/00Dxx0000001abcEAA',
          },
          Id: '00Dxx0000001abcEAA',
          Name: 'Acme Corporation',
          IsSandbox: org.isSandbox ?? true,
          TrialExpirationDate: org.trialExpirationDate === undefined ? '2026-12-01' : org.trialExpirationDate,
          OrganizationType: org.organizationType ?? 'Developer Edition',
        },
      ],
    };
  }
  if (url.includes('FROM%20UserLicense') || url.includes('FROM+UserLicense')) {
    const records =
      org.license === false
        ? []
        : [
            {
              attributes: {
                type: 'UserLicense',
                url: '/services/data/v63.0/sobjects/UserLicense/100xx000000AbcAAE',
              },
              Name: 'Salesforce Integration',
              TotalLicenses: 5,
              UsedLicenses: 2,
            },
          ];
    return { totalSize: records.length, done: true, records };
  }
  return undefined;
}

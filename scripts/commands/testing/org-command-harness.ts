/**
 * Runs an org command against @salesforce/core's TestContext: the auth files, aliases and HTTP
 * transport are Salesforce's own test doubles, so the command goes through the real Org, Connection
 * and jsforce code; only the answers are recorded responses.
 */
import type { Command } from '../command.js';
import {
  MockTestOrgData,
  answerRequests,
  orgQueryAnswer,
  useSalesforceTestContext,
  type RecordedRequest,
} from '../../org/testing/salesforce-test-context.js';
import type { Connection } from '@salesforce/core';
import { Org } from '@salesforce/core';

export const ALIAS = 'ci-org';

export interface CommandRun {
  code: number;
  out: string[];
  err: string[];
  /** The parsed --json document on stdout. */
  json<T = { status: number; result: unknown }>(): T;
}

export interface OrgShape {
  isSandbox?: boolean;
  trialExpirationDate?: string | null;
  organizationType?: string;
  license?: boolean;
}

export function orgCommandHarness() {
  const $$ = useSalesforceTestContext();
  const testOrg = new MockTestOrgData();

  return {
    $$,
    /** Authorises the mock org under ALIAS, as `sf org login web --alias ci-org` would. */
    async authorise(): Promise<void> {
      await $$.stubAuths(testOrg);
      $$.stubAliases({ [ALIAS]: testOrg.username });
    },
    /** A connection to the authorised mock org (for building jsforce's own HTTP errors). */
    async connection(): Promise<Connection> {
      return (await Org.create({ aliasOrUsername: testOrg.username })).getConnection();
    },
    /**
     * Answers the org checks (Organization, UserLicense) from `org`, and everything else with
     * `engine`. Returns the list every request is recorded in.
     */
    answer(
      engine: (request: RecordedRequest) => unknown | Promise<unknown>,
      org: OrgShape = {},
    ): RecordedRequest[] {
      return answerRequests($$, (request) => orgQueryAnswer(request.url, org) ?? engine(request));
    },
    async run(command: Command, argv: string[], cwd = process.cwd()): Promise<CommandRun> {
      const out: string[] = [];
      const err: string[] = [];
      const code = await command.run({
        argv,
        cwd,
        out: (line) => out.push(line),
        err: (line) => err.push(line),
      });
      return {
        code,
        out,
        err,
        json: <T>() => JSON.parse(out.join('\n')) as T,
      };
    },
  };
}

/** The engine requests among the recorded ones (the org checks are SOQL queries). */
export function engineRequests(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter((request) => request.url.includes('/services/apexrest/'));
}

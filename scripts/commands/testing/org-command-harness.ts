/**
 * Runs an org command against @salesforce/core's TestContext: the auth files, aliases and HTTP
 * transport are Salesforce's own test doubles, so the command goes through the real Org, Connection
 * and jsforce code; only the answers are recorded responses.
 */
import type { CommandSpec } from '../command.js';
import type { FlagSpecs } from '../flags.js';
import { runCommand } from '../launcher.js';
import { capture, type CommandRun } from './capture.js';
import {
  MockTestOrgData,
  answerRequests,
  orgQueryAnswer,
  repoRoot,
  useSalesforceTestContext,
  type RecordedRequest,
} from '../../org/testing/salesforce-test-context.js';
import type { Connection } from '@salesforce/core';
import { Org } from '@salesforce/core';

export const ALIAS = 'ci-org';

export type { CommandRun };

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
    answer(engine: (request: RecordedRequest) => unknown, org: OrgShape = {}): RecordedRequest[] {
      return answerRequests($$, (request) => orgQueryAnswer(request.url, org) ?? engine(request));
    },
    /** Runs the command through the launcher adapter (adapters.test.ts shows sf's answers the same). */
    async run(
      command: CommandSpec<FlagSpecs, unknown>,
      argv: string[],
      options: { cwd?: string; terminal?: { answer: boolean } } = {},
    ): Promise<CommandRun & { asked: string[] }> {
      const captured = capture(options.terminal);
      const code = await runCommand(command, argv, {
        cwd: options.cwd ?? process.cwd(),
        root: repoRoot(),
        streams: captured.streams,
      });
      return { ...captured.finish(code), asked: captured.asked };
    },
  };
}

/** The engine requests among the recorded ones (the org checks are SOQL queries). */
export function engineRequests(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter((request) => request.url.includes('/services/apexrest/'));
}

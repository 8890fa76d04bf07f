/**
 * What every org command shares: opening the org the --target-org flag resolved, with the checks that
 * must pass before anything else happens, and the engine client. Heavy modules (@salesforce/core,
 * jsforce) load here, only when an org command runs.
 */
import type { EngineClient } from '../org/engine-client.js';
import type { OrgSession } from '../org/connection.js';
import type { OrgFacts } from '../org/org-facts.js';
import type { TargetOrg } from './command.js';

export interface OpenOrg {
  session: OrgSession;
  facts: OrgFacts;
}

/** The org as results describe it. */
export interface OrgSummary {
  id: string;
  name: string;
  kind: OrgFacts['kind'];
  username: string;
}

/**
 * Checks the org can hold integration users at all. Runs before any command does something, so an
 * expired login or a missing licence stops the command at once.
 */
export async function openOrg(org: TargetOrg): Promise<OpenOrg> {
  const [{ sessionFor }, { describeConnectionFailure }, { readOrgFacts, requireIntegrationLicense }] =
    await Promise.all([
      import('../org/connection.js'),
      import('../org/errors.js'),
      import('../org/org-facts.js'),
    ]);
  const session = await sessionFor(org);
  let facts: OrgFacts;
  try {
    facts = await readOrgFacts(session.connection);
  } catch (error) {
    throw describeConnectionFailure(error, session.target);
  }
  requireIntegrationLicense(facts);
  return { session, facts };
}

export async function engineFor(
  open: OpenOrg,
  namespace: string | undefined,
  minutes: number,
): Promise<EngineClient> {
  const { EngineClient } = await import('../org/engine-client.js');
  return new EngineClient(open.session.connection, {
    target: open.session.target,
    timeoutMs: minutes * 60_000,
    ...(namespace ? { namespace } : {}),
  });
}

/** A one-line description of the org, for the first line of every command. */
export function describeOrg(open: OpenOrg): string {
  const { facts, session } = open;
  return `${facts.name} (${facts.orgId}, ${facts.kind}) as ${session.username}`;
}

export function orgSummary(open: OpenOrg): OrgSummary {
  return {
    id: open.facts.orgId,
    name: open.facts.name,
    kind: open.facts.kind,
    username: open.session.username,
  };
}

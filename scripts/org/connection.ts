import { Org, StateAggregator, type Connection } from '@salesforce/core';
import { describeConnectionFailure } from './errors.js';

// Kept here too: the org layer's callers import it from the connection module.
export { describeConnectionFailure };

/** An authorised org, as the sf CLI stored it (`sf org login ...`). */
export interface OrgSession {
  connection: Connection;
  username: string;
  /** How messages name the org: its alias, else its username. */
  target: string;
}

/**
 * Resolves `--target-org` (alias or username) as sf's Flags.requiredOrg does: the named org, else the
 * sf default target-org. Reads the CLI's own auth files through @salesforce/core, so anything
 * `sf org login` created works without a second login. Failures become OrgErrors that say what to run.
 */
export async function resolveTargetOrg(targetOrg?: string): Promise<Org> {
  try {
    return await Org.create(targetOrg ? { aliasOrUsername: targetOrg } : {});
  } catch (error) {
    throw describeConnectionFailure(error, targetOrg);
  }
}

/** The session for an org the CLI resolved: its connection, username and alias. */
export async function sessionFor(org: Org): Promise<OrgSession> {
  const username = org.getUsername() ?? '';
  let alias: string | undefined;
  try {
    alias = (await StateAggregator.getInstance()).aliases.get(username) ?? undefined;
  } catch {
    alias = undefined;
  }
  return { connection: org.getConnection(), username, target: alias ?? username };
}

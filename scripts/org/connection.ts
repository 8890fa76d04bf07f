import { Org, type Connection } from '@salesforce/core';
import { OrgError, loginCommand } from './errors.js';

/** An authorised org, as the sf CLI stored it (`sf org login ...`). */
export interface OrgSession {
  connection: Connection;
  username: string;
  /** What the user typed (alias or username), for messages. */
  target: string;
}

const SUGGESTED_ALIAS = 'my-org';

/**
 * Opens the org the sf CLI authorised under `targetOrg` (alias or username), or the default
 * target-org when none is given. Reads the CLI's own auth files through @salesforce/core, so
 * anything `sf org login` created works here without a second login.
 */
export async function connectToOrg(targetOrg?: string): Promise<OrgSession> {
  try {
    const org = await Org.create(targetOrg ? { aliasOrUsername: targetOrg } : {});
    const connection = org.getConnection();
    const username = org.getUsername() ?? targetOrg ?? '';
    return { connection, username, target: targetOrg ?? username };
  } catch (error) {
    throw describeConnectionFailure(error, targetOrg);
  }
}

/**
 * Turns the errors @salesforce/core and jsforce raise for missing, expired or unreachable orgs into
 * an OrgError that says what to run. Anything else is returned unchanged.
 */
export function describeConnectionFailure(error: unknown, targetOrg?: string): unknown {
  if (!(error instanceof Error) || error instanceof OrgError) return error;
  const alias = targetOrg ?? SUGGESTED_ALIAS;
  const text = `${error.name} ${error.message}`;
  if (error.name === 'NamedOrgNotFoundError') {
    return new OrgError(
      'unavailable',
      'ORG_NOT_AUTHORISED',
      `No org is authorised as "${alias}".`,
      `Run: ${loginCommand(alias)}   (or pass --target-org with an alias from \`sf org list\`)`,
    );
  }
  if (error.name === 'NoUsernameFoundError' || error.name === 'NoDefaultEnvError') {
    return new OrgError(
      'unavailable',
      'ORG_NOT_AUTHORISED',
      'No --target-org was given and the sf CLI has no default org.',
      `Run: ${loginCommand(SUGGESTED_ALIAS)} --set-default   (or pass --target-org <alias>)`,
    );
  }
  if (/invalid_grant|expired access\/refresh token|INVALID_SESSION_ID|RefreshTokenAuthError/i.test(text)) {
    return new OrgError(
      'unavailable',
      'ORG_AUTH_EXPIRED',
      `The authorisation for "${alias}" has expired or was revoked.`,
      `Run: ${loginCommand(alias)}`,
    );
  }
  if (/ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|getaddrinfo/.test(text)) {
    return new OrgError(
      'unavailable',
      'ORG_UNREACHABLE',
      `The org "${alias}" cannot be reached (${error.message}). A deleted scratch org or no network looks like this.`,
      `Check the network, or re-authorise with: ${loginCommand(alias)}`,
    );
  }
  return error;
}

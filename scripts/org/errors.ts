/**
 * One error type for everything that goes wrong while talking to an org. `kind` decides the exit
 * code (commands map it), `action` tells the admin what to run or fix next.
 */
export type OrgErrorKind =
  /** No usable org: not authorised, expired auth, missing licence, engine not deployed, no permission. */
  | 'unavailable'
  /** The org answered, with failures: deploy errors, failed tests, changed plan, timeouts. */
  | 'failed';

export class OrgError extends Error {
  constructor(
    readonly kind: OrgErrorKind,
    /** A stable code scripts can match on, e.g. ENGINE_NOT_DEPLOYED. */
    readonly code: string,
    message: string,
    readonly action?: string,
  ) {
    super(message);
    this.name = 'OrgError';
  }
}

/**
 * True for an OrgError, also one from another copy of this module (a module loaded both by require
 * and by a dynamic import can exist twice, e.g. under tsx), so the class is compared by shape.
 */
export function isOrgError(error: unknown): error is OrgError {
  return (
    error instanceof OrgError ||
    (error instanceof Error &&
      error.name === 'OrgError' &&
      typeof (error as Partial<OrgError>).code === 'string' &&
      ((error as Partial<OrgError>).kind === 'unavailable' || (error as Partial<OrgError>).kind === 'failed'))
  );
}

/** The command that authorises an org under an alias, as the sf CLI spells it. */
export function loginCommand(alias: string): string {
  return `sf org login web --alias ${alias}`;
}

const SUGGESTED_ALIAS = 'my-org';

/**
 * Turns the errors @salesforce/core and jsforce raise for missing, expired or unreachable orgs into
 * an OrgError that says what to run. Anything else is returned unchanged.
 */
export function describeConnectionFailure(error: unknown, targetOrg?: string): unknown {
  if (!(error instanceof Error) || isOrgError(error)) return error;
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

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

/** The command that authorises an org under an alias, as the sf CLI spells it. */
export function loginCommand(alias: string): string {
  return `sf org login web --alias ${alias}`;
}

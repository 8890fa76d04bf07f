/**
 * A definition drafted in the org, in the definitions file's format (scripts/definitions/draft.ts):
 * one integration entry and the login restrictions of its profile.
 */
export interface Draft {
  integration: Record<string, unknown> & { name?: unknown; profile?: unknown };
  profileRestrictions?: {
    loginIpRanges?: { start: string; end: string; description?: string }[];
    loginHours?: Record<string, string>;
  } & Record<string, unknown>;
}

/**
 * Known false positives of apexlink on this project's code. apexlink's Apex standard library and
 * SObject schema are API 61 (jars standard-types-61.0.0, sobject-types-61.0.0) while the project is on
 * API 63, so a standard class, method or field added after API 61 is reported as unknown although the
 * platform has it. Each entry names what it allows and why; an entry that no longer matches anything
 * is reported as a warning so the list stays short. Never add a pattern that matches broadly (".*").
 *
 * To add one: confirm the API exists at the project's API version (salesforce-facts.md or the Apex
 * reference), then add { message, reason } with the narrowest message pattern, and a file pattern if
 * only one file needs it.
 */
export interface AllowListEntry {
  /** Matched against apexlink's message, e.g. /^Unknown field 'Foo' on SObject 'Schema.User'$/. */
  message: RegExp;
  /** Optional: matched against the path relative to the project root (forward slashes). */
  file?: RegExp;
  /** Why this is a false positive: which API version added it. */
  reason: string;
}

export const APEXLINK_ALLOW_LIST: readonly AllowListEntry[] = [];

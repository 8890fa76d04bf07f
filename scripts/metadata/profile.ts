/**
 * Generated profiles: every one is a custom profile on the Salesforce Integration licence with API-only
 * access (ApiEnabled, ApiUserOnly) and nothing else; restricted ones add login IP ranges and login hours. Object access never
 * goes on the profile (the licence rejects most of it, and permission sets are the least-privilege
 * tool). Children follow Profile's Metadata API order (salesforce-facts.md §2).
 */
import type { ResolvedProfile } from '../definitions/model.js';
import type { ResolvedLoginHours } from '../definitions/rules/login-hours.js';
import { element, optional, renderDocument, truncate, type XmlElement } from './xml.js';

export function profilePath(profile: ResolvedProfile): string {
  return `profiles/${profile.name}.profile-meta.xml`;
}

export function renderProfile(profile: ResolvedProfile): string {
  return renderDocument('Profile', [
    element('custom', true),
    optional('description', profile.description ? truncate(profile.description, 255) : undefined),
    profile.loginHours.length > 0 ? loginHoursElement(profile.loginHours) : undefined,
    ...profile.loginIpRanges.map((range) =>
      element('loginIpRanges', [
        optional('description', range.description ? truncate(range.description, 255) : undefined),
        element('endAddress', range.endAddress),
        element('startAddress', range.startAddress),
      ]),
    ),
    element('userLicense', profile.userLicense),
    // What Salesforce's own "Minimum Access - API Only Integrations" profile carries for API-only
    // access: retrieved copies (GSA/SF_WorkSpace, Bo01la/Playground) enable ApiEnabled and
    // ApiUserOnly (docs/salesforce-facts.md, "Definitions and generated metadata").
    element('userPermissions', [element('enabled', true), element('name', 'ApiEnabled')]),
    element('userPermissions', [element('enabled', true), element('name', 'ApiUserOnly')]),
  ]);
}

/** ProfileLoginHours lists its fields alphabetically (fridayEnd, fridayStart, mondayEnd, ...). */
function loginHoursElement(hours: ResolvedLoginHours[]): XmlElement {
  const fields: [string, number][] = [];
  for (const window of hours) {
    fields.push([`${window.day}End`, window.end], [`${window.day}Start`, window.start]);
  }
  fields.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return element(
    'loginHours',
    fields.map(([name, minutes]) => element(name, minutes)),
  );
}

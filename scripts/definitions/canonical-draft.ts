/**
 * Drafts in canonical form: what a definition record says, in the definitions file's format. The
 * org's converter (IntegrationUserDefinitionDrafts.cls) produces exactly this form from a record; the
 * definitions file may say the same thing in other words (objects in another order, a default written
 * out). `pull` compares a file's integration with the org's draft in this form, so only real
 * differences are reported, and writes drafts into the file in it.
 */
import { type Draft } from './draft-types.js';
import { IMPLIED } from './rules/least-privilege.js';
import { oneLine } from './rules/object-access.js';
import { parseAddress } from './rules/ip-ranges.js';
import { WEEKDAYS, type Integration, type IpRange, type LoginHours, type Profile } from './schema.js';

export type { Draft } from './draft-types.js';

const PERMISSION_ORDER = Object.keys(IMPLIED);
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sorted = (values: readonly string[] | undefined) => [...(values ?? [])].sort(compare);

/** The canonical draft of a file integration and (when it has restrictions) its profile. */
export function canonicalDraft(integration: Integration, profile?: Profile): Draft {
  const user = integration.user;
  const entry: Record<string, unknown> = {
    name: integration.name,
    label: integration.label,
    externalSystem: integration.externalSystem,
    direction: integration.direction,
    owner: { name: integration.owner.name, email: integration.owner.email },
    justification: integration.justification,
  };
  if (integration.active === false && integration.retired !== true) entry.active = false;
  if (integration.whenInactive === 'deactivate') entry.whenInactive = 'deactivate';
  entry.user = {
    username: user.username,
    email: user.email,
    ...(user.firstName ? { firstName: user.firstName } : {}),
    lastName: user.lastName,
    alias: user.alias,
    timeZone: user.timeZone,
    locale: user.locale,
    language: user.language,
    ...(user.emailEncoding && user.emailEncoding !== 'UTF-8' ? { emailEncoding: user.emailEncoding } : {}),
  };
  entry.profile = integration.profile;
  const objects = [...(integration.objects ?? [])]
    .sort((a, b) => compare(a.object, b.object))
    .map((object) => {
      const read = sorted(object.fields?.read);
      const edit = sorted(object.fields?.edit);
      return {
        object: object.object,
        access: PERMISSION_ORDER.filter((permission) => (object.access as string[]).includes(permission)),
        ...(read.length || edit.length
          ? { fields: { ...(read.length ? { read } : {}), ...(edit.length ? { edit } : {}) } }
          : {}),
        ...(object.justification ? { justification: oneLine(object.justification) } : {}),
      };
    });
  if (objects.length) entry.objects = objects;
  if (integration.permissionSets?.length) entry.permissionSets = sorted(integration.permissionSets);
  if (integration.permissionSetGroups?.length)
    entry.permissionSetGroups = sorted(integration.permissionSetGroups);
  if (integration.removeUnlistedAssignments === true) entry.removeUnlistedAssignments = true;
  const draft: Draft = { integration: entry };
  const restrictions = canonicalRestrictions(profile);
  if (restrictions) draft.profileRestrictions = restrictions;
  return draft;
}

/** A profile's login IP ranges (start/end, canonical addresses, in the record's order) and hours. */
function canonicalRestrictions(profile: Profile | undefined): Draft['profileRestrictions'] | undefined {
  if (!profile) return undefined;
  const ranges = (profile.loginIpRanges ?? [])
    .map((range) => startEnd(range))
    .filter((range): range is NonNullable<ReturnType<typeof startEnd>> => range !== undefined)
    .sort((a, b) => a.version - b.version || (a.first < b.first ? -1 : a.first > b.first ? 1 : 0))
    .map(({ start, end, description }) => ({ start, end, ...(description ? { description } : {}) }));
  const hours = canonicalHours(profile.loginHours);
  if (ranges.length === 0 && !hours) return undefined;
  return { ...(ranges.length ? { loginIpRanges: ranges } : {}), ...(hours ? { loginHours: hours } : {}) };
}

function startEnd(range: IpRange) {
  const description = range.description?.trim() || undefined;
  if ('cidr' in range) {
    const [address, prefixText] = range.cidr.split('/');
    const parsed = parseAddress(address ?? '');
    if (!parsed) return undefined;
    const bits = parsed.version === 4 ? 32 : 128;
    const hostMask = (1n << BigInt(bits - Number(prefixText))) - 1n;
    const first = parsed.value & ~hostMask & ((1n << BigInt(bits)) - 1n);
    const last = first | hostMask;
    return {
      start: formatOf(first, parsed.version),
      end: formatOf(last, parsed.version),
      description,
      version: parsed.version,
      first,
    };
  }
  const start = parseAddress(range.start);
  const end = parseAddress(range.end);
  if (!start || !end) return undefined;
  return { start: start.text, end: end.text, description, version: start.version, first: start.value };
}

function formatOf(value: bigint, version: 4 | 6): string {
  const bytes = version === 4 ? 4 : 16;
  const parts: number[] = [];
  for (let index = bytes - 1; index >= 0; index--) parts.push(Number((value >> BigInt(index * 8)) & 0xffn));
  if (version === 4) return parts.join('.');
  const groups: string[] = [];
  for (let index = 0; index < 16; index += 2)
    groups.push(((parts[index]! << 8) | parts[index + 1]!).toString(16));
  return parseAddress(groups.join(':'))!.text;
}

function canonicalHours(hours: LoginHours | undefined): Record<string, string> | undefined {
  if (!hours) return undefined;
  const result: Record<string, string> = {};
  for (const day of WEEKDAYS) {
    const window = hours[day];
    if (window !== undefined) result[day] = window;
  }
  return Object.keys(result).length ? result : undefined;
}

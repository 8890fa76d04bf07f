/**
 * Least privilege: the permission set generated for an integration grants exactly what it lists.
 * Object permissions must be internally consistent (the platform rejects "edit without read"), and
 * anything that bypasses sharing or administers the org needs a written justification.
 */
import type { Integration, ObjectPermissionName } from '../schema.js';
import type { PathSegment, ProblemList } from '../problems.js';
import { DANGEROUS_USER_PERMISSION_NAMES } from '../policy/dangerous-permissions.js';

/** What each object permission needs alongside it, as Salesforce enforces. */
export const IMPLIED: Record<ObjectPermissionName, ObjectPermissionName[]> = {
  read: [],
  create: ['read'],
  edit: ['read'],
  delete: ['read', 'edit'],
  viewAll: ['read'],
  modifyAll: ['read', 'edit', 'delete', 'viewAll'],
};

/** Object permissions that bypass sharing: allowed only with a justification. */
export const SHARING_BYPASS: ObjectPermissionName[] = ['viewAll', 'modifyAll'];

/**
 * User permissions that read or change everything, or administer users and security: the one policy
 * shared with the in-org engine (policy/dangerous-permissions.ts).
 */
export const DANGEROUS_USER_PERMISSIONS = new Set(DANGEROUS_USER_PERMISSION_NAMES);

/** DANGEROUS_USER_PERMISSIONS by lower-case name: a name written in another case is the same permission. */
let dangerousByLowerCase: Map<string, string> | undefined;
function dangerousPermission(name: string): string | undefined {
  dangerousByLowerCase ??= new Map(
    [...DANGEROUS_USER_PERMISSIONS].map((known) => [known.toLowerCase(), known]),
  );
  return dangerousByLowerCase.get(name.toLowerCase());
}

/**
 * Standard objects whose permissions Salesforce accepts only with read access on another object in
 * the same permission set: a deploy fails with "Permission Read Contracts depends on permission(s):
 * Read Accounts". The list and its evidence are in docs/salesforce-facts.md ("Definitions and
 * generated metadata"); the org's own PermissionDependency (Tooling API) is the full truth.
 */
export const OBJECT_DEPENDENCIES: ReadonlyMap<string, readonly string[]> = new Map([
  ['Asset', ['Account']],
  ['Case', ['Account']],
  ['Contact', ['Account']],
  ['Contract', ['Account']],
  ['Opportunity', ['Account']],
  ['Order', ['Account']],
]);

/** Standard objects that have no object permissions of their own, with where their access comes from. */
export const NOT_PERMISSIONABLE: ReadonlyMap<string, string> = new Map([
  [
    'campaignmember',
    'Campaign members take their access from the campaign and from the lead or contact: grant "read" on Campaign and the access needed on Lead or Contact instead.',
  ],
]);

/** Object permissions that write: an integration that only reads from Salesforce has none. */
export const WRITES: ObjectPermissionName[] = ['create', 'edit', 'delete', 'modifyAll'];

export interface ResolvedObjectPermission {
  object: string;
  allowCreate: boolean;
  allowDelete: boolean;
  allowEdit: boolean;
  allowRead: boolean;
  modifyAllRecords: boolean;
  viewAllFields: boolean;
  viewAllRecords: boolean;
}

/**
 * The field permissions of one object. Every listed field is readable; `editable[i]` says whether
 * `fields[i]` is editable as well. Parallel arrays of the parsed names, not an object per field: a wide
 * set of integrations has hundreds of thousands of field permissions.
 */
export interface ResolvedObjectFields {
  object: string;
  /** Field API names without the object prefix, in ordinal order. */
  fields: string[];
  editable: boolean[];
}

/**
 * An integration's field permissions, grouped by object in ordinal object order. Written out in this
 * order they are sorted by "Object.Field" as well: API names hold only letters, digits and
 * underscores, which all sort after ".", so no object name is cut short by another's dot.
 */
export interface ResolvedFieldPermissions {
  /** How many field permissions there are in all. */
  count: number;
  byObject: ResolvedObjectFields[];
}

/** Why an object entry grants what it grants (required for viewAll/modifyAll), as the file says it. */
export interface ResolvedAccessJustification {
  object: string;
  justification: string;
}

export interface ResolvedAccess {
  objectPermissions: ResolvedObjectPermission[];
  fieldPermissions: ResolvedFieldPermissions;
  userPermissions: string[];
  /** One per object entry that has a justification, sorted by object. */
  accessJustifications: ResolvedAccessJustification[];
}

export function resolveAccess(
  integration: Integration,
  path: PathSegment[],
  problems: ProblemList,
): ResolvedAccess {
  const objectPermissions: ResolvedObjectPermission[] = [];
  const accessJustifications: ResolvedAccessJustification[] = [];
  const fieldsByObject: ResolvedObjectFields[] = [];
  let fieldCount = 0;
  const seenObjects = new Map<string, number>();
  (integration.objects ?? []).forEach((entry, index) => {
    const entryPath = [...path, 'objects', index];
    const key = entry.object.toLowerCase();
    if (seenObjects.has(key)) {
      problems.error(
        'object-duplicate',
        [...entryPath, 'object'],
        `${entry.object} is listed twice (also at objects[${seenObjects.get(key)}]).`,
        'Merge the two entries into one.',
      );
      return;
    }
    seenObjects.set(key, index);
    const notPermissionable = NOT_PERMISSIONABLE.get(key);
    if (notPermissionable) {
      problems.error(
        'object-not-permissionable',
        [...entryPath, 'object'],
        `${entry.object} has no object permissions in Salesforce; a permission set cannot grant access to it.`,
        `Remove this entry. ${notPermissionable}`,
      );
      return;
    }
    const access = new Set(entry.access);
    if (integration.direction === 'outbound') {
      const writes = WRITES.filter((permission) => access.has(permission));
      const editsFields = (entry.fields?.edit?.length ?? 0) > 0;
      if (writes.length > 0 || editsFields) {
        problems.warning(
          'direction-write-access',
          writes.length > 0 ? [...entryPath, 'access'] : [...entryPath, 'fields', 'edit'],
          `${integration.name} is outbound (Salesforce data flows out to ${integration.externalSystem}, it never writes to Salesforce) but grants ${writes.length > 0 ? writes.map((name) => `"${name}"`).join(', ') : 'field edit access'} on ${entry.object}.`,
          'Set "direction" to "bidirectional" (or "inbound") if it writes, or remove the write access.',
        );
      }
    }
    for (const permission of access) {
      const missing = IMPLIED[permission].filter((needed) => !access.has(needed));
      if (missing.length > 0) {
        problems.error(
          'object-access-incomplete',
          [...entryPath, 'access'],
          `"${permission}" on ${entry.object} needs ${missing.map((name) => `"${name}"`).join(' and ')} as well; Salesforce rejects it otherwise.`,
          `Add ${missing.map((name) => `"${name}"`).join(', ')} to access, or remove "${permission}".`,
        );
      }
    }
    const bypass = SHARING_BYPASS.filter((permission) => access.has(permission));
    if (bypass.length > 0 && !entry.justification) {
      problems.error(
        'object-access-unjustified',
        [...entryPath, 'access'],
        `${bypass.map((name) => `"${name}"`).join(' and ')} on ${entry.object} bypasses sharing for every record.`,
        'Remove it, or add a "justification" to this object entry that says why the integration must see or change every record.',
      );
    }
    if (entry.justification)
      accessJustifications.push({ object: entry.object, justification: entry.justification });
    objectPermissions.push({
      object: entry.object,
      allowCreate: access.has('create'),
      allowDelete: access.has('delete'),
      allowEdit: access.has('edit'),
      allowRead: access.has('read'),
      modifyAllRecords: access.has('modifyAll'),
      viewAllFields: false,
      viewAllRecords: access.has('viewAll'),
    });
    const fields = resolveFields(entry, entryPath, access, problems);
    if (fields) {
      fieldsByObject.push(fields);
      fieldCount += fields.fields.length;
    }
  });

  reportMissingDependencies(integration, path, problems);
  const userPermissions: string[] = [];
  const seenPermissions = new Set<string>();
  (integration.userPermissions ?? []).forEach((grant, index) => {
    const grantPath = [...path, 'userPermissions', index];
    if (seenPermissions.has(grant.name.toLowerCase())) {
      problems.error(
        'user-permission-duplicate',
        [...grantPath, 'name'],
        `${grant.name} is listed twice.`,
        'Remove the duplicate.',
      );
      return;
    }
    seenPermissions.add(grant.name.toLowerCase());
    const dangerous = dangerousPermission(grant.name);
    if (dangerous && dangerous !== grant.name) {
      problems.error(
        'user-permission-case',
        [...grantPath, 'name'],
        `"${grant.name}" is written in another letter case than the permission's API name.`,
        `Write "${dangerous}".`,
      );
    }
    if (dangerous && !grant.justification) {
      problems.error(
        'user-permission-unjustified',
        grantPath,
        `${dangerous} is a powerful permission: it lets the integration read or change far more than its own data.`,
        `Remove it, or add a "justification" that says why this integration needs ${dangerous}.`,
      );
    }
    if (grant.name.toLowerCase() === 'apienabled') {
      problems.warning(
        'user-permission-redundant',
        grantPath,
        'ApiEnabled comes from the integration profile already.',
        'Remove it from the permission set.',
      );
    }
    userPermissions.push(grant.name);
  });

  if (
    objectPermissions.length === 0 &&
    userPermissions.length === 0 &&
    !integration.permissionSets?.length &&
    !integration.permissionSetGroups?.length
  ) {
    problems.warning(
      'integration-no-access',
      path,
      `${integration.name} grants no access at all; its user could not read anything.`,
      'Add "objects", or assign existing "permissionSets".',
    );
  }
  return {
    objectPermissions: objectPermissions.sort((a, b) => compareText(a.object, b.object)),
    fieldPermissions: {
      count: fieldCount,
      byObject: fieldsByObject.sort((a, b) => compareText(a.object, b.object)),
    },
    userPermissions: userPermissions.sort(compareText),
    accessJustifications: accessJustifications.sort((a, b) => compareText(a.object, b.object)),
  };
}

/** Each object that needs read access on another (OBJECT_DEPENDENCIES) must have it in the same set. */
function reportMissingDependencies(
  integration: Integration,
  path: PathSegment[],
  problems: ProblemList,
): void {
  const objects = integration.objects ?? [];
  const readable = new Set(
    objects.filter((entry) => entry.access.includes('read')).map((entry) => entry.object.toLowerCase()),
  );
  objects.forEach((entry, index) => {
    const canonical = [...OBJECT_DEPENDENCIES.keys()].find(
      (name) => name.toLowerCase() === entry.object.toLowerCase(),
    );
    for (const required of canonical ? (OBJECT_DEPENDENCIES.get(canonical) ?? []) : []) {
      if (readable.has(required.toLowerCase())) continue;
      problems.error(
        'object-dependency-missing',
        [...path, 'objects', index, 'object'],
        `Access to ${entry.object} needs read access to ${required} in the same permission set; Salesforce rejects the permission set otherwise ("Permission ... depends on permission(s): Read ...").`,
        `Add { "object": "${required}", "access": ["read"] } to this integration's objects (fields stay hidden unless listed).`,
      );
    }
  });
}

function resolveFields(
  entry: NonNullable<Integration['objects']>[number],
  entryPath: PathSegment[],
  access: Set<ObjectPermissionName>,
  problems: ProblemList,
): ResolvedObjectFields | undefined {
  const readFields = entry.fields?.read ?? [];
  const editFields = entry.fields?.edit ?? [];
  if (readFields.length + editFields.length === 0) return undefined;
  // Exactly sized: grown by push, two arrays per object would hold twice the slots they use.
  const fields = new Array<string>(readFields.length + editFields.length);
  const editable = new Array<boolean>(readFields.length + editFields.length);
  let count = 0;
  const seen = new Set<string>();
  const objectEditable = access.has('edit') || access.has('create');
  // This loop runs once per field permission (400,000 in the benchmark): no closures, no objects, and
  // paths are built only for problems.
  for (let kind = 0; kind < 2; kind++) {
    const list = kind === 0 ? readFields : editFields;
    for (let index = 0; index < list.length; index++) {
      const field = list[index]!;
      const key = field.toLowerCase();
      if (seen.has(key)) {
        problems.error(
          'field-duplicate',
          [...entryPath, 'fields', kind === 0 ? 'read' : 'edit', index],
          `${entry.object}.${field} is listed under both "read" and "edit".`,
          'List it once: "edit" already includes read access.',
        );
        continue;
      }
      seen.add(key);
      if (kind === 1 && !objectEditable) {
        problems.error(
          'field-edit-without-object-edit',
          [...entryPath, 'fields', 'edit', index],
          `${entry.object}.${field} is editable but the object grants neither "create" nor "edit".`,
          `Move it to "read", or add "edit" to ${entry.object}'s access.`,
        );
      }
      fields[count] = field;
      editable[count++] = kind === 1;
    }
  }
  fields.length = count;
  editable.length = count;
  sortParallel(fields, editable);
  return { object: entry.object, fields, editable };
}

/** Sorts `names` ordinally and applies the same permutation to `flags` (no allocation for short lists). */
export function sortParallel(names: string[], flags: boolean[]): void {
  const length = names.length;
  if (length <= 64) {
    // Insertion sort: the lists are short and often sorted already.
    for (let index = 1; index < length; index++) {
      const name = names[index]!;
      if (name >= names[index - 1]!) continue;
      const flag = flags[index]!;
      let target = index - 1;
      while (target >= 0 && names[target]! > name) {
        names[target + 1] = names[target]!;
        flags[target + 1] = flags[target]!;
        target--;
      }
      names[target + 1] = name;
      flags[target + 1] = flag;
    }
    return;
  }
  const order = Array.from({ length }, (_, index) => index).sort((a, b) => compareText(names[a]!, names[b]!));
  const sortedNames = order.map((index) => names[index]!);
  const sortedFlags = order.map((index) => flags[index]!);
  for (let index = 0; index < length; index++) {
    names[index] = sortedNames[index]!;
    flags[index] = sortedFlags[index]!;
  }
}

/** Ordinal comparison: stable output regardless of the machine's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

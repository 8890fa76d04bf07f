/**
 * `pull`: merging the org's definitions into a definitions file. Pure (no I/O): the command reads the
 * file and the org, this module decides, the command writes. The rules:
 * - nothing the file has is ever dropped: an integration or profile the org lacks stays as it is;
 * - an integration only the org has is added, in the canonical form (canonical-draft.ts), with its
 *   profile when the file lacks that profile (login IP ranges and hours recorded in the org become the
 *   generated profile's; a profile without them is referenced as "existing");
 * - an integration both have is compared in canonical form, so only real differences count; when they
 *   differ the file is kept and the difference reported (a conflict for a definition made in the org,
 *   "deployed from a repository" for one the org got from a file), unless the admin asks for the org's
 *   version of the org-made ones (`prefer: 'org'`). A repository definition never overwrites the file.
 */
import { canonicalDraft, type Draft } from './canonical-draft.js';
import { INTEGRATION_LICENSE } from './model.js';
import type { Integration, Profile } from './schema.js';
import { standardProfile } from './standard-profiles.js';

/** One definition as GET .../v1/definitions returns it (IntegrationUserModels.DefinitionDraft). */
export interface OrgDefinition {
  integration: string;
  definedIn: 'ORG' | 'REPOSITORY';
  retired: boolean;
  draft: Draft;
}

export type Preference = 'file' | 'org';

export interface PullConflict {
  integration: string;
  definedIn: 'ORG' | 'REPOSITORY';
  /** Dotted paths (in the draft: integration.*, profileRestrictions.*) where the two differ. */
  paths: string[];
  /** Which side the merged file has. */
  kept: 'file' | 'org';
}

export interface PullMerge {
  /** The merged file content (a new object; the input is not changed). */
  file: Record<string, unknown>;
  added: string[];
  /** Integrations replaced by the org's version (prefer org, made in the org). */
  updated: string[];
  unchanged: string[];
  /** Integrations the org does not have: kept in the file untouched. */
  onlyInFile: string[];
  /** Different in the file and in the org (kept: which one the merged file has). */
  conflicts: PullConflict[];
  /** Profiles added to the file for an added integration. */
  profilesAdded: string[];
  /** Sentences for the admin about what the merge did or could not do. */
  notes: string[];
}

/** An empty definitions file, for an org-authored setup that has no repository yet. */
export function emptyDefinitionsFile(schemaPath?: string): Record<string, unknown> {
  return { ...(schemaPath ? { $schema: schemaPath } : {}), version: 1, profiles: [], integrations: [] };
}

type Entry = Record<string, unknown>;

const isObject = (value: unknown): value is Entry =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function listOf(file: Entry, key: string): Entry[] {
  const value = file[key];
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/** The file's integration entry as the org would write it, with the restrictions of its profile. */
function canonicalOfFile(entry: Entry, profiles: Entry[]): Draft {
  const profile = profiles.find((item) => item.name === entry.profile && item.existing !== true);
  return canonicalDraft(entry as unknown as Integration, profile as unknown as Profile | undefined);
}

/** Leaf paths where `a` and `b` differ (arrays element by element, a missing key counts). */
export function differingPaths(a: unknown, b: unknown, prefix = ''): string[] {
  if (Array.isArray(a) && Array.isArray(b)) {
    const paths: string[] = [];
    for (let index = 0; index < Math.max(a.length, b.length); index++)
      paths.push(...differingPaths(a[index], b[index], `${prefix}.${index}`));
    return paths;
  }
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((key) => differingPaths(a[key], b[key], prefix ? `${prefix}.${key}` : key));
  }
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [prefix || '(whole definition)'];
}

/** The entry the file gets for an org definition: its canonical integration, retired when it is. */
function entryOf(definition: OrgDefinition): Entry {
  const entry: Entry = { ...definition.draft.integration };
  delete entry.retired;
  if (definition.retired) entry.retired = true;
  return entry;
}

/** The profile entry for an added integration whose profile the file lacks. */
function profileEntryOf(definition: OrgDefinition): Entry {
  const name = String(definition.draft.integration.profile);
  const restrictions = definition.draft.profileRestrictions;
  const restricted = !!(restrictions?.loginIpRanges?.length || restrictions?.loginHours);
  if (!restricted || standardProfile(name)) {
    return { name, existing: true, userLicense: INTEGRATION_LICENSE };
  }
  return {
    name,
    description: `API-only profile of ${definition.integration}, cloned in the org; its login IP ranges and hours as recorded there.`,
    ...(restrictions?.loginIpRanges?.length ? { loginIpRanges: restrictions.loginIpRanges } : {}),
    ...(restrictions?.loginHours ? { loginHours: restrictions.loginHours } : {}),
  };
}

export function mergePull(
  fileInput: Record<string, unknown>,
  orgDefinitions: readonly OrgDefinition[],
  prefer: Preference = 'file',
): PullMerge {
  const file = structuredClone(fileInput);
  const integrations = listOf(file, 'integrations');
  const profiles = listOf(file, 'profiles');
  const result: PullMerge = {
    file,
    added: [],
    updated: [],
    unchanged: [],
    onlyInFile: [],
    conflicts: [],
    profilesAdded: [],
    notes: [],
  };
  const inOrg = new Set(orgDefinitions.map((definition) => definition.integration));

  for (const definition of [...orgDefinitions].sort((a, b) => (a.integration < b.integration ? -1 : 1))) {
    const index = integrations.findIndex((entry) => entry.name === definition.integration);
    if (index < 0) {
      integrations.push(entryOf(definition));
      result.added.push(definition.integration);
      const profileName = definition.draft.integration.profile;
      if (typeof profileName === 'string' && !profiles.some((profile) => profile.name === profileName)) {
        const profile = profileEntryOf(definition);
        profiles.push(profile);
        result.profilesAdded.push(profileName);
        if (profile.existing !== true)
          result.notes.push(
            `Profile "${profileName}" is now generated from the file: the next deploy from the repository writes its login IP ranges and hours over the clone made in Setup.`,
          );
      } else if (definition.draft.profileRestrictions) {
        const existing = profiles.find((profile) => profile.name === profileName)!;
        const paths = differingPaths(
          canonicalOfFile({ ...entryOf(definition), profile: profileName }, [existing]).profileRestrictions,
          definition.draft.profileRestrictions,
          'profileRestrictions',
        );
        if (paths.length)
          result.notes.push(
            `${definition.integration}: the org records other login IP ranges or hours for profile "${String(profileName)}" than the file has (${paths.join(', ')}); the file's profile is kept.`,
          );
      }
      continue;
    }
    const entry = integrations[index]!;
    const fileDraft = canonicalOfFile(entry, profiles);
    const paths = differingPaths(fileDraft, definition.draft);
    if ((entry.retired === true) !== definition.retired) paths.push('integration.retired');
    if (paths.length === 0) {
      result.unchanged.push(definition.integration);
      continue;
    }
    const takeOrg = prefer === 'org' && definition.definedIn === 'ORG';
    if (takeOrg) {
      integrations[index] = entryOf(definition);
      result.updated.push(definition.integration);
      const restrictionPaths = paths.filter((path) => path.startsWith('profileRestrictions'));
      if (restrictionPaths.length)
        result.notes.push(
          `${definition.integration}: the profile's login IP ranges or hours differ (${restrictionPaths.join(', ')}); profiles are shared, so the file's profile is kept: change it by hand if the org's are right.`,
        );
    }
    result.conflicts.push({
      integration: definition.integration,
      definedIn: definition.definedIn,
      paths,
      kept: takeOrg ? 'org' : 'file',
    });
  }
  for (const entry of integrations)
    if (typeof entry.name === 'string' && !inOrg.has(entry.name)) result.onlyInFile.push(entry.name);

  file.integrations = integrations;
  file.profiles = profiles;
  return result;
}

/** Reads GET .../v1/definitions, refusing what is not a definition (the org's answer is input too). */
export function orgDefinitionsOf(list: {
  definitions?: readonly {
    integration?: unknown;
    definedIn?: unknown;
    retired?: unknown;
    draftJson?: unknown;
  }[];
}): OrgDefinition[] {
  if (!Array.isArray(list.definitions)) throw new Error('the answer has no "definitions" list');
  return list.definitions.map((item, index) => {
    const where = `definitions[${index}]`;
    if (typeof item.integration !== 'string' || item.integration === '')
      throw new Error(`${where} has no integration name`);
    if (item.definedIn !== 'ORG' && item.definedIn !== 'REPOSITORY')
      throw new Error(`${where} (${item.integration}): definedIn is ${JSON.stringify(item.definedIn)}`);
    let draft: unknown;
    try {
      draft = JSON.parse(String(item.draftJson));
    } catch {
      throw new Error(`${where} (${item.integration}): draftJson is not JSON`);
    }
    if (!isObject(draft) || !isObject(draft.integration) || draft.integration.name !== item.integration)
      throw new Error(`${where} (${item.integration}): draftJson is not a draft of this integration`);
    return {
      integration: item.integration,
      definedIn: item.definedIn,
      retired: item.retired === true,
      draft: draft as unknown as Draft,
    };
  });
}

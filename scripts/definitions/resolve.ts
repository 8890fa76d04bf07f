/**
 * Cross-field rules and environment resolution: turns a structurally valid file into the model the
 * generator renders. All rules run on every environment, so a mistake in a sandbox override is found
 * before anyone deploys to that sandbox.
 */
import type { DefinitionsFile, Environment, Integration } from './schema.js';
import { quote, type PathSegment, type ProblemList } from './problems.js';
import {
  DEFAULT_PERMISSION_SET_PREFIX,
  DEFAULT_PSL,
  INTEGRATION_LICENSE,
  type EnvironmentSummary,
  type ResolvedDefinitions,
  type ResolvedIntegration,
  type ResolvedProfile,
} from './model.js';
import { compareText, resolveAccess, type ResolvedAccess } from './rules/least-privilege.js';
import { formatIpRangesForRecord, resolveIpRanges } from './rules/ip-ranges.js';
import { formatLoginHoursForRecord, resolveLoginHours } from './rules/login-hours.js';
import { formatAccessJustificationsForRecord, formatObjectAccessForRecord } from './rules/object-access.js';
import { RECORD_FIELD_LENGTHS, type RecordTextField } from './record-limits.js';
import { standardProfile } from './standard-profiles.js';
import { checkLocaleSettings } from './rules/locale-settings.js';
import { resolveAuthentication } from './rules/authentication.js';
import type { CertificateContext } from './rules/certificate.js';

/** Salesforce's maximum username length. */
export const MAX_USERNAME = 80;
const TOKEN = /\{(sandboxName|orgId)\}/g;
/** A username once the environment's suffix is added (tokens stand in as letters). */
const USERNAME_WITH_SUFFIX =
  /^[^@\s]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

export function resolveDefinitions(
  file: string,
  document: DefinitionsFile,
  environmentName: string | undefined,
  problems: ProblemList,
  certificates: CertificateContext = { baseDir: process.cwd(), root: process.cwd(), now: new Date() },
): ResolvedDefinitions | undefined {
  const environments = checkEnvironments(document, problems);
  const selected = pickEnvironment(document, environmentName, problems);
  if (selected === null) return undefined;

  const settings = {
    permissionSetPrefix: document.settings?.permissionSetPrefix ?? DEFAULT_PERMISSION_SET_PREFIX,
    permissionSetLicense: document.settings?.permissionSetLicense ?? DEFAULT_PSL,
    ...(document.settings?.permissionSetLicenseElement
      ? { permissionSetLicenseElement: document.settings.permissionSetLicenseElement }
      : {}),
    ...(document.settings?.namespace ? { namespace: document.settings.namespace } : {}),
  };

  // Resolve every environment once for its problems; keep the selected one's result.
  const targets: (Environment | undefined)[] = document.environments?.length
    ? document.environments
    : [undefined];
  let result: ResolvedDefinitions | undefined;
  // Access does not depend on the environment: resolved (and checked) on the first pass, then reused.
  const resolvedAccess = new Map<Integration, ResolvedAccess>();
  for (const environment of targets) {
    const isSelected = environment?.name === selected?.name;
    // Base-document problems repeat identically in every pass; ProblemList drops the repeats.
    const profiles = resolveProfiles(document, environment, problems);
    const integrations = resolveIntegrations(
      document,
      environment,
      profiles,
      settings.permissionSetPrefix,
      certificates,
      problems,
      resolvedAccess,
    );
    if (isSelected) {
      result = {
        file,
        ...(environment ? { environment: environment.name } : {}),
        environments,
        settings,
        profiles: [...profiles.values()].sort((a, b) => compareText(a.name, b.name)),
        integrations: integrations.sort((a, b) => compareText(a.name, b.name)),
      };
    }
  }
  return result;
}

function checkEnvironments(document: DefinitionsFile, problems: ProblemList): EnvironmentSummary[] {
  const environments = document.environments ?? [];
  const seen = new Map<string, number>();
  environments.forEach((environment, index) => {
    const key = environment.name.toLowerCase();
    if (seen.has(key))
      problems.error(
        'environment-duplicate',
        ['environments', index, 'name'],
        `Environment "${environment.name}" is defined twice (also environments[${seen.get(key)}]).`,
        'Give each environment a unique name.',
      );
    seen.set(key, index);
    const integrationNames = new Set(
      document.integrations.map((integration) => integration.name.toLowerCase()),
    );
    const profileNames = new Set(document.profiles.map((profile) => profile.name.toLowerCase()));
    // A sample username shows whether the suffix keeps usernames in email form.
    const sample = `user@example.com${environment.usernameSuffix ?? ''}`;
    const resolvedSample = sample.replace(TOKEN, 'x');
    if (
      environment.usernameSuffix &&
      (!USERNAME_WITH_SUFFIX.test(resolvedSample) || resolvedSample.includes('..'))
    ) {
      problems.error(
        'username-suffix-invalid',
        ['environments', index, 'usernameSuffix'],
        `With this suffix a username such as user@example.com becomes ${quote(sample)}, which is not in email form.`,
        'Use a suffix that starts with a dot and has no empty parts, such as ".uat" or ".{sandboxName}".',
      );
    }
    (environment.integrations ?? []).forEach((override, overrideIndex) => {
      if (!integrationNames.has(override.name.toLowerCase())) {
        problems.error(
          'environment-unknown-integration',
          ['environments', index, 'integrations', overrideIndex, 'name'],
          `Environment "${environment.name}" overrides integration "${override.name}", which is not defined.`,
          `Use one of: ${document.integrations.map((integration) => integration.name).join(', ') || '(none defined)'}.`,
        );
      }
    });
    (environment.profiles ?? []).forEach((override, overrideIndex) => {
      if (!profileNames.has(override.name.toLowerCase())) {
        problems.error(
          'environment-unknown-profile',
          ['environments', index, 'profiles', overrideIndex, 'name'],
          `Environment "${environment.name}" overrides profile "${override.name}", which is not defined.`,
          `Use one of: ${document.profiles.map((profile) => profile.name).join(', ') || '(none defined)'}.`,
        );
      }
    });
  });
  for (const flag of ['default', 'sandbox'] as const) {
    const flagged = environments
      .map((environment, index) => ({ environment, index }))
      .filter(({ environment }) => environment[flag]);
    if (flagged.length > 1) {
      problems.error(
        `environment-multiple-${flag}`,
        ['environments', flagged[1]!.index, flag],
        `More than one environment is marked "${flag}": ${flagged.map(({ environment }) => environment.name).join(', ')}.`,
        `Mark only one environment "${flag}": true.`,
      );
    }
  }
  if (environments.length > 0 && !environments.some((environment) => environment.default)) {
    problems.error(
      'environment-no-default',
      ['environments'],
      'No environment is marked "default": true, so a plain `generate` would not know which to use.',
      'Add "default": true to the production environment.',
    );
  }
  return environments.map((environment) => ({
    name: environment.name,
    default: environment.default === true,
    sandbox: environment.sandbox === true,
  }));
}

/** undefined = no environments in the file; null = the requested one does not exist. */
function pickEnvironment(
  document: DefinitionsFile,
  name: string | undefined,
  problems: ProblemList,
): Environment | undefined | null {
  const environments = document.environments ?? [];
  if (name === undefined) return environments.find((environment) => environment.default) ?? environments[0];
  const found = environments.find((environment) => environment.name.toLowerCase() === name.toLowerCase());
  if (!found) {
    problems.error(
      'environment-not-found',
      ['environments'],
      `There is no environment named "${name}".`,
      environments.length
        ? `Choose one of: ${environments.map((environment) => environment.name).join(', ')}.`
        : 'Add an "environments" list to the definitions file, or leave out --environment.',
    );
    return null;
  }
  return found;
}

function resolveProfiles(
  document: DefinitionsFile,
  environment: Environment | undefined,
  problems: ProblemList,
): Map<string, ResolvedProfile> {
  const profiles = new Map<string, ResolvedProfile>();
  document.profiles.forEach((profile, index) => {
    const path: PathSegment[] = ['profiles', index];
    const key = profile.name.toLowerCase();
    if (profiles.has(key)) {
      problems.error(
        'profile-duplicate',
        [...path, 'name'],
        `Profile "${profile.name}" is defined twice.`,
        'Give each profile a unique name (names are case-insensitive).',
      );
      return;
    }
    const overrideIndex =
      environment?.profiles?.findIndex((override) => override.name.toLowerCase() === key) ?? -1;
    const override = overrideIndex >= 0 ? environment?.profiles?.[overrideIndex] : undefined;
    const environmentIndex = document.environments?.indexOf(environment as Environment) ?? -1;
    const ipSource = override?.loginIpRanges
      ? {
          ranges: override.loginIpRanges,
          path: ['environments', environmentIndex, 'profiles', overrideIndex, 'loginIpRanges'],
        }
      : { ranges: profile.loginIpRanges ?? [], path: [...path, 'loginIpRanges'] };
    const hoursSource = override?.loginHours
      ? {
          hours: override.loginHours,
          path: ['environments', environmentIndex, 'profiles', overrideIndex, 'loginHours'],
        }
      : { hours: profile.loginHours, path: [...path, 'loginHours'] };
    const existing = profile.existing === true;
    const standard = standardProfile(profile.name);
    if (!existing && standard) {
      problems.error(
        'profile-standard-name',
        [...path, 'name'],
        `"${profile.name}" is the name of a standard profile (${standard.label}); generating it would deploy over that profile.`,
        `Mark it "existing": true to use the standard profile as it is, or give the generated profile a name of its own (for example "Integration - ${profile.name}").`,
      );
    }
    const userLicense = profile.userLicense ?? standard?.userLicense;
    if (existing && userLicense === undefined) {
      problems.warning(
        'profile-existing-license-unstated',
        path,
        `Profile "${profile.name}" already exists in the org and its licence is not stated; it is assumed to be on ${INTEGRATION_LICENSE}.`,
        `State it: "userLicense": "${INTEGRATION_LICENSE}" (the engine's preflight checks the real licence in the org).`,
      );
    }
    if (!existing && profile.userLicense !== undefined && profile.userLicense !== INTEGRATION_LICENSE) {
      problems.error(
        'profile-generated-wrong-license',
        [...path, 'userLicense'],
        `Generated profiles are integration profiles, but this one names the licence "${profile.userLicense}".`,
        `Remove userLicense (generated profiles are on ${INTEGRATION_LICENSE}), or mark the profile "existing" if it is another one already in the org.`,
      );
    }
    if (existing && (ipSource.ranges.length > 0 || hoursSource.hours)) {
      problems.error(
        'profile-existing-restrictions',
        path,
        `Profile "${profile.name}" is marked "existing", so it is not generated and its IP ranges or login hours would be ignored.`,
        'Remove loginIpRanges/loginHours, or drop "existing" and give the profile a name of its own so the generator writes it.',
      );
    }
    const loginIpRanges = resolveIpRanges(ipSource.ranges, ipSource.path as PathSegment[], problems);
    const loginHours = hoursSource.hours
      ? resolveLoginHours(hoursSource.hours, hoursSource.path as PathSegment[], problems)
      : [];
    checkRecordLength(
      'Login_Ip_Ranges__c',
      formatIpRangesForRecord(loginIpRanges),
      ipSource.path as PathSegment[],
      'Shorten the range descriptions or merge adjacent ranges.',
      problems,
    );
    checkRecordLength(
      'Login_Hours__c',
      formatLoginHoursForRecord(loginHours),
      hoursSource.path as PathSegment[],
      'Shorten the login hours.',
      problems,
    );
    profiles.set(key, {
      name: profile.name,
      ...(profile.description ? { description: profile.description } : {}),
      existing,
      userLicense: userLicense ?? INTEGRATION_LICENSE,
      loginIpRanges,
      loginHours,
    });
  });
  return profiles;
}

function resolveIntegrations(
  document: DefinitionsFile,
  environment: Environment | undefined,
  profiles: Map<string, ResolvedProfile>,
  prefix: string,
  certificates: CertificateContext,
  problems: ProblemList,
  resolvedAccess: Map<Integration, ResolvedAccess>,
): ResolvedIntegration[] {
  const result: ResolvedIntegration[] = [];
  const names = new Map<string, number>();
  /** Resolved username (lower case) → the integration using it, and its username when not overridden. */
  const usernames = new Map<string, { index: number; base?: string }>();
  const aliases = new Map<string, number>();
  const usedProfiles = new Set<string>();
  const environmentIndex = environment ? (document.environments ?? []).indexOf(environment) : -1;
  /** Generated permission set name (lower case) → the integration it belongs to. */
  const generatedSets = new Map(
    document.integrations.map((integration) => [
      `${prefix}${integration.name}`.toLowerCase(),
      integration.name,
    ]),
  );
  document.integrations.forEach((integration, index) => {
    const path: PathSegment[] = ['integrations', index];
    const nameKey = integration.name.toLowerCase();
    if (names.has(nameKey)) {
      problems.error(
        'integration-duplicate',
        [...path, 'name'],
        `Integration "${integration.name}" is defined twice (also integrations[${names.get(nameKey)}]).`,
        'Give each integration a unique API name (API names are case-insensitive).',
      );
      return;
    }
    names.set(nameKey, index);
    const profile = profiles.get(integration.profile.toLowerCase());
    if (!profile) {
      problems.error(
        'profile-undefined',
        [...path, 'profile'],
        `Profile "${integration.profile}" is not defined in "profiles".`,
        `Use one of: ${[...profiles.values()].map((candidate) => candidate.name).join(', ') || '(none defined)'}, or add it to "profiles".`,
      );
    } else {
      usedProfiles.add(profile.name.toLowerCase());
      if (profile.userLicense !== INTEGRATION_LICENSE) {
        problems.error(
          'profile-wrong-license',
          [...path, 'profile'],
          `Profile "${profile.name}" is on the "${profile.userLicense}" licence; integration users belong on "${INTEGRATION_LICENSE}".`,
          `Use a profile on the ${INTEGRATION_LICENSE} licence, such as a copy of "Minimum Access - API Only Integrations".`,
        );
      }
    }
    const overrideIndex =
      environment?.integrations?.findIndex((override) => override.name.toLowerCase() === nameKey) ?? -1;
    const override = overrideIndex >= 0 ? environment?.integrations?.[overrideIndex] : undefined;
    const overridePath: PathSegment[] = ['environments', environmentIndex, 'integrations', overrideIndex];
    const usernamePath = override?.username ? [...overridePath, 'username'] : [...path, 'user', 'username'];
    const username = resolveUsername(integration, override?.username, environment, usernamePath, problems);
    const usernameKey = username.toLowerCase();
    const base = override?.username ? undefined : integration.user.username;
    const previous = usernames.get(usernameKey);
    if (previous) {
      // Equal base usernames collide in every environment: report that once, as written in the file.
      const inFile = base !== undefined && previous.base?.toLowerCase() === base.toLowerCase();
      const where = environment && !inFile ? ` in environment "${environment.name}"` : '';
      problems.error(
        'username-duplicate',
        usernamePath,
        `Username "${inFile ? base : username}" is also used by integrations[${previous.index}]${where}.`,
        'Give every integration its own user: usernames are unique across all Salesforce orgs.',
      );
    }
    usernames.set(usernameKey, { index, ...(base !== undefined ? { base } : {}) });
    const aliasKey = integration.user.alias.toLowerCase();
    if (aliases.has(aliasKey)) {
      problems.error(
        'alias-duplicate',
        [...path, 'user', 'alias'],
        `Alias "${integration.user.alias}" is also used by integrations[${aliases.get(aliasKey)}].`,
        'Give each integration user a distinct alias (at most 8 characters).',
      );
    }
    aliases.set(aliasKey, index);
    checkLocaleSettings(integration.user, [...path, 'user'], problems);
    let access = resolvedAccess.get(integration);
    if (!access) {
      access = resolveAccess(integration, path, problems);
      resolvedAccess.set(integration, access);
    }
    checkRecordLength(
      'Object_Access__c',
      formatObjectAccessForRecord(access) ?? '',
      [...path, 'objects'],
      'Grant fewer fields, or split the integration: the record lists every object and field it may use.',
      problems,
    );
    checkRecordLength(
      'Access_Justifications__c',
      formatAccessJustificationsForRecord(access) ?? '',
      [...path, 'objects'],
      "Shorten the objects' justifications: the record keeps every one of them.",
      problems,
    );
    const permissionSetName = `${prefix}${integration.name}`;
    // The app is named like the permission set: one API name per integration across the kit's metadata.
    const authentication = resolveAuthentication(
      integration,
      permissionSetName,
      path,
      certificates,
      problems,
    );
    const extra = integration.permissionSets ?? [];
    if (extra.some((name) => name.toLowerCase() === permissionSetName.toLowerCase())) {
      problems.error(
        'permission-set-collision',
        [...path, 'permissionSets'],
        `"${permissionSetName}" is the permission set generated for this integration; listing it again is a mistake.`,
        'Remove it from permissionSets.',
      );
    }
    extra.forEach((name, extraIndex) => {
      const owner = generatedSets.get(name.toLowerCase());
      if (owner === undefined || owner.toLowerCase() === nameKey) return;
      problems.error(
        'permission-set-of-another-integration',
        [...path, 'permissionSets', extraIndex],
        `"${name}" is the permission set generated for ${owner}; assigning it here would give this integration ${owner}'s access, and it disappears when ${owner} is retired.`,
        `Remove it and list the access this integration needs in its own "objects".`,
      );
    });
    checkRecordLength(
      'Permission_Sets__c',
      [permissionSetName, ...extra].join('\n'),
      [...path, 'permissionSets'],
      'Assign fewer permission sets directly: Group them in a permission set group and list that in permissionSetGroups.',
      problems,
    );
    checkRecordLength(
      'Permission_Set_Groups__c',
      (integration.permissionSetGroups ?? []).join('\n'),
      [...path, 'permissionSetGroups'],
      'Assign fewer permission set groups: combine them into one group.',
      problems,
    );
    const retired = integration.retired === true;
    if (retired && override?.active === true) {
      problems.error(
        'retired-integration-active',
        [...overridePath, 'active'],
        `${integration.name} is retired, so it cannot be active in environment "${environment?.name}".`,
        'Remove "active" from this override, or remove "retired" from the integration.',
      );
    }
    if (!profile) return;
    result.push({
      name: integration.name,
      label: integration.label,
      externalSystem: integration.externalSystem,
      direction: integration.direction,
      owner: integration.owner,
      justification: integration.justification,
      active: !retired && (override?.active ?? integration.active ?? true),
      retired,
      whenInactive: integration.whenInactive ?? 'freeze',
      user: {
        username,
        email: override?.email ?? integration.user.email,
        ...(integration.user.firstName ? { firstName: integration.user.firstName } : {}),
        lastName: integration.user.lastName,
        alias: integration.user.alias,
        timeZone: integration.user.timeZone,
        locale: integration.user.locale,
        language: integration.user.language,
        emailEncoding: integration.user.emailEncoding ?? 'UTF-8',
      },
      profile,
      authentication,
      permissionSetName,
      extraPermissionSets: [...extra].sort(compareText),
      permissionSetGroups: [...(integration.permissionSetGroups ?? [])].sort(compareText),
      removeUnlistedAssignments: integration.removeUnlistedAssignments === true,
      ...access,
    });
  });
  reportSharedCertificates(result, problems);
  document.profiles.forEach((profile, index) => {
    if (!usedProfiles.has(profile.name.toLowerCase()) && !profile.existing) {
      problems.warning(
        'profile-unused',
        ['profiles', index, 'name'],
        `Profile "${profile.name}" is not used by any integration; it is still generated.`,
        'Remove it, or assign it to an integration.',
      );
    }
  });
  return result;
}

/** A value composed from several parts of the file must still fit its field on the definition record. */
function checkRecordLength(
  field: RecordTextField,
  text: string,
  path: PathSegment[],
  fix: string,
  problems: ProblemList,
): void {
  const limit = RECORD_FIELD_LENGTHS[field];
  if (text.length <= limit) return;
  problems.error(
    'record-field-too-long',
    path,
    `Written to the definition record this is ${text.length} characters, but its field ${field} holds ${limit}.`,
    fix,
  );
}

function resolveUsername(
  integration: Integration,
  overridden: string | undefined,
  environment: Environment | undefined,
  path: PathSegment[],
  problems: ProblemList,
): string {
  const suffix = overridden ? '' : (environment?.usernameSuffix ?? '');
  const username = `${overridden ?? integration.user.username}${suffix}`;
  // Tokens are resolved in the org; measure with a realistic length (an 18-character org id).
  const worstCase = username.replace(TOKEN, (_, token: string) =>
    token === 'orgId' ? 'x'.repeat(18) : 'x'.repeat(10),
  );
  if (worstCase.length > MAX_USERNAME) {
    problems.error(
      'username-too-long',
      path,
      `${quote(username)} can reach ${worstCase.length} characters${environment ? ` in environment "${environment.name}"` : ''}; Salesforce allows ${MAX_USERNAME}.`,
      'Shorten the username or the environment suffix.',
    );
  }
  return username;
}

/**
 * Two JWT bearer integrations that trust the same certificate share one private key: whoever holds it
 * can act as both users, which defeats one user per external system.
 */
function reportSharedCertificates(integrations: ResolvedIntegration[], problems: ProblemList): void {
  const owners = new Map<string, string>();
  integrations.forEach((integration) => {
    const certificate = integration.authentication.certificate;
    if (!certificate) return;
    const owner = owners.get(certificate.fingerprint256);
    if (owner === undefined) {
      owners.set(certificate.fingerprint256, integration.name);
      return;
    }
    problems.warning(
      'certificate-shared',
      ['integrations'],
      `${integration.name} and ${owner} trust the same certificate (${certificate.file}): one private key can log in as both users.`,
      'Give each external system its own key pair and certificate.',
    );
  });
}

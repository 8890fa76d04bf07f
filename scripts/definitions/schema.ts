/**
 * The definitions file format. This TypeBox schema is the single source of truth: it gives the
 * TypeScript types, the runtime structural check (ajv), and the JSON Schema published in
 * config/schema/ that editors use for completion (`npm run generate` keeps that file in sync; a test
 * fails when it drifts). Cross-field rules (IP ranges, login hours, references, least privilege) live
 * in rules/ because JSON Schema cannot express them with useful messages.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { RECORD_FIELD_LENGTHS as RECORD } from './record-limits.js';
import { WEEKDAYS, type Weekday } from './weekdays.js';

/** Extra schema keyword: the fix we print when a value breaks this schema's pattern or format. */
const hint = (text: string) => ({ hint: text });

/** Developer-name rules: a letter first, then letters and digits with single underscores between them (so no
 * double or trailing underscore). The object and field patterns below use the same segment. */
const ApiName = (description: string, maxLength = 40) =>
  Type.String({
    description,
    minLength: 1,
    maxLength,
    pattern: '^[A-Za-z](?:_?[A-Za-z0-9])*$',
    ...hint(
      'Use an API name: start with a letter, then letters, digits and single underscores, not ending in an underscore.',
    ),
  });

const NonBlank = (description: string, maxLength = 255) =>
  Type.String({ description, minLength: 1, maxLength, pattern: '\\S', ...hint('Write a non-blank value.') });

/**
 * An email address as the record's Email fields accept it: ASCII local part and host name labels,
 * at least one dot in the host. Written without overlapping repetitions, so a hostile megabyte-long
 * value is rejected in linear time.
 */
const EMAIL_PATTERN =
  "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$";

const Email = (description: string) =>
  Type.String({
    description,
    maxLength: RECORD.Email__c,
    pattern: EMAIL_PATTERN,
    ...hint('Write an email address such as owner@example.com (ASCII letters, digits and . _ + - only).'),
  });

const Justification = (description: string) =>
  Type.String({
    description,
    minLength: 20,
    maxLength: 4000,
    ...hint('Write at least a sentence (20 characters or more) that says why this is needed.'),
  });

export const ObjectPermissionName = Type.Union(
  [
    Type.Literal('read'),
    Type.Literal('create'),
    Type.Literal('edit'),
    Type.Literal('delete'),
    Type.Literal('viewAll'),
    Type.Literal('modifyAll'),
  ],
  { description: 'An object permission: read, create, edit, delete, viewAll or modifyAll.' },
);
export type ObjectPermissionName = Static<typeof ObjectPermissionName>;

/** One API-name segment: a letter, then letters and digits with single underscores between them. */
const SEGMENT = '[A-Za-z](?:_?[A-Za-z0-9])*';

/** A standard field (Email) or a custom one, optionally namespaced (Region__c, ns__Region__c). */
const FieldName = Type.String({
  description: 'Field API name on this object, without the object prefix (Email, Industry, Region__c).',
  pattern: `^(?:(?:${SEGMENT}__)?${SEGMENT}__c|${SEGMENT})$`,
  ...hint(
    'Write the field API name without the object, e.g. "Email" or "Region__c" (custom fields end in __c).',
  ),
});

export const ObjectAccess = Type.Object(
  {
    object: Type.String({
      description: 'Object API name: a standard object (Lead) or a custom one (Invoice__c, ns__Invoice__c).',
      // Custom objects (__c), platform events (__e), external objects (__x) and big objects (__b).
      pattern: `^(?:(?:${SEGMENT}__)?${SEGMENT}__[cexb]|${SEGMENT})$`,
      ...hint(
        'Write the object API name, e.g. "Lead" or "Invoice__c" (custom objects end in __c, __e, __x or __b).',
      ),
    }),
    access: Type.Array(ObjectPermissionName, {
      minItems: 1,
      uniqueItems: true,
      description:
        'Object permissions. edit needs read; delete needs read and edit; viewAll/modifyAll need a justification.',
    }),
    fields: Type.Optional(
      Type.Object(
        {
          read: Type.Optional(
            Type.Array(FieldName, { uniqueItems: true, description: 'Fields it may read.' }),
          ),
          edit: Type.Optional(
            Type.Array(FieldName, { uniqueItems: true, description: 'Fields it may read and edit.' }),
          ),
        },
        { additionalProperties: false, description: 'Field-level access; fields not listed stay hidden.' },
      ),
    ),
    justification: Type.Optional(
      Justification('Required when access includes viewAll or modifyAll: why sharing must be bypassed.'),
    ),
  },
  { additionalProperties: false },
);
export type ObjectAccess = Static<typeof ObjectAccess>;

export const UserPermissionGrant = Type.Object(
  {
    name: Type.String({
      description: 'User permission API name as in PermissionSet metadata (ApiEnabled, ViewSetup, ...).',
      pattern: '^[A-Za-z][A-Za-z0-9]*$',
      ...hint('Write the permission API name, e.g. "ViewSetup".'),
    }),
    justification: Type.Optional(
      Justification('Required for powerful permissions (ModifyAllData, ViewAllData, ManageUsers, ...).'),
    ),
  },
  { additionalProperties: false },
);

export const IpRange = Type.Union(
  [
    Type.Object(
      {
        cidr: Type.String({
          description: 'A block in CIDR notation: 203.0.113.0/24 or 2001:db8::/48.',
          ...hint('Write an IPv4 or IPv6 CIDR block such as 203.0.113.0/24.'),
        }),
        description: Type.Optional(Type.String({ maxLength: 255, description: 'What this range is.' })),
      },
      { additionalProperties: false },
    ),
    Type.Object(
      {
        start: Type.String({ description: 'First address of the range (IPv4 or IPv6).' }),
        end: Type.String({ description: 'Last address of the range, same IP version as start.' }),
        description: Type.Optional(Type.String({ maxLength: 255, description: 'What this range is.' })),
      },
      { additionalProperties: false },
    ),
  ],
  { description: 'Either { "cidr": ... } or { "start": ..., "end": ... }, with an optional description.' },
);
export type IpRange = Static<typeof IpRange>;

const DayHours = Type.String({
  description:
    'Login window in the org default time zone: "08:00-18:00", "00:00-24:00" for all day, or "closed".',
  pattern: '^(closed|([01][0-9]|2[0-4]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9])$',
  ...hint('Write "HH:MM-HH:MM" (24-hour clock, e.g. "08:00-18:00") or "closed".'),
});

export { WEEKDAYS, type Weekday };

export const LoginHours = Type.Object(
  {
    monday: Type.Optional(DayHours),
    tuesday: Type.Optional(DayHours),
    wednesday: Type.Optional(DayHours),
    thursday: Type.Optional(DayHours),
    friday: Type.Optional(DayHours),
    saturday: Type.Optional(DayHours),
    sunday: Type.Optional(DayHours),
  },
  {
    additionalProperties: false,
    minProperties: 1,
    description: 'Login hours per weekday. A day left out has no restriction.',
  },
);
export type LoginHours = Static<typeof LoginHours>;

export const Profile = Type.Object(
  {
    name: Type.String({
      description: 'Profile name in the org (letters, digits, spaces, hyphens, underscores).',
      minLength: 1,
      maxLength: 80,
      pattern: '^[A-Za-z0-9][A-Za-z0-9 _-]*$',
      ...hint('Use letters, digits, spaces, hyphens and underscores, e.g. "Integration - ERP Restricted".'),
    }),
    description: Type.Optional(Type.String({ maxLength: 255, description: 'Shown in Setup.' })),
    existing: Type.Optional(
      Type.Boolean({
        description:
          'true for a profile that already exists in the org (for example "Minimum Access - API Only Integrations"): it is referenced, never generated.',
      }),
    ),
    userLicense: Type.Optional(
      Type.String({
        description: 'User licence of the profile. Integrations need "Salesforce Integration" (the default).',
      }),
    ),
    loginIpRanges: Type.Optional(
      Type.Array(IpRange, { description: 'Addresses this profile may log in from. Empty or absent: any.' }),
    ),
    loginHours: Type.Optional(LoginHours),
  },
  { additionalProperties: false },
);
export type Profile = Static<typeof Profile>;

export const IntegrationUser = Type.Object(
  {
    username: Type.String({
      description: 'Username; unique across all Salesforce orgs. Environments may add a suffix.',
      // Salesforce's limit for usernames (the record's field is longer).
      maxLength: 80,
      pattern: EMAIL_PATTERN,
      ...hint('Write the username in email form, e.g. marketing.integration@acme.example.'),
    }),
    email: Email('Where Salesforce sends this user’s notifications: a monitored team mailbox.'),
    firstName: Type.Optional(Type.String({ maxLength: RECORD.First_Name__c })),
    lastName: NonBlank('Last name, shown in Setup and audit trails.', RECORD.Last_Name__c),
    alias: Type.String({
      description: 'Alias, at most 8 characters, unique among the integrations.',
      minLength: 1,
      maxLength: RECORD.Alias__c,
      pattern: '^\\S+$',
      ...hint('Use 1 to 8 characters without spaces.'),
    }),
    timeZone: Type.String({
      description: 'TimeZoneSidKey, e.g. America/New_York.',
      minLength: 1,
      maxLength: RECORD.Time_Zone__c,
    }),
    locale: Type.String({
      description: 'LocaleSidKey, e.g. en_US.',
      maxLength: RECORD.Locale__c,
      pattern: '^[a-z]{2,3}(_[A-Za-z0-9]+)*$',
    }),
    language: Type.String({
      description: 'LanguageLocaleKey, e.g. en_US.',
      maxLength: RECORD.Language__c,
      pattern: '^[a-z]{2,3}(_[A-Za-z0-9]+)*$',
    }),
    emailEncoding: Type.Optional(
      Type.String({
        description: 'EmailEncodingKey; default UTF-8.',
        minLength: 1,
        maxLength: RECORD.Email_Encoding__c,
      }),
    ),
  },
  { additionalProperties: false },
);

export const AUTHENTICATION_METHODS = ['clientCredentials', 'jwtBearer', 'none', 'external'] as const;
export type AuthenticationMethod = (typeof AUTHENTICATION_METHODS)[number];

/**
 * How the external system authenticates as the integration user. The kit generates an External Client
 * App for clientCredentials and jwtBearer; none and external generate nothing (rules/authentication.ts).
 */
export const Authentication = Type.Object(
  {
    method: Type.Union(
      AUTHENTICATION_METHODS.map((method) => Type.Literal(method)),
      {
        description:
          'clientCredentials (default for inbound and bidirectional): an External Client App whose client credentials flow runs as this user. jwtBearer: an app that trusts the public certificate in "certificate". none: the user never logs in (Salesforce calls out). external: authenticates through something the kit does not manage.',
      },
    ),
    scopes: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 64 }), {
        minItems: 1,
        uniqueItems: true,
        description:
          'OAuth scopes of the app, as OAuth names them (default ["api"]). Anything beyond "api" needs scopeJustification.',
      }),
    ),
    scopeJustification: Type.Optional(
      Justification('Required for any scope beyond "api": why the external system needs it.'),
    ),
    certificate: Type.Optional(
      Type.String({
        description:
          'jwtBearer: path of the PEM X.509 public certificate the external system signs with (relative to this file). Never a private key.',
        minLength: 1,
        maxLength: 1024,
      }),
    ),
    reason: Type.Optional(
      Justification(
        'Required for none and external: why no app is needed, or what the system authenticates with.',
      ),
    ),
  },
  { additionalProperties: false },
);
export type Authentication = Static<typeof Authentication>;

export const Integration = Type.Object(
  {
    name: ApiName('API name of the integration; also names its permission set and definition record.', 36),
    label: NonBlank('Human-readable name.', 40),
    externalSystem: NonBlank(
      'The external system this user serves, e.g. "Acme Marketing Cloud".',
      RECORD.External_System__c,
    ),
    direction: Type.Union(
      [Type.Literal('inbound'), Type.Literal('outbound'), Type.Literal('bidirectional')],
      {
        description: 'Data direction as seen from Salesforce.',
      },
    ),
    owner: Type.Object(
      {
        name: NonBlank('The person accountable for this integration.', RECORD.Owner_Name__c),
        email: Email('Their email.'),
      },
      { additionalProperties: false },
    ),
    justification: Justification('Why this integration and its access exist.'),
    active: Type.Optional(
      Type.Boolean({ description: 'Default true. Inactive: the user is frozen or deactivated.' }),
    ),
    retired: Type.Optional(
      Type.Boolean({
        description:
          'true to take the integration out of service for good: its record is deployed as retired (inactive), its permission set is no longer generated, and the engine deactivates the user and removes its assignments. Delete the entry only after deploying and provisioning that.',
      }),
    ),
    whenInactive: Type.Optional(
      Type.Union([Type.Literal('freeze'), Type.Literal('deactivate')], {
        description: 'What an inactive definition does to its user (default freeze).',
      }),
    ),
    user: IntegrationUser,
    authentication: Type.Optional(Authentication),
    profile: Type.String({ description: 'Name of a profile in "profiles".', minLength: 1 }),
    objects: Type.Optional(
      Type.Array(ObjectAccess, { description: 'Object and field access of its permission set.' }),
    ),
    userPermissions: Type.Optional(
      Type.Array(UserPermissionGrant, {
        description: 'User permissions of its permission set (rarely needed).',
      }),
    ),
    permissionSets: Type.Optional(
      Type.Array(ApiName('Existing permission set API name.', 80), {
        uniqueItems: true,
        description: 'Existing permission sets to assign as well.',
      }),
    ),
    permissionSetGroups: Type.Optional(
      Type.Array(ApiName('Existing permission set group API name.', 80), {
        uniqueItems: true,
        description: 'Existing permission set groups to assign.',
      }),
    ),
    removeUnlistedAssignments: Type.Optional(
      Type.Boolean({
        description: 'Remove permission set assignments not listed here (default false: report only).',
      }),
    ),
  },
  { additionalProperties: false },
);
export type Integration = Static<typeof Integration>;

export const Environment = Type.Object(
  {
    name: ApiName('Environment name, chosen with --environment.', 40),
    default: Type.Optional(
      Type.Boolean({ description: 'Used when no environment is chosen (one at most).' }),
    ),
    sandbox: Type.Optional(
      Type.Boolean({ description: 'Picked for sandbox orgs when none is chosen (one at most).' }),
    ),
    usernameSuffix: Type.Optional(
      Type.String({
        description:
          'Appended to every username, e.g. ".uat". The tokens {sandboxName} and {orgId} are resolved in the org.',
        pattern: '^[A-Za-z0-9._{}-]*$',
        ...hint('Use letters, digits, dots, hyphens, underscores and the tokens {sandboxName} or {orgId}.'),
      }),
    ),
    integrations: Type.Optional(
      Type.Array(
        Type.Object(
          {
            name: Type.String({ description: 'Name of the integration to override.' }),
            username: Type.Optional(IntegrationUser.properties.username),
            email: Type.Optional(Email('Email in this environment.')),
            active: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
      ),
    ),
    profiles: Type.Optional(
      Type.Array(
        Type.Object(
          {
            name: Type.String({ description: 'Name of the profile to override.' }),
            loginIpRanges: Type.Optional(Profile.properties.loginIpRanges),
            loginHours: Type.Optional(LoginHours),
          },
          { additionalProperties: false },
        ),
      ),
    ),
  },
  { additionalProperties: false },
);
export type Environment = Static<typeof Environment>;

export const Settings = Type.Object(
  {
    permissionSetPrefix: Type.Optional(
      Type.String({
        description: 'Prefix of generated permission set names (default "IUK_").',
        pattern: '^(?!.*__)[A-Za-z][A-Za-z0-9_]{0,3}$',
        ...hint(
          'Use 1 to 4 letters, digits or underscores, starting with a letter, with no double underscore (it separates a namespace).',
        ),
      }),
    ),
    permissionSetLicense: Type.Optional(
      Type.String({
        description:
          'DeveloperName of the permission set licence assigned first (default SalesforceAPIIntegrationPsl).',
        minLength: 1,
        maxLength: RECORD.Permission_Set_License__c,
      }),
    ),
    permissionSetLicenseElement: Type.Optional(
      Type.String({
        description:
          'Value written to <license> in generated permission sets. Unset by default (no licence), which the platform accepts for these users.',
      }),
    ),
    namespace: Type.Optional(
      Type.String({
        description:
          'Namespace of the installed Integration User Kit package, for records of its type (ns__...).',
        pattern: '^[A-Za-z][A-Za-z0-9]{0,14}$',
      }),
    ),
  },
  { additionalProperties: false },
);

export const DefinitionsFile = Type.Object(
  {
    $schema: Type.Optional(Type.String({ description: 'Path to this file’s JSON Schema, for editors.' })),
    version: Type.Literal(1, { description: 'Format version of this file.' }),
    settings: Type.Optional(Settings),
    profiles: Type.Array(Profile, { description: 'Profiles the integrations use.' }),
    integrations: Type.Array(Integration, { description: 'One entry per external system.' }),
    environments: Type.Optional(Type.Array(Environment, { description: 'Per-org overrides.' })),
  },
  {
    additionalProperties: false,
    $id: 'https://integration-user-kit.dev/schema/integration-definitions.schema.json',
    title: 'Integration User Kit definitions',
    description: 'Dedicated, least-privilege, API-only integration users for Salesforce.',
  },
);
export type DefinitionsFile = Static<typeof DefinitionsFile>;

/** The JSON Schema document written to config/schema/, with keys in a stable order. */
export function jsonSchemaDocument(schema: TSchema = DefinitionsFile): Record<string, unknown> {
  const { $id, title, description, ...rest } = JSON.parse(JSON.stringify(schema)) as Record<string, unknown>;
  return { $schema: 'http://json-schema.org/draft-07/schema#', $id, title, description, ...rest };
}

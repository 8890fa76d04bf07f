/**
 * A definition drafted in the org (the setup assistant's form): one integration of the definitions
 * file, in the file's own format, plus the login restrictions its profile should have. The in-org
 * validator (IntegrationUserDefinitionValidator.cls) and the assistant's client-side checks
 * (c/iukDefinitionChecks) read the schema and the rule data below from files generated from this
 * module (scripts/contracts/definition-rules.ts), so the form, the org and the file check one set of
 * rules; the shared vectors in force-app/core/tests/staticresources/IntegrationUserDefinitionVectors.json
 * prove the three agree (docs/authoring.md, "One set of rules").
 *
 * ```json
 * { "integration": { ...one entry of "integrations"... },
 *   "profileRestrictions": { "loginIpRanges": [{ "start": "...", "end": "..." }], "loginHours": { "monday": "08:00-18:00" } } }
 * ```
 */
import type { TSchema } from '@sinclair/typebox';
import { INTEGRATION_LICENSE, DEFAULT_PERMISSION_SET_PREFIX } from './model.js';
import { RECORD_FIELD_LENGTHS } from './record-limits.js';
import { MAX_USERNAME } from './resolve.js';
import {
  IMPLIED,
  NOT_PERMISSIONABLE,
  OBJECT_DEPENDENCIES,
  SHARING_BYPASS,
  WRITES,
} from './rules/least-privilege.js';
import { CONTROL_NAMES, FREE_TEXT_KEYS, INVISIBLE, JUSTIFICATION_MIN, LOOK_ALIKES } from './rules/text.js';
import { Integration, IpRange, LoginHours } from './schema.js';
import { STANDARD_PROFILES } from './standard-profiles.js';

/**
 * Keys of a file integration that a definition authored in the org does not have, and why. The
 * draft schema leaves them out, so the org reports them as unknown keys (the vectors' "orgOnly" part
 * shows the file accepts them).
 */
export const KEYS_NOT_AUTHORED_IN_THE_ORG: Readonly<Record<string, string>> = {
  userPermissions:
    'User permissions are granted by the definitions file only: the permission set the kit maintains in the org carries object and field access, nothing that administers the org.',
  retired:
    'Retiring is its own action in the assistant (Retire), with a confirmation, not a field of the form.',
  authentication:
    'External Client Apps are generated and deployed from a repository (docs/authentication.md): a definition made in the org gets the default method of its direction, and its app once it moves into a file (pull) and is deployed from there.',
};

/** The login IP range forms the org takes: start and end, as Setup's Login IP Ranges page has them. */
const START_END_RANGE = (IpRange as unknown as { anyOf: TSchema[] }).anyOf.find(
  (branch) => 'start' in ((branch as { properties?: object }).properties ?? {}),
)!;

/** The draft's JSON Schema: the file's own schema for an integration, its profile's restrictions. */
export function draftSchema(): Record<string, unknown> {
  const integration = JSON.parse(JSON.stringify(Integration)) as {
    properties: Record<string, unknown>;
    required: string[];
  };
  for (const key of Object.keys(KEYS_NOT_AUTHORED_IN_THE_ORG)) {
    delete integration.properties[key];
    integration.required = integration.required.filter((name) => name !== key);
  }
  return {
    type: 'object',
    additionalProperties: false,
    required: ['integration'],
    properties: {
      integration,
      profileRestrictions: {
        type: 'object',
        additionalProperties: false,
        description: 'The login IP ranges and hours the integration’s profile has (set in Setup).',
        properties: {
          loginIpRanges: {
            type: 'array',
            description: 'Addresses the profile lets the user log in from, as Setup lists them.',
            items: JSON.parse(JSON.stringify(START_END_RANGE)) as unknown,
          },
          loginHours: JSON.parse(JSON.stringify(LoginHours)) as unknown,
        },
      },
    },
  };
}

/** Draft paths whose values are API names (ASCII only: a look-alike letter is named). `*` is any index. */
export const API_NAME_PATHS: readonly string[] = [
  'integration.name',
  'integration.permissionSets.*',
  'integration.permissionSetGroups.*',
  'integration.objects.*.object',
  'integration.objects.*.fields.read.*',
  'integration.objects.*.fields.edit.*',
];

/** Everything the org-side checks need besides the schema, from the modules the file's rules use. */
export function draftRuleData(): Record<string, unknown> {
  return {
    integrationLicense: INTEGRATION_LICENSE,
    permissionSetPrefix: DEFAULT_PERMISSION_SET_PREFIX,
    maxUsername: MAX_USERNAME,
    justificationMin: JUSTIFICATION_MIN,
    impliedAccess: IMPLIED,
    sharingBypass: SHARING_BYPASS,
    writes: WRITES,
    objectDependencies: Object.fromEntries(OBJECT_DEPENDENCIES),
    notPermissionable: Object.fromEntries(NOT_PERMISSIONABLE),
    standardProfiles: STANDARD_PROFILES.map((profile) => profile.label),
    recordFieldLengths: RECORD_FIELD_LENGTHS,
    freeTextKeys: [...FREE_TEXT_KEYS],
    apiNamePaths: API_NAME_PATHS,
    controlNames: CONTROL_NAMES,
    invisible: Object.fromEntries([...INVISIBLE].map(([code, name]) => [String(code), name])),
    lookAlikes: Object.fromEntries([...LOOK_ALIKES].map(([code, pair]) => [String(code), pair])),
  };
}

const ENVIRONMENTS =
  'Environments are a feature of the definitions file: a definition authored in the org is the one for that org.';
const FILE = 'About the file itself: the org receives JSON the assistant built, one definition at a time.';
const ORG_PROFILES =
  'The org has its profiles already: the form picks one of them, it does not declare profiles.';
const USER_PERMISSIONS = KEYS_NOT_AUTHORED_IN_THE_ORG.userPermissions!;

const AUTHENTICATION =
  'Authentication (the External Client App, its scopes and certificate) is not authored in the org: the app is generated and deployed from a repository (KEYS_NOT_AUTHORED_IN_THE_ORG).';

/**
 * Problem codes of the definitions layer that a draft in the org cannot meet, with the reason. Every
 * other code is covered by a shared vector, so the org's validator checks it too
 * (scripts/definitions/draft-vectors.test.ts fails when a new code is in neither place).
 */
export const FILE_ONLY_CODES: Readonly<Record<string, string>> = {
  'environment-duplicate': ENVIRONMENTS,
  'environment-multiple-*': ENVIRONMENTS,
  'environment-no-default': ENVIRONMENTS,
  'environment-not-found': ENVIRONMENTS,
  'environment-unknown-integration': ENVIRONMENTS,
  'environment-unknown-profile': ENVIRONMENTS,
  'username-suffix-invalid': ENVIRONMENTS,
  'username-too-long':
    'Only an environment suffix or its tokens make a username longer than it is written; in the org the username is checked as written (too-long at 80).',
  'retired-integration-active': ENVIRONMENTS,
  'file-encoding': FILE,
  'file-not-regular': FILE,
  'file-too-large': FILE,
  'file-unreadable': FILE,
  'json-duplicate-key': FILE,
  'json-syntax': FILE,
  'json-too-deep': FILE,
  'too-many-problems': FILE,
  schema: 'The catch-all for schema keywords the draft schema does not use.',
  'ip-cidr-invalid': 'The org takes IP ranges as start and end addresses, as Setup does (no CIDR blocks).',
  'ip-cidr-host-bits': 'The org takes IP ranges as start and end addresses, as Setup does (no CIDR blocks).',
  'text-unpaired-surrogate':
    'Half of a UTF-16 surrogate pair cannot be typed into a form field; whether Apex strings can hold one is unconfirmed, so the org relies on the platform refusing such a value.',
  'profile-duplicate': ORG_PROFILES,
  'profile-existing-license-unstated': ORG_PROFILES,
  'profile-existing-restrictions': ORG_PROFILES,
  'profile-generated-wrong-license': ORG_PROFILES,
  'profile-unused': ORG_PROFILES,
  'user-permission-case': USER_PERMISSIONS,
  'user-permission-duplicate': USER_PERMISSIONS,
  'user-permission-redundant': USER_PERMISSIONS,
  'user-permission-unjustified': USER_PERMISSIONS,
  'authentication-certificate-missing': AUTHENTICATION,
  'authentication-option-unused': AUTHENTICATION,
  'authentication-reason-missing': AUTHENTICATION,
  'authentication-scope-no-effect': AUTHENTICATION,
  'authentication-scope-unjustified': AUTHENTICATION,
  'authentication-scope-unknown': AUTHENTICATION,
  'authentication-unstated': AUTHENTICATION,
  'certificate-expired': AUTHENTICATION,
  'certificate-expires-soon': AUTHENTICATION,
  'certificate-invalid': AUTHENTICATION,
  'certificate-key-size': AUTHENTICATION,
  'certificate-key-type': AUTHENTICATION,
  'certificate-not-yet-valid': AUTHENTICATION,
  'certificate-private-key': AUTHENTICATION,
  'certificate-shared': AUTHENTICATION,
};

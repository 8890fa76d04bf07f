/**
 * GENERATED from force-app/core/engine/classes/IntegrationUserModels.cls by scripts/contracts/engine-types.ts: do not edit.
 * Change the Apex wrapper classes, then run `npx tsx scripts/contracts/generate.ts`.
 * The engine's REST response bodies (docs/contracts.md section 2). Apex `JSON.serialize` writes
 * unset values as null, so every property is nullable except the lists Apex initialises.
 */
type Maybe<T> = T | null;

/** The ACTION_ constants of IntegrationUserModels. */
export const ACTION_TYPES = [
  'CREATE_USER',
  'UPDATE_USER',
  'ASSIGN_PERMISSION_SET_LICENSE',
  'ASSIGN_PERMISSION_SET',
  'ASSIGN_PERMISSION_SET_GROUP',
  'REMOVE_ASSIGNMENT',
  'UNLISTED_ASSIGNMENT',
  'REMOVE_PERMISSION_SET_LICENSE',
  'FREEZE_USER',
  'DEACTIVATE_USER',
  'REACTIVATE_USER',
  'CREATE_PERMISSION_SET',
  'UPDATE_PERMISSION_SET_ACCESS',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

/** The BLOCKER_ constants of IntegrationUserModels. */
export const BLOCKER_CODES = [
  'INVALID_DEFINITION',
  'DUPLICATE_USERNAME',
  'NO_USER_LICENSE',
  'NO_PSL_SEATS',
  'PERMISSION_SET_LICENSE_MISSING',
  'PROFILE_MISSING',
  'PROFILE_WRONG_LICENSE',
  'PERMISSION_SET_MISSING',
  'PERMISSION_SET_WRONG_LICENSE',
  'PERMISSION_SET_GROUP_MISSING',
  'USERNAME_TAKEN',
  'CANNOT_FREEZE',
  'OBJECT_MISSING',
  'FIELD_MISSING',
  'PERMISSION_SET_NOT_KEPT',
] as const;
export type BlockerCode = (typeof BLOCKER_CODES)[number];

/** The STATUS_ constants of IntegrationUserModels. */
export const INTEGRATION_STATUSES = [
  'NOT_CREATED',
  'READY',
  'DRIFTED',
  'FROZEN',
  'DEACTIVATED',
  'INACTIVE',
  'RETIRED',
  'ERROR',
] as const;
export type IntegrationStatus = (typeof INTEGRATION_STATUSES)[number];

/** The MODE_ constants of IntegrationUserModels. */
export const RUN_MODES = [
  'APPLY',
  'FREEZE',
  'UNFREEZE',
  'DEACTIVATE',
  'REACTIVATE',
  'RECONCILE',
  'DEFINE',
  'RETIRE',
] as const;
export type RunMode = (typeof RUN_MODES)[number];

/** The STATE_ constants of IntegrationUserModels. */
export const USER_STATES = ['FROZEN', 'UNFROZEN', 'DEACTIVATED', 'REACTIVATED'] as const;
export type UserStateValue = (typeof USER_STATES)[number];

/** The SOURCE_ constants of IntegrationUserModels. */
export const STATE_SOURCES = ['KILL_SWITCH', 'DEFINITION', 'OUTSIDE_KIT'] as const;
export type StateSource = (typeof STATE_SOURCES)[number];

/** The ORIGIN_ constants of IntegrationUserModels. */
export const DEFINITION_ORIGINS = ['REPOSITORY', 'ORG'] as const;
export type DefinitionOrigin = (typeof DEFINITION_ORIGINS)[number];

/** The SEVERITY_ constants of IntegrationUserModels. */
export const PROBLEM_SEVERITIES = ['ERROR', 'WARNING'] as const;
export type ProblemSeverity = (typeof PROBLEM_SEVERITIES)[number];

/** The DEPLOY_ constants of IntegrationUserModels. */
export const DEPLOY_STATUSES = ['IN_PROGRESS', 'SUCCEEDED', 'FAILED'] as const;
export type DeployStatus = (typeof DEPLOY_STATUSES)[number];

/** The AUTH_ constants of IntegrationUserModels. */
export const AUTHENTICATION_METHODS = ['CLIENT_CREDENTIALS', 'JWT_BEARER', 'NONE', 'EXTERNAL'] as const;
export type AuthenticationMethodCode = (typeof AUTHENTICATION_METHODS)[number];

/** The LOGIN_ constants of IntegrationUserModels. */
export const LOGIN_READINESS = ['READY', 'NO_USER', 'FROZEN', 'DEACTIVATED', 'NOT_MANAGED'] as const;
export type LoginReadiness = (typeof LOGIN_READINESS)[number];

/** The CHECK_ constants of IntegrationUserModels. */
export const CHECK_STATUSES = ['PASS', 'WARN', 'FAIL'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/** Everything the assistant shows, in one call (getPageModel, GET status). */
export interface PageModel {
  /** The custom permission Manage_Integration_Users. */
  canView: Maybe<boolean>;
  /** The custom permission and Manage Users: may apply and use the kill switch. */
  canManage: Maybe<boolean>;
  /** The custom permission and Customize Application: may create, edit and retire definitions in the org. */
  canAuthor: Maybe<boolean>;
  orgName: Maybe<string>;
  isSandbox: Maybe<boolean>;
  environment: Maybe<string>;
  /** The org's My Domain URL (Url.getOrgDomainUrl()); its /services/oauth2/token is the apps' token endpoint. */
  orgDomainUrl: Maybe<string>;
  /** The Salesforce Integration user licence. */
  userLicense: Maybe<LicenseSummary>;
  /** The Salesforce API Integration permission set licence. */
  permissionSetLicense: Maybe<LicenseSummary>;
  apiUsage: Maybe<ApiUsage>;
  profiles: ProfileSummary[];
  integrations: IntegrationSummary[];
  checklist: ChecklistItem[];
  recentRuns: RunSummary[];
  generatedAt: Maybe<string>;
}

export interface LicenseSummary {
  name: Maybe<string>;
  developerName: Maybe<string>;
  found: Maybe<boolean>;
  total: Maybe<number>;
  used: Maybe<number>;
  available: Maybe<number>;
}

export interface ApiUsage {
  used: Maybe<number>;
  max: Maybe<number>;
  percentUsed: Maybe<number>;
}

export interface ProfileSummary {
  name: Maybe<string>;
  exists: Maybe<boolean>;
  userLicense: Maybe<string>;
  onIntegrationLicense: Maybe<boolean>;
  ipRanges: IpRange[];
  loginHours: LoginHoursDay[];
  integrations: string[];
}

export interface IpRange {
  startAddress: Maybe<string>;
  endAddress: Maybe<string>;
  description: Maybe<string>;
}

export interface LoginHoursDay {
  /** MONDAY to SUNDAY. */
  day: Maybe<string>;
  startMinutes: Maybe<number>;
  endMinutes: Maybe<number>;
}

export interface IntegrationSummary {
  name: Maybe<string>;
  label: Maybe<string>;
  externalSystem: Maybe<string>;
  direction: Maybe<string>;
  ownerName: Maybe<string>;
  ownerEmail: Maybe<string>;
  justification: Maybe<string>;
  active: Maybe<boolean>;
  username: Maybe<string>;
  profileName: Maybe<string>;
  /** One of the STATUS_ constants. */
  status: Maybe<IntegrationStatus>;
  statusMessage: Maybe<string>;
  userId: Maybe<string>;
  userActive: Maybe<boolean>;
  frozen: Maybe<boolean>;
  lastLogin: Maybe<string>;
  neverLoggedIn: Maybe<boolean>;
  dormant: Maybe<boolean>;
  /** The definition is retired: the engine deactivates the user and removes its assignments. */
  retired: Maybe<boolean>;
  /** Where the definition is maintained: one of the DEFINED_IN_ constants. Only ORG ones are edited in the assistant. */
  definedIn: Maybe<string>;
  /** Retired, and the user is inactive or absent and holds none of the definition's assignments. */
  removalReady: Maybe<boolean>;
  /** Why the user is frozen or deactivated: one of the SOURCE_ constants; null while it can log in. */
  stateSource: Maybe<string>;
  /** The integration's latest kill-switch action (who, why, when), or null. */
  lastStateChange: Maybe<UserStateChange>;
  permissionSets: string[];
  permissionSetGroups: string[];
  /** What the org's permission sets grant (ObjectPermissions). */
  access: AccessGrant[];
  /** What the definition says the generated permission set grants (Object_Access__c). */
  declaredAccess: ObjectAccess[];
  dangerousPermissions: string[];
  plannedActions: PlannedAction[];
  /** Logins from outside the declared IP ranges in the whole counted window (the monitoring job judges every login: IntegrationUserLoginActivityJob); null until logins have been counted. */
  loginsOutsideIpRanges: Maybe<number>;
  /** One of the AUTH_ constants: how the external system logs in as the user. */
  authenticationMethod: Maybe<AuthenticationMethodCode>;
  /** The External Client App the kit generated for it (client credentials, JWT bearer), or null. */
  appName: Maybe<string>;
  /** One of the LOGIN_ constants: whether the app can issue tokens for the user, as far as Apex can see. */
  loginReadiness: Maybe<LoginReadiness>;
  /** What the readiness means and what to do; names what only the CLI's status can check. */
  loginMessage: Maybe<string>;
}

export interface AccessGrant {
  permissionSet: Maybe<string>;
  objectName: Maybe<string>;
  canRead: Maybe<boolean>;
  canCreate: Maybe<boolean>;
  canEdit: Maybe<boolean>;
  canDelete: Maybe<boolean>;
  viewAllRecords: Maybe<boolean>;
  modifyAllRecords: Maybe<boolean>;
  readableFields: Maybe<number>;
  editableFields: Maybe<number>;
  dangerous: Maybe<boolean>;
}

/** One line of Object_Access__c: an object, its permissions, its read-only and editable fields. */
export interface ObjectAccess {
  objectName: Maybe<string>;
  /** read, create, edit, delete, viewAll, modifyAll: in that order. */
  access: string[];
  /** Readable, not editable. */
  readFields: string[];
  /** Readable and editable. */
  editFields: string[];
}

/** A kill-switch action from the run history. */
export interface UserStateChange {
  /** One of the MODE_ constants (FREEZE, UNFREEZE, DEACTIVATE, REACTIVATE). */
  mode: Maybe<RunMode>;
  reason: Maybe<string>;
  changedBy: Maybe<string>;
  changedAt: Maybe<string>;
  succeeded: Maybe<boolean>;
}

export interface ChecklistItem {
  key: Maybe<string>;
  label: Maybe<string>;
  /** One of the CHECK_ constants. */
  status: Maybe<CheckStatus>;
  detail: Maybe<string>;
}

/** One run of the history. RECONCILE is the scheduled drift report: succeeded = in sync, failed = drifted + blocked. */
export interface RunSummary {
  id: Maybe<string>;
  startedAt: Maybe<string>;
  runBy: Maybe<string>;
  /** One of the MODE_ constants. */
  mode: Maybe<RunMode>;
  succeeded: Maybe<number>;
  failed: Maybe<number>;
  summary: Maybe<string>;
}

/** A plan: nothing is changed until it is applied with its planHash. */
export interface Plan {
  planHash: Maybe<string>;
  plannedAt: Maybe<string>;
  actions: PlannedAction[];
  blockers: Blocker[];
  /** No blocker and no action that changes the org (report-only actions may remain). */
  empty: Maybe<boolean>;
  /** Each unretired integration's External Client App and whether its user can log in through it (not hashed). */
  apps: AppReadiness[];
}

/** An integration's External Client App, as far as Apex can judge it (the user side; the CLI's status reads the app). */
export interface AppReadiness {
  integration: Maybe<string>;
  appName: Maybe<string>;
  /** One of the AUTH_ constants. */
  authenticationMethod: Maybe<AuthenticationMethodCode>;
  /** One of the LOGIN_ constants. */
  loginReadiness: Maybe<LoginReadiness>;
  message: Maybe<string>;
}

export interface PlannedAction {
  integration: Maybe<string>;
  /** One of the ACTION_ constants. */
  type: Maybe<ActionType>;
  target: Maybe<string>;
  reason: Maybe<string>;
  reportOnly: Maybe<boolean>;
}

export interface Blocker {
  integration: Maybe<string>;
  /** One of the BLOCKER_ constants. */
  code: Maybe<BlockerCode>;
  message: Maybe<string>;
}

export interface ApplyResult {
  /** The queued job that writes the Integration_User_Run__c record (mixed DML; stored as Job_Id__c); null if none could be queued. */
  runId: Maybe<string>;
  planHash: Maybe<string>;
  results: IntegrationResult[];
  succeeded: Maybe<number>;
  failed: Maybe<number>;
}

export interface IntegrationResult {
  integration: Maybe<string>;
  success: Maybe<boolean>;
  applied: string[];
  errors: string[];
}

export interface UserStateResult {
  integration: Maybe<string>;
  /** One of the STATE_ constants. */
  state: Maybe<UserStateValue>;
  success: Maybe<boolean>;
  message: Maybe<string>;
}

/** One problem of a definition drafted in the assistant, at the path of its field (integration.user.alias). */
export interface DefinitionProblem {
  /** The definitions file's problem code (alias-duplicate, too-long, ...): the same rules, the same codes. */
  code: Maybe<string>;
  /** Dotted path in the draft, with list indexes as segments: integration.objects.0.access. */
  path: Maybe<string>;
  /** One of the SEVERITY_ constants: errors keep the definition from being deployed. */
  severity: Maybe<ProblemSeverity>;
  message: Maybe<string>;
  fix: Maybe<string>;
}

/** What checking or deploying a draft gave: its problems, and the deployment when one was queued. */
export interface DefinitionResult {
  integration: Maybe<string>;
  /** No errors: the draft is valid (and, when deploying, the deployment was queued). */
  valid: Maybe<boolean>;
  problems: DefinitionProblem[];
  /** The Metadata API deployment queued from Apex, or null (only checked, or refused). */
  deploymentId: Maybe<string>;
  message: Maybe<string>;
}

/** A deployment of a definition from Apex, as the run history knows it. */
export interface DeploymentStatus {
  deploymentId: Maybe<string>;
  integration: Maybe<string>;
  /** One of the DEPLOY_ constants. */
  status: Maybe<DeployStatus>;
  message: Maybe<string>;
  /** Each component failure the deployment reported. */
  errors: string[];
  completedAt: Maybe<string>;
}

/** A definition in the form's format (the definitions file's), for editing in the assistant. */
export interface DefinitionDraft {
  integration: Maybe<string>;
  /** One of the ORIGIN_ constants. */
  definedIn: Maybe<DefinitionOrigin>;
  /** ORG, not retired, and the user may author: the form may save it. */
  editable: Maybe<boolean>;
  /** The definition is retired (pull writes "retired": true; the assistant no longer edits it). */
  retired: Maybe<boolean>;
  /** The draft as JSON: { "integration": {...}, "profileRestrictions": {...} }. */
  draftJson: Maybe<string>;
}

/** Every definition of the org as a draft (GET definitions: what `pull` merges into a definitions file). */
export interface DefinitionList {
  definitions: DefinitionDraft[];
}

/** What the definition form offers: the org's profiles, objects, time zones, locales and languages. */
export interface AuthoringContext {
  /** The custom permission and Customize Application: may deploy definitions. */
  canAuthor: Maybe<boolean>;
  /** Manage Profiles and Permission Sets: applying an org definition's permission set needs it. */
  canManagePermissionSets: Maybe<boolean>;
  /** The permissions the user lacks for authoring, by their names in Setup. */
  missingPermissions: string[];
  /** Profiles on the Salesforce Integration licence, the standard API-only profile first. */
  profiles: ProfileOption[];
  /** The standard API-only profile's name in this org (translated orgs too), or null when it is not found. */
  defaultProfile: Maybe<string>;
  timeZones: PicklistOption[];
  locales: PicklistOption[];
  languages: PicklistOption[];
  /** Objects a permission set can grant access to. */
  objects: PicklistOption[];
}

export interface ProfileOption {
  id: Maybe<string>;
  name: Maybe<string>;
  /** The standard API-only profile (not a clone): login IP ranges and hours belong on a clone of it. */
  standard: Maybe<boolean>;
}

export interface PicklistOption {
  value: Maybe<string>;
  label: Maybe<string>;
}

/** The fields of one object a permission set can grant, for the form's field picker. */
export interface ObjectFields {
  objectName: Maybe<string>;
  fields: FieldOption[];
}

export interface FieldOption {
  name: Maybe<string>;
  label: Maybe<string>;
  /** The field can be made editable (updateable or createable); otherwise read only. */
  editable: Maybe<boolean>;
}

/** The kill switch's requests (POST user-state, `state`). */
export const USER_STATE_REQUESTS = [
  'FREEZE',
  'UNFREEZE',
  'DEACTIVATE',
  'REACTIVATE',
] as const satisfies readonly RunMode[];
export type UserStateRequest = (typeof USER_STATE_REQUESTS)[number];

/** The engine's error body (docs/contracts.md section 3; IntegrationUserRestResource.ErrorBody). */
export interface EngineErrorBody {
  errorCode: string;
  message: string;
}

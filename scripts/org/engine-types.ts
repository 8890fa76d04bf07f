/**
 * The engine's REST response bodies, typed after the Apex wrapper classes in
 * force-app/core/engine/classes/IntegrationUserModels.cls (docs/contracts.md section 2).
 * Apex `JSON.serialize` writes unset scalars as null, so scalars are nullable; lists are
 * initialised in Apex and therefore always arrays.
 */
type Maybe<T> = T | null;

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

export interface IpRange {
  startAddress: Maybe<string>;
  endAddress: Maybe<string>;
  description: Maybe<string>;
}

export interface LoginHoursDay {
  day: Maybe<string>;
  startMinutes: Maybe<number>;
  endMinutes: Maybe<number>;
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

export interface LoginEvent {
  loginTime: Maybe<string>;
  sourceIp: Maybe<string>;
  status: Maybe<string>;
  loginType: Maybe<string>;
  outsideIpRanges: Maybe<boolean>;
}

export interface PlannedAction {
  integration: Maybe<string>;
  /** CREATE_USER | UPDATE_USER | ASSIGN_PERMISSION_SET_LICENSE | ... (see the contract). */
  type: Maybe<string>;
  target: Maybe<string>;
  reason: Maybe<string>;
  reportOnly: Maybe<boolean>;
}

export interface Blocker {
  integration: Maybe<string>;
  code: Maybe<string>;
  message: Maybe<string>;
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
  /** NOT_CREATED | READY | DRIFTED | FROZEN | INACTIVE | ERROR */
  status: Maybe<string>;
  statusMessage: Maybe<string>;
  userId: Maybe<string>;
  userActive: Maybe<boolean>;
  frozen: Maybe<boolean>;
  lastLogin: Maybe<string>;
  neverLoggedIn: Maybe<boolean>;
  dormant: Maybe<boolean>;
  permissionSets: string[];
  permissionSetGroups: string[];
  access: AccessGrant[];
  dangerousPermissions: string[];
  plannedActions: PlannedAction[];
  recentLogins: LoginEvent[];
}

export interface ChecklistItem {
  key: Maybe<string>;
  label: Maybe<string>;
  /** PASS | WARN | FAIL */
  status: Maybe<string>;
  detail: Maybe<string>;
}

export interface RunSummary {
  id: Maybe<string>;
  startedAt: Maybe<string>;
  runBy: Maybe<string>;
  mode: Maybe<string>;
  succeeded: Maybe<number>;
  failed: Maybe<number>;
  summary: Maybe<string>;
}

export interface PageModel {
  canView: Maybe<boolean>;
  canManage: Maybe<boolean>;
  orgName: Maybe<string>;
  isSandbox: Maybe<boolean>;
  environment: Maybe<string>;
  userLicense: Maybe<LicenseSummary>;
  permissionSetLicense: Maybe<LicenseSummary>;
  apiUsage: Maybe<ApiUsage>;
  profiles: ProfileSummary[];
  integrations: IntegrationSummary[];
  checklist: ChecklistItem[];
  recentRuns: RunSummary[];
  generatedAt: Maybe<string>;
}

export interface Plan {
  planHash: Maybe<string>;
  plannedAt: Maybe<string>;
  actions: PlannedAction[];
  blockers: Blocker[];
  empty: Maybe<boolean>;
}

export interface IntegrationResult {
  integration: Maybe<string>;
  success: Maybe<boolean>;
  applied: string[];
  errors: string[];
}

export interface ApplyResult {
  runId: Maybe<string>;
  planHash: Maybe<string>;
  results: IntegrationResult[];
  succeeded: Maybe<number>;
  failed: Maybe<number>;
}

export type UserStateRequest = 'FREEZE' | 'UNFREEZE' | 'DEACTIVATE';

export interface UserStateResult {
  integration: Maybe<string>;
  /** FROZEN | UNFROZEN | DEACTIVATED */
  state: Maybe<string>;
  success: Maybe<boolean>;
  message: Maybe<string>;
}

/** The engine's error body (contracts.md section 3). */
export interface EngineErrorBody {
  errorCode: string;
  message: string;
}

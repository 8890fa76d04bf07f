/**
 * The validated, environment-resolved model that the metadata renderers consume. Everything here is
 * already checked, sorted and defaulted, so renderers are plain functions of it.
 */
import type { ResolvedAccess } from './rules/least-privilege.js';
import type { ResolvedAuthentication } from './rules/authentication.js';
import type { ResolvedIpRange } from './rules/ip-ranges.js';
import type { ResolvedLoginHours } from './rules/login-hours.js';

export const INTEGRATION_LICENSE = 'Salesforce Integration';
export const DEFAULT_PSL = 'SalesforceAPIIntegrationPsl';
export const DEFAULT_PERMISSION_SET_PREFIX = 'IUK_';

export interface ResolvedSettings {
  permissionSetPrefix: string;
  permissionSetLicense: string;
  permissionSetLicenseElement?: string;
  namespace?: string;
}

export interface ResolvedProfile {
  name: string;
  description?: string;
  /** Referenced only: already in the org, never generated. */
  existing: boolean;
  userLicense: string;
  loginIpRanges: ResolvedIpRange[];
  loginHours: ResolvedLoginHours[];
}

export interface ResolvedIntegration extends ResolvedAccess {
  name: string;
  label: string;
  externalSystem: string;
  direction: 'inbound' | 'outbound' | 'bidirectional';
  owner: { name: string; email: string };
  justification: string;
  active: boolean;
  /** Out of service for good: written as retired and inactive, its permission set no longer generated. */
  retired: boolean;
  whenInactive: 'freeze' | 'deactivate';
  user: {
    username: string;
    email: string;
    firstName?: string;
    lastName: string;
    alias: string;
    timeZone: string;
    locale: string;
    language: string;
    emailEncoding: string;
  };
  profile: ResolvedProfile;
  /** How the external system logs in as the user, and the External Client App generated for it. */
  authentication: ResolvedAuthentication;
  /** The permission set generated for this integration. */
  permissionSetName: string;
  /** Existing permission sets and groups to assign as well (not generated). */
  extraPermissionSets: string[];
  permissionSetGroups: string[];
  removeUnlistedAssignments: boolean;
}

export interface EnvironmentSummary {
  name: string;
  default: boolean;
  sandbox: boolean;
}

export interface ResolvedDefinitions {
  file: string;
  /** The environment these were resolved for; undefined when the file defines none. */
  environment?: string;
  environments: EnvironmentSummary[];
  settings: ResolvedSettings;
  profiles: ResolvedProfile[];
  integrations: ResolvedIntegration[];
}

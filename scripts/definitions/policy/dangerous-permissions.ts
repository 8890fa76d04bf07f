/**
 * The dangerous-permission policy: user permissions that let an integration user read or change far
 * more than its integration's own data, or administer the org. This list is the one source: the
 * definitions rule (rules/least-privilege.ts) requires a written justification for each of them, and
 * the in-org engine flags them on profiles, permission sets and groups through the Apex class generated
 * from it (force-app/core/engine/classes/IntegrationUserDangerousPermissions.cls; regenerate with
 * `npx tsx scripts/contracts/generate.ts`, checked by scripts/contracts/generated-contracts.test.ts).
 *
 * Names are user permission API names as PermissionSet and Profile metadata spell them; the matching
 * Profile/PermissionSet field is `Permissions` + name (verified against the platform's SObject schema
 * for every entry except the two connected-app permissions: see docs/salesforce-facts.md, Engine).
 */
export interface DangerousPermission {
  /** The user permission API name, e.g. `ModifyAllData`. */
  name: string;
  /** Why an integration user should not have it, in a few words. */
  why: string;
}

export const DANGEROUS_PERMISSIONS: readonly DangerousPermission[] = [
  { name: 'ModifyAllData', why: 'reads, changes and deletes every record, bypassing sharing' },
  { name: 'ViewAllData', why: 'reads every record, bypassing sharing' },
  { name: 'ManageUsers', why: 'creates, changes and deactivates users and their access' },
  { name: 'ManageInternalUsers', why: 'creates and changes internal users' },
  { name: 'AssignPermissionSets', why: 'grants itself or others any permission set' },
  { name: 'ManageProfilesPermissionsets', why: 'changes what every profile and permission set grants' },
  { name: 'ManageRoles', why: 'changes the role hierarchy, and with it record access' },
  { name: 'ManageSharing', why: 'changes sharing rules and org-wide defaults' },
  { name: 'ResetPasswords', why: 'resets the passwords of other users' },
  { name: 'AuthorApex', why: 'writes and runs Apex, which can run in system mode' },
  { name: 'CustomizeApplication', why: 'changes the configuration and metadata of the org' },
  { name: 'ModifyMetadata', why: 'changes metadata through the API' },
  { name: 'ManageDataIntegrations', why: 'changes data integrations and their connections' },
  { name: 'ManageIpAddresses', why: 'changes the trusted IP ranges of the org' },
  { name: 'ManageEncryptionKeys', why: 'manages Shield Platform Encryption keys' },
  { name: 'ManageCertificates', why: 'manages certificates and keys' },
  { name: 'ViewEncryptedData', why: 'reads encrypted field values in clear text' },
  { name: 'ViewAllUsers', why: 'sees every user in the org' },
  { name: 'EditReadonlyFields', why: 'edits fields that page layouts make read-only' },
  { name: 'BulkApiHardDelete', why: 'deletes records past the Recycle Bin' },
  { name: 'DataExport', why: 'exports all data of the org (Weekly Data Export)' },
  { name: 'UseAnyApiClient', why: 'uses any API client, including apps no admin approved' },
  {
    name: 'ApproveUninstalledConnectedApps',
    why: 'self-authorises connected apps that are not installed in the org',
  },
];

/** The names alone, in policy order. */
export const DANGEROUS_USER_PERMISSION_NAMES: readonly string[] = DANGEROUS_PERMISSIONS.map(
  (permission) => permission.name,
);

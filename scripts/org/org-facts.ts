import type { Connection } from '@salesforce/core';
import { OrgError } from './errors.js';

/** The name of the user licence integration users run on (salesforce-facts.md section 1). */
export const INTEGRATION_USER_LICENSE = 'Salesforce Integration';

export type OrgKind = 'production' | 'developer-edition' | 'sandbox' | 'scratch';

export interface OrgFacts {
  orgId: string;
  name: string;
  isSandbox: boolean;
  kind: OrgKind;
  organizationType: string;
  /** Seats of the Salesforce Integration user licence, or null when the org does not have it. */
  integrationLicense: { total: number; used: number } | null;
}

interface OrganizationRow {
  Id: string;
  Name: string;
  IsSandbox: boolean;
  TrialExpirationDate: string | null;
  OrganizationType: string;
}

interface UserLicenseRow {
  Name: string;
  TotalLicenses: number;
  UsedLicenses: number;
}

/**
 * Reads what the workflow needs to know about the org before it touches anything: sandbox or not
 * (which environment and which test level apply) and the integration licence.
 */
export async function readOrgFacts(connection: Connection): Promise<OrgFacts> {
  const organization = await connection.singleRecordQuery<OrganizationRow>(
    'SELECT Id, Name, IsSandbox, TrialExpirationDate, OrganizationType FROM Organization',
  );
  const licenses = await connection.query<UserLicenseRow>(
    `SELECT Name, TotalLicenses, UsedLicenses FROM UserLicense WHERE Name = '${INTEGRATION_USER_LICENSE}'`,
  );
  const license = licenses.records[0];
  return {
    orgId: organization.Id,
    name: organization.Name,
    isSandbox: organization.IsSandbox,
    kind: classifyOrg(organization),
    organizationType: organization.OrganizationType,
    integrationLicense: license ? { total: license.TotalLicenses, used: license.UsedLicenses } : null,
  };
}

/** Same rule as @salesforce/core: scratch orgs are sandboxes with a trial expiration date. */
function classifyOrg(organization: OrganizationRow): OrgKind {
  if (organization.IsSandbox) return organization.TrialExpirationDate ? 'scratch' : 'sandbox';
  return organization.OrganizationType === 'Developer Edition' ? 'developer-edition' : 'production';
}

/** Stops the workflow when the org cannot hold integration users at all. */
export function requireIntegrationLicense(facts: OrgFacts): void {
  if (facts.integrationLicense) return;
  throw new OrgError(
    'unavailable',
    'NO_INTEGRATION_LICENSE',
    `The org "${facts.name}" (${facts.orgId}) has no "${INTEGRATION_USER_LICENSE}" user licence, so it cannot have API-only integration users.`,
    'Use an Enterprise, Unlimited, Performance or Developer Edition org (scratch orgs from config/project-scratch-def.json have it), or ask Salesforce for the licence.',
  );
}

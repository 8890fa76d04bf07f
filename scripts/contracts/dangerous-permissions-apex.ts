/**
 * Renders the Apex side of the dangerous-permission policy from its one source,
 * scripts/definitions/policy/dangerous-permissions.ts: a data-only class the engine's
 * IntegrationUserPermissions reads. Never edit the generated class by hand.
 */
import type { DangerousPermission } from '../definitions/policy/dangerous-permissions.js';
import { formatWithPrettier } from './prettier-format.js';

export const DANGEROUS_PERMISSIONS_APEX =
  'force-app/core/engine/classes/IntegrationUserDangerousPermissions.cls';

function apexString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export async function renderDangerousPermissionsApex(
  policy: readonly DangerousPermission[],
): Promise<string> {
  const names = policy.map((permission) => apexString(permission.name)).join(', ');
  const source = `/**
 * @description GENERATED from scripts/definitions/policy/dangerous-permissions.ts by
 * scripts/contracts/dangerous-permissions-apex.ts: do not edit; run \`npx tsx scripts/contracts/generate.ts\`.
 * The user permissions (metadata API names) that let an integration user read or change far more than
 * its own data, or administer the org. The definitions rules require a justification for each; the
 * engine flags them wherever an integration user gets them (IntegrationUserPermissions).
 */
public inherited sharing class IntegrationUserDangerousPermissions {
    /** Permission API names, in policy order. The Profile / PermissionSet field is 'Permissions' + name. */
    public static final List<String> NAMES = new List<String>{ ${names} };
}
`;
  return formatWithPrettier(source, DANGEROUS_PERMISSIONS_APEX);
}

/**
 * Where each sf command's --json result type is declared. schemas/iuk-<command>.json is generated
 * from these types (npm run schemas), as Salesforce's plugins keep a schema per command; the unit
 * tests regenerate them and fail on any difference, and check real outputs against them.
 */
export const COMMAND_RESULTS = {
  validate: { module: 'scripts/commands/validate.ts', type: 'IukValidateResult' },
  generate: { module: 'scripts/commands/generate.ts', type: 'IukGenerateResult' },
  verify: { module: 'scripts/commands/verify.ts', type: 'IukVerifyResult' },
  deploy: { module: 'scripts/commands/deploy.ts', type: 'IukDeployResult' },
  plan: { module: 'scripts/commands/plan.ts', type: 'IukPlanResult' },
  provision: { module: 'scripts/commands/provision.ts', type: 'IukProvisionResult' },
  status: { module: 'scripts/commands/status.ts', type: 'IukStatusResult' },
  pull: { module: 'scripts/commands/pull.ts', type: 'IukPullResult' },
  evidence: { module: 'scripts/commands/evidence.ts', type: 'IukEvidenceResult' },
  freeze: { module: 'scripts/commands/user-state.ts', type: 'IukUserStateResult' },
  unfreeze: { module: 'scripts/commands/user-state.ts', type: 'IukUserStateResult' },
  deactivate: { module: 'scripts/commands/user-state.ts', type: 'IukUserStateResult' },
  reactivate: { module: 'scripts/commands/user-state.ts', type: 'IukUserStateResult' },
  'auth-info': { module: 'scripts/commands/auth-info.ts', type: 'IukAuthInfoResult' },
} as const;

export const SCHEMAS_DIR = 'schemas';

/** schemas/<topic>-<command>.json, as plugin-user names them (org-list-users.json). */
export function schemaFile(command: string): string {
  return `${SCHEMAS_DIR}/iuk-${command}.json`;
}

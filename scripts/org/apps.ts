/**
 * The External Client Apps in the org: which can be deployed now, deploying them with their OAuth
 * policies, and reading back whether each is ready.
 *
 * Order of operations (docs/authentication.md): the OAuth policy names the run-as user, who must exist
 * before the policy is deployed. So `deploy` sends the core and generated metadata without the apps;
 * provisioning creates the users; then the apps step deploys each app whose user exists, together with
 * its policy, in one all-or-nothing deploy. The username in the policy is the engine's resolution of the
 * definition's template (sandbox suffix, {orgId}), read from `GET .../v1/status`, and the
 * pre-authorising permission set is the integration's own, by its id in this org.
 *
 * Reading back uses the Metadata API (readMetadata) for the app header and its OAuth policy only: never
 * the global OAuth settings, which hold the consumer key and secret. Apex cannot read External Client
 * Apps at all, which is why this check lives here (IntegrationUserAuthentication.cls).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Connection } from '@salesforce/core';
import type { ResolvedDefinitions } from '../definitions/model.js';
import { componentName } from '../metadata/eca/components.js';
import {
  OAUTH_POLICY_VALUES,
  oauthPoliciesPath,
  renderAppFiles,
  renderOauthPolicies,
} from '../metadata/eca/render.js';
import { describeConnectionFailure } from './connection.js';
import type { IntegrationSummary, PageModel } from './engine-types.js';
import { OrgError } from './errors.js';

export type AppPlanState = 'deploy' | 'waiting';

export interface AppPlanEntry {
  integration: string;
  app: string;
  state: AppPlanState;
  /** The run-as / pre-authorised user (the engine's resolved username). */
  username: string | null;
  /** Why it waits, and what to run. */
  reason?: string;
}

/**
 * Which apps can be deployed now: those of unretired integrations with an app whose definition record
 * is in the org and whose user exists. Pure: the definitions and the engine's page model.
 */
export function planApps(
  definitions: ResolvedDefinitions,
  model: PageModel | undefined,
  target: string,
): AppPlanEntry[] {
  const summaries = new Map(
    (model?.integrations ?? []).map((summary) => [String(summary.name).toLowerCase(), summary]),
  );
  const entries: AppPlanEntry[] = [];
  for (const integration of definitions.integrations) {
    const app = integration.authentication.app;
    if (!app || integration.retired) continue;
    const summary = summaries.get(integration.name.toLowerCase());
    const base = { integration: integration.name, app, username: summary?.username ?? null };
    if (!summary) {
      entries.push({
        ...base,
        state: 'waiting',
        reason: model
          ? `its definition record is not in the org yet. Run: npm run iuk -- deploy --target-org ${target}`
          : `the engine could not be asked which users exist. Run: npm run iuk -- provision --target-org ${target}`,
      });
    } else if (!summary.userId || !summary.username) {
      entries.push({
        ...base,
        state: 'waiting',
        reason:
          summary.status === 'ERROR'
            ? `its user cannot be created yet: ${summary.statusMessage ?? 'see plan'}`
            : `its user does not exist yet. Run: npm run iuk -- provision --target-org ${target} (it creates the user, then deploys the app)`,
      });
    } else {
      entries.push({ ...base, state: 'deploy' });
    }
  }
  return entries;
}

/** Ids of the integrations' generated permission sets in this org (commaSeparatedPermissionSet takes ids). */
export async function permissionSetIds(
  connection: Connection,
  names: readonly string[],
  target?: string,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  if (names.length === 0) return ids;
  // API names are [A-Za-z0-9_] (schema); quoting is still escaped, never trusted.
  const list = names.map((name) => `'${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`).join(',');
  try {
    const result = await connection.query<{ Id: string; Name: string }>(
      `SELECT Id, Name FROM PermissionSet WHERE NamespacePrefix = null AND Name IN (${list})`,
    );
    for (const record of result.records) ids.set(record.Name.toLowerCase(), record.Id);
  } catch (error) {
    throw describeConnectionFailure(error, target);
  }
  return ids;
}

export interface StagedApps {
  /** A temporary SFDX project holding the apps; remove it with cleanUp(). */
  root: string;
  packageDirectory: string;
  /** Relative path (in the package directory) -> content. */
  files: Map<string, string>;
  cleanUp(): Promise<void>;
}

/**
 * Writes the apps to deploy, each with its OAuth policy, into a temporary SFDX project (never into the
 * repository: a policy names one org's user).
 */
export async function stageApps(
  definitions: ResolvedDefinitions,
  entries: readonly AppPlanEntry[],
  ids: ReadonlyMap<string, string>,
  apiVersion: string,
): Promise<StagedApps> {
  const files = new Map<string, string>();
  for (const entry of entries) {
    if (entry.state !== 'deploy') continue;
    const integration = definitions.integrations.find((candidate) => candidate.name === entry.integration)!;
    const permissionSetId = ids.get(integration.permissionSetName.toLowerCase());
    if (!permissionSetId) {
      throw new OrgError(
        'failed',
        'PERMISSION_SET_NOT_DEPLOYED',
        `The permission set ${integration.permissionSetName} of ${integration.name} is not in the org, so its app cannot be pre-authorised for its user.`,
        'Run deploy first: it deploys the generated permission sets.',
      );
    }
    for (const [file, content] of renderAppFiles(integration)) files.set(file, content);
    files.set(
      oauthPoliciesPath(integration),
      renderOauthPolicies(integration, { username: entry.username!, permissionSetId }),
    );
  }
  const root = await mkdtemp(path.join(os.tmpdir(), 'iuk-apps-'));
  const packageDirectory = path.join(root, 'apps');
  await writeFile(
    path.join(root, 'sfdx-project.json'),
    `${JSON.stringify({ packageDirectories: [{ path: 'apps', default: true }], sourceApiVersion: apiVersion }, null, 2)}\n`,
  );
  for (const [file, content] of files) {
    await mkdir(path.dirname(path.join(packageDirectory, file)), { recursive: true });
    await writeFile(path.join(packageDirectory, file), content);
  }
  return { root, packageDirectory, files, cleanUp: () => rm(root, { recursive: true, force: true }) };
}

export type AppStatus =
  | 'READY'
  | 'NOT_DEPLOYED'
  | 'POLICY_MISSING'
  | 'FLOW_DISABLED'
  | 'DRIFTED'
  | 'USER_NOT_READY';

export interface AppState {
  integration: string;
  app: string;
  method: 'clientCredentials' | 'jwtBearer';
  status: AppStatus;
  /** The app header is in the org. */
  appPresent: boolean;
  /** Its OAuth policy is in the org. */
  policyPresent: boolean;
  /** The policy's isClientCredentialsFlowEnabled (null without a policy). */
  clientCredentialsEnabled: boolean | null;
  /** The policy's clientCredentialsFlowUser (null without one). */
  runAsUser: string | null;
  /** Who it should run as: the integration's user. */
  expectedUser: string | null;
  /** The engine's LOGIN_ readiness of the user (exists, active, not frozen). */
  loginReadiness: string | null;
  message: string;
}

/** What the Metadata API's readMetadata answers for the two types (jsforce leaves unknown types' values as text). */
interface ReadRecord {
  fullName?: string;
  clientCredentialsFlowUser?: string;
  isClientCredentialsFlowEnabled?: string | boolean;
  permittedUsersPolicyType?: string;
}

/** readMetadata takes at most 10 names per call. */
const READ_BATCH = 10;

async function readNames(
  connection: Connection,
  type: string,
  names: readonly string[],
): Promise<Map<string, ReadRecord>> {
  const found = new Map<string, ReadRecord>();
  for (let start = 0; start < names.length; start += READ_BATCH) {
    const batch = names.slice(start, start + READ_BATCH);
    const records = (await connection.metadata.read(type as never, [...batch])) as unknown as ReadRecord[];
    for (const record of [records].flat()) {
      if (record?.fullName) found.set(record.fullName.toLowerCase(), record);
    }
  }
  return found;
}

/**
 * Reads each app's header and OAuth policy and judges it against its integration and user. The apps
 * come from the engine's page model (the deployed definition records name them), so this works without
 * a definitions file too.
 */
export async function readAppStates(
  connection: Connection,
  model: PageModel,
  target?: string,
): Promise<AppState[]> {
  const summaries = model.integrations.filter(
    (summary) =>
      summary.appName &&
      !summary.retired &&
      (summary.authenticationMethod === 'CLIENT_CREDENTIALS' ||
        summary.authenticationMethod === 'JWT_BEARER'),
  );
  if (summaries.length === 0) return [];
  const apps = summaries.map((summary) => summary.appName!);
  let headers: Map<string, ReadRecord>;
  let policies: Map<string, ReadRecord>;
  try {
    headers = await readNames(connection, 'ExternalClientApplication', apps);
    policies = await readNames(
      connection,
      'ExtlClntAppOauthConfigurablePolicies',
      apps.map((app) => componentName(app, 'oauthPolicies')),
    );
  } catch (error) {
    throw describeConnectionFailure(error, target);
  }
  return summaries.map((summary) =>
    judgeApp(
      summary,
      headers.get(summary.appName!.toLowerCase()),
      policies.get(componentName(summary.appName!, 'oauthPolicies').toLowerCase()),
    ),
  );
}

/** Pure: one app's state from what the org answered. */
export function judgeApp(
  summary: IntegrationSummary,
  header: ReadRecord | undefined,
  policy: ReadRecord | undefined,
): AppState {
  const app = summary.appName!;
  const method: AppState['method'] =
    summary.authenticationMethod === 'JWT_BEARER' ? 'jwtBearer' : 'clientCredentials';
  const expectedUser = summary.userId ? (summary.username ?? null) : null;
  const clientCredentialsEnabled = policy ? String(policy.isClientCredentialsFlowEnabled) === 'true' : null;
  const runAsUser = policy?.clientCredentialsFlowUser?.trim() || null;
  const base = {
    integration: String(summary.name),
    app,
    method,
    appPresent: header !== undefined,
    policyPresent: policy !== undefined,
    clientCredentialsEnabled,
    runAsUser,
    expectedUser,
    loginReadiness: summary.loginReadiness ?? null,
  };
  const redeploy = 'Run provision: it deploys the app with its policy for the integration user.';
  if (!header) return { ...base, status: 'NOT_DEPLOYED', message: `${app} is not in the org. ${redeploy}` };
  if (!policy)
    return {
      ...base,
      status: 'POLICY_MISSING',
      message: `${app} has no OAuth policy, so nobody is pre-authorised. ${redeploy}`,
    };
  if (method === 'clientCredentials') {
    if (clientCredentialsEnabled !== true)
      return {
        ...base,
        status: 'FLOW_DISABLED',
        message: `The client credentials flow is off in ${app}'s policy. ${redeploy}`,
      };
    if (!runAsUser || !expectedUser || runAsUser.toLowerCase() !== expectedUser.toLowerCase()) {
      return {
        ...base,
        status: 'DRIFTED',
        message: `${app} runs as ${runAsUser ?? 'nobody'}, not as ${expectedUser ?? 'the integration user'}: tokens would carry another user's access. ${redeploy}`,
      };
    }
  } else if (
    policy.permittedUsersPolicyType &&
    policy.permittedUsersPolicyType !== OAUTH_POLICY_VALUES.permittedUsersPolicyType
  ) {
    return {
      ...base,
      status: 'DRIFTED',
      message: `${app} lets users authorise themselves (${policy.permittedUsersPolicyType}); the kit pre-authorises the integration user only. ${redeploy}`,
    };
  }
  if (summary.loginReadiness !== 'READY') {
    return {
      ...base,
      status: 'USER_NOT_READY',
      message: summary.loginMessage ?? `${String(summary.name)}'s user cannot log in.`,
    };
  }
  return {
    ...base,
    status: 'READY',
    message:
      method === 'clientCredentials'
        ? `${app} is deployed, its client credentials flow runs as ${expectedUser}, and that user can log in.`
        : `${app} is deployed, pre-authorised for ${expectedUser} only, and that user can log in.`,
  };
}

import type { AppState } from '../org/apps.js';
import type { IntegrationSummary, PageModel } from '../org/engine-types.js';
import { defineCommand, outcome, type CommandIo } from './command.js';
import { engineFlags } from './flags.js';
import { describeOrg, engineFor, openOrg } from './org-command.js';
import { cell, table } from './output.js';

export type IukStatusResult = PageModel & {
  /** Each External Client App as the Metadata API shows it (Apex cannot read them); null when unreadable. */
  apps: AppState[] | null;
  /** Why the apps could not be read, or null. */
  appsError: string | null;
};

export interface StatusDependencies {
  readAppStates: typeof import('../org/apps.js').readAppStates;
}

/**
 * Shows each integration user as the engine sees it, each External Client App as the Metadata API
 * shows it (IntegrationUserAuthentication.cls: Apex cannot read them), and the org's API usage.
 */
export function createStatusCommand(dependencies?: StatusDependencies) {
  return defineCommand({
    name: 'status',
    messages: 'status',
    flags: engineFlags(2),
    async run({ io, flags }) {
      const open = await openOrg(flags['target-org']);
      const model = await (await engineFor(open, flags.namespace, flags.wait)).status();
      const readAppStates = dependencies?.readAppStates ?? (await import('../org/apps.js')).readAppStates;
      // An org or a user that cannot read the apps still gets the rest.
      let apps: AppState[] | null = null;
      let appsError: string | null = null;
      try {
        apps = await readAppStates(open.session.connection, model, open.session.target);
      } catch (error) {
        appsError = error instanceof Error ? error.message : String(error);
      }
      io.log(
        `Status of ${describeOrg(open)}${model.environment ? `, environment ${model.environment}` : ''}`,
      );
      printStatus(io, model);
      printApps(io, apps, appsError);
      return outcome<IukStatusResult>({ ...model, apps, appsError });
    },
  });
}

export const statusCommand = createStatusCommand();

/** One row per External Client App: deployed, flow on, runs as the integration user, user can log in. */
export function printApps(io: CommandIo, apps: AppState[] | null, error: string | null): void {
  if (error) {
    io.logToStderr(
      `External Client Apps could not be read (${error}). Reading them needs "View all External Client Apps, view their settings, and edit their policies".`,
    );
    return;
  }
  if (!apps || apps.length === 0) return;
  io.log('');
  const rows = apps.map((app) => [
    app.integration,
    app.app,
    app.method === 'clientCredentials' ? 'client credentials' : 'JWT bearer',
    app.status,
    app.runAsUser ?? (app.method === 'jwtBearer' ? '(pre-authorised user)' : ''),
    app.message,
  ]);
  for (const line of table([['INTEGRATION', 'APP', 'FLOW', 'APP STATUS', 'RUNS AS', 'DETAIL'], ...rows]))
    io.log(line);
}

export function printStatus(io: CommandIo, model: PageModel): void {
  if (model.integrations.length === 0) {
    io.log(
      'No integration definitions are deployed in this org. Run: sf iuk deploy (or npm run iuk -- deploy)',
    );
  } else {
    const rows = model.integrations.map((integration) => [
      cell(integration.name),
      cell(integration.username),
      cell(integration.userActive),
      cell(integration.frozen),
      cell(integration.profileName),
      assignments(integration),
      drift(integration),
      integration.neverLoggedIn ? 'never' : cell(integration.lastLogin),
      // Every login of the counted window (the monitoring job), not a sample; '-' until counted.
      integration.loginsOutsideIpRanges === null ? 'not counted' : String(integration.loginsOutsideIpRanges),
    ]);
    const header = [
      'INTEGRATION',
      'USER',
      'ACTIVE',
      'FROZEN',
      'PROFILE',
      'ASSIGNMENTS',
      'DRIFT',
      'LAST LOGIN',
      'OUTSIDE IP',
    ];
    for (const line of table([header, ...rows])) io.log(line);
  }
  const usage = model.apiUsage;
  if (usage) {
    io.log(
      `API requests (last 24 h): ${cell(usage.used)} of ${cell(usage.max)}` +
        (usage.percentUsed === null ? '' : ` (${usage.percentUsed}%)`),
    );
  }
  const license = model.userLicense;
  if (license)
    io.log(`${cell(license.name)} licences: ${cell(license.used)} used of ${cell(license.total)}.`);
}

function assignments(integration: IntegrationSummary): string {
  return [...integration.permissionSets, ...integration.permissionSetGroups].join(', ');
}

/** The engine's status, plus how many changes it would make (report-only ones are not drift). */
function drift(integration: IntegrationSummary): string {
  const pending = integration.plannedActions.filter((action) => !action.reportOnly).length;
  const status = cell(integration.status);
  return pending > 0 ? `${status} (${pending} change${pending === 1 ? '' : 's'})` : status;
}

import { readAppStates, type AppState } from '../org/apps.js';
import type { IntegrationSummary, PageModel } from '../org/engine-types.js';
import { ExitCode, type Command, type CommandContext } from './command.js';
import { parseFlags } from './flags.js';
import {
  cell,
  describeOrg,
  engineFlags,
  engineFor,
  engineUsage,
  openOrg,
  reportingOrgErrors,
  usageWith,
  waitMinutes,
} from './org-command.js';
import { printJson, table } from './output.js';

const DEFAULT_WAIT_MINUTES = 2;

export interface StatusDependencies {
  readAppStates: typeof readAppStates;
}

/**
 * Shows each integration user as the engine sees it, each External Client App as the Metadata API
 * shows it (Apex cannot read them: IntegrationUserAuthentication.cls), and the org's API usage.
 */
export function createStatusCommand(dependencies: StatusDependencies = { readAppStates }): Command {
  return {
    name: 'status',
    summary:
      'Show each integration user (state, drift, logins), its app (deployed, runs as its user) and the org API usage.',
    usage: usageWith(engineUsage, DEFAULT_WAIT_MINUTES),
    async run(context) {
      const { values } = parseFlags(context.argv, engineFlags);
      const json = values.json === true;
      return reportingOrgErrors(context, json, async () => {
        const minutes = waitMinutes(values.wait, DEFAULT_WAIT_MINUTES);
        const open = await openOrg(values['target-org']);
        const model = await engineFor(open, values.namespace, minutes).status();
        // The apps are read with the Metadata API; an org or a user that cannot read them still gets the rest.
        let apps: AppState[] | null = null;
        let appsError: string | null = null;
        try {
          apps = await dependencies.readAppStates(open.session.connection, model, open.session.target);
        } catch (error) {
          appsError = error instanceof Error ? error.message : String(error);
        }
        if (json) {
          printJson(context, ExitCode.ok, { ...model, apps, appsError });
        } else {
          context.out(
            `Status of ${describeOrg(open)}${model.environment ? `, environment ${model.environment}` : ''}`,
          );
          printStatus(context, model);
          printApps(context, apps, appsError);
        }
        return ExitCode.ok;
      });
    },
  };
}

export const statusCommand = createStatusCommand();

/** One row per External Client App: deployed, flow on, runs as the integration user, user can log in. */
export function printApps(context: CommandContext, apps: AppState[] | null, error: string | null): void {
  if (error) {
    context.err(
      `External Client Apps could not be read (${error}). Reading them needs "View all External Client Apps, view their settings, and edit their policies".`,
    );
    return;
  }
  if (!apps || apps.length === 0) return;
  context.out('');
  const rows = apps.map((app) => [
    app.integration,
    app.app,
    app.method === 'clientCredentials' ? 'client credentials' : 'JWT bearer',
    app.status,
    app.runAsUser ?? (app.method === 'jwtBearer' ? '(pre-authorised user)' : ''),
    app.message,
  ]);
  for (const line of table([['INTEGRATION', 'APP', 'FLOW', 'APP STATUS', 'RUNS AS', 'DETAIL'], ...rows]))
    context.out(line);
}

export function printStatus(context: CommandContext, model: PageModel): void {
  if (model.integrations.length === 0) {
    context.out('No integration definitions are deployed in this org. Run: npm run iuk -- deploy');
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
      String(integration.recentLogins.filter((login) => login.outsideIpRanges).length),
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
    for (const line of table([header, ...rows])) context.out(line);
  }
  const usage = model.apiUsage;
  if (usage) {
    context.out(
      `API requests (last 24 h): ${cell(usage.used)} of ${cell(usage.max)}` +
        (usage.percentUsed === null ? '' : ` (${usage.percentUsed}%)`),
    );
  }
  const license = model.userLicense;
  if (license)
    context.out(`${cell(license.name)} licences: ${cell(license.used)} used of ${cell(license.total)}.`);
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

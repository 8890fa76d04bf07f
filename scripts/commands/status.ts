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

/** Shows each integration user as the engine sees it, and the org's API usage. */
export const statusCommand: Command = {
  name: 'status',
  summary: 'Show each integration user (state, drift, logins) and the org API usage.',
  usage: usageWith(engineUsage, DEFAULT_WAIT_MINUTES),
  async run(context) {
    const { values } = parseFlags(context.argv, engineFlags);
    const json = values.json === true;
    return reportingOrgErrors(context, json, async () => {
      const minutes = waitMinutes(values.wait, DEFAULT_WAIT_MINUTES);
      const open = await openOrg(values['target-org']);
      const model = await engineFor(open, values.namespace, minutes).status();
      if (json) {
        printJson(context, ExitCode.ok, model);
      } else {
        context.out(
          `Status of ${describeOrg(open)}${model.environment ? `, environment ${model.environment}` : ''}`,
        );
        printStatus(context, model);
      }
      return ExitCode.ok;
    });
  },
};

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

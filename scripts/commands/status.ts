import type { IntegrationSummary, PageModel } from '../org/engine-types.js';
import { defineCommand, outcome, type CommandIo } from './command.js';
import { engineFlags } from './flags.js';
import { describeOrg, engineFor, openOrg } from './org-command.js';
import { cell, table } from './output.js';

export type IukStatusResult = PageModel;

/** Shows each integration user as the engine sees it, and the org's API usage. */
export const statusCommand = defineCommand({
  name: 'status',
  messages: 'status',
  flags: engineFlags(2),
  async run({ io, flags }) {
    const open = await openOrg(flags['target-org']);
    const model = await (await engineFor(open, flags.namespace, flags.wait)).status();
    io.log(`Status of ${describeOrg(open)}${model.environment ? `, environment ${model.environment}` : ''}`);
    printStatus(io, model);
    return outcome<IukStatusResult>(model);
  },
});

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

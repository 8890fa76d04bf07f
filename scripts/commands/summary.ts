/** The short, human summary of a generated model that `start` and `generate` print. */
import { formatMinutes } from '../definitions/rules/login-hours.js';
import type { IntegrationSummary, ModelSummary } from '../definitions/summary.js';

export type { ModelFigures, ModelSummary } from '../definitions/summary.js';

export function describeModel(summary: ModelSummary): string[] {
  const lines: string[] = [];
  for (const integration of summary.integrations) {
    const profile = integration.profile;
    if (integration.retired) {
      lines.push(
        `  ${integration.name} (${integration.externalSystem}, ${integration.direction}, RETIRED)`,
        `    user ${integration.username}: deactivated by the engine; record written as retired, permission set ${integration.permissionSetName} no longer generated`,
        '    next: deploy and provision, then remove its components (destructive deploy) and delete it from the definitions',
      );
      continue;
    }
    const restrictions = [
      profile.loginIpRanges.length ? `${profile.loginIpRanges.length} IP range(s)` : 'no IP ranges',
      profile.loginHours.length ? `login hours on ${profile.loginHours.length} day(s)` : 'no login hours',
    ].join(', ');
    lines.push(
      `  ${integration.name} (${integration.externalSystem}, ${integration.direction}${integration.active ? '' : ', INACTIVE'})`,
      `    user ${integration.username}, profile "${profile.name}" (${restrictions})`,
      ...restrictionLines(profile),
      `    permission set ${integration.permissionSetName}: ${integration.objects} object(s), ${integration.fieldPermissions} field permission(s)` +
        (integration.alsoAssigns.length ? `; also assigns ${integration.alsoAssigns.join(', ')}` : ''),
      `    logs in: ${integration.logsIn}`,
    );
  }
  return lines;
}

/** The profile's IP ranges and login hours, readably, for the integrations that use it. */
function restrictionLines(profile: IntegrationSummary['profile']): string[] {
  const lines: string[] = [];
  if (profile.loginIpRanges.length > 0) {
    const ranges = profile.loginIpRanges.map((range) =>
      range.startAddress === range.endAddress
        ? range.startAddress
        : `${range.startAddress}-${range.endAddress}`,
    );
    lines.push(`    login IP ranges: ${ranges.join(', ')}`);
  }
  if (profile.loginHours.length > 0) {
    const days = profile.loginHours.map((window) =>
      window.start === window.end
        ? `${window.day} closed`
        : `${window.day} ${formatMinutes(window.start)}-${formatMinutes(window.end)}`,
    );
    lines.push(`    login hours (org time zone): ${days.join(', ')}`);
  }
  return lines;
}

/** The short, human summary of a generated model that `start` and `generate` print. */
import type { ResolvedDefinitions, ResolvedProfile } from '../definitions/model.js';
import { formatMinutes } from '../definitions/rules/login-hours.js';
import { retiredProfiles } from '../metadata/removal.js';

export interface ModelFigures {
  integrations: number;
  activeIntegrations: number;
  retiredIntegrations: number;
  objects: number;
  fieldPermissions: number;
  generatedProfiles: number;
  ipRanges: number;
  loginHourDays: number;
}

export function modelFigures(definitions: ResolvedDefinitions): ModelFigures {
  const retiredProfileNames = new Set(retiredProfiles(definitions));
  const generated = definitions.profiles.filter(
    (profile) => !profile.existing && !retiredProfileNames.has(profile.name),
  );
  const live = definitions.integrations.filter((integration) => !integration.retired);
  return {
    integrations: definitions.integrations.length,
    activeIntegrations: definitions.integrations.filter((integration) => integration.active).length,
    retiredIntegrations: definitions.integrations.filter((integration) => integration.retired).length,
    // What the generated permission sets grant: a retired integration has none.
    objects: live.reduce((sum, integration) => sum + integration.objectPermissions.length, 0),
    fieldPermissions: live.reduce((sum, integration) => sum + integration.fieldPermissions.length, 0),
    generatedProfiles: generated.length,
    ipRanges: generated.reduce((sum, profile) => sum + profile.loginIpRanges.length, 0),
    loginHourDays: generated.reduce((sum, profile) => sum + profile.loginHours.length, 0),
  };
}

export function describeModel(definitions: ResolvedDefinitions): string[] {
  const lines: string[] = [];
  for (const integration of definitions.integrations) {
    const profile = integration.profile;
    if (integration.retired) {
      lines.push(
        `  ${integration.name} (${integration.externalSystem}, ${integration.direction}, RETIRED)`,
        `    user ${integration.user.username}: deactivated by the engine; record written as retired, permission set ${integration.permissionSetName} no longer generated`,
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
      `    user ${integration.user.username}, profile "${profile.name}" (${restrictions})`,
      ...restrictionLines(profile),
      `    permission set ${integration.permissionSetName}: ${integration.objectPermissions.length} object(s), ${integration.fieldPermissions.length} field permission(s)` +
        (integration.extraPermissionSets.length + integration.permissionSetGroups.length
          ? `; also assigns ${[...integration.extraPermissionSets, ...integration.permissionSetGroups].join(', ')}`
          : ''),
      `    logs in: ${authenticationLine(integration)}`,
    );
  }
  return lines;
}

/** How the external system logs in, and what the kit generates for it (rules/authentication.ts). */
function authenticationLine(integration: ResolvedDefinitions['integrations'][number]): string {
  const { method, app, scopes, certificate, reason } = integration.authentication;
  const short = (text: string | undefined) =>
    text && text.length > 80 ? `${text.slice(0, 79)}…` : (text ?? '');
  switch (method) {
    case 'clientCredentials':
      return `client credentials flow of External Client App ${app} (scope ${scopes.join(' ')}), running as this user`;
    case 'jwtBearer':
      return (
        `JWT bearer flow of External Client App ${app} (scope ${scopes.join(' ')}), certificate ${certificate?.file}` +
        (certificate ? ` valid until ${certificate.notAfter.slice(0, 10)}` : '')
      );
    case 'none':
      return reason ? `never (${short(reason)})` : 'never: no app is generated';
    default:
      return `outside the kit (${short(reason)})`;
  }
}

/** The profile's IP ranges and login hours, readably, for the integrations that use it. */
function restrictionLines(profile: ResolvedProfile): string[] {
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

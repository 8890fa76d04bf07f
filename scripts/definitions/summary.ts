/**
 * What the commands print about a model, as plain data: the figures and one entry per integration.
 * A JSON value on purpose: an unchanged generate run reports it from its run record without parsing
 * the definitions again (metadata/run-record.ts).
 */
import type { ResolvedDefinitions, ResolvedIntegration } from './model.js';
import { compareText } from './rules/least-privilege.js';
import type { Weekday } from './weekdays.js';

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

export interface IntegrationSummary {
  name: string;
  externalSystem: string;
  direction: 'inbound' | 'outbound' | 'bidirectional';
  active: boolean;
  retired: boolean;
  username: string;
  permissionSetName: string;
  profile: {
    name: string;
    loginIpRanges: { startAddress: string; endAddress: string }[];
    loginHours: { day: Weekday; start: number; end: number }[];
  };
  objects: number;
  fieldPermissions: number;
  /** Existing permission sets, then permission set groups, that are assigned as well. */
  alsoAssigns: string[];
  /** How the external system logs in, and what the kit generates for it, in one line. */
  logsIn: string;
}

export interface ModelSummary {
  /** The environment the model was resolved for; absent when the file defines none. */
  environment?: string;
  figures: ModelFigures;
  integrations: IntegrationSummary[];
}

export function summarizeModel(definitions: ResolvedDefinitions): ModelSummary {
  const retiredProfileNames = new Set(retiredProfiles(definitions));
  const generated = definitions.profiles.filter(
    (profile) => !profile.existing && !retiredProfileNames.has(profile.name),
  );
  const live = definitions.integrations.filter((integration) => !integration.retired);
  return {
    ...(definitions.environment !== undefined ? { environment: definitions.environment } : {}),
    figures: {
      integrations: definitions.integrations.length,
      activeIntegrations: definitions.integrations.filter((integration) => integration.active).length,
      retiredIntegrations: definitions.integrations.filter((integration) => integration.retired).length,
      // What the generated permission sets grant: a retired integration has none.
      objects: live.reduce((sum, integration) => sum + integration.objectPermissions.length, 0),
      fieldPermissions: live.reduce((sum, integration) => sum + integration.fieldPermissions.count, 0),
      generatedProfiles: generated.length,
      ipRanges: generated.reduce((sum, profile) => sum + profile.loginIpRanges.length, 0),
      loginHourDays: generated.reduce((sum, profile) => sum + profile.loginHours.length, 0),
    },
    integrations: definitions.integrations.map((integration) => ({
      name: integration.name,
      externalSystem: integration.externalSystem,
      direction: integration.direction,
      active: integration.active,
      retired: integration.retired,
      username: integration.user.username,
      permissionSetName: integration.permissionSetName,
      profile: {
        name: integration.profile.name,
        loginIpRanges: integration.profile.loginIpRanges.map(({ startAddress, endAddress }) => ({
          startAddress,
          endAddress,
        })),
        loginHours: integration.profile.loginHours.map(({ day, start, end }) => ({ day, start, end })),
      },
      objects: integration.objectPermissions.length,
      fieldPermissions: integration.fieldPermissions.count,
      alsoAssigns: [...integration.extraPermissionSets, ...integration.permissionSetGroups],
      logsIn: authenticationLine(integration),
    })),
  };
}

/** How the external system logs in, and what the kit generates for it (rules/authentication.ts). */
function authenticationLine(integration: ResolvedIntegration): string {
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

/**
 * Generated profiles whose every integration is retired: the generator stops writing them, and the
 * destructive step removes them. A profile no integration uses at all is still generated (as before).
 */
export function retiredProfiles(definitions: ResolvedDefinitions): string[] {
  /** Generated profile → whether every integration on it so far is retired. */
  const allRetired = new Map<string, boolean>();
  for (const integration of definitions.integrations) {
    if (integration.profile.existing) continue;
    const name = integration.profile.name;
    allRetired.set(name, (allRetired.get(name) ?? true) && integration.retired);
  }
  return [...allRetired.entries()]
    .filter(([, retired]) => retired)
    .map(([name]) => name)
    .sort(compareText);
}

/**
 * auth-info <integration>: what the external system's team needs to get a token as the integration
 * user (token endpoint, grant type, scope, JWT claims), and where an admin reads the consumer key and
 * secret in Setup. Never the secret itself: the kit never reads it (scripts/org/auth-info.ts).
 */
import { readAppStates } from '../org/apps.js';
import { buildAuthInfo, readAppScopes, type AuthInfo } from '../org/auth-info.js';
import { OrgError } from '../org/errors.js';
import { ExitCode, type Command, type CommandContext } from './command.js';
import { parseFlags, UsageError } from './flags.js';
import {
  describeOrg,
  engineFlags,
  engineFor,
  engineUsage,
  openOrg,
  reportingOrgErrors,
  usageWith,
  waitMinutes,
} from './org-command.js';
import { printJson } from './output.js';

const DEFAULT_WAIT_MINUTES = 2;

export interface AuthInfoDependencies {
  readAppScopes: typeof readAppScopes;
  readAppStates: typeof readAppStates;
}

export function createAuthInfoCommand(
  dependencies: AuthInfoDependencies = { readAppScopes, readAppStates },
): Command {
  return {
    name: 'auth-info',
    summary:
      "Show how an integration's external system gets a token (endpoint, grant type, scope); never the secret.",
    usage: [
      '<integration>                      the integration (definition API name)',
      ...usageWith(engineUsage, DEFAULT_WAIT_MINUTES),
    ],
    async run(context) {
      const { values, positionals } = parseFlags(context.argv, engineFlags, true);
      const [name, ...extra] = positionals;
      if (!name || extra.length > 0) throw new UsageError('auth-info takes exactly one integration name');
      const json = values.json === true;
      return reportingOrgErrors(context, json, async () => {
        const minutes = waitMinutes(values.wait, DEFAULT_WAIT_MINUTES);
        const open = await openOrg(values['target-org']);
        const model = await engineFor(open, values.namespace, minutes).status();
        const summary = model.integrations.find(
          (candidate) => String(candidate.name).toLowerCase() === name.toLowerCase(),
        );
        if (!summary) {
          throw new OrgError(
            'failed',
            'NOT_FOUND',
            `No integration named ${name} is deployed in this org.`,
            `Known: ${model.integrations.map((candidate) => candidate.name).join(', ') || '(none)'}.`,
          );
        }
        const connection = open.session.connection;
        const app = summary.appName ?? undefined;
        const scope = app ? await dependencies.readAppScopes(connection, app, open.session.target) : null;
        const states = app
          ? await dependencies.readAppStates(
              connection,
              { ...model, integrations: [summary] },
              open.session.target,
            )
          : [];
        const info = buildAuthInfo(summary, model, scope, states[0], connection.instanceUrl);
        if (json) printJson(context, ExitCode.ok, info);
        else printAuthInfo(context, info, describeOrg(open));
        return ExitCode.ok;
      });
    },
  };
}

export const authInfoCommand = createAuthInfoCommand();

function printAuthInfo(context: CommandContext, info: AuthInfo, org: string): void {
  context.out(`${info.integration} in ${org}`);
  const rows: [string, string | null][] = [
    ['App', info.app],
    ['User', info.username],
    ['Token endpoint', info.tokenEndpoint],
    ['Grant type', info.grantType],
    ['Scope', info.scope],
    ['App status', info.appStatus],
  ];
  for (const [label, value] of rows) if (value) context.out(`  ${`${label}:`.padEnd(16)}${value}`);
  if (info.jwtClaims) {
    context.out(
      `  JWT claims:     iss=${info.jwtClaims.iss} sub=${info.jwtClaims.sub ?? '<username>'} aud=${info.jwtClaims.aud}`,
    );
  }
  if (info.credentials) {
    context.out(`  Credentials:    ${info.credentials.what}.`);
    context.out(`  Where:          ${info.credentials.setupPath}`);
    context.out(
      `  Who can:        an admin with ${info.credentials.permissions.map((permission) => `"${permission}"`).join(', ')}`,
    );
  }
  for (const note of info.notes) context.out(`  ${note}`);
}

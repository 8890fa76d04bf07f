/**
 * auth-info <integration>: what the external system's team needs to get a token as the integration
 * user (token endpoint, grant type, scope, JWT claims), and where an admin reads the consumer key and
 * secret in Setup. Never the secret itself: the kit never reads it (scripts/org/auth-info.ts).
 */
import type { AuthInfo } from '../org/auth-info.js';
import { defineCommand, ExitCode, outcome, type CommandIo } from './command.js';
import { engineFlags } from './flags.js';
import { describeOrg, engineFor, openOrg } from './org-command.js';

export type IukAuthInfoResult = AuthInfo;

export interface AuthInfoDependencies {
  readAppScopes: typeof import('../org/auth-info.js').readAppScopes;
  readAppStates: typeof import('../org/apps.js').readAppStates;
}

export function createAuthInfoCommand(dependencies?: AuthInfoDependencies) {
  return defineCommand({
    name: 'auth-info',
    messages: 'auth-info',
    flags: engineFlags(2),
    args: { integration: { required: true } },
    async run({ io, flags, args, messages }) {
      const name = args.integration ?? '';
      const [{ buildAuthInfo, readAppScopes }, { readAppStates }] = await Promise.all([
        import('../org/auth-info.js'),
        import('../org/apps.js'),
      ]);
      const reads = dependencies ?? { readAppScopes, readAppStates };
      const open = await openOrg(flags['target-org']);
      const model = await (await engineFor(open, flags.namespace, flags.wait)).status();
      const summary = model.integrations.find(
        (candidate) => String(candidate.name).toLowerCase() === name.toLowerCase(),
      );
      if (!summary) {
        const { commandError } = await import('./errors.js');
        throw commandError({
          name: 'NOT_FOUND',
          message: await messages.getMessage('error.NotFound', [name]),
          exitCode: ExitCode.orgFailed,
          actions: [
            `Known: ${model.integrations.map((candidate) => candidate.name).join(', ') || '(none deployed)'}.`,
          ],
        });
      }
      const connection = open.session.connection;
      const app = summary.appName ?? undefined;
      const target = open.session.target;
      const scope = app ? await reads.readAppScopes(connection, app, target) : null;
      const states = app
        ? await reads.readAppStates(connection, { ...model, integrations: [summary] }, target)
        : [];
      const info = buildAuthInfo(summary, model, scope, states[0], connection.instanceUrl);
      printAuthInfo(io, info, describeOrg(open));
      return outcome<IukAuthInfoResult>(info);
    },
  });
}

export const authInfoCommand = createAuthInfoCommand();

function printAuthInfo(io: CommandIo, info: AuthInfo, org: string): void {
  io.log(`${info.integration} in ${org}`);
  const rows: [string, string | null][] = [
    ['App', info.app],
    ['User', info.username],
    ['Token endpoint', info.tokenEndpoint],
    ['Grant type', info.grantType],
    ['Scope', info.scope],
    ['App status', info.appStatus],
  ];
  for (const [label, value] of rows) if (value) io.log(`  ${`${label}:`.padEnd(16)}${value}`);
  if (info.jwtClaims) {
    io.log(
      `  JWT claims:     iss=${info.jwtClaims.iss} sub=${info.jwtClaims.sub ?? '<username>'} aud=${info.jwtClaims.aud}`,
    );
  }
  if (info.credentials) {
    io.log(`  Credentials:    ${info.credentials.what}.`);
    io.log(`  Where:          ${info.credentials.setupPath}`);
    io.log(
      `  Who can:        an admin with ${info.credentials.permissions.map((permission) => `"${permission}"`).join(', ')}`,
    );
  }
  for (const note of info.notes) io.log(`  ${note}`);
}

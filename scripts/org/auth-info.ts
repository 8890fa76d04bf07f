/**
 * The hand-off for the external system's team (issue 11): how to get a token for the integration
 * user, without the secret. The token endpoint is under the org's My Domain (Url.getOrgDomainUrl(),
 * from the engine), the grant type follows the integration's method, the scope is what the app's OAuth
 * settings grant, and the consumer key and secret are read by an admin in Setup, never by the kit: the
 * kit never reads ExtlClntAppGlobalOauthSettings, the only type that holds them.
 */
import type { Connection } from '@salesforce/core';
import { OAUTH_SCOPES } from '../definitions/policy/oauth-scopes.js';
import { componentName } from '../metadata/eca/components.js';
import type { AppState } from './apps.js';
import { describeConnectionFailure } from './connection.js';
import type { IntegrationSummary, PageModel } from './engine-types.js';

export const CLIENT_CREDENTIALS_GRANT = 'client_credentials';
export const JWT_BEARER_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

export interface AuthInfo {
  integration: string;
  method: string;
  app: string | null;
  /** Who the tokens are for. */
  username: string | null;
  tokenEndpoint: string | null;
  grantType: string | null;
  /** OAuth scope names (the app's OAuth settings as the org holds them), space-separated as OAuth writes them. */
  scope: string | null;
  /** JWT bearer only: the claims the external system signs. */
  jwtClaims: { iss: string; sub: string | null; aud: string } | null;
  /** Where an admin reads the consumer key (and, for client credentials, the secret). */
  credentials: { setupPath: string; permissions: string[]; what: string } | null;
  /** The app's state as status reads it, when it could be read. */
  appStatus: string | null;
  notes: string[];
}

/** The permissions Salesforce's help lists for viewing an app's consumer key and secret (article 005197683). */
export const CONSUMER_DETAILS_PERMISSIONS = [
  'View all External Client Apps, view their settings, and edit their policies',
  'Create, edit, and delete External Client Apps',
  'View External Client App Consumer Secrets in Metadata',
];

const SCOPE_BY_METADATA = new Map(OAUTH_SCOPES.map((scope) => [scope.metadata.toLowerCase(), scope.name]));

/** "Api, Chatter" (the metadata value) -> "api chatter_api" (what the token response says). */
export function oauthScopeText(metadataScopes: string): string {
  return metadataScopes
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean)
    .map((value) => SCOPE_BY_METADATA.get(value.toLowerCase()) ?? value)
    .join(' ');
}

/** The app's scopes from its OAuth settings (readMetadata; the type holds no secret). */
export async function readAppScopes(
  connection: Connection,
  app: string,
  target?: string,
): Promise<string | null> {
  try {
    const record = (await connection.metadata.read(
      'ExtlClntAppOauthSettings' as never,
      componentName(app, 'oauthSettings'),
    )) as {
      fullName?: string;
      commaSeparatedOauthScopes?: string;
    };
    return record?.fullName && record.commaSeparatedOauthScopes
      ? oauthScopeText(record.commaSeparatedOauthScopes)
      : null;
  } catch (error) {
    throw describeConnectionFailure(error, target);
  }
}

/** Pure: the hand-off from the engine's view of the integration, the app's scopes and its state. */
export function buildAuthInfo(
  summary: IntegrationSummary,
  model: PageModel,
  scope: string | null,
  app: AppState | undefined,
  fallbackDomain: string,
): AuthInfo {
  const method = summary.authenticationMethod ?? 'NONE';
  const base: AuthInfo = {
    integration: String(summary.name),
    method,
    app: summary.appName ?? null,
    username: summary.userId ? (summary.username ?? null) : null,
    tokenEndpoint: null,
    grantType: null,
    scope: null,
    jwtClaims: null,
    credentials: null,
    appStatus: app?.status ?? null,
    notes: [],
  };
  if (!summary.appName || (method !== 'CLIENT_CREDENTIALS' && method !== 'JWT_BEARER')) {
    base.notes.push(
      method === 'EXTERNAL'
        ? 'This integration authenticates through something the kit does not manage; the definitions file says what.'
        : 'This integration is declared as never logging in: the kit generates no app for it.',
    );
    return base;
  }
  const domain = (model.orgDomainUrl ?? fallbackDomain).replace(/\/+$/, '');
  const clientCredentials = method === 'CLIENT_CREDENTIALS';
  base.tokenEndpoint = `${domain}/services/oauth2/token`;
  base.grantType = clientCredentials ? CLIENT_CREDENTIALS_GRANT : JWT_BEARER_GRANT;
  base.scope = scope;
  base.credentials = {
    setupPath: `Setup > Quick Find "External Client App Manager" > ${summary.label ?? summary.appName} (${summary.appName}) > Settings > OAuth Settings > Consumer Key and Secret (Salesforce asks the admin to verify their identity)`,
    permissions: CONSUMER_DETAILS_PERMISSIONS,
    what: clientCredentials
      ? 'the consumer key (client_id) and consumer secret (client_secret): hand them to the external system through your secret store, never by email or chat'
      : 'the consumer key only (the JWT "iss"); the JWT bearer flow needs no secret: the external system signs with its own private key',
  };
  if (!clientCredentials) {
    base.jwtClaims = {
      iss: '<consumer key>',
      sub: base.username,
      aud: model.isSandbox ? 'https://test.salesforce.com' : 'https://login.salesforce.com',
    };
  }
  if (clientCredentials)
    base.notes.push(
      `POST ${base.tokenEndpoint} with grant_type=${CLIENT_CREDENTIALS_GRANT}, client_id and client_secret (form-encoded); the token is issued for the app's run-as user${base.username ? `, ${base.username}` : ''}.`,
    );
  else
    base.notes.push(
      `POST ${base.tokenEndpoint} with grant_type=${JWT_BEARER_GRANT} and assertion=<the JWT, RS256-signed with the private key of the certificate in the definitions>; expiry (exp) a few minutes ahead.`,
    );
  if (!base.username)
    base.notes.push('The integration user does not exist yet: provision first, then its app is deployed.');
  if (app && app.status !== 'READY') base.notes.push(`Not ready: ${app.message}`);
  return base;
}

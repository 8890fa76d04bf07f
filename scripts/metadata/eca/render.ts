/**
 * The External Client App of one integration, as Metadata API source. Children are in the WSDL's
 * sequence (alphabetical for these types; the order lists in eca/testing/order.ts come from the
 * Metadata WSDL as @salesforce/types renders it). Pure functions of the resolved model: byte-stable.
 *
 * What each file carries, and why (docs/authentication.md has the full reasoning):
 * - ExternalClientApplication: the header. Contact email, label and description from the owner and
 *   the justification; distributionState Local (this org's own app).
 * - ExtlClntAppOauthSettings: the scopes (least privilege: "Api" unless the definitions justify more).
 *   No oauthLink: the deploy generates it for the org's own OAuth consumer.
 * - ExtlClntAppGlobalOauthSettings: which flows the app allows and, for JWT bearer, the public
 *   certificate. Never a consumerKey or consumerSecret: Salesforce creates them in the org, and
 *   verify refuses any file in the project that holds one.
 * - ExtlClntAppConfigurablePolicies: the app and its OAuth plugin are enabled (while the
 *   integration is active).
 * - ExtlClntAppOauthConfigurablePolicies: rendered only at deploy time (renderOauthPolicies), because it
 *   names the run-as user, who must exist in the org first.
 */
import type { ResolvedIntegration } from '../../definitions/model.js';
import { oauthScope } from '../../definitions/policy/oauth-scopes.js';
import { element, optional, renderDocument, truncate, type XmlChild } from '../xml.js';
import { componentName, componentPath, type AppComponentKind } from './components.js';

/**
 * Required by Setup for every OAuth-enabled app and never called by the client credentials or JWT
 * bearer flows (neither redirects a browser). Salesforce's own OAuth callback page, so that no
 * third-party host is trusted if someone tried the web server flow (which the pre-authorisation policy
 * and the API-only user block anyway).
 */
export const UNUSED_CALLBACK_URL = 'https://login.salesforce.com/services/oauth2/callback';

/** Values of the OAuth policy; docs/salesforce-facts.md, "Authentication (External Client Apps)". */
export const OAUTH_POLICY_VALUES = {
  /** Only users the admin pre-authorised (through the integration's own permission set) may use the app. */
  permittedUsersPolicyType: 'AdminApprovedPreAuthorized',
  /** Enforce the user's profile login IP ranges; no relaxation. */
  ipRelaxationPolicyType: 'Enforce',
  /** Neither flow issues refresh tokens; any that were issued expire at once. */
  refreshTokenPolicyType: 'Zero',
} as const;

/** What the OAuth policy needs from the org: who the client credentials flow runs as, and the pre-authorising set. */
export interface RunAs {
  /** The integration user's username in this org (the engine's resolution of the definition's template). */
  username: string;
  /** Id of the integration's generated permission set in this org (commaSeparatedPermissionSet takes ids). */
  permissionSetId: string;
}

function app(integration: ResolvedIntegration): string {
  const name = integration.authentication.app;
  if (!name)
    throw new Error(
      `${integration.name} has no External Client App (method ${integration.authentication.method}).`,
    );
  return name;
}

/** The app's files that live in the generated tree (everything but the OAuth policy), path → content. */
export function renderAppFiles(integration: ResolvedIntegration): Map<string, string> {
  const name = app(integration);
  const files = new Map<string, string>();
  const add = (kind: AppComponentKind, content: string) => files.set(componentPath(name, kind), content);
  add('app', renderHeader(integration));
  add('oauthSettings', renderOauthSettings(integration));
  add('globalOauthSettings', renderGlobalOauthSettings(integration));
  add('policies', renderConfigurablePolicies(integration));
  return files;
}

/**
 * The part of the app an ISV's package can carry (a connector's app, examples/isv-connector): the
 * header, distributed as Packaged, and the OAuth settings (its scopes). The global OAuth settings
 * cannot be packaged, and the policies are the subscriber admin's (they name a user of the subscriber
 * org): the subscriber's admin, or the kit's deploy in that org, sets them. docs/authentication.md.
 */
export function renderPackageableApp(integration: ResolvedIntegration): Map<string, string> {
  const name = app(integration);
  return new Map([
    [componentPath(name, 'app'), renderHeader(integration, 'Packaged')],
    [componentPath(name, 'oauthSettings'), renderOauthSettings(integration)],
  ]);
}

/** The same in every environment (no username in it), so that it can ship in a package too. */
export function renderHeader(
  integration: ResolvedIntegration,
  distributionState: 'Local' | 'Packaged' = 'Local',
): string {
  const description = truncate(
    `Integration User Kit: how ${integration.externalSystem} logs in as the ${integration.label} integration user. ` +
      `Owner: ${integration.owner.name}. Why: ${integration.justification}`,
    255,
  );
  return renderDocument('ExternalClientApplication', [
    element('contactEmail', integration.owner.email),
    element('description', description),
    element('distributionState', distributionState),
    element('isProtected', false),
    element('label', truncate(integration.label, 80)),
  ]);
}

/** "Api" or "Api, Chatter": the Metadata API spelling, in the policy's scope order. */
export function metadataScopes(integration: ResolvedIntegration): string {
  return integration.authentication.scopes.map((name) => oauthScope(name)!.metadata).join(', ');
}

export function renderOauthSettings(integration: ResolvedIntegration): string {
  return renderDocument('ExtlClntAppOauthSettings', [
    element('commaSeparatedOauthScopes', metadataScopes(integration)),
    element('externalClientApplication', app(integration)),
    element('isFirstPartyAppEnabled', false),
    element('label', truncate(`${integration.label} OAuth settings`, 80)),
  ]);
}

export function renderGlobalOauthSettings(integration: ResolvedIntegration): string {
  const { method, certificate } = integration.authentication;
  return renderDocument('ExtlClntAppGlobalOauthSettings', [
    element('callbackUrl', UNUSED_CALLBACK_URL),
    // The public certificate enables the JWT bearer flow; the private key stays with the external system.
    optional('certificate', method === 'jwtBearer' ? certificate?.base64 : undefined),
    element('externalClientApplication', app(integration)),
    element('isClientCredentialsFlowEnabled', method === 'clientCredentials'),
    element('isCodeCredFlowEnabled', false),
    element('isConsumerSecretOptional', false),
    element('isDeviceFlowEnabled', false),
    element('isTokenExchangeEnabled', false),
    element('label', truncate(`${integration.label} global OAuth settings`, 80)),
  ]);
}

export function renderConfigurablePolicies(integration: ResolvedIntegration): string {
  // An inactive integration's app stops issuing tokens too; its user is frozen or deactivated anyway.
  return renderDocument('ExtlClntAppConfigurablePolicies', [
    element('externalClientApplication', app(integration)),
    element('isEnabled', integration.active),
    element('isOauthPluginEnabled', true),
    element('label', truncate(`${integration.label} policies`, 80)),
  ]);
}

/** The OAuth policy: pre-authorised for this user only, and for client credentials, runs as it. */
export function renderOauthPolicies(integration: ResolvedIntegration, runAs: RunAs): string {
  const clientCredentials = integration.authentication.method === 'clientCredentials';
  const children: XmlChild[] = [
    clientCredentials ? element('clientCredentialsFlowUser', runAs.username) : undefined,
    element('commaSeparatedPermissionSet', runAs.permissionSetId),
    element('externalClientApplication', app(integration)),
    element('ipRelaxationPolicyType', OAUTH_POLICY_VALUES.ipRelaxationPolicyType),
    element('isClientCredentialsFlowEnabled', clientCredentials),
    element('isGuestCodeCredFlowEnabled', false),
    element('isTokenExchangeFlowEnabled', false),
    element('label', truncate(`${integration.label} OAuth policies`, 80)),
    element('permittedUsersPolicyType', OAUTH_POLICY_VALUES.permittedUsersPolicyType),
    element('refreshTokenPolicyType', OAUTH_POLICY_VALUES.refreshTokenPolicyType),
  ];
  return renderDocument('ExtlClntAppOauthConfigurablePolicies', children);
}

export function oauthPoliciesPath(integration: ResolvedIntegration): string {
  return componentPath(app(integration), 'oauthPolicies');
}

export function oauthPoliciesName(integration: ResolvedIntegration): string {
  return componentName(app(integration), 'oauthPolicies');
}

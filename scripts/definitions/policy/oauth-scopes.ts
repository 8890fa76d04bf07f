/**
 * The OAuth scopes an integration's External Client App may carry, in the two spellings Salesforce
 * uses: the scope string an OAuth client sees (the token response's `scope`, the names Setup shows in
 * parentheses, login.salesforce.com's `scopes_supported`) and the value the Metadata API writes in
 * ExtlClntAppOauthSettings.commaSeparatedOauthScopes (the ConnectedAppOauthAccessScope enumeration of
 * the Metadata WSDL: "Api", "RefreshToken", ...; the Metadata API guide's sample writes
 * "Basic, Web"). Definitions use the OAuth spelling; the generator writes the metadata spelling.
 * Sources and what is unconfirmed: docs/salesforce-facts.md, "Authentication (External Client Apps)".
 *
 * Least privilege: `api` is what an integration needs and the only scope allowed without a written
 * justification; every other scope is broader or unrelated to server-to-server API access.
 */

export interface OauthScope {
  /** The OAuth scope string, as definitions write it. */
  name: string;
  /** The Metadata API value (ConnectedAppOauthAccessScope). */
  metadata: string;
  /** What it grants, for messages. */
  grants: string;
  /** The client credentials and JWT bearer flows never return a refresh token: the scope does nothing there. */
  refreshOnly?: boolean;
}

export const OAUTH_SCOPES: readonly OauthScope[] = [
  { name: 'api', metadata: 'Api', grants: 'the REST, SOAP and Bulk APIs as the integration user' },
  { name: 'id', metadata: 'Basic', grants: 'the identity URL service' },
  { name: 'web', metadata: 'Web', grants: 'web browser sessions (frontdoor.jsp) as the user' },
  { name: 'full', metadata: 'Full', grants: 'everything the user can access, every other scope included' },
  { name: 'chatter_api', metadata: 'Chatter', grants: 'the Connect REST API' },
  { name: 'visualforce', metadata: 'CustomApplications', grants: 'Visualforce pages' },
  {
    name: 'refresh_token',
    metadata: 'RefreshToken',
    grants: 'refresh tokens, so that access continues while nobody is logged in',
    refreshOnly: true,
  },
  {
    name: 'offline_access',
    metadata: 'OfflineAccess',
    grants: 'refresh tokens (the OpenID Connect name)',
    refreshOnly: true,
  },
  { name: 'openid', metadata: 'OpenID', grants: 'OpenID Connect ID tokens' },
  { name: 'profile', metadata: 'Profile', grants: "the user's OpenID Connect profile claims" },
  { name: 'email', metadata: 'Email', grants: "the user's email address claim" },
  { name: 'address', metadata: 'Address', grants: "the user's address claim" },
  { name: 'phone', metadata: 'Phone', grants: "the user's phone claim" },
  { name: 'custom_permissions', metadata: 'CustomPermissions', grants: "the user's custom permissions" },
  { name: 'wave_api', metadata: 'Wave', grants: 'the CRM Analytics REST API' },
  { name: 'eclair_api', metadata: 'Eclair', grants: 'the Analytics maps (Eclair) API' },
  { name: 'pardot_api', metadata: 'Pardot', grants: 'Account Engagement (Pardot) APIs' },
  { name: 'lightning', metadata: 'Lightning', grants: 'Lightning applications' },
  { name: 'content', metadata: 'Content', grants: 'content resources' },
  { name: 'cdp_api', metadata: 'CDP', grants: 'Data Cloud APIs' },
  { name: 'cdp_ingest_api', metadata: 'CDPIngest', grants: 'the Data Cloud Ingestion API' },
  { name: 'cdp_profile_api', metadata: 'CDPProfile', grants: 'Data Cloud profile data' },
  { name: 'cdp_query_api', metadata: 'CDPQuery', grants: 'Data Cloud ANSI SQL queries' },
  { name: 'cdp_segment_api', metadata: 'CDPSegment', grants: 'Data Cloud segments' },
  {
    name: 'cdp_identityresolution_api',
    metadata: 'CDPIdentityResolution',
    grants: 'Data Cloud identity resolution',
  },
  {
    name: 'cdp_calculated_insight_api',
    metadata: 'CDPCalculatedInsight',
    grants: 'Data Cloud calculated insights',
  },
  { name: 'chatbot_api', metadata: 'Chatbot', grants: 'chatbot APIs' },
  { name: 'einstein_gpt_api', metadata: 'EinsteinGPT', grants: 'Einstein generative AI APIs' },
  { name: 'sfap_api', metadata: 'SFAP', grants: 'Salesforce API Platform APIs' },
  { name: 'interaction_api', metadata: 'Interaction', grants: 'interaction APIs' },
  { name: 'mcp_api', metadata: 'MCP', grants: 'Salesforce MCP servers' },
];

/** The scope every app gets by default and the only one that needs no justification. */
export const BASELINE_SCOPE = 'api';

const BY_NAME = new Map(OAUTH_SCOPES.map((scope) => [scope.name, scope]));
const BY_METADATA = new Map(OAUTH_SCOPES.map((scope) => [scope.metadata.toLowerCase(), scope]));

export function oauthScope(name: string): OauthScope | undefined {
  return BY_NAME.get(name);
}

/** A scope written in the Metadata API's spelling ("Api", "RefreshToken"): the OAuth name to write instead. */
export function scopeFromMetadataName(name: string): OauthScope | undefined {
  return BY_METADATA.get(name.toLowerCase());
}

/**
 * The custom metadata record that tells the in-org engine about one integration user. The type and
 * its fields live in the packageable core (force-app/core/definitions); this module is the only
 * writer of its records, and DEFINITION_FIELDS is checked against the type's field files by a test,
 * so the two cannot drift apart.
 */
import type { ResolvedDefinitions, ResolvedIntegration } from '../definitions/model.js';
import { formatIpRangesForRecord } from '../definitions/rules/ip-ranges.js';
import { formatLoginHoursForRecord } from '../definitions/rules/login-hours.js';
import {
  formatAccessJustificationsForRecord,
  formatObjectAccessForRecord,
} from '../definitions/rules/object-access.js';
import type { AuthenticationMethod } from '../definitions/schema.js';
import { documentEnd, documentStart, escapeXml, leafXml } from './xml.js';

export const DEFINITION_TYPE = 'Integration_User_Definition';

/**
 * Source__c of every record the generator writes: the definition lives in a repository, so the org
 * shows it read-only (the next deploy would overwrite an edit). Records the setup assistant deploys
 * from Apex say `Org` (IntegrationUserDefinitionWriter.SOURCE_ORG).
 */
export const SOURCE_REPOSITORY = 'Repository';

/**
 * Picklist values that only the in-org writer (force-app/core/authoring) puts on a record; the
 * generator never writes them. The contract test checks them against the Apex writer's constants.
 */
export const APEX_ONLY_PICKLIST_VALUES: Readonly<Record<string, readonly string[]>> = {
  Source__c: ['Org'],
};

type XsdType = 'xsd:string' | 'xsd:boolean';

/** Authentication_Method__c picklist values, per definitions method (the engine's AUTH_METHOD_ constants map them). */
export const AUTHENTICATION_PICKLIST: Record<AuthenticationMethod, string> = {
  clientCredentials: 'ClientCredentials',
  jwtBearer: 'JwtBearer',
  none: 'None',
  external: 'External',
};

/** Field API name (without namespace) → how to read it from an integration. */
export const DEFINITION_FIELDS: Record<
  string,
  {
    type: XsdType;
    value: (
      integration: ResolvedIntegration,
      definitions: ResolvedDefinitions,
    ) => string | boolean | undefined;
  }
> = {
  Access_Justifications__c: { type: 'xsd:string', value: (i) => formatAccessJustificationsForRecord(i) },
  Active__c: { type: 'xsd:boolean', value: (i) => i.active },
  Alias__c: { type: 'xsd:string', value: (i) => i.user.alias },
  Authentication_Method__c: {
    type: 'xsd:string',
    value: (i) => AUTHENTICATION_PICKLIST[i.authentication.method],
  },
  Business_Justification__c: { type: 'xsd:string', value: (i) => i.justification },
  Direction__c: {
    type: 'xsd:string',
    value: (i) => ({ inbound: 'Inbound', outbound: 'Outbound', bidirectional: 'Bidirectional' })[i.direction],
  },
  Email_Encoding__c: { type: 'xsd:string', value: (i) => i.user.emailEncoding },
  Email__c: { type: 'xsd:string', value: (i) => i.user.email },
  Environment__c: { type: 'xsd:string', value: (_, d) => d.environment },
  External_Client_App__c: { type: 'xsd:string', value: (i) => i.authentication.app },
  External_System__c: { type: 'xsd:string', value: (i) => i.externalSystem },
  First_Name__c: { type: 'xsd:string', value: (i) => i.user.firstName },
  Inactive_Action__c: {
    type: 'xsd:string',
    value: (i) => (i.whenInactive === 'deactivate' ? 'Deactivate' : 'Freeze'),
  },
  Language__c: { type: 'xsd:string', value: (i) => i.user.language },
  Last_Name__c: { type: 'xsd:string', value: (i) => i.user.lastName },
  Locale__c: { type: 'xsd:string', value: (i) => i.user.locale },
  Login_Hours__c: {
    type: 'xsd:string',
    value: (i) => formatLoginHoursForRecord(i.profile.loginHours) || undefined,
  },
  Login_Ip_Ranges__c: {
    type: 'xsd:string',
    value: (i) => formatIpRangesForRecord(i.profile.loginIpRanges) || undefined,
  },
  Object_Access__c: { type: 'xsd:string', value: (i) => formatObjectAccessForRecord(i) },
  Owner_Email__c: { type: 'xsd:string', value: (i) => i.owner.email },
  Owner_Name__c: { type: 'xsd:string', value: (i) => i.owner.name },
  Permission_Set_Groups__c: {
    type: 'xsd:string',
    value: (i) => i.permissionSetGroups.join('\n') || undefined,
  },
  Permission_Set_License__c: { type: 'xsd:string', value: (_, d) => d.settings.permissionSetLicense },
  Permission_Sets__c: {
    type: 'xsd:string',
    value: (i) => [i.permissionSetName, ...i.extraPermissionSets].join('\n'),
  },
  Profile_Name__c: { type: 'xsd:string', value: (i) => i.profile.name },
  // A retired integration's record stays deployed (inactive) until the destructive step removes it.
  Retired__c: { type: 'xsd:boolean', value: (i) => i.retired },
  Remove_Unlisted_Assignments__c: { type: 'xsd:boolean', value: (i) => i.removeUnlistedAssignments },
  Source__c: { type: 'xsd:string', value: () => SOURCE_REPOSITORY },
  Time_Zone__c: { type: 'xsd:string', value: (i) => i.user.timeZone },
  Username__c: { type: 'xsd:string', value: (i) => i.user.username },
};

function prefix(definitions: ResolvedDefinitions): string {
  return definitions.settings.namespace ? `${definitions.settings.namespace}__` : '';
}

export function definitionRecordPath(
  integration: ResolvedIntegration,
  definitions: ResolvedDefinitions,
): string {
  return `customMetadata/${prefix(definitions)}${DEFINITION_TYPE}.${integration.name}.md-meta.xml`;
}

const RECORD_ATTRIBUTES = {
  'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
  'xmlns:xsd': 'http://www.w3.org/2001/XMLSchema',
};

/** The record's fields in the order they are written (by full API name), per namespace prefix. */
const fieldOrder = new Map<string, [string, (typeof DEFINITION_FIELDS)[string]][]>();
function orderedFields(namespace: string): [string, (typeof DEFINITION_FIELDS)[string]][] {
  let fields = fieldOrder.get(namespace);
  if (!fields) {
    fields = Object.entries(DEFINITION_FIELDS)
      .map(([field, spec]): [string, (typeof DEFINITION_FIELDS)[string]] => [`${namespace}${field}`, spec])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    fieldOrder.set(namespace, fields);
  }
  return fields;
}

/**
 * Written as text (the layout renderDocument gives elements): 10,000 integrations mean 10,000
 * records, and an element object per value made this the slowest renderer.
 */
export function renderDefinitionRecord(
  integration: ResolvedIntegration,
  definitions: ResolvedDefinitions,
): string {
  let text =
    documentStart('CustomMetadata', RECORD_ATTRIBUTES) +
    leafXml('label', integration.label, 1) +
    leafXml('protected', false, 1);
  for (const [field, spec] of orderedFields(prefix(definitions))) {
    const value = spec.value(integration, definitions);
    text +=
      '    <values>\n' +
      leafXml('field', field, 2) +
      (value === undefined
        ? '        <value xsi:nil="true"/>\n'
        : `        <value xsi:type="${spec.type}">${typeof value === 'string' ? escapeXml(value) : String(value)}</value>\n`) +
      '    </values>\n';
  }
  return text + documentEnd('CustomMetadata');
}

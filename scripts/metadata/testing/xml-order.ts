/**
 * Element order checks for Metadata API XML. The Metadata API reads source as the WSDL's xsd:sequence,
 * so a child out of order is a deploy error ("Element {...}x invalid at this location"). The orders
 * below are copied from /work/shared/reference/salesforce-facts.md (§2 Profile, §3 PermissionSet,
 * §5 CustomMetadata) and the WSDL's nested types, so the tests state the platform's order
 * independently of the renderers.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';

export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/** Profile children, salesforce-facts.md §2. */
export const PROFILE_ORDER = [
  'applicationVisibilities',
  'categoryGroupVisibilities',
  'classAccesses',
  'custom',
  'customMetadataTypeAccesses',
  'customPermissions',
  'customSettingAccesses',
  'description',
  'externalDataSourceAccesses',
  'fieldPermissions',
  'flowAccesses',
  'layoutAssignments',
  'loginFlows',
  'loginHours',
  'loginIpRanges',
  'objectPermissions',
  'pageAccesses',
  'profileActionOverrides',
  'recordTypeVisibilities',
  'tabVisibilities',
  'userLicense',
  'userPermissions',
] as const;

/** PermissionSet children, salesforce-facts.md §3. */
export const PERMISSION_SET_ORDER = [
  'applicationVisibilities',
  'classAccesses',
  'customMetadataTypeAccesses',
  'customPermissions',
  'customSettingAccesses',
  'description',
  'emailRoutingAddressAccesses',
  'externalCredentialPrincipalAccesses',
  'externalDataSourceAccesses',
  'fieldPermissions',
  'flowAccesses',
  'hasActivationRequired',
  'label',
  'license',
  'objectPermissions',
  'pageAccesses',
  'recordTypeVisibilities',
  'tabSettings',
  'userPermissions',
] as const;

/** CustomMetadata children, salesforce-facts.md §5. */
export const CUSTOM_METADATA_ORDER = ['label', 'protected', 'values'] as const;

/** Nested types (salesforce-facts.md §2, §3, §5 list their fields; the WSDL sequences are alphabetical). */
export const NESTED_ORDER: Record<string, readonly string[]> = {
  objectPermissions: [
    'allowCreate',
    'allowDelete',
    'allowEdit',
    'allowRead',
    'modifyAllRecords',
    'object',
    'viewAllFields',
    'viewAllRecords',
  ],
  fieldPermissions: ['editable', 'field', 'readable'],
  loginIpRanges: ['description', 'endAddress', 'startAddress'],
  userPermissions: ['enabled', 'name'],
  values: ['field', 'value'],
  // ProfileLoginHours: the WSDL sequence is alphabetical (fridayEnd, fridayStart, mondayEnd, ...), as
  // WSDL2Java output of the Metadata WSDL shows; it is not the weekday order.
  loginHours: [
    'fridayEnd',
    'fridayStart',
    'mondayEnd',
    'mondayStart',
    'saturdayEnd',
    'saturdayStart',
    'sundayEnd',
    'sundayStart',
    'thursdayEnd',
    'thursdayStart',
    'tuesdayEnd',
    'tuesdayStart',
    'wednesdayEnd',
    'wednesdayStart',
  ],
};

/**
 * External Client App types: their order is read from the Metadata WSDL as @salesforce/types renders
 * it (lib/metadata.d.ts, one property per WSDL element, in sequence order), not copied by hand.
 */
export const ECA_TYPES = [
  'ExternalClientApplication',
  'ExtlClntAppOauthSettings',
  'ExtlClntAppGlobalOauthSettings',
  'ExtlClntAppConfigurablePolicies',
  'ExtlClntAppOauthConfigurablePolicies',
] as const;

export const ROOT_ORDER: Record<string, readonly string[]> = {
  Profile: PROFILE_ORDER,
  PermissionSet: PERMISSION_SET_ORDER,
  CustomMetadata: CUSTOM_METADATA_ORDER,
  ...Object.fromEntries(ECA_TYPES.map((type) => [type, wsdlSequence(type)])),
};

/** The element sequence of a Metadata API type, from @salesforce/types' rendering of the WSDL. */
export function wsdlSequence(type: string): string[] {
  const declarations = readFileSync(
    require.resolve('@salesforce/types/metadata').replace(/\.js$/, '.d.ts'),
    'utf8',
  );
  const block = new RegExp(`export type ${type} = Metadata & \\{([^}]*)\\};`).exec(declarations)?.[1];
  assert.ok(block, `@salesforce/types has no Metadata type ${type}`);
  return [...block.matchAll(/^\s*(\w+)\??:/gm)].map((match) => match[1]!);
}

type Ordered = Record<string, unknown>[];

/** Parses a document into its root element, keeping child order (fast-xml-parser preserveOrder). */
export function parseXml(text: string): XmlNode {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    trimValues: false,
  });
  const nodes = toNodes(parser.parse(text) as Ordered).filter((node) => node.name !== '?xml');
  assert.equal(nodes.length, 1, 'an XML document has exactly one root element');
  return nodes[0]!;
}

function toNodes(ordered: Ordered): XmlNode[] {
  const result: XmlNode[] = [];
  for (const item of ordered) {
    const name = Object.keys(item).find((key) => key !== ':@');
    if (!name || name === '#text') continue;
    const content = item[name];
    const childItems = Array.isArray(content) ? (content as Ordered) : [];
    result.push({
      name,
      attributes: (item[':@'] as Record<string, string> | undefined) ?? {},
      children: toNodes(childItems),
      text: childItems.map((child) => (typeof child['#text'] === 'string' ? child['#text'] : '')).join(''),
    });
  }
  return result;
}

/**
 * Asserts that the children of `node` appear in `order` (repeats allowed, grouped together), naming
 * the file, the element and the expected order when they do not.
 */
export function assertChildOrder(node: XmlNode, order: readonly string[], where: string): void {
  let previous: { name: string; index: number } | undefined;
  for (const child of node.children) {
    const index = order.indexOf(child.name);
    assert.ok(
      index >= 0,
      `${where}: <${child.name}> is not a child of <${node.name}> in the Metadata API (allowed: ${order.join(', ')}).`,
    );
    if (previous && index < previous.index) {
      assert.fail(
        `${where}: <${child.name}> comes after <${previous.name}> inside <${node.name}>, but the Metadata API order puts ${child.name} first (order: ${order.join(', ')}).`,
      );
    }
    previous = { name: child.name, index };
  }
}

/** Checks a whole generated document: its root's children and every nested type we know. */
export function assertDocumentOrder(text: string, where: string): XmlNode {
  const root = parseXml(text);
  const order = ROOT_ORDER[root.name];
  assert.ok(order, `${where}: unexpected root element <${root.name}>.`);
  assertChildOrder(root, order, where);
  for (const child of root.children) {
    const nested = NESTED_ORDER[child.name];
    if (nested) assertChildOrder(child, nested, `${where} <${child.name}>`);
  }
  return root;
}

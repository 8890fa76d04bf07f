/**
 * The permission set generated for one integration: exactly its object, field and user permissions,
 * nothing else. Children follow PermissionSet's Metadata API order (see salesforce-facts.md §3).
 */
import type { ResolvedDefinitions, ResolvedIntegration } from '../definitions/model.js';
import type { ResolvedFieldPermissions } from '../definitions/rules/least-privilege.js';
import {
  element,
  escapeXml,
  flatElements,
  optional,
  renderDocument,
  renderDocumentInto,
  truncate,
  type RawXml,
  type TextSink,
  type XmlChild,
} from './xml.js';

export function permissionSetPath(integration: ResolvedIntegration): string {
  return `permissionsets/${integration.permissionSetName}.permissionset-meta.xml`;
}

export function renderPermissionSet(
  integration: ResolvedIntegration,
  definitions: ResolvedDefinitions,
): string {
  return renderDocument('PermissionSet', permissionSetChildren(integration, definitions));
}

/** renderPermissionSet, into a sink (the generator renders large permission sets straight into bytes). */
export function writePermissionSet(
  sink: TextSink,
  integration: ResolvedIntegration,
  definitions: ResolvedDefinitions,
): void {
  renderDocumentInto(sink, 'PermissionSet', permissionSetChildren(integration, definitions));
}

function permissionSetChildren(
  integration: ResolvedIntegration,
  definitions: ResolvedDefinitions,
): XmlChild[] {
  const description = truncate(
    `Integration User Kit: access of the ${integration.label} integration user (${integration.externalSystem}). Owner: ${integration.owner.name}. Generated from the definitions file; do not edit.`,
    255,
  );
  const children: XmlChild[] = [
    element('description', description),
    fieldPermissionsXml(integration.fieldPermissions),
    element('hasActivationRequired', false),
    element(
      'label',
      truncate(`${labelPrefix(definitions.settings.permissionSetPrefix)} ${integration.label}`, 80),
    ),
    optional('license', definitions.settings.permissionSetLicenseElement),
    flatElements('objectPermissions', integration.objectPermissions, [
      ['allowCreate', (permission) => permission.allowCreate],
      ['allowDelete', (permission) => permission.allowDelete],
      ['allowEdit', (permission) => permission.allowEdit],
      ['allowRead', (permission) => permission.allowRead],
      ['modifyAllRecords', (permission) => permission.modifyAllRecords],
      ['object', (permission) => permission.object],
      ['viewAllRecords', (permission) => permission.viewAllRecords],
    ]),
    ...integration.userPermissions.map((name) =>
      element('userPermissions', [element('enabled', true), element('name', name)]),
    ),
  ];
  return children;
}

const FIELD_OPEN_EDITABLE = '    <fieldPermissions>\n        <editable>true</editable>\n        <field>';
const FIELD_OPEN_READ_ONLY = '    <fieldPermissions>\n        <editable>false</editable>\n        <field>';
const FIELD_CLOSE = '</field>\n        <readable>true</readable>\n    </fieldPermissions>\n';

/**
 * The fieldPermissions elements (editable, field, readable), written as text: a large permission set
 * holds thousands of them, so this is the generator's innermost loop. One string per object, no
 * object or closure per field; the object's name is escaped once.
 */
function fieldPermissionsXml(permissions: ResolvedFieldPermissions): RawXml {
  return {
    write(parts) {
      for (const { object, fields, editable } of permissions.byObject) {
        const prefix = `${escapeXml(object)}.`;
        let text = '';
        for (let index = 0; index < fields.length; index++) {
          text +=
            (editable[index] ? FIELD_OPEN_EDITABLE : FIELD_OPEN_READ_ONLY) +
            prefix +
            escapeXml(fields[index]!) +
            FIELD_CLOSE;
        }
        parts.push(text);
      }
    },
  };
}

/** "IUK_" → "IUK": the permission set's label echoes its API-name prefix. */
function labelPrefix(prefix: string): string {
  return prefix.replace(/_+$/, '').replace(/_/g, ' ');
}

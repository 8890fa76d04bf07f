/**
 * The permission set generated for one integration: exactly its object, field and user permissions,
 * nothing else. Children follow PermissionSet's Metadata API order (see salesforce-facts.md §3).
 */
import type { ResolvedDefinitions, ResolvedIntegration } from '../definitions/model.js';
import { element, flatElement, optional, renderDocument, truncate, type XmlChild } from './xml.js';

export function permissionSetPath(integration: ResolvedIntegration): string {
  return `permissionsets/${integration.permissionSetName}.permissionset-meta.xml`;
}

export function renderPermissionSet(
  integration: ResolvedIntegration,
  definitions: ResolvedDefinitions,
): string {
  const description = truncate(
    `Integration User Kit: access of the ${integration.label} integration user (${integration.externalSystem}). Owner: ${integration.owner.name}. Generated from the definitions file; do not edit.`,
    255,
  );
  const children: XmlChild[] = [
    element('description', description),
    ...integration.fieldPermissions.map((permission) =>
      flatElement('fieldPermissions', [
        ['editable', permission.editable],
        ['field', permission.field],
        ['readable', permission.readable],
      ]),
    ),
    element('hasActivationRequired', false),
    element(
      'label',
      truncate(`${labelPrefix(definitions.settings.permissionSetPrefix)} ${integration.label}`, 80),
    ),
    optional('license', definitions.settings.permissionSetLicenseElement),
    ...integration.objectPermissions.map((permission) =>
      flatElement('objectPermissions', [
        ['allowCreate', permission.allowCreate],
        ['allowDelete', permission.allowDelete],
        ['allowEdit', permission.allowEdit],
        ['allowRead', permission.allowRead],
        ['modifyAllRecords', permission.modifyAllRecords],
        ['object', permission.object],
        ['viewAllRecords', permission.viewAllRecords],
      ]),
    ),
    ...integration.userPermissions.map((name) =>
      element('userPermissions', [element('enabled', true), element('name', name)]),
    ),
  ];
  return renderDocument('PermissionSet', children);
}

/** "IUK_" → "IUK": the permission set's label echoes its API-name prefix. */
function labelPrefix(prefix: string): string {
  return prefix.replace(/_+$/, '').replace(/_/g, ' ');
}

/**
 * The permission set generated for one integration: exactly its object, field and user permissions,
 * nothing else. Children follow PermissionSet's Metadata API order (see salesforce-facts.md §3).
 */
import type { ResolvedDefinitions, ResolvedIntegration } from '../definitions/model.js';
import { element, flatElements, optional, renderDocument, truncate, type XmlChild } from './xml.js';

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
    flatElements('fieldPermissions', integration.fieldPermissions, [
      ['editable', (permission) => permission.editable],
      ['field', (permission) => permission.field],
      ['readable', (permission) => permission.readable],
    ]),
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
  return renderDocument('PermissionSet', children);
}

/** "IUK_" → "IUK": the permission set's label echoes its API-name prefix. */
function labelPrefix(prefix: string): string {
  return prefix.replace(/_+$/, '').replace(/_/g, ' ');
}

/**
 * The text of the definition record's Object_Access__c field. It lives with the definitions (not the
 * renderer) because resolve checks that it fits the field before anything is written.
 */
import type { ResolvedIntegration } from '../model.js';

/** Object permission → its token in Object_Access__c, in the order the tokens are written. */
const ACCESS_TOKENS: [keyof ResolvedIntegration['objectPermissions'][number], string][] = [
  ['allowRead', 'read'],
  ['allowCreate', 'create'],
  ['allowEdit', 'edit'],
  ['allowDelete', 'delete'],
  ['viewAllRecords', 'viewAll'],
  ['modifyAllRecords', 'modifyAll'],
];

/**
 * Object_Access__c: one line per object, `Account access=read,edit read=AccountNumber edit=Phone`
 * (permissions in the order above; read= lists read-only fields, edit= editable ones; both sorted and
 * left out when empty). The engine decodes it (IntegrationUserRecordFormats) to check that each object
 * and field exists in the org; the format is specified in docs/contracts.md section 1 and both sides are
 * tested against the vectors in force-app/core/tests/staticresources/IntegrationUserRecordFormatVectors.json.
 */
export function formatObjectAccessForRecord(
  integration: Pick<ResolvedIntegration, 'objectPermissions' | 'fieldPermissions'>,
): string | undefined {
  // One pass over the field permissions (sorted by Object.Field): wide integrations have thousands.
  const fieldsByObject = new Map<string, { read: string[]; edit: string[] }>();
  for (const permission of integration.fieldPermissions) {
    const dot = permission.field.indexOf('.');
    const object = permission.field.slice(0, dot);
    let fields = fieldsByObject.get(object);
    if (!fields) fieldsByObject.set(object, (fields = { read: [], edit: [] }));
    (permission.editable ? fields.edit : fields.read).push(permission.field.slice(dot + 1));
  }
  const lines = integration.objectPermissions.map((permission) => {
    const access = ACCESS_TOKENS.filter(([key]) => permission[key] === true).map(([, token]) => token);
    const fields = fieldsByObject.get(permission.object);
    return [
      permission.object,
      `access=${access.join(',')}`,
      ...(fields && fields.read.length > 0 ? [`read=${fields.read.join(',')}`] : []),
      ...(fields && fields.edit.length > 0 ? [`edit=${fields.edit.join(',')}`] : []),
    ].join(' ');
  });
  return lines.join('\n') || undefined;
}

/**
 * Access_Justifications__c: one line per object entry that has a justification, `Account <why>` (the
 * object's API name, a space, the justification with its line breaks and runs of spaces written as one
 * space, since the record keeps one object per line). Sorted by object. The engine decodes it
 * (IntegrationUserRecordFormats.parseAccessJustifications); docs/contracts.md section 1.
 */
export function formatAccessJustificationsForRecord(
  integration: Pick<ResolvedIntegration, 'accessJustifications'>,
): string | undefined {
  return (
    integration.accessJustifications
      .map(({ object, justification }) => `${object} ${oneLine(justification)}`)
      .join('\n') || undefined
  );
}

/** Whitespace (line breaks included) collapsed to single spaces, trimmed. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

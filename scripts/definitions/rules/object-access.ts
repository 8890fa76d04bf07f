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
  // The field permissions are already grouped by object and sorted: split each group once.
  const fieldsByObject = new Map<string, { read: string[]; edit: string[] }>();
  for (const { object, fields, editable } of integration.fieldPermissions.byObject) {
    const split = { read: [] as string[], edit: [] as string[] };
    for (let index = 0; index < fields.length; index++)
      (editable[index] ? split.edit : split.read).push(fields[index]!);
    fieldsByObject.set(object, split);
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

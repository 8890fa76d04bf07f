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
export function formatObjectAccessForRecord({
  objectPermissions,
  fieldPermissions,
}: Pick<ResolvedIntegration, 'objectPermissions' | 'fieldPermissions'>): string | undefined {
  // Formatted twice (resolve measures it against the field's length, the renderer writes it), never
  // kept: kept for every integration, the texts were among the largest things alive while rendering
  // (peak memory 317 → 274 MiB in the 4x benchmark without them, at the same speed).
  // Both lists are sorted by object, and the field groups are a subset: walk them side by side. Parts
  // are joined (not concatenated) so the text is one flat string, not a rope of thousands of cells.
  const groups = fieldPermissions.byObject;
  let group = 0;
  const lines: string[] = [];
  for (const permission of objectPermissions) {
    const tokens: string[] = [];
    for (const [key, token] of ACCESS_TOKENS) if (permission[key] === true) tokens.push(token);
    let line = `${permission.object} access=${tokens.join(',')}`;
    while (group < groups.length && groups[group]!.object < permission.object) group++;
    const fields = groups[group];
    if (fields && fields.object === permission.object) {
      line += fieldList(' read=', fields.fields, fields.editable, false);
      line += fieldList(' edit=', fields.fields, fields.editable, true);
    }
    lines.push(line);
  }
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

/** `label` and the fields whose editable flag is `editable`, comma-separated; '' when there are none. */
function fieldList(label: string, fields: string[], editable: boolean[], wanted: boolean): string {
  const listed: string[] = [];
  for (let index = 0; index < fields.length; index++)
    if (editable[index] === wanted) listed.push(fields[index]!);
  return listed.length > 0 ? label + listed.join(',') : '';
}

/**
 * Dangerous grants' written justifications. The org knows which powerful permissions an integration
 * holds, but the justification the definitions rules demand for each one lives in the definitions file
 * (objects[].justification for viewAll/modifyAll, userPermissions[].justification for the rest). The
 * export matches each grant the engine reports to its declaration; a grant the file does not declare
 * was given outside the kit, and the report says so.
 */
import type { EvidenceModel } from './generated-types.js';

interface RawIntegration {
  name?: unknown;
  objects?: { object?: unknown; access?: unknown; justification?: unknown }[];
  userPermissions?: { name?: unknown; justification?: unknown }[];
}

export interface DefinitionsJustifications {
  /** The file, as shown to the user (relative to the working directory). */
  file: string;
  integrations: RawIntegration[];
}

/** From the parsed (already validated) definitions file. */
export function justificationsFrom(file: string, parsed: unknown): DefinitionsJustifications {
  const integrations = (parsed as { integrations?: unknown })?.integrations;
  return { file, integrations: Array.isArray(integrations) ? (integrations as RawIntegration[]) : [] };
}

/** "ModifyAllRecords on Account (IUK_X)" / "ModifyAllData (profile P)" / "ViewAllData (IUK_X)". */
const GRANT = /^(?<what>.+?) \((?:profile )?(?<holder>[^()]+)\)$/;
const RECORD_ACCESS = /^(?<permission>ModifyAllRecords|ViewAllRecords) on (?<object>\S+)$/i;
const ACCESS_NAME: Record<string, string> = { modifyallrecords: 'modifyAll', viewallrecords: 'viewAll' };

/** The declared justification of one grant, or why there is none. */
export function justificationOf(
  grant: string,
  integration: RawIntegration | undefined,
  file: string,
): { justification: string | null; source: string } {
  const what = GRANT.exec(grant)?.groups?.what ?? grant;
  if (!integration) return { justification: null, source: `integration not found in ${file}` };
  const record = RECORD_ACCESS.exec(what);
  if (record?.groups) {
    const object = record.groups.object!.toLowerCase();
    const access = ACCESS_NAME[record.groups.permission!.toLowerCase()]!;
    const entry = (integration.objects ?? []).find(
      (candidate) =>
        typeof candidate.object === 'string' &&
        candidate.object.toLowerCase() === object &&
        Array.isArray(candidate.access) &&
        candidate.access.includes(access),
    );
    return entry && typeof entry.justification === 'string' && entry.justification.trim()
      ? { justification: entry.justification.trim(), source: `${file}: objects[${object}].justification` }
      : { justification: null, source: `not declared in ${file}: granted outside the kit?` };
  }
  const permission = what.trim().toLowerCase();
  const entry = (integration.userPermissions ?? []).find(
    (candidate) => typeof candidate.name === 'string' && candidate.name.toLowerCase() === permission,
  );
  return entry && typeof entry.justification === 'string' && entry.justification.trim()
    ? {
        justification: entry.justification.trim(),
        source: `${file}: userPermissions[${what.trim()}].justification`,
      }
    : { justification: null, source: `not declared in ${file}: granted outside the kit?` };
}

/** Fills every dangerous grant's justification in place (the caller passes a copy). */
export function addJustifications(evidence: EvidenceModel, definitions: DefinitionsJustifications): void {
  const byName = new Map<string, RawIntegration>();
  for (const integration of definitions.integrations) {
    if (typeof integration.name === 'string') byName.set(integration.name, integration);
  }
  for (const integration of evidence.integrations) {
    for (const grant of integration.dangerousGrants) {
      const found = justificationOf(grant.grant ?? '', byName.get(integration.name ?? ''), definitions.file);
      grant.justification = found.justification;
      grant.justificationSource = found.source;
    }
  }
}

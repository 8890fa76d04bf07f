/**
 * The export document's format name and version (evidence.json "format" / "formatVersion"), shared by
 * the schema generator (contract.ts, build time) and the document (document.ts, run time).
 */
export const EVIDENCE_FORMAT = 'integration-user-kit-evidence';
export const EVIDENCE_FORMAT_VERSION = 1;

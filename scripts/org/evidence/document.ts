/**
 * The evidence document (evidence.json): the engine's EvidenceModel in an envelope that says what was
 * exported, from which org and when, with dangerous grants' justifications added from the definitions
 * file when one is given. Validated against evidence.schema.json (generated from the Apex classes)
 * before anything is written, so an engine that answers another shape gives a clear error.
 */
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
// Bundled with the code (the launcher's and the sf plugin's bundles have no scripts/ folder to read).
import evidenceSchema from './evidence.schema.json' with { type: 'json' };
import { EVIDENCE_FORMAT, EVIDENCE_FORMAT_VERSION } from './format.js';
import type { EvidenceModel } from './generated-types.js';
import { addJustifications, type DefinitionsJustifications } from './justifications.js';

export type * from './generated-types.js';

/** The schema file written next to evidence.json, which its "$schema" points to. */
export const SCHEMA_FILE_NAME = 'evidence.schema.json';

export interface EvidenceTarget {
  /** The --target-org given (alias or username). */
  org: string;
  username: string | null;
  instanceUrl: string | null;
}

export interface EvidenceDocument {
  $schema: string;
  format: typeof EVIDENCE_FORMAT;
  formatVersion: typeof EVIDENCE_FORMAT_VERSION;
  exportedAt: string;
  target: EvidenceTarget;
  definitionsFile: string | null;
  evidence: EvidenceModel;
}

export interface BuildOptions {
  target: EvidenceTarget;
  exportedAt: Date;
  /** Justifications read from the definitions file, when one was given. */
  definitions?: DefinitionsJustifications;
}

/** Wraps the engine's answer; the model is copied, never changed in place. */
export function buildEvidenceDocument(evidence: EvidenceModel, options: BuildOptions): EvidenceDocument {
  const copy = structuredClone(evidence);
  if (options.definitions) addJustifications(copy, options.definitions);
  return {
    $schema: SCHEMA_FILE_NAME,
    format: EVIDENCE_FORMAT,
    formatVersion: EVIDENCE_FORMAT_VERSION,
    exportedAt: options.exportedAt.toISOString(),
    target: options.target,
    definitionsFile: options.definitions?.file ?? null,
    evidence: copy,
  };
}

/** The schema (what the export copies next to evidence.json). */
export function schemaText(): string {
  return `${JSON.stringify(evidenceSchema, null, 2)}\n`;
}

let validator: ReturnType<Ajv['compile']> | undefined;

/** Problems of a document against the schema, as "path: message" lines; empty when it conforms. */
export function schemaProblems(document: unknown): string[] {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: true });
    addFormats.default(ajv);
    validator = ajv.compile(evidenceSchema);
  }
  if (validator(document)) return [];
  return (validator.errors ?? []).slice(0, 20).map((error: ErrorObject) => {
    const where = error.instancePath || '(root)';
    const extra =
      error.keyword === 'additionalProperties'
        ? ` "${String((error.params as { additionalProperty?: string }).additionalProperty)}"`
        : '';
    return `${where}: ${error.message ?? error.keyword}${extra}`;
  });
}

/**
 * The evidence export end to end, independent of the command framework: ask the engine for the
 * evidence, read the justifications from the definitions file (when there is one), check the answer
 * against the schema, write the four files. The `evidence` command is a thin wrapper around this.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_CONFIG, loadDefinitions } from '../../definitions/load.js';
import { buildEvidenceDocument, type EvidenceTarget } from './document.js';
import type { EvidenceModel } from './generated-types.js';
import { justificationsFrom, type DefinitionsJustifications } from './justifications.js';
import { EvidenceError, writeEvidence } from './write.js';

/** What the export needs from the engine (EngineClient has it). */
export interface EvidenceSource {
  evidence(): Promise<EvidenceModel>;
}

export interface ExportOptions {
  /** --out, relative to cwd. */
  out: string;
  /** --config; when absent, the default definitions file is used if it exists. */
  config?: string;
  cwd: string;
  target: EvidenceTarget;
  now?: Date;
}

export interface ExportSummary {
  outDir: string;
  files: string[];
  definitionsFile: string | null;
  exportedAt: string;
  integrations: { name: string; gaps: number; high: number; medium: number }[];
  orgFindings: number;
}

async function readJustifications(options: ExportOptions): Promise<DefinitionsJustifications | undefined> {
  const file =
    options.config ?? (existsSync(path.join(options.cwd, DEFAULT_CONFIG)) ? DEFAULT_CONFIG : undefined);
  if (!file) return undefined;
  const loaded = await loadDefinitions(file, { cwd: options.cwd });
  if (!loaded.ok) {
    const lines = loaded.problems
      .filter((problem) => problem.severity === 'error')
      .slice(0, 10)
      .map((problem) => `${problem.file}: ${problem.message}`);
    throw new EvidenceError(
      `The definitions file has errors, so the justifications cannot be read:\n  ${lines.join('\n  ')}`,
      `Fix them (npm run validate -- --config ${file}), or pass another --config.`,
    );
  }
  const text = await readFile(path.resolve(options.cwd, file), 'utf8');
  return justificationsFrom(
    path.relative(options.cwd, path.resolve(options.cwd, file)) || file,
    JSON.parse(text),
  );
}

export async function exportEvidence(source: EvidenceSource, options: ExportOptions): Promise<ExportSummary> {
  const definitions = await readJustifications(options);
  const evidence = await source.evidence();
  if (evidence.canView !== true) {
    throw new EvidenceError(
      'The engine returned no evidence: the user is not allowed to view integration users.',
      'Assign the Integration User Kit Admin permission set (custom permission Manage Integration Users).',
    );
  }
  const document = buildEvidenceDocument(evidence, {
    target: options.target,
    exportedAt: options.now ?? new Date(),
    ...(definitions ? { definitions } : {}),
  });
  const files = await writeEvidence(document, options.out, options.cwd);
  return {
    outDir: path.resolve(options.cwd, options.out),
    files,
    definitionsFile: document.definitionsFile,
    exportedAt: document.exportedAt,
    integrations: document.evidence.integrations.map((integration) => ({
      name: integration.name ?? '',
      gaps: integration.items.filter((item) => item.status === 'GAP').length,
      high: integration.findings.filter((finding) => finding.severity === 'HIGH').length,
      medium: integration.findings.filter((finding) => finding.severity === 'MEDIUM').length,
    })),
    orgFindings: document.evidence.orgFindings.length,
  };
}

/**
 * Writes an evidence export into a directory: evidence.json (the document), evidence.schema.json (its
 * schema, which "$schema" points to), evidence.md and evidence.html (the readable report). The document
 * is checked against the schema first; each file is written to a temporary name and renamed, so a
 * failure leaves the previous export or nothing, never half a file. Only these four names are written:
 * other files in the directory are left alone. The directory must not be inside a package directory of
 * the project (it would be deployed with the metadata).
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { schemaProblems, schemaText, SCHEMA_FILE_NAME, type EvidenceDocument } from './document.js';
import { renderHtml, renderMarkdown } from './render.js';
import { reportBlocks } from './report.js';

export const EVIDENCE_FILES = ['evidence.json', SCHEMA_FILE_NAME, 'evidence.md', 'evidence.html'] as const;

export class EvidenceError extends Error {
  override readonly name = 'EvidenceError';
  constructor(
    message: string,
    readonly fix: string,
  ) {
    super(message);
  }
}

/** By name, not instanceof: the launcher's bundle and a test may hold two copies of this module. */
export function isEvidenceError(error: unknown): error is EvidenceError {
  return (
    error instanceof Error &&
    error.name === 'EvidenceError' &&
    typeof (error as EvidenceError).fix === 'string'
  );
}

/** The four files' contents, exactly as written (the README sample and the tests use this too). */
export function renderEvidenceFiles(
  document: EvidenceDocument,
): Record<(typeof EVIDENCE_FILES)[number], string> {
  const problems = schemaProblems(document);
  if (problems.length > 0) {
    throw new EvidenceError(
      `The engine's evidence does not match evidence.schema.json:\n  ${problems.join('\n  ')}`,
      'Deploy the same version of the core as this checkout (npm run iuk -- deploy), or update the checkout.',
    );
  }
  const blocks = reportBlocks(document);
  const title = `Integration user access review: ${document.evidence.orgName ?? document.target.org}`;
  return {
    'evidence.json': `${JSON.stringify(document, null, 2)}\n`,
    [SCHEMA_FILE_NAME]: schemaText(),
    'evidence.md': renderMarkdown(blocks),
    'evidence.html': renderHtml(blocks, title),
  } as Record<(typeof EVIDENCE_FILES)[number], string>;
}

/** Package directories of the project at `root` (sfdx-project.json), absolute. */
function packageDirectories(root: string): string[] {
  const project = path.join(root, 'sfdx-project.json');
  if (!existsSync(project)) return [];
  try {
    const parsed = JSON.parse(readFileSync(project, 'utf8')) as { packageDirectories?: { path?: unknown }[] };
    return (parsed.packageDirectories ?? [])
      .map((entry) => entry.path)
      .filter((entry): entry is string => typeof entry === 'string')
      .map((entry) => path.resolve(root, entry));
  } catch {
    return [];
  }
}

const inside = (child: string, parent: string): boolean => {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/** Writes the export; returns the paths written. */
export async function writeEvidence(
  document: EvidenceDocument,
  outDir: string,
  projectRoot: string,
): Promise<string[]> {
  const target = path.resolve(projectRoot, outDir);
  for (const packageDir of packageDirectories(projectRoot)) {
    if (inside(target, packageDir)) {
      throw new EvidenceError(
        `--out ${outDir} is inside the package directory ${path.relative(projectRoot, packageDir)}: the export would be deployed with the metadata.`,
        'Choose a directory outside force-app, e.g. --out evidence/2026-12.',
      );
    }
  }
  const existing = await stat(target).catch(() => undefined);
  if (existing && !existing.isDirectory()) {
    throw new EvidenceError(
      `--out ${outDir} is a file, not a directory.`,
      'Pass a directory (it is created if missing).',
    );
  }
  const files = renderEvidenceFiles(document);
  await mkdir(target, { recursive: true });
  const written: string[] = [];
  const temporary: string[] = [];
  try {
    for (const [name, content] of Object.entries(files)) {
      const file = path.join(target, name);
      const existingFile = await stat(file).catch(() => undefined);
      if (existingFile && !existingFile.isFile()) {
        throw new EvidenceError(
          `${file} exists and is not a file.`,
          'Remove it or choose another --out directory.',
        );
      }
      const staged = path.join(target, `.${name}.${process.pid}.tmp`);
      await writeFile(staged, content, { encoding: 'utf8', flag: 'wx' });
      temporary.push(staged);
    }
    for (const name of Object.keys(files)) {
      await rename(path.join(target, `.${name}.${process.pid}.tmp`), path.join(target, name));
      written.push(path.join(target, name));
    }
  } finally {
    for (const staged of temporary) await rm(staged, { force: true });
  }
  return written;
}

/**
 * The SFDX project under check: its sourceApiVersion, its package directories and every Apex file in
 * them. Parsing is memoised here so the syntax check and the project rules share one parse per file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseApex, type ParsedApex } from './apex-syntax-tree.js';

export interface ApexFile {
  /** Absolute path. */
  path: string;
  kind: 'class' | 'trigger';
  source: string;
}

export interface ApexProject {
  root: string;
  sourceApiVersion: string;
  /** The package namespace from sfdx-project.json, when there is one. */
  namespace?: string;
  packageDirectories: string[];
  files: ApexFile[];
  parse(file: ApexFile): ParsedApex;
}

/** Folders that hold tooling, never metadata. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.sfdx', '.sf', '__tests__', '.git']);

export function loadApexProject(root: string): ApexProject {
  const projectFile = path.join(root, 'sfdx-project.json');
  if (!existsSync(projectFile)) {
    throw new Error(
      `${projectFile}: not found. Run the Apex checks from an SFDX project root (or pass --project <dir>).`,
    );
  }
  const project = JSON.parse(readFileSync(projectFile, 'utf8')) as {
    sourceApiVersion?: unknown;
    namespace?: unknown;
    packageDirectories?: { path?: unknown }[];
  };
  if (typeof project.sourceApiVersion !== 'string') {
    throw new Error(
      `${projectFile}: "sourceApiVersion" is missing; set it to the API version every class uses, e.g. "63.0".`,
    );
  }
  const packageDirectories = (project.packageDirectories ?? []).map((entry, index) => {
    if (typeof entry.path !== 'string') {
      throw new Error(
        `${projectFile}: packageDirectories[${index}].path is missing; give each package directory a path.`,
      );
    }
    return path.resolve(root, entry.path);
  });
  const files = packageDirectories
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => listApexFiles(dir))
    .sort()
    .map(
      (file): ApexFile => ({
        path: file,
        kind: file.endsWith('.trigger') ? 'trigger' : 'class',
        source: readFileSync(file, 'utf8'),
      }),
    );
  const parsed = new Map<string, ParsedApex>();
  return {
    root,
    sourceApiVersion: project.sourceApiVersion,
    ...(typeof project.namespace === 'string' && project.namespace ? { namespace: project.namespace } : {}),
    packageDirectories,
    files,
    parse(file) {
      let result = parsed.get(file.path);
      if (!result) {
        result = parseApex(file.source, file.kind);
        parsed.set(file.path, result);
      }
      return result;
    },
  };
}

function listApexFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_FOLDERS.has(entry.name) ? [] : listApexFiles(full);
    return entry.isFile() && /\.(cls|trigger)$/.test(entry.name) ? [full] : [];
  });
}

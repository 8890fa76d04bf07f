/**
 * Test helpers for code that writes files: temporary directories that clean themselves up, and
 * snapshots of a directory (content and modification time of every file, plus every folder) so a
 * test can assert "exactly as before" instead of spot-checking a few paths.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';

/** The repository root (this file lives in scripts/metadata/testing). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/** A fresh temporary directory, removed after the calling test file finishes. */
export function tempDir(prefix: string): string {
  const directory = mkdtempSync(path.join(os.tmpdir(), `iuk-${prefix}-`));
  after(() => rmSync(directory, { recursive: true, force: true }));
  return directory;
}

export interface TreeSnapshot {
  /** Relative path (forward slashes) → content. */
  files: Record<string, string>;
  /** Relative path → mtime in ms. */
  mtimes: Record<string, number>;
  /** Every folder below the root, relative. */
  folders: string[];
}

export function snapshotTree(root: string): TreeSnapshot {
  const snapshot: TreeSnapshot = { files: {}, mtimes: {}, folders: [] };
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) {
        // Recorded, never followed: a test must see a link that appears, changes or goes.
        snapshot.files[child] = `symlink -> ${readlinkSync(path.join(root, child))}`;
      } else if (entry.isDirectory()) {
        snapshot.folders.push(child);
        walk(child);
      } else {
        const absolute = path.join(root, child);
        snapshot.files[child] = readFileSync(absolute, 'utf8');
        snapshot.mtimes[child] = statSync(absolute).mtimeMs;
      }
    }
  };
  walk('');
  snapshot.folders.sort();
  return snapshot;
}

/** Writes files given as relative path → content, creating folders. */
export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [relative, content] of Object.entries(files)) {
    const target = path.join(root, relative);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content, 'utf8');
  }
}

/** Copies repository paths (files or folders) into a temporary project at the same relative paths. */
export function copyFromRepo(target: string, relativePaths: string[]): void {
  for (const relative of relativePaths) {
    cpSync(path.join(REPO_ROOT, relative), path.join(target, relative), { recursive: true });
  }
}

/**
 * A minimal SFDX project copied from the repository: sfdx-project.json, .forceignore, the definitions
 * and their JSON Schema, and only the definition type from force-app/core (the rest of core is other
 * engineers' work in progress and must not make these tests flaky).
 */
export function minimalProject(prefix: string): string {
  const root = tempDir(prefix);
  copyFromRepo(root, [
    'sfdx-project.json',
    '.forceignore',
    'config/integration-definitions.json',
    'config/schema',
    // The JWT bearer integration's public certificate, which the definitions point to.
    'config/certificates',
    'force-app/core/definitions',
    // sfdx-project.json names it as a package directory (the ISV example); a missing one fails verify.
    'examples/isv-connector/force-app',
  ]);
  return root;
}

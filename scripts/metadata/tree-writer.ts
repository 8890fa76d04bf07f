/**
 * Writes the generated tree. The generator owns its output directory through a manifest of what it
 * wrote: it rewrites only files whose content changed, deletes files it wrote before and no longer
 * produces, and never touches a file it did not write. Everything is checked before anything is
 * changed, and new content is staged in temporary files first, so a failure leaves the tree as it was.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RenderedTree } from './render.js';

export const MANIFEST_FILE = '.iuk-manifest.json';

interface Manifest {
  generator: 'integration-user-kit';
  note: string;
  /** Relative path → sha256 of the content written. */
  files: Record<string, string>;
}

export interface TreeChanges {
  written: string[];
  unchanged: string[];
  removed: string[];
  /** Files the generator wrote earlier that someone edited by hand since (they are overwritten or removed). */
  overwrittenEdits: string[];
}

export class TreeConflictError extends Error {
  constructor(readonly conflicts: string[]) {
    super(
      `These files in the generated directory were not written by the generator, and it would overwrite them: ${conflicts.join(', ')}. Move hand-written metadata to force-app/core (or another package directory); the generated directory belongs to the generator.`,
    );
  }
}

export async function planTree(
  outputDir: string,
  files: RenderedTree,
): Promise<TreeChanges & { manifest: Manifest }> {
  const previous = await readManifest(outputDir);
  const changes: TreeChanges = { written: [], unchanged: [], removed: [], overwrittenEdits: [] };
  const conflicts: string[] = [];
  const manifest: Manifest = {
    generator: 'integration-user-kit',
    note: 'Files written by `npm run generate`. The generator rewrites or removes only these.',
    files: {},
  };
  for (const [relative, content] of files) {
    const hash = sha256(content);
    manifest.files[relative] = hash;
    const current = await readIfExists(path.join(outputDir, relative));
    if (current === content) {
      changes.unchanged.push(relative);
      continue;
    }
    if (current !== undefined) {
      const owned = previous?.files[relative];
      if (!owned) conflicts.push(relative);
      else if (owned !== sha256(current)) changes.overwrittenEdits.push(relative);
    }
    changes.written.push(relative);
  }
  for (const [relative, owned] of Object.entries(previous?.files ?? {})) {
    if (files.has(relative)) continue;
    const current = await readIfExists(path.join(outputDir, relative));
    if (current === undefined) continue;
    changes.removed.push(relative);
    // Removing a file someone edited loses their edit: say so, as for an overwrite.
    if (owned !== sha256(current)) changes.overwrittenEdits.push(relative);
  }
  if (conflicts.length > 0) throw new TreeConflictError(conflicts);
  return { ...changes, manifest };
}

export async function writeTree(outputDir: string, files: RenderedTree): Promise<TreeChanges> {
  const plan = await planTree(outputDir, files);
  const manifestText = `${JSON.stringify(plan.manifest, null, 2)}\n`;
  const manifestChanged = (await readIfExists(path.join(outputDir, MANIFEST_FILE))) !== manifestText;
  if (plan.written.length === 0 && plan.removed.length === 0 && !manifestChanged) return plan;

  // Stage every new file next to its target; only when all are staged do we swap them in.
  const staged: [string, string][] = [];
  const createdFolders: string[] = [];
  const suffix = `.iuk-tmp-${process.pid}`;
  try {
    for (const relative of [...plan.written, MANIFEST_FILE]) {
      const target = path.join(outputDir, relative);
      const firstCreated = await mkdir(path.dirname(target), { recursive: true });
      if (firstCreated) createdFolders.push(...foldersBetween(firstCreated, path.dirname(target)));
      const temporary = `${target}${suffix}`;
      staged.push([temporary, target]);
      await writeFile(temporary, relative === MANIFEST_FILE ? manifestText : files.get(relative)!, 'utf8');
    }
  } catch (error) {
    await discardStaging(staged, createdFolders);
    throw error;
  }

  // Swap the staged files in. Each replaced file is first moved aside, so a failure part-way (a full
  // disk, a file held open by another program) puts every file back as it was.
  const swapped: { target: string; backup?: string }[] = [];
  try {
    for (const [temporary, target] of staged) {
      const backup = (await exists(target)) ? `${target}.iuk-bak-${process.pid}` : undefined;
      if (backup) await rename(target, backup);
      swapped.push(backup ? { target, backup } : { target });
      await rename(temporary, target);
    }
  } catch (error) {
    for (const { target, backup } of swapped.reverse()) {
      if (backup) await rename(backup, target).catch(() => undefined);
      else await rm(target, { force: true });
    }
    await discardStaging(staged, createdFolders);
    throw error;
  }
  await Promise.all(swapped.map(({ backup }) => (backup ? rm(backup, { force: true }) : undefined)));
  for (const relative of plan.removed) {
    await rm(path.join(outputDir, relative), { force: true });
    await removeEmptyParents(outputDir, path.dirname(relative));
  }
  return plan;
}

/** `first` and every folder below it on the way to `last` (mkdir -p created all of them). */
function foldersBetween(first: string, last: string): string[] {
  const folders: string[] = [];
  for (let current = last; current.length >= first.length; current = path.dirname(current)) {
    folders.push(current);
    if (current === first) break;
  }
  return folders;
}

/** Undoes staging completely: temporary files, then the folders this run created (deepest first). */
async function discardStaging(staged: [string, string][], createdFolders: string[]): Promise<void> {
  await Promise.all(staged.map(([temporary]) => rm(temporary, { force: true })));
  for (const folder of [...createdFolders].sort((a, b) => b.length - a.length)) {
    await rmdir(folder).catch(() => undefined);
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

async function removeEmptyParents(root: string, relativeDir: string): Promise<void> {
  let current = relativeDir;
  while (current && current !== '.') {
    const absolute = path.join(root, current);
    const entries = await readdir(absolute).catch(() => undefined);
    if (!entries || entries.length > 0) return;
    await rmdir(absolute);
    current = path.dirname(current);
  }
}

async function readManifest(outputDir: string): Promise<Manifest | undefined> {
  const text = await readIfExists(path.join(outputDir, MANIFEST_FILE));
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as Manifest;
    return parsed.generator === 'integration-user-kit' && typeof parsed.files === 'object'
      ? parsed
      : undefined;
  } catch {
    return undefined;
  }
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Writes the generated tree. The generator owns its output directory through a manifest of what it
 * wrote: it rewrites only files whose content changed, deletes files it wrote before and no longer
 * produces, and never touches a file it did not write. Everything is checked before anything is
 * changed, and new content is staged in temporary files first, so a failure leaves the tree as it was.
 *
 * Nothing here trusts the disk: the manifest may be hand-edited, corrupted or copied from elsewhere,
 * and the directory may hold symlinks, folders where files belong, or files where folders belong.
 * Only paths of the generator's own shape (SAFE_PATH) below the output directory are ever read,
 * written or deleted, never through a symlink; anything else is a TreeError before any change.
 */
import { createHash, randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_COMPONENT_TYPES } from './eca/components.js';
import type { RenderedTree } from './render.js';

export const MANIFEST_FILE = '.iuk-manifest.json';

/**
 * Every path the generator writes: one folder per metadata type, a file name with no path in it. The
 * External Client App folders come from eca/components.ts (the OAuth policy is never written here).
 */
const SAFE_PATH = new RegExp(
  `^(?:${[
    ['customMetadata', 'md'],
    ['permissionsets', 'permissionset'],
    ['profiles', 'profile'],
    ...APP_COMPONENT_TYPES.filter((type) => !type.staged).map((type) => [type.directory, type.suffix]),
  ]
    .map(([directory, suffix]) => `${directory}\\/[^/\\\\\\0]+\\.${suffix}`)
    .join('|')})-meta\\.xml$`,
);
const SHA256 = /^[0-9a-f]{64}$/;

interface Manifest {
  generator: 'integration-user-kit';
  note: string;
  /** The output directory this manifest belongs to, relative to the project (absent in old manifests). */
  directory?: string;
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

export interface TreeOptions {
  /**
   * How the project names this output directory (e.g. "force-app/generated"). Recorded in the
   * manifest; a manifest recorded for another directory is refused.
   */
  directory?: string;
}

/** One reason the tree cannot be written; `file` is relative to the output directory. */
export interface TreeProblem {
  code: string;
  file: string;
  message: string;
  fix: string;
}

export class TreeError extends Error {
  constructor(readonly problems: TreeProblem[]) {
    super(problems.map((problem) => `${problem.file}: ${problem.message} ${problem.fix}`).join('\n'));
  }
}

/** Hand-written files where the generator must write (the most common TreeError). */
export class TreeConflictError extends TreeError {
  constructor(readonly conflicts: string[]) {
    super(
      conflicts.map((file) => ({
        code: 'hand-written-file-in-output',
        file,
        message: 'A file the generator did not write stands where it must write; nothing was changed.',
        fix: 'Move hand-written metadata out of the generated directory (to force-app/core or your own package directory), then run generate again.',
      })),
    );
  }
}

export type TreePlan = TreeChanges & { manifest: Manifest; manifestText: string; manifestChanged: boolean };

export async function planTree(
  outputDir: string,
  files: RenderedTree,
  options: TreeOptions = {},
): Promise<TreePlan> {
  const problems: TreeProblem[] = [];
  await checkOutputRoot(outputDir, problems);
  if (problems.length > 0) throw new TreeError(problems);
  const previous = await readManifest(outputDir, options, problems);
  const changes: TreeChanges = { written: [], unchanged: [], removed: [], overwrittenEdits: [] };
  const conflicts: string[] = [];
  const manifest: Manifest = {
    generator: 'integration-user-kit',
    note: 'Files written by `npm run generate`. The generator rewrites or removes only these.',
    ...(options.directory !== undefined ? { directory: options.directory } : {}),
    files: {},
  };
  for (const [relative, content] of files) {
    if (!SAFE_PATH.test(relative)) {
      problems.push({
        code: 'unsafe-output-path',
        file: relative,
        message: 'The generator produced a path outside its own folders; nothing was written.',
        fix: 'Report this as a bug: generated names are checked by the definitions rules.',
      });
      continue;
    }
    const hash = sha256(content);
    manifest.files[relative] = hash;
    const current = await readOwnFile(outputDir, relative, problems);
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
    const current = await readOwnFile(outputDir, relative, problems);
    if (current === undefined) continue;
    changes.removed.push(relative);
    // Removing a file someone edited loses their edit: say so, as for an overwrite.
    if (owned !== sha256(current)) changes.overwrittenEdits.push(relative);
  }
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  const manifestChanged = (await readOwnFile(outputDir, MANIFEST_FILE, problems)) !== manifestText;
  if (problems.length > 0) throw new TreeError(problems);
  if (conflicts.length > 0) throw new TreeConflictError(conflicts);
  return { ...changes, manifest, manifestText, manifestChanged };
}

export async function writeTree(
  outputDir: string,
  files: RenderedTree,
  options: TreeOptions = {},
): Promise<TreeChanges> {
  const plan = await planTree(outputDir, files, options);
  await applyPlan(outputDir, files, plan);
  return plan;
}

/**
 * Carries out a plan from planTree: stages every new file, then swaps them in and moves removed files
 * aside, undoing everything if any step fails; only then are the set-aside files deleted.
 */
export async function applyPlan(outputDir: string, files: RenderedTree, plan: TreePlan): Promise<void> {
  if (plan.written.length === 0 && plan.removed.length === 0 && !plan.manifestChanged) return;

  // Stage every new file next to its target; only when all are staged do we swap them in. Exclusive
  // creation with a random suffix: a planted file or symlink of that name makes the run fail, not write.
  const staged: [string, string][] = [];
  const createdFolders: string[] = [];
  const suffix = `.iuk-tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  let writing: string | undefined;
  try {
    for (const relative of [...plan.written, MANIFEST_FILE]) {
      const target = path.join(outputDir, relative);
      const firstCreated = await mkdir(path.dirname(target), { recursive: true });
      if (firstCreated) createdFolders.push(...foldersBetween(firstCreated, path.dirname(target)));
      writing = `${target}${suffix}`;
      await writeFile(writing, relative === MANIFEST_FILE ? plan.manifestText : files.get(relative)!, {
        encoding: 'utf8',
        flag: 'wx',
      });
      staged.push([writing, target]);
      writing = undefined;
    }
  } catch (error) {
    // A half-written temporary file is ours; one that already existed (EEXIST) is not.
    if (writing && (error as NodeJS.ErrnoException).code !== 'EEXIST') await rm(writing, { force: true });
    await discardStaging(staged, createdFolders);
    throw writeFailure(outputDir, error);
  }

  // Swap the staged files in and move removed files aside. Each replaced file is first moved aside,
  // so a failure part-way (a full disk, a file held open by another program) puts every file back.
  const backupSuffix = `.iuk-bak-${process.pid}-${randomBytes(4).toString('hex')}`;
  const swapped: { target: string; backup?: string; removed?: boolean }[] = [];
  try {
    for (const [temporary, target] of staged) {
      const backup = (await existsNoFollow(target)) ? `${target}${backupSuffix}` : undefined;
      if (backup) await rename(target, backup);
      swapped.push(backup ? { target, backup } : { target });
      await rename(temporary, target);
    }
    for (const relative of plan.removed) {
      const target = path.join(outputDir, relative);
      const backup = `${target}${backupSuffix}`;
      await rename(target, backup);
      swapped.push({ target, backup, removed: true });
    }
  } catch (error) {
    for (const { target, backup, removed } of swapped.reverse()) {
      if (backup) {
        if (!removed) await rm(target, { force: true }).catch(() => undefined);
        await rename(backup, target).catch(() => undefined);
      } else await rm(target, { force: true });
    }
    await discardStaging(staged, createdFolders);
    throw writeFailure(outputDir, error);
  }
  await Promise.all(swapped.map(({ backup }) => (backup ? rm(backup, { force: true }) : undefined)));
  for (const relative of plan.removed) await removeEmptyParents(outputDir, path.dirname(relative));
}

/** The output directory must be a real directory (or not exist yet), never a symlink or a file. */
async function checkOutputRoot(outputDir: string, problems: TreeProblem[]): Promise<void> {
  const info = await lstat(outputDir).catch(() => undefined);
  if (!info || info.isDirectory()) return;
  problems.push({
    code: info.isSymbolicLink() ? 'output-dir-symlink' : 'output-dir-not-directory',
    file: '.',
    message: info.isSymbolicLink()
      ? 'The output directory is a symbolic link; the generator writes only into a real directory.'
      : 'The output directory is a file, not a directory.',
    fix: 'Pass --output-dir <directory> naming a directory (it is created when missing), or move the file away.',
  });
}

/**
 * Reads a file of the generator's own below the output directory. Every folder on the way must be a
 * real folder and the file a regular file: a symlink could lead anywhere, and a folder where a file
 * belongs cannot be written. Problems are collected; a missing file is undefined.
 */
async function readOwnFile(
  outputDir: string,
  relative: string,
  problems: TreeProblem[],
): Promise<string | undefined> {
  const segments = relative.split('/');
  let current = outputDir;
  for (let index = 0; index < segments.length; index++) {
    current = path.join(current, segments[index]!);
    const last = index === segments.length - 1;
    let info;
    try {
      info = await lstat(current);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      problems.push(unreadable(relative, error));
      return undefined;
    }
    const shown = segments.slice(0, index + 1).join('/');
    if (info.isSymbolicLink()) {
      problems.push({
        code: 'symlink-in-output',
        file: shown,
        message: 'This is a symbolic link; the generator never reads or writes through one.',
        fix: 'Replace the link with a real folder or file (or remove it), then run generate again.',
      });
      return undefined;
    }
    if (!last && !info.isDirectory()) {
      problems.push({
        code: 'file-instead-of-folder',
        file: shown,
        message: 'A file stands where the generator needs a folder.',
        fix: 'Move the file out of the generated directory, then run generate again.',
      });
      return undefined;
    }
    if (last && !info.isFile()) {
      problems.push({
        code: 'folder-instead-of-file',
        file: shown,
        message: 'A folder (or other non-file) stands where the generator writes a file.',
        fix: 'Move it out of the generated directory, then run generate again.',
      });
      return undefined;
    }
  }
  try {
    return await readFile(current, 'utf8');
  } catch (error) {
    problems.push(unreadable(relative, error));
    return undefined;
  }
}

function unreadable(relative: string, error: unknown): TreeProblem {
  return {
    code: 'output-unreadable',
    file: relative,
    message: `The generator cannot read this file (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    fix: 'Give the file back read permission (or remove it), then run generate again.',
  };
}

function writeFailure(outputDir: string, error: unknown): TreeError {
  const errno = error as NodeJS.ErrnoException;
  const where = errno.path ? path.relative(outputDir, errno.path) || '.' : '.';
  return new TreeError([
    {
      code: 'output-write-failed',
      file: where,
      message: `Writing the generated files failed (${errno.code ?? errno.message}); every change was undone.`,
      fix:
        errno.code === 'EEXIST'
          ? 'A leftover temporary file is in the way: remove files ending in .iuk-tmp-* from the generated directory.'
          : 'Make the generated directory writable (and check free disk space), then run generate again.',
    },
  ]);
}

/**
 * The previous manifest, checked before a single path in it is used: it must be the generator's,
 * name this output directory, and list only paths of the generator's shape with sha256 hashes.
 */
async function readManifest(
  outputDir: string,
  options: TreeOptions,
  problems: TreeProblem[],
): Promise<Manifest | undefined> {
  const text = await readOwnFile(outputDir, MANIFEST_FILE, problems);
  if (text === undefined) return undefined;
  const restore = `Restore ${MANIFEST_FILE} from version control (git checkout -- <output dir>/${MANIFEST_FILE}); if every file in the directory is generated, delete the directory instead and run generate again.`;
  const invalid = (message: string): undefined => {
    problems.push({ code: 'manifest-invalid', file: MANIFEST_FILE, message, fix: restore });
    return undefined;
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return invalid('The generator’s manifest is not valid JSON, so it cannot tell which files it wrote.');
  }
  if (!isRecord(parsed) || parsed.generator !== 'integration-user-kit' || !isRecord(parsed.files))
    return invalid('The generator’s manifest does not have the shape the generator writes.');
  if (parsed.directory !== undefined) {
    if (typeof parsed.directory !== 'string') return invalid('The manifest’s "directory" is not a path.');
    if (options.directory !== undefined && parsed.directory !== options.directory) {
      problems.push({
        code: 'manifest-from-elsewhere',
        file: MANIFEST_FILE,
        message: `This manifest was written for the output directory ${JSON.stringify(parsed.directory.slice(0, 200))}, not for ${options.directory}: it was copied here.`,
        fix: `Delete the copied ${MANIFEST_FILE} (and any generated files copied with it), then run generate again.`,
      });
      return undefined;
    }
  }
  const files: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [relative, hash] of Object.entries(parsed.files)) {
    if (!SAFE_PATH.test(relative) || typeof hash !== 'string' || !SHA256.test(hash)) {
      return invalid(
        `The manifest lists ${JSON.stringify(relative.slice(0, 200))}, which is not a file the generator writes; it may have been edited by hand.`,
      );
    }
    files[relative] = hash;
  }
  return { ...(parsed as unknown as Manifest), files };
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

async function existsNoFollow(file: string): Promise<boolean> {
  return lstat(file).then(
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
    await rmdir(absolute).catch(() => undefined);
    current = path.dirname(current);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Writes the generated tree. The generator owns its output directory through a manifest of what it
 * wrote: it rewrites only files whose content changed, deletes files it wrote before and no longer
 * produces, and never touches a file it did not write. Everything that can refuse the run (the
 * manifest, hand-written files, symlinks, folders in the way, removals) is checked before a single
 * file is rendered; then files are rendered, hashed, compared and staged one at a time (only one
 * file's text is in memory at once), and only when every file is staged are they swapped in, so a
 * failure at any point leaves the tree as it was. All of it is synchronous: a run is a few hundred
 * small file operations in a row, and promises only add to each.
 *
 * Nothing here trusts the disk: the manifest may be hand-edited, corrupted or copied from elsewhere,
 * and the directory may hold symlinks, folders where files belong, or files where folders belong.
 * Only paths of the generator's own shape (SAFE_PATH) below the output directory are ever read,
 * written or deleted, never through a symlink; anything else is a TreeError before any change.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs, { type BigIntStats } from 'node:fs';
import path from 'node:path';
import { APP_COMPONENT_TYPES } from './eca/components.js';

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
/** Opening a file never follows a symlink in its place (0 where the platform has no such flag). */
const NO_FOLLOW = fs.constants.O_NOFOLLOW ?? 0;

export interface Manifest {
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

/**
 * The generated files: relative path → content, or a function that renders it when its turn comes
 * (as text, or as bytes that need only stay valid until the next file is rendered).
 */
export type TreeSource = ReadonlyMap<string, string | (() => string | Uint8Array)>;

/** A file the run would remove, with the text it has now (for checks such as retirement). */
export interface RemovedFile {
  file: string;
  text: string;
}

export interface TreeOptions {
  /**
   * How the project names this output directory (e.g. "force-app/generated"). Recorded in the
   * manifest; a manifest recorded for another directory is refused.
   */
  directory?: string;
  /** Compute the changes and write nothing. */
  check?: boolean;
  /**
   * Called once every check has passed and before anything is rendered or changed, with the files the
   * run would remove; throwing refuses the run with nothing changed.
   */
  vetRemovals?: (removed: RemovedFile[]) => void;
  /** Return the stamp (size, times, inode) of every file in the manifest after the run. */
  stamps?: boolean;
}

/** A file's identity on disk as lstat sees it; any write, rename or replacement changes it. */
export type FileStamp = string;

export interface TreeResult extends TreeChanges {
  /** How many files were rendered (a trace for tests: an unchanged re-run renders none). */
  rendered: number;
  /** sha256 of the manifest text now on disk. */
  manifestSha256: string;
  /** With options.stamps: every manifest file's stamp, and the manifest's own under MANIFEST_FILE. */
  stamps?: Record<string, FileStamp>;
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

/** The changes a run would make, with nothing written (check mode). */
export async function planTree(
  outputDir: string,
  files: TreeSource,
  options: TreeOptions = {},
): Promise<TreeResult> {
  return syncTree(outputDir, files, { ...options, check: true });
}

/** Writes the tree (see syncTree); a refusal or failure rejects with a TreeError. */
export async function writeTree(
  outputDir: string,
  files: TreeSource,
  options: TreeOptions = {},
): Promise<TreeResult> {
  return syncTree(outputDir, files, options);
}

interface Target {
  relative: string;
  source: string | (() => string | Uint8Array);
  /** lstat of the file there now; undefined when there is none. */
  existing: BigIntStats | undefined;
}

/**
 * Brings the output directory to `files`: checks everything, then renders, hashes, compares and
 * stages one file at a time, then swaps the staged files in (undoing everything if any step fails).
 */
export function syncTree(outputDir: string, files: TreeSource, options: TreeOptions = {}): TreeResult {
  const problems: TreeProblem[] = [];
  checkOutputRoot(outputDir, problems);
  if (problems.length > 0) throw new TreeError(problems);
  const folders = new Map<string, boolean>();
  const previousText = readOwnFile(outputDir, MANIFEST_FILE, problems, folders);
  const previous = previousText === undefined ? undefined : parseManifest(previousText, options, problems);
  const changes: TreeChanges = { written: [], unchanged: [], removed: [], overwrittenEdits: [] };

  // 1. Everything that can refuse the run, before anything is rendered.
  const targets: Target[] = [];
  const conflicts: string[] = [];
  for (const [relative, source] of files) {
    if (!SAFE_PATH.test(relative)) {
      problems.push({
        code: 'unsafe-output-path',
        file: relative,
        message: 'The generator produced a path outside its own folders; nothing was written.',
        fix: 'Report this as a bug: generated names are checked by the definitions rules.',
      });
      continue;
    }
    const existing = inspectOwnFile(outputDir, relative, problems, folders);
    if (existing === null) continue;
    if (existing && !previous?.files[relative]) conflicts.push(relative);
    targets.push({ relative, source, existing });
  }
  const removed: RemovedFile[] = [];
  for (const [relative, owned] of Object.entries(previous?.files ?? {})) {
    if (files.has(relative)) continue;
    const text = readOwnFile(outputDir, relative, problems, folders);
    if (text === undefined) continue;
    removed.push({ file: relative, text });
    changes.removed.push(relative);
    // Removing a file someone edited loses their edit: say so, as for an overwrite.
    if (owned !== sha256(text)) changes.overwrittenEdits.push(relative);
  }
  if (problems.length > 0) throw new TreeError(problems);
  if (conflicts.length > 0) throw new TreeConflictError(conflicts);
  options.vetRemovals?.(removed);

  // 2. Render, hash, compare and stage one file at a time.
  const manifest: Manifest = {
    generator: 'integration-user-kit',
    note: 'Files written by `npm run generate`. The generator rewrites or removes only these.',
    ...(options.directory !== undefined ? { directory: options.directory } : {}),
    files: {},
  };
  const staging = new Staging(outputDir);
  let rendered = 0;
  try {
    for (const { relative, source, existing } of targets) {
      const content = typeof source === 'string' ? source : source();
      const bytes =
        typeof content === 'string'
          ? Buffer.from(content, 'utf8')
          : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
      rendered++;
      const hash = sha256(bytes);
      manifest.files[relative] = hash;
      if (existing) {
        const current = readOwnBytes(outputDir, relative, problems);
        if (current === undefined) continue;
        if (current.equals(bytes)) {
          changes.unchanged.push(relative);
          continue;
        }
        if (previous?.files[relative] !== sha256(current)) changes.overwrittenEdits.push(relative);
      }
      changes.written.push(relative);
      // After a problem, keep looking (every problem is reported at once) but stage no more.
      if (!options.check && problems.length === 0) staging.stage(relative, bytes, existing !== undefined);
    }
    if (problems.length > 0) throw new TreeError(problems);
  } catch (error) {
    staging.discard();
    throw error instanceof TreeError ? error : writeFailure(outputDir, error);
  }
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  const manifestChanged = previousText !== manifestText;
  const result: TreeResult = {
    ...changes,
    rendered,
    manifestSha256: sha256(options.check ? (previousText ?? '') : manifestText),
  };
  if (options.check) return result;

  // 3. Swap everything in at once (or undo it all).
  if (changes.written.length > 0 || changes.removed.length > 0 || manifestChanged) {
    try {
      staging.stage(MANIFEST_FILE, Buffer.from(manifestText, 'utf8'), previousText !== undefined);
    } catch (error) {
      staging.discard();
      throw writeFailure(outputDir, error);
    }
    staging.swapIn(changes.removed);
  }
  if (options.stamps) {
    const written = new Set(changes.written);
    const stamps: Record<string, FileStamp> = {};
    for (const { relative, existing } of targets) {
      const info =
        written.has(relative) || !existing ? lstatOrUndefined(path.join(outputDir, relative)) : existing;
      if (info) stamps[relative] = stampOf(info);
    }
    const manifestInfo = lstatOrUndefined(path.join(outputDir, MANIFEST_FILE));
    if (manifestInfo) stamps[MANIFEST_FILE] = stampOf(manifestInfo);
    result.stamps = stamps;
  }
  return result;
}

/**
 * New files staged next to their targets, then swapped in together. Exclusive creation with a random
 * suffix: a planted file or symlink of that name makes the run fail, never write through it.
 */
class Staging {
  /** Temporary file, target, and whether the target existed when the run looked (so it is set aside). */
  private readonly staged: [string, string, boolean][] = [];
  private readonly createdFolders: string[] = [];
  /** Folders known to exist: mkdir once per folder, not once per file (20,000 files, 3 folders). */
  private readonly folders = new Set<string>();
  private readonly suffix = `.iuk-tmp-${process.pid}-${randomBytes(4).toString('hex')}`;

  constructor(private readonly outputDir: string) {}

  stage(relative: string, bytes: Buffer, existed: boolean): void {
    const target = path.join(this.outputDir, relative);
    const folder = path.dirname(target);
    if (!this.folders.has(folder)) {
      const firstCreated = fs.mkdirSync(folder, { recursive: true });
      if (firstCreated) this.createdFolders.push(...foldersBetween(firstCreated, folder));
      this.folders.add(folder);
    }
    const temporary = `${target}${this.suffix}`;
    try {
      fs.writeFileSync(temporary, bytes, { flag: 'wx' });
    } catch (error) {
      // A half-written temporary file is ours; one that already existed (EEXIST) is not.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') fs.rmSync(temporary, { force: true });
      throw error;
    }
    this.staged.push([temporary, target, existed]);
  }

  /** Undoes staging completely: temporary files, then the folders this run created (deepest first). */
  discard(): void {
    for (const [temporary] of this.staged) fs.rmSync(temporary, { force: true });
    for (const folder of [...this.createdFolders].sort((a, b) => b.length - a.length)) {
      try {
        fs.rmdirSync(folder);
      } catch {
        // Not empty or already gone: leave it.
      }
    }
  }

  /**
   * Swaps the staged files in and moves removed files aside. Each replaced file is first moved aside,
   * so a failure part-way (a full disk, a file held open by another program) puts every file back;
   * only then are the set-aside files deleted.
   */
  swapIn(removed: readonly string[]): void {
    const backupSuffix = `.iuk-bak-${process.pid}-${randomBytes(4).toString('hex')}`;
    const swapped: { target: string; backup?: string; removed?: boolean }[] = [];
    try {
      for (const [temporary, target, existed] of this.staged) {
        // A target that was absent when the run looked needs no backup (looking again for each of
        // 20,000 new files costs more than the rest of the swap).
        const backup = existed && lstatOrUndefined(target) ? `${target}${backupSuffix}` : undefined;
        if (backup) fs.renameSync(target, backup);
        swapped.push(backup ? { target, backup } : { target });
        fs.renameSync(temporary, target);
      }
      for (const relative of removed) {
        const target = path.join(this.outputDir, relative);
        const backup = `${target}${backupSuffix}`;
        fs.renameSync(target, backup);
        swapped.push({ target, backup, removed: true });
      }
    } catch (error) {
      for (const { target, backup, removed: wasRemoved } of swapped.reverse()) {
        if (backup) {
          if (!wasRemoved) ignoreFailure(() => fs.rmSync(target, { force: true }));
          ignoreFailure(() => fs.renameSync(backup, target));
        } else fs.rmSync(target, { force: true });
      }
      this.discard();
      throw writeFailure(this.outputDir, error);
    }
    for (const { backup } of swapped) if (backup) fs.rmSync(backup, { force: true });
    for (const relative of removed) removeEmptyParents(this.outputDir, path.dirname(relative));
  }
}

function ignoreFailure(action: () => void): void {
  try {
    action();
  } catch {
    // Best effort while undoing: the original error is what gets reported.
  }
}

export function stampOf(info: BigIntStats): FileStamp {
  return `${info.size}:${info.mtimeNs}:${info.ctimeNs}:${info.ino}`;
}

function lstatOrUndefined(file: string): BigIntStats | undefined {
  try {
    return fs.lstatSync(file, { bigint: true });
  } catch {
    return undefined;
  }
}

/** The output directory must be a real directory (or not exist yet), never a symlink or a file. */
function checkOutputRoot(outputDir: string, problems: TreeProblem[]): void {
  const info = lstatOrUndefined(outputDir);
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
 * Where a file of the generator's own stands below the output directory: every folder on the way
 * must be a real folder (each is looked at once per run, in `folders`) and the file, if there is one,
 * a regular file: a symlink could lead anywhere, and a folder where a file belongs cannot be written.
 * undefined when there is no file yet; null, with a problem, when something is in the way.
 */
export function inspectOwnFile(
  outputDir: string,
  relative: string,
  problems: TreeProblem[],
  folders: Map<string, boolean>,
): BigIntStats | undefined | null {
  const segments = relative.split('/');
  for (let index = 0; index < segments.length - 1; index++) {
    const folder = segments.slice(0, index + 1).join('/');
    let present = folders.get(folder);
    if (present === undefined) {
      const info = lstatResult(path.join(outputDir, folder), relative, problems);
      if (info === null) return null;
      if (info) {
        if (info.isSymbolicLink()) return inTheWay(problems, 'symlink-in-output', folder);
        if (!info.isDirectory()) return inTheWay(problems, 'file-instead-of-folder', folder);
      }
      present = info !== undefined;
      folders.set(folder, present);
    }
    if (!present) return undefined;
  }
  const info = lstatResult(path.join(outputDir, relative), relative, problems);
  if (!info) return info;
  if (info.isSymbolicLink()) return inTheWay(problems, 'symlink-in-output', relative);
  if (!info.isFile()) return inTheWay(problems, 'folder-instead-of-file', relative);
  return info;
}

function lstatResult(
  file: string,
  relative: string,
  problems: TreeProblem[],
): BigIntStats | undefined | null {
  try {
    return fs.lstatSync(file, { bigint: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    problems.push(unreadable(relative, error));
    return null;
  }
}

const IN_THE_WAY = {
  'symlink-in-output': {
    message: 'This is a symbolic link; the generator never reads or writes through one.',
    fix: 'Replace the link with a real folder or file (or remove it), then run generate again.',
  },
  'file-instead-of-folder': {
    message: 'A file stands where the generator needs a folder.',
    fix: 'Move the file out of the generated directory, then run generate again.',
  },
  'folder-instead-of-file': {
    message: 'A folder (or other non-file) stands where the generator writes a file.',
    fix: 'Move it out of the generated directory, then run generate again.',
  },
} as const;

function inTheWay(problems: TreeProblem[], code: keyof typeof IN_THE_WAY, file: string): null {
  problems.push({ code, file, ...IN_THE_WAY[code] });
  return null;
}

/**
 * Reads a file of the generator's own (see inspectOwnFile). Problems are collected; a missing file is
 * undefined.
 */
function readOwnFile(
  outputDir: string,
  relative: string,
  problems: TreeProblem[],
  folders: Map<string, boolean>,
): string | undefined {
  if (!inspectOwnFile(outputDir, relative, problems, folders)) return undefined;
  return readOwnBytes(outputDir, relative, problems)?.toString('utf8');
}

/** The bytes of a file already inspected; opened without following a symlink that replaced it since. */
function readOwnBytes(outputDir: string, relative: string, problems: TreeProblem[]): Buffer | undefined {
  let descriptor: number | undefined;
  try {
    descriptor = fs.openSync(path.join(outputDir, relative), fs.constants.O_RDONLY | NO_FOLLOW);
    if (!fs.fstatSync(descriptor).isFile()) {
      inTheWay(problems, 'folder-instead-of-file', relative);
      return undefined;
    }
    return fs.readFileSync(descriptor);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') inTheWay(problems, 'symlink-in-output', relative);
    else problems.push(unreadable(relative, error));
    return undefined;
  } finally {
    if (descriptor !== undefined) fs.closeSync(descriptor);
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
  if (error instanceof TreeError) return error;
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
export function parseManifest(
  text: string,
  options: Pick<TreeOptions, 'directory'>,
  problems: TreeProblem[],
): Manifest | undefined {
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

function removeEmptyParents(root: string, relativeDir: string): void {
  let current = relativeDir;
  while (current && current !== '.') {
    const absolute = path.join(root, current);
    try {
      if (fs.readdirSync(absolute).length > 0) return;
      fs.rmdirSync(absolute);
    } catch {
      return;
    }
    current = path.dirname(current);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

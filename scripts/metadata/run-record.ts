/**
 * Skipping unchanged work. After each generate run that wrote its output directory, a run record
 * remembers the key of its inputs and how every file it owns looked on disk. A later run with the
 * same key whose files still look that way has nothing to do: it reports the recorded summary and
 * warnings without parsing the definitions or rendering a file.
 *
 * The key covers everything that shapes the output: the generator's code and dependencies
 * (generator-version.ts), Node.js and its ICU data (locale checks), the definitions file's bytes and
 * the path it is shown under, the environment asked for, and the output directory. "Looks that way"
 * is judged as git judges its index: a file's size, modification and change times (nanoseconds) and
 * inode. Any write changes the change time, which no program can set back; a file changed within the
 * same clock tick as the record was written (racily clean) is hashed instead of trusted. The manifest
 * is checked as a full run checks it (its hash, then its shape, paths and directory) before a path in
 * it is used, and every folder on the way must be a real folder. A record that is missing, from
 * another key, corrupted (checksum) or disagrees with the disk in any way just means a full run.
 *
 * Records live under node_modules/.cache (never in the output directory, which is committed), only
 * when the project has a node_modules folder, and are written atomically; failing to read or write
 * one never fails a run.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../definitions/problems.js';
import type { ModelSummary } from '../definitions/summary.js';
import { generatorVersion } from './generator-version.js';
import {
  MANIFEST_FILE,
  parseManifest,
  sha256,
  stampOf,
  type FileStamp,
  type TreeProblem,
} from './tree-writer.js';

const FORMAT = 1;
const NO_FOLLOW = fs.constants.O_NOFOLLOW ?? 0;
const HEX64 = /^[0-9a-f]{64}$/;
const STAMP = /^\d+:\d+:\d+:\d+$/;

export interface RunRecord {
  key: string;
  /** The output directory's absolute path. */
  outputDir: string;
  /** sha256 of the manifest the run left. */
  manifestSha256: string;
  /** Every file of the manifest, and the manifest itself, as the run left them. */
  stamps: Record<string, FileStamp>;
  summary: ModelSummary;
  warnings: Problem[];
}

export interface RunKeyInputs {
  /** The definitions file as messages show it. */
  file: string;
  bytes: Buffer;
  environment: string | undefined;
  /** The output directory as the manifest records it. */
  directory: string;
  outputDir: string;
}

/** undefined when the generator's code cannot be identified: then nothing is ever skipped. */
export function runKey(inputs: RunKeyInputs): string | undefined {
  const version = generatorVersion();
  if (!version) return undefined;
  return createHash('sha256')
    .update(
      JSON.stringify([
        FORMAT,
        version,
        process.version,
        process.versions.icu ?? '',
        inputs.file,
        inputs.environment ?? null,
        inputs.directory,
        inputs.outputDir,
        inputs.bytes.length,
      ]),
    )
    .update(inputs.bytes)
    .digest('hex');
}

/** The kit's cache folder in a project (node_modules/.cache/...), or undefined without node_modules. */
export function cacheFolder(root: string): string | undefined {
  const modules = path.join(root, 'node_modules');
  try {
    if (!fs.statSync(modules).isDirectory()) return undefined;
  } catch {
    return undefined;
  }
  return path.join(modules, '.cache', 'integration-user-kit');
}

/** Where the record of runs into `outputDir` is kept, or undefined when the project has no node_modules. */
export function recordFile(root: string, outputDir: string): string | undefined {
  const folder = cacheFolder(root);
  if (!folder) return undefined;
  const name = createHash('sha256').update(path.resolve(outputDir)).digest('hex').slice(0, 24);
  return path.join(folder, 'generate', `${name}.json`);
}

/** The record, with when it was written (its modification time, in the file system's clock). */
export function readRunRecord(file: string): { record: RunRecord; writtenNs: bigint } | undefined {
  let descriptor: number | undefined;
  try {
    descriptor = fs.openSync(file, fs.constants.O_RDONLY | NO_FOLLOW);
    const info = fs.fstatSync(descriptor, { bigint: true });
    if (!info.isFile() || info.size > 256n * 1024n * 1024n) return undefined;
    const parsed = JSON.parse(fs.readFileSync(descriptor, 'utf8')) as unknown;
    const record = validRecord(parsed);
    return record ? { record, writtenNs: info.mtimeNs } : undefined;
  } catch {
    return undefined;
  } finally {
    if (descriptor !== undefined) fs.closeSync(descriptor);
  }
}

/** Writes the record atomically (a temporary file renamed over it); a failure is ignored. */
export function writeRunRecord(file: string, record: RunRecord): void {
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const serialized = JSON.stringify(record);
    const body = `{"format":${FORMAT},"checksum":"${sha256(serialized)}","record":${serialized}}`;
    fs.writeFileSync(temporary, body, { flag: 'wx' });
    fs.renameSync(temporary, file);
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // Best effort: the cache is only a cache.
    }
  }
}

/** Removes a record that no longer describes the disk (a failed or refused run). */
export function forgetRunRecord(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // Best effort.
  }
}

/**
 * Whether the output directory is still exactly what the recorded run left: the generated files, in
 * manifest order, or undefined (then a full run decides).
 */
export function treeAsRecorded(
  outputDir: string,
  directory: string,
  record: RunRecord,
  writtenNs: bigint,
): string[] | undefined {
  if (path.resolve(outputDir) !== record.outputDir) return undefined;
  // The output directory and every folder in it that a recorded file sits in must be real folders:
  // lstat of a file would otherwise look through a symlinked folder.
  const folders = new Set<string>(['.']);
  for (const file of Object.keys(record.stamps)) {
    const slash = file.lastIndexOf('/');
    if (slash > 0) folders.add(file.slice(0, slash));
  }
  for (const folder of folders) {
    const info = lstat(path.join(outputDir, folder));
    if (!info?.isDirectory()) return undefined;
  }
  const manifestText = readNoFollow(path.join(outputDir, MANIFEST_FILE));
  if (manifestText === undefined || sha256(manifestText) !== record.manifestSha256) return undefined;
  const problems: TreeProblem[] = [];
  const manifest = parseManifest(manifestText.toString('utf8'), { directory }, problems);
  if (!manifest || problems.length > 0) return undefined;
  const files = Object.keys(manifest.files);
  if (files.length + 1 !== Object.keys(record.stamps).length) return undefined;
  for (const file of [...files, MANIFEST_FILE]) {
    const recorded = record.stamps[file];
    if (recorded === undefined) return undefined;
    const absolute = path.join(outputDir, file);
    const info = lstat(absolute);
    if (!info?.isFile() || stampOf(info) !== recorded) return undefined;
    // Changed in the tick the record was written: the times cannot tell, the content can.
    if (info.ctimeNs >= writtenNs || info.mtimeNs >= writtenNs) {
      const expected = file === MANIFEST_FILE ? record.manifestSha256 : manifest.files[file];
      const content = readNoFollow(absolute);
      if (content === undefined || sha256(content) !== expected) return undefined;
    }
  }
  return files;
}

function lstat(file: string): fs.BigIntStats | undefined {
  try {
    return fs.lstatSync(file, { bigint: true });
  } catch {
    return undefined;
  }
}

function readNoFollow(file: string): Buffer | undefined {
  let descriptor: number | undefined;
  try {
    descriptor = fs.openSync(file, fs.constants.O_RDONLY | NO_FOLLOW);
    return fs.fstatSync(descriptor).isFile() ? fs.readFileSync(descriptor) : undefined;
  } catch {
    return undefined;
  } finally {
    if (descriptor !== undefined) fs.closeSync(descriptor);
  }
}

/** The record if it is one of ours, whole (checksum) and of the expected shape; otherwise undefined. */
function validRecord(value: unknown): RunRecord | undefined {
  if (!isObject(value) || value.format !== FORMAT || typeof value.checksum !== 'string') return undefined;
  const record = value.record;
  if (!isObject(record) || sha256(JSON.stringify(record)) !== value.checksum) return undefined;
  if (typeof record.key !== 'string' || !HEX64.test(record.key)) return undefined;
  if (typeof record.outputDir !== 'string' || typeof record.manifestSha256 !== 'string') return undefined;
  if (!HEX64.test(record.manifestSha256) || !isObject(record.stamps)) return undefined;
  for (const stamp of Object.values(record.stamps))
    if (typeof stamp !== 'string' || !STAMP.test(stamp)) return undefined;
  const summary = record.summary;
  if (!isObject(summary) || !isObject(summary.figures) || !Array.isArray(summary.integrations))
    return undefined;
  if (!Array.isArray(record.warnings)) return undefined;
  return record as unknown as RunRecord;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

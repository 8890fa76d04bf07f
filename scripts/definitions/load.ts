/**
 * Loading a definitions file: read, parse with positions, check structure, run the cross-field rules
 * and resolve the chosen environment. Every problem is collected before returning, so one run shows
 * all of them; any error means no model (and so nothing is generated).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedDefinitions } from './model.js';
import { hasErrors, ProblemList, type Problem } from './problems.js';
import { resolveDefinitions } from './resolve.js';
import { isPathPrefix, salvageForRules } from './salvage.js';
import type { DefinitionsFile } from './schema.js';
import { locate, parseJsonSource } from './source.js';
import { checkStructure } from './structure.js';
import { checkText } from './rules/text.js';

export const DEFAULT_CONFIG = 'config/integration-definitions.json';

/** Larger files are refused before reading: far beyond any real set of integrations. */
export const MAX_DEFINITIONS_BYTES = 128 * 1024 * 1024;

/** Problems reported per run; the rest are counted. */
export const MAX_PROBLEMS = 1000;

export type LoadResult =
  | { ok: true; definitions: ResolvedDefinitions; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

export interface LoadOptions {
  environment?: string;
  /** Directory that relative paths in messages are shown against (default: the working directory). */
  cwd?: string;
  /** The clock certificate expiry is judged by (default: now). */
  now?: Date;
}

export async function loadDefinitions(configPath: string, options: LoadOptions = {}): Promise<LoadResult> {
  const read = readDefinitionsFile(configPath, options.cwd);
  if ('problem' in read) return { ok: false, problems: [read.problem] };
  return loadDefinitionsBytes(read.file, read.bytes, options);
}

export interface DefinitionsBytes {
  /** The file as messages show it (relative to the working directory). */
  file: string;
  bytes: Buffer;
}

/**
 * Reads the file defensively: only a regular file (a FIFO or a device would block or never end), of
 * a sane size (checked before reading). The bytes are returned as they are, so that a caller can key
 * work by them before decoding (loadDefinitionsBytes decodes them).
 */
export function readDefinitionsFile(
  configPath: string,
  cwd: string = process.cwd(),
): DefinitionsBytes | { problem: Problem } {
  const absolute = path.resolve(cwd, configPath);
  const shown = path.relative(cwd, absolute) || absolute;
  const pass = `Create it (see ${DEFAULT_CONFIG} for an example) or pass --config <file>.`;
  try {
    const info = statSync(absolute);
    if (!info.isFile()) {
      return fileProblem(
        shown,
        'file-not-regular',
        info.isDirectory()
          ? 'The definitions file is a directory.'
          : 'The definitions file is not a regular file (a pipe, socket or device).',
        `Pass the path of the JSON file with --config <file>.`,
      );
    }
    if (info.size > MAX_DEFINITIONS_BYTES) {
      return fileProblem(
        shown,
        'file-too-large',
        `The definitions file is ${(info.size / 1024 / 1024).toFixed(1)} MiB; the limit is ${MAX_DEFINITIONS_BYTES / 1024 / 1024} MiB.`,
        'Check that --config names the definitions file; Split a very large set of integrations into several definitions files.',
      );
    }
    return { file: shown, bytes: readFileSync(absolute) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fileProblem(
      shown,
      'file-unreadable',
      code === 'ENOENT'
        ? 'The definitions file does not exist.'
        : `The definitions file cannot be read (${code ?? String(error)}).`,
      pass,
    );
  }
}

function fileProblem(
  file: string,
  code: string,
  message: string,
  fix: string,
  at?: { line: number; column: number },
): { problem: Problem } {
  return { problem: { severity: 'error', code, file, path: [], ...(at ?? {}), message, fix } };
}

/** Decodes strict UTF-8 (a replacement character would silently change a value), then loads. */
export function loadDefinitionsBytes(file: string, bytes: Buffer, options: LoadOptions = {}): LoadResult {
  const decoded = decodeDefinitions(file, bytes);
  if ('problem' in decoded) return { ok: false, problems: [decoded.problem] };
  return loadDefinitionsText(file, decoded.text, options);
}

/**
 * Loads from a read file, letting go of its bytes as soon as they are decoded (a large file is then
 * not held twice while it is parsed).
 */
export function loadDefinitionsInput(input: DefinitionsBytes, options: LoadOptions = {}): LoadResult {
  const decoded = decodeDefinitions(input.file, input.bytes);
  input.bytes = Buffer.alloc(0);
  if ('problem' in decoded) return { ok: false, problems: [decoded.problem] };
  const { text } = decoded;
  decoded.text = '';
  return loadDefinitionsText(input.file, text, options);
}

function decodeDefinitions(file: string, bytes: Buffer): { text: string } | { problem: Problem } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fileProblem(
      file,
      'file-encoding',
      'The definitions file is UTF-16 encoded.',
      'Save it as UTF-8 (without a byte order mark).',
    );
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
    const lines = before.split('\n');
    return fileProblem(
      file,
      'file-encoding',
      `The definitions file is not valid UTF-8: byte 0x${bytes[offset]!.toString(16).padStart(2, '0')} at offset ${offset}.`,
      'Save the file as UTF-8 (editors offer it under "Save with encoding").',
      { line: lines.length, column: lines[lines.length - 1]!.length + 1 },
    );
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Buffer): number {
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix, by bisection: decoding a prefix fails only if it holds an invalid byte
  // (a sequence cut at the end is allowed with stream: true).
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle - 1;
    }
  }
  // The failing byte may continue a sequence that an earlier lead byte opened: point at that.
  for (let back = low - 1; back >= Math.max(0, low - 3); back--) {
    if (bytes[back]! < 0x80) break;
    if ((bytes[back]! & 0xc0) === 0xc0) return back;
  }
  return Math.min(low, bytes.length - 1);
}

/** The same as loadDefinitions for text already in memory (tests, the benchmark). */
export function loadDefinitionsText(file: string, text: string, options: LoadOptions = {}): LoadResult {
  const source = parseJsonSource(file, text.replace(/^\uFEFF/, ''));
  if (source.problems.length > 0) return { ok: false, problems: source.problems };

  const list = new ProblemList();
  const textReported = checkText(source.value, list);
  const structure = new ProblemList();
  const structureOk = checkStructure(source.value, structure);
  // The character rules say precisely what is wrong with a value; the schema's pattern error for the
  // same value would only repeat it vaguely.
  for (const item of structure.items) {
    if (textReported.has(item.path.join('\u0000')) && item.code === 'bad-format') continue;
    list.error(item.code, item.path, item.message, item.fix);
  }
  let definitions: ResolvedDefinitions | undefined;
  if (structureOk) {
    definitions = resolveDefinitions(
      file,
      source.value as DefinitionsFile,
      options.environment,
      list,
      certificateContext(file, options),
    );
  } else {
    reportRulesDespiteStructure(file, source.value, options.environment, list, options);
  }
  // Positions cost a walk of the syntax tree each: locate only the problems that will be shown.
  const shown = list.items.slice(0, MAX_PROBLEMS);
  const problems: Problem[] = shown.map((item) => ({ ...item, file, ...locate(source, item.path) }));
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  if (list.items.length > MAX_PROBLEMS) {
    problems.push({
      severity: hasErrors(list.items.slice(MAX_PROBLEMS) as Problem[]) ? 'error' : 'warning',
      code: 'too-many-problems',
      file,
      path: [],
      message: `More problems were found than are shown: only the first ${MAX_PROBLEMS} are listed.`,
      fix: 'Fix the problems shown (often one mistake repeated) and run again.',
    });
  }
  if (!definitions || hasErrors(problems)) return { ok: false, problems };
  return { ok: true, definitions, warnings: problems };
}

/**
 * With structural errors the document's types are not guaranteed, but admins still want every problem
 * in one run. Run the rules on a salvaged copy (see salvage.ts) and keep only their findings away from
 * the broken parts, where they would restate or guess at what the structural problems already say.
 */
function reportRulesDespiteStructure(
  file: string,
  value: unknown,
  environment: string | undefined,
  list: ProblemList,
  options: LoadOptions,
) {
  const broken = list.items.map((item) => item.path);
  const salvaged = salvageForRules(value, broken);
  if (!salvaged) return;
  const extra = new ProblemList();
  try {
    resolveDefinitions(file, salvaged.document, environment, extra, certificateContext(file, options));
  } catch {
    // Not expected with a salvaged copy; the structural problems are reported either way.
  }
  const untrusted = [...broken, ...salvaged.uncertain];
  for (const item of extra.items) {
    const related = untrusted.some((path) => isPathPrefix(path, item.path) || isPathPrefix(item.path, path));
    if (related) continue;
    if (item.severity === 'error') list.error(item.code, item.path, item.message, item.fix);
    else list.warning(item.code, item.path, item.message, item.fix);
  }
}

/** Certificate paths are relative to the definitions file and must stay inside the project (cwd). */
function certificateContext(file: string, options: LoadOptions) {
  const root = options.cwd ?? process.cwd();
  return { baseDir: path.dirname(path.resolve(root, file)), root, now: options.now ?? new Date() };
}

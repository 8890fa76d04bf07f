/**
 * Reads a definitions file as JSON while keeping positions, so every problem can point at a line and
 * column. jsonc-parser is tolerant: it reports syntax errors with offsets instead of throwing, and its
 * tree lets us find duplicate keys, which JSON.parse silently drops.
 */
import {
  findNodeAtLocation,
  parse,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import type { PathSegment, Problem } from './problems.js';

export interface JsonSource {
  file: string;
  text: string;
  value: unknown;
  /** Problems found while parsing: syntax errors and duplicate keys. */
  problems: Problem[];
  /** Offsets of line starts, and the syntax tree, built only when a problem must be located. */
  lazy: { lines?: number[]; tree?: Node | undefined };
}

export function parseJsonSource(file: string, text: string): JsonSource {
  const options = { allowTrailingComma: false, disallowComments: true };
  const source: JsonSource = { file, text, value: undefined, problems: [], lazy: {} };
  // The native parser is several times faster; the tolerant one runs only to locate syntax errors.
  let value: unknown;
  const errors: ParseError[] = [];
  try {
    value = JSON.parse(text);
  } catch (nativeError) {
    // jsonc-parser recurses once per level: check the depth first, without recursion.
    const tooDeep = findExcessiveNesting(text);
    if (tooDeep !== undefined) {
      source.problems.push(tooDeepProblem(source, tooDeep));
      return source;
    }
    parse(text, errors, options);
    if (errors.length === 0) {
      source.problems.push({
        severity: 'error',
        code: 'json-syntax',
        file,
        path: [],
        message: `The file is not valid JSON: ${(nativeError as Error).message}.`,
        fix: 'Correct the JSON syntax (a JSON-aware editor shows where).',
      });
      return source;
    }
  }
  for (const error of errors) {
    source.problems.push({
      severity: 'error',
      code: 'json-syntax',
      file,
      path: [],
      ...position(lineStarts(source), error.offset),
      message: `The file is not valid JSON: ${describeParseError(printParseErrorCode(error.error))}.`,
      fix: 'Correct the JSON syntax at this position (a JSON-aware editor shows it too).',
    });
  }
  if (errors.length > 0) return source;
  const scan = scanKeysAndDepth(text);
  if (scan.tooDeepAt !== undefined) source.problems.push(tooDeepProblem(source, scan.tooDeepAt));
  else if (scan.duplicate) reportDuplicateKeys(source);
  if (source.problems.length === 0) source.value = value;
  return source;
}

/** Line and column (1-based) of the value at `path`, or of its closest existing parent. */
export function locate(source: JsonSource, path: readonly PathSegment[]): { line?: number; column?: number } {
  if (!('tree' in source.lazy)) source.lazy.tree = parseTree(source.text);
  const tree = source.lazy.tree;
  if (!tree) return {};
  const segments = [...path];
  for (;;) {
    const node = findNodeAtLocation(tree, segments);
    if (node) {
      // For a property value, point at its key: that is where people look.
      const anchor = node.parent?.type === 'property' ? node.parent : node;
      return position(lineStarts(source), anchor.offset);
    }
    if (segments.length === 0) break;
    segments.pop();
  }
  return {};
}

function describeParseError(code: string): string {
  const words: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'invalid number',
    PropertyNameExpected: 'a property name in double quotes is expected',
    ValueExpected: 'a value is expected',
    ColonExpected: 'a colon is expected',
    CommaExpected: 'a comma is expected',
    CloseBraceExpected: 'a closing brace } is expected',
    CloseBracketExpected: 'a closing bracket ] is expected',
    EndOfFileExpected: 'nothing may follow the top-level value',
    InvalidCommentToken: 'comments are not allowed',
    UnexpectedEndOfComment: 'unterminated comment',
    UnexpectedEndOfString: 'unterminated string',
    UnexpectedEndOfNumber: 'unterminated number',
    InvalidUnicode: 'invalid unicode escape',
    InvalidEscapeCharacter: 'invalid escape character',
    InvalidCharacter: 'invalid character',
  };
  return words[code] ?? code;
}

/** Keys of one object: a short list while it is short (most objects), a set beyond that. */
const LIST_KEYS = 16;

/**
 * JSON.parse keeps only the last of duplicate keys, silently, and it accepts any depth. One pass over
 * the (already valid) text says whether any object repeats a key and where the nesting first goes
 * deeper than MAX_NESTING. It is the loader's hot path on large files, so it does only what detection
 * needs: strings are skipped with indexOf (not character by character), a string is a key when a
 * colon follows it, only objects keep state (their keys, in a list reused per depth), and no path is
 * tracked; reportDuplicateKeys runs the slower, path-tracking pass when there is something to report.
 */
export function scanKeysAndDepth(text: string): { duplicate: boolean; tooDeepAt?: number } {
  const lists: string[][] = [];
  const sets: (Set<string> | undefined)[] = [];
  let depth = 0;
  let object = -1;
  let duplicate = false;
  const length = text.length;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    // Whitespace (most of an indented file) is below the quote; of the rest, only brackets are above "Z".
    if (code < 34) continue;
    if (code === 34 /* " */) {
      let end = text.indexOf('"', index + 1);
      while (text.charCodeAt(end - 1) === 92 /* \ */) {
        let start = end - 1;
        while (text.charCodeAt(start - 1) === 92) start--;
        if ((end - start) % 2 === 0) break; // an even run of backslashes escapes only itself
        end = text.indexOf('"', end + 1);
      }
      let next = end + 1;
      let after = text.charCodeAt(next);
      while (after === 32 || after === 10 || after === 13 || after === 9) after = text.charCodeAt(++next);
      if (after !== 58 /* : */ || object < 0) {
        index = end;
        continue;
      }
      const raw = text.slice(index + 1, end);
      const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
      const set = sets[object];
      if (set) {
        if (set.has(key)) duplicate = true;
        set.add(key);
      } else {
        const list = lists[object]!;
        if (list.includes(key)) duplicate = true;
        list.push(key);
        if (list.length > LIST_KEYS) sets[object] = new Set(list);
      }
      index = next;
    } else if (code <= 90) {
      continue;
    } else if (code === 123 /* { */) {
      if (++depth > MAX_NESTING) return { duplicate, tooDeepAt: index };
      object++;
      const list = lists[object];
      if (list) list.length = 0;
      else lists[object] = [];
      sets[object] = undefined;
    } else if (code === 91 /* [ */) {
      if (++depth > MAX_NESTING) return { duplicate, tooDeepAt: index };
    } else if (code === 125 /* } */) {
      depth--;
      object--;
    } else if (code === 93 /* ] */) depth--;
  }
  return { duplicate };
}

/**
 * Reports every duplicate key with its path and position: a second pass, only for files that have
 * one, that tracks where it is (object keys and array indices) as it goes.
 */
function reportDuplicateKeys(source: JsonSource): void {
  const text = source.text;
  type Frame =
    | { object: true; keys: Set<string>; expectingKey: boolean; key?: string }
    | { object: false; index: number };
  const stack: Frame[] = [];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 34 /* " */) {
      const start = index;
      index++;
      while (text.charCodeAt(index) !== 34) index += text.charCodeAt(index) === 92 /* \ */ ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top?.object && top.expectingKey) {
        const raw = text.slice(start + 1, index);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (top.keys.has(key)) {
          source.problems.push({
            severity: 'error',
            code: 'json-duplicate-key',
            file: source.file,
            path: [...pathOf(stack.slice(0, -1)), key],
            ...position(lineStarts(source), start),
            message: `The key "${key}" appears twice in the same object; JSON readers keep only one of them.`,
            fix: `Remove or merge the duplicate "${key}".`,
          });
        }
        top.keys.add(key);
        top.key = key;
        top.expectingKey = false;
      }
    } else if (code === 123 /* { */) stack.push({ object: true, keys: new Set(), expectingKey: true });
    else if (code === 91 /* [ */) stack.push({ object: false, index: 0 });
    else if (code === 125 /* } */ || code === 93 /* ] */) stack.pop();
    else if (code === 44 /* , */) {
      const top = stack[stack.length - 1];
      if (top?.object) top.expectingKey = true;
      else if (top) top.index++;
    }
    if (stack.length > MAX_NESTING) {
      // Everything after the parse (the schema check, the salvage, positions) walks the value
      // recursively: stop here, with nothing else reported.
      source.problems.length = 0;
      source.problems.push(tooDeepProblem(source, index));
      return;
    }
  }

  function pathOf(frames: Frame[]): PathSegment[] {
    return frames.map((frame) => (frame.object ? (frame.key ?? '') : frame.index));
  }
}

/**
 * Offset of the first bracket that opens a level deeper than MAX_NESTING, or undefined. A plain loop
 * that skips strings (also unterminated ones), so it works on text that is not valid JSON.
 */
export function findExcessiveNesting(text: string): number | undefined {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 34 /* " */) {
      index++;
      while (index < text.length && text.charCodeAt(index) !== 34)
        index += text.charCodeAt(index) === 92 /* \ */ ? 2 : 1;
    } else if (code === 123 /* { */ || code === 91 /* [ */) {
      if (++depth > MAX_NESTING) return index;
    } else if (code === 125 /* } */ || code === 93 /* ] */) depth--;
  }
  return undefined;
}

function tooDeepProblem(source: JsonSource, offset: number): Problem {
  return {
    severity: 'error',
    code: 'json-too-deep',
    file: source.file,
    path: [],
    ...position(lineStarts(source), offset),
    message: `The JSON is nested more than ${MAX_NESTING} levels deep here.`,
    fix: 'The definitions format needs at most 8 levels of nesting: remove the extra brackets (a generated or corrupted file?).',
  };
}

function lineStarts(source: JsonSource): number[] {
  if (source.lazy.lines) return source.lazy.lines;
  const text = source.text;
  const starts = [0];
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) === 10) starts.push(index + 1);
  source.lazy.lines = starts;
  return starts;
}

function position(starts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}

/** Deepest nesting accepted; the definitions format itself needs at most 8 levels. */
export const MAX_NESTING = 32;

/**
 * Findings of the namespace check, in the shape every check of this repository prints
 * (`path:line:col rule message`, scripts/checks/apex/finding.ts), and the one way to accept a
 * reviewed exception: a `namespace-safe: <why>` comment on the line or the line above.
 */
import type { Finding } from '../apex/finding.js';

export type { Finding };

export interface NamespaceOutcome {
  /** Each one fails the check. */
  findings: Finding[];
  /** Reported, never failing. */
  warnings: Finding[];
  /** What was checked, for the summary line ("90 tests", "2 records"). */
  checked?: string;
}

export const SAFE_COMMENT = /namespace-safe:\s*(\S.{9,})/;

/** True when line `line` (1-based) or the line above carries a `namespace-safe: <reason>` comment. */
export function isMarkedSafe(lines: string[], line: number): boolean {
  return [lines[line - 1], lines[line - 2]].some((text) => text !== undefined && SAFE_COMMENT.test(text));
}

/** Line and column (1-based) of a character offset. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (
    let index = text.indexOf('\n');
    index !== -1 && index < offset;
    index = text.indexOf('\n', index + 1)
  ) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

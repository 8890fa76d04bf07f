/**
 * What every Apex check reports, and how a finding is printed: `path:line:col rule message`, the shape
 * editors and CI annotate from.
 */
import path from 'node:path';
import type { ApexProject } from './apex-project.js';

export interface Finding {
  /** Absolute path of the file the finding is about. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** Short rule id, prefixed by the tool where one exists (`pmd:ApexSOQLInjection`, `apexlink:Missing`). */
  rule: string;
  message: string;
}

/** The result of one check over the whole project. */
export interface CheckOutcome {
  /** Failures: each one fails the build. */
  findings: Finding[];
  /** Reported for the reader, never failing (low-severity PMD rules, stale allow-list entries). */
  warnings?: Finding[];
  /** What the check covered, printed on its status line (e.g. "37 queries, 160 field paths"). */
  summary?: string;
}

export interface ApexCheck {
  /** One word, used as the finding group and in `--only`. */
  name: string;
  description: string;
  run(project: ApexProject): Promise<CheckOutcome>;
}

/** `path:line:col rule message`, with the path relative to `baseDir` when it lies inside it. */
export function formatFinding(finding: Finding, baseDir: string): string {
  const relative = path.relative(baseDir, finding.file);
  const shown =
    relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : finding.file;
  const message = finding.message.replace(/\s*\n\s*/g, ' ').trim();
  return `${shown}:${finding.line}:${finding.column} ${finding.rule} ${message}`;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule)
  );
}

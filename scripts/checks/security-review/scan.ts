/**
 * The AppExchange security review scan: Salesforce Code Analyzer (v5 core and its PMD engine, as a
 * library, like scripts/checks/apex/code-analyzer-check.ts) with the `AppExchange` and
 * `Recommended:Security` selectors over every packaged directory, all file types, written as the
 * report files a submission asks for: HTML (for people), SARIF (for tools) and CSV (for the
 * spreadsheet the review's false-positive document is usually kept in). Every format is produced by
 * Code Analyzer itself, offline (its HTML template ships inside the npm package).
 *
 * Each finding is either fixed or explained in explanations.ts; the scan fails on any finding that is
 * not explained and on any explanation that no longer matches a finding (a stale excuse).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OutputFormat, type RunResults, type Violation } from '@salesforce/code-analyzer-core';
import { createPmdAnalyzer } from '../apex/code-analyzer-check.js';
import { readProjectFile } from '../namespace/project-schema.js';
import { EXPLANATIONS, type Explanation } from './explanations.js';

/** The selectors the security review asks for (Code Analyzer docs, "AppExchange" and "Recommended"). */
export const SECURITY_REVIEW_SELECTORS = ['AppExchange', 'Recommended:Security'];

/** Report files, by format: what a submission attaches. */
export const REPORT_FILES: Record<'HTML' | 'SARIF' | 'CSV', string> = {
  HTML: 'code-analyzer.html',
  SARIF: 'code-analyzer.sarif',
  CSV: 'code-analyzer.csv',
};

export interface ScanFinding {
  /** Relative to the project root, forward slashes. */
  file: string;
  line: number;
  rule: string;
  severity: number;
  message: string;
  explanation?: Explanation;
}

export interface ScanResult {
  directories: string[];
  rules: number;
  findings: ScanFinding[];
  /** Explanations that matched no finding. */
  stale: Explanation[];
  /** Files PMD could not parse, and engine errors: none of their rules ran. */
  engineErrors: string[];
  reports: string[];
}

/** The package directories that become packages (a `package` name in sfdx-project.json). */
export function packagedDirectories(root: string): string[] {
  return (readProjectFile(root).packageDirectories ?? [])
    .filter((entry) => typeof entry.package === 'string' && typeof entry.path === 'string')
    .map((entry) => entry.path as string);
}

export async function scanForSecurityReview(
  root: string,
  options: { outputDir?: string; directories?: string[]; explanations?: readonly Explanation[] } = {},
): Promise<ScanResult> {
  const directories = options.directories ?? packagedDirectories(root);
  if (directories.length === 0) {
    throw new Error(
      `${path.join(root, 'sfdx-project.json')}: no package directory has a "package" name; nothing to scan.`,
    );
  }
  const logFolder = mkdtempSync(path.join(os.tmpdir(), 'iuk-security-scan-'));
  try {
    const { analyzer, engineErrors } = await createPmdAnalyzer(root, logFolder);
    const workspace = await analyzer.createWorkspace(
      directories.map((directory) => path.resolve(root, directory)),
    );
    const rules = await analyzer.selectRules(SECURITY_REVIEW_SELECTORS, { workspace });
    const results = await analyzer.run(rules, { workspace });
    const explanations = options.explanations ?? EXPLANATIONS;
    const findings = results.getViolations().map((violation) => toFinding(violation, root, explanations));
    const used = new Set(findings.flatMap((finding) => (finding.explanation ? [finding.explanation] : [])));
    const reports = options.outputDir ? writeReports(results, path.resolve(root, options.outputDir)) : [];
    return {
      directories,
      rules: rules.getCount(),
      findings: findings.sort(
        (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule),
      ),
      stale: explanations.filter((explanation) => !used.has(explanation)),
      engineErrors,
      reports,
    };
  } finally {
    rmSync(logFolder, { recursive: true, force: true });
  }
}

function toFinding(violation: Violation, root: string, explanations: readonly Explanation[]): ScanFinding {
  const rule = violation.getRule();
  const location = violation.getPrimaryLocation();
  const file = path
    .relative(root, location.getFile() ?? root)
    .split(path.sep)
    .join('/');
  const finding: ScanFinding = {
    file,
    line: location.getStartLine() ?? 1,
    rule: `${rule.getEngineName()}:${rule.getName()}`,
    severity: rule.getSeverityLevel(),
    message: violation.getMessage().replace(/\s+/g, ' ').trim(),
  };
  const explanation = explanations.find(
    (candidate) =>
      candidate.rule === finding.rule &&
      candidate.file === finding.file &&
      candidate.match.test(finding.message),
  );
  return explanation ? { ...finding, explanation } : finding;
}

function writeReports(results: RunResults, outputDir: string): string[] {
  mkdirSync(outputDir, { recursive: true });
  return (Object.keys(REPORT_FILES) as (keyof typeof REPORT_FILES)[]).map((format) => {
    const file = path.join(outputDir, REPORT_FILES[format]);
    writeFileSync(file, results.toFormattedOutput(OutputFormat[format]));
    return file;
  });
}

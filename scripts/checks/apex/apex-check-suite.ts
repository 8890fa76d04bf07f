/**
 * Runs the Apex checks over one SFDX project and turns their outcomes into the printed report and an
 * exit code. A "check" in the summary is one check applied to one Apex file; a check that could not
 * run at all (Java missing, a tool crash) counts as one failure.
 */
import path from 'node:path';
import { loadApexProject, type ApexProject } from './apex-project.js';
import { semanticsCheck } from './apexlink/semantics-check.js';
import { codeAnalyzerCheck } from './code-analyzer-check.js';
import {
  compareFindings,
  formatFinding,
  type ApexCheck,
  type CheckOutcome,
  type Finding,
} from './finding.js';
import { formattingCheck } from './formatting-check.js';
import { metaXmlCheck } from './meta-xml-check.js';
import { projectRulesCheck } from './project-rules/project-rules-check.js';
import { soqlFieldsCheck } from './soql-fields/soql-fields-check.js';
import { syntaxCheck } from './syntax-check.js';

/** The Java-backed checks come first so their JVMs start while the in-process checks run. */
export const ALL_CHECKS: readonly ApexCheck[] = [
  semanticsCheck,
  soqlFieldsCheck,
  codeAnalyzerCheck,
  syntaxCheck,
  metaXmlCheck,
  formattingCheck,
  projectRulesCheck,
];

export interface CheckRun {
  check: ApexCheck;
  outcome?: CheckOutcome;
  /** Set when the check could not run. */
  error?: Error;
  durationMs: number;
}

export interface SuiteResult {
  project: ApexProject;
  runs: CheckRun[];
  passed: number;
  failed: number;
}

export async function runApexChecks(
  root: string,
  checks: readonly ApexCheck[] = ALL_CHECKS,
): Promise<SuiteResult> {
  const project = loadApexProject(root);
  const runs = await Promise.all(
    checks.map(async (check): Promise<CheckRun> => {
      const started = performance.now();
      try {
        const outcome = await check.run(project);
        return { check, outcome, durationMs: performance.now() - started };
      } catch (error) {
        return {
          check,
          error: error instanceof Error ? error : new Error(String(error)),
          durationMs: performance.now() - started,
        };
      }
    }),
  );
  let passed = 0;
  let failed = 0;
  for (const run of runs) {
    const counts = countRun(run, project);
    passed += counts.passed;
    failed += counts.failed;
  }
  return { project, runs, passed, failed };
}

/** Per check: each Apex file passes unless a finding names it (or its -meta.xml). */
function countRun(run: CheckRun, project: ApexProject): { passed: number; failed: number } {
  if (run.error || !run.outcome) return { passed: 0, failed: 1 };
  const apexFiles = new Set(project.files.map((file) => file.path));
  const failedUnits = new Set(run.outcome.findings.map((finding) => finding.file.replace(/-meta\.xml$/, '')));
  const failedApexFiles = [...failedUnits].filter((file) => apexFiles.has(file)).length;
  return { passed: apexFiles.size - failedApexFiles, failed: failedUnits.size };
}

export interface ReportOptions {
  /** List every warning; by default they are counted per rule (pmd:Recommended alone gives dozens). */
  listWarnings?: boolean;
}

export function formatReport(result: SuiteResult, baseDir: string, options: ReportOptions = {}): string[] {
  const lines: string[] = [];
  const findings: Finding[] = [];
  const warnings: Finding[] = [];
  for (const run of result.runs) {
    findings.push(...(run.outcome?.findings ?? []));
    warnings.push(...(run.outcome?.warnings ?? []));
  }
  if (options.listWarnings) {
    for (const warning of warnings.sort(compareFindings))
      lines.push(`warning ${formatFinding(warning, baseDir)}`);
  } else if (warnings.length > 0) {
    lines.push(`warnings (reported, not failing; --warnings lists them): ${countByRule(warnings)}`);
  }
  for (const finding of findings.sort(compareFindings)) lines.push(formatFinding(finding, baseDir));
  for (const run of result.runs) {
    if (run.error) lines.push(`${run.check.name}: could not run: ${run.error.message}`);
  }
  lines.push('');
  const where = path.relative(baseDir, result.project.root) || '.';
  lines.push(`${result.project.files.length} Apex files in ${where}, ${result.runs.length} checks each:`);
  for (const run of result.runs) {
    const status = run.error
      ? 'ERROR'
      : run.outcome!.findings.length > 0
        ? `${run.outcome!.findings.length} finding(s)`
        : 'ok';
    const covered = run.outcome?.summary ? ` (${run.outcome.summary})` : '';
    lines.push(
      `  ${run.check.name.padEnd(14)} ${status.padEnd(14)} ${(run.durationMs / 1000).toFixed(1)}s  ${run.check.description}${covered}`,
    );
  }
  lines.push(`apex checks: ${result.passed} passed, ${result.failed} failed`);
  return lines;
}

function countByRule(warnings: Finding[]): string {
  const counts = new Map<string, number>();
  for (const warning of warnings) counts.set(warning.rule, (counts.get(warning.rule) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([rule, count]) => `${rule} ${count}`)
    .join(', ');
}

/**
 * Check 3: Salesforce Code Analyzer (v5 core + PMD engine, driven as a library because the `sf
 * code-analyzer` plugin cannot be installed offline). It fails on any violation of severity 1 or 2
 * (Critical, High) and on any file PMD could not parse: PMD reports that only as an engine log error,
 * not as a violation, so the log is captured and turned into findings. Lower severities are printed as
 * warnings. Violations are suppressed the PMD way, `@SuppressWarnings('PMD.RuleName')` with a comment
 * saying why, never by lowering a threshold here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  CodeAnalyzer,
  CodeAnalyzerConfig,
  EventType,
  LogLevel,
  type EngineLogEvent,
  type LogEvent,
  type Violation,
} from '@salesforce/code-analyzer-core';
import { createEnginePlugin } from '@salesforce/code-analyzer-pmd-engine';
import type { ApexCheck, Finding } from './finding.js';
import { javaLauncherWithFlags } from './java-command.js';

/** AppExchange security review rules, PMD's security rules, and PMD's recommended set. */
export const RULE_SELECTORS = ['AppExchange', 'Recommended:Security', 'pmd:Recommended'];
/** 1 Critical, 2 High: these fail the build. */
export const FAILING_SEVERITY = 2;

export const codeAnalyzerCheck: ApexCheck = {
  name: 'code-analyzer',
  description: `Code Analyzer (PMD) ${RULE_SELECTORS.join(', ')}: fails on severity 1-2 and on unparsable files`,
  async run(project) {
    if (project.files.length === 0) return { findings: [] };
    const logFolder = mkdtempSync(path.join(os.tmpdir(), 'apex-checks-code-analyzer-'));
    try {
      const { analyzer, engineErrors } = await createPmdAnalyzer(project.root, logFolder);
      // Only the Apex files: PMD analyses each file alone, and a workspace without LWC or XML files
      // spares it describing and running those languages' rules.
      const workspace = await analyzer.createWorkspace(project.files.map((file) => file.path));
      const rules = await analyzer.selectRules(RULE_SELECTORS, { workspace });
      const results = await analyzer.run(rules, { workspace });

      const findings: Finding[] = [];
      const warnings: Finding[] = [];
      for (const violation of results.getViolations()) {
        const finding = violationToFinding(violation, project.root);
        (violation.getRule().getSeverityLevel() <= FAILING_SEVERITY ? findings : warnings).push(finding);
      }
      findings.push(...engineErrors.map((message) => engineErrorToFinding(message, project.root)));
      return { findings, warnings };
    } finally {
      rmSync(logFolder, { recursive: true, force: true });
    }
  },
};

/**
 * Code Analyzer with only the PMD engine (CPD off), Java started with the batch flags, and every
 * engine or core log error collected: PMD reports an unparsable file only there. Also used by the
 * security review scan (scripts/checks/security-review/scan.ts).
 */
export async function createPmdAnalyzer(
  root: string,
  logFolder: string,
): Promise<{ analyzer: CodeAnalyzer; engineErrors: string[] }> {
  const config = CodeAnalyzerConfig.fromObject(
    {
      log_folder: logFolder,
      log_level: LogLevel.Warn,
      engines: { cpd: { disable_engine: true }, pmd: { java_command: javaLauncherWithFlags() } },
    },
    root,
  );
  const analyzer = new CodeAnalyzer(config);
  const engineErrors: string[] = [];
  analyzer.onEvent<EngineLogEvent>(EventType.EngineLogEvent, (event) => {
    if (event.logLevel === LogLevel.Error) engineErrors.push(event.message);
  });
  analyzer.onEvent<LogEvent>(EventType.LogEvent, (event) => {
    if (event.logLevel === LogLevel.Error) engineErrors.push(event.message);
  });
  await analyzer.addEnginePlugin(createEnginePlugin());
  return { analyzer, engineErrors };
}

function violationToFinding(violation: Violation, root: string): Finding {
  const rule = violation.getRule();
  const location = violation.getPrimaryLocation();
  return {
    file: location.getFile() ?? path.join(root, 'sfdx-project.json'),
    line: location.getStartLine() ?? 1,
    column: location.getStartColumn() ?? 1,
    rule: `${rule.getEngineName()}:${rule.getName()}`,
    message: `(severity ${rule.getSeverityLevel()}) ${violation.getMessage()}`,
  };
}

const PROCESSING_ERROR = /processing error for file '([^']+)'/;
const ERROR_POSITION = /(?:error at|line) (\d+):(\d+)/i;

/** "PMD issued a processing error for file '/x/Foo.cls': ParseException: ... Syntax error at 2:19: ..." */
export function engineErrorToFinding(message: string, root: string): Finding {
  const file = PROCESSING_ERROR.exec(message)?.[1];
  const position = ERROR_POSITION.exec(message);
  const firstLines = message.split('\n').slice(0, 3).join(' ').replace(/\s+/g, ' ');
  return {
    file: file ?? path.join(root, 'sfdx-project.json'),
    line: position ? Number(position[1]) : 1,
    column: position ? Number(position[2]) + 1 : 1,
    rule: file ? 'pmd:processing-error' : 'code-analyzer:engine-error',
    message: `${file ? 'PMD could not analyse this file, so none of its rules ran: ' : ''}${firstLines.slice(0, 400)}`,
  };
}

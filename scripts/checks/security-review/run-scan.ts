/**
 * `npm run scan:appexchange`: the security review kit (docs/security-review.md).
 *   1. Code Analyzer with the AppExchange and Recommended:Security selectors over every packaged
 *      directory, written to reports/security-review/ as HTML, SARIF and CSV (offline);
 *   2. every finding must be fixed or explained (explanations.ts), no explanation may be stale;
 *   3. the generated parts of docs/security-review.md and docs/packaging.md must match the code.
 * Exits 1 when any of that fails.
 *
 *   tsx scripts/checks/security-review/run-scan.ts [--output-dir <dir>] [--update-docs]
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedDocStates, UPDATE_COMMAND } from './generated-docs.js';
import { scanForSecurityReview, SECURITY_REVIEW_SELECTORS } from './scan.js';
import { runWhenStarted } from '../../run-script.js';

const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const DEFAULT_OUTPUT_DIR = 'reports/security-review';

export async function main(
  argv: string[],
  out: (line: string) => void,
  root = REPOSITORY_ROOT,
): Promise<number> {
  let outputDir = DEFAULT_OUTPUT_DIR;
  let updateDocs = false;
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index];
    if (flag === '--output-dir' && argv[index + 1]) {
      outputDir = argv[++index]!;
    } else if (flag === '--update-docs') {
      updateDocs = true;
    } else {
      out('usage: run-scan.ts [--output-dir <dir>] [--update-docs]');
      return flag === '--help' ? 0 : 2;
    }
  }
  let failed = 0;
  const result = await scanForSecurityReview(root, { outputDir });
  out(
    `Code Analyzer (${SECURITY_REVIEW_SELECTORS.join(', ')}: ${result.rules} rules) over ${result.directories.join(', ')}: ${result.findings.length} finding(s).`,
  );
  for (const finding of result.findings) {
    const status = finding.explanation ? 'explained' : 'NOT EXPLAINED';
    out(
      `  ${status.padEnd(13)} ${finding.file}:${finding.line} ${finding.rule} (severity ${finding.severity}) ${finding.message}`,
    );
  }
  const unexplained = result.findings.filter((finding) => !finding.explanation);
  if (unexplained.length > 0) {
    failed++;
    out(
      `${unexplained.length} finding(s) are neither fixed nor explained: fix the code, or add an entry with the reason to scripts/checks/security-review/explanations.ts.`,
    );
  }
  for (const stale of result.stale) {
    failed++;
    out(
      `stale explanation: ${stale.rule} ${stale.file} matches no finding any more; remove it from explanations.ts.`,
    );
  }
  for (const error of result.engineErrors) {
    failed++;
    out(`engine error (its rules did not run): ${error.split('\n')[0]}`);
  }
  for (const report of result.reports) out(`wrote ${path.relative(process.cwd(), report) || report}`);

  const states = await generatedDocStates(root);
  for (const state of states) {
    if (state.missing.length > 0) {
      failed++;
      out(`${state.file}: no markers for the generated section(s) ${state.missing.join(', ')}.`);
    }
    if (state.current === state.expected) continue;
    if (updateDocs) {
      writeFileSync(path.join(root, state.file), state.expected);
      out(`updated ${state.file}`);
    } else {
      failed++;
      out(`${state.file} is out of date with the code; run: ${UPDATE_COMMAND}`);
    }
  }
  if (/NO REASON GIVEN/.test(states.map((state) => state.expected).join('\n'))) {
    failed++;
    out(
      'A without-sharing class or a system-mode access has no comment saying why: see docs/security-review.md.',
    );
  }
  out(failed === 0 ? 'security review kit: ready' : `security review kit: ${failed} problem(s)`);
  return failed === 0 ? 0 : 1;
}

runWhenStarted(import.meta.url, main);

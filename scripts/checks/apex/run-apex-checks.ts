/**
 * `npm run test:apex`: every offline check of the project's Apex (see docs/apex-checks.md).
 * Prints each finding as `path:line:col rule message`, then `apex checks: N passed, M failed`, and
 * exits 1 on any failure.
 *
 *   tsx scripts/checks/apex/run-apex-checks.ts [--project <sfdx project dir>] [--only syntax,formatting] [--warnings]
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALL_CHECKS, formatReport, runApexChecks } from './apex-check-suite.js';
import { runWhenStarted, selectByName } from '../../run-script.js';

const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export async function main(argv: string[], out: (line: string) => void): Promise<number> {
  let root = REPOSITORY_ROOT;
  let checks = ALL_CHECKS;
  let listWarnings = false;
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index];
    const value = argv[index + 1];
    if (flag === '--project' && value) {
      root = path.resolve(value);
      index++;
    } else if (flag === '--warnings') {
      listWarnings = true;
    } else if (flag === '--only' && value) {
      const chosen = selectByName(value, ALL_CHECKS, 'check');
      if ('error' in chosen) {
        out(chosen.error);
        return 2;
      }
      checks = chosen.selected;
      index++;
    } else {
      out(
        'usage: run-apex-checks.ts [--project <sfdx project dir>] [--only <check>[,<check>...]] [--warnings]',
      );
      out(`checks: ${ALL_CHECKS.map((check) => check.name).join(', ')}`);
      return flag === '--help' ? 0 : 2;
    }
  }
  const started = performance.now();
  const result = await runApexChecks(root, checks);
  const report = formatReport(result, process.cwd(), { listWarnings });
  const summary = report.pop()!;
  for (const line of report) out(line);
  out(`total ${((performance.now() - started) / 1000).toFixed(1)}s`);
  // The summary stays the last line: CI and people read the result there.
  out(summary);
  return result.failed > 0 ? 1 : 0;
}

runWhenStarted(import.meta.url, main);

/**
 * `npm run test:namespace`: the namespace check on this repository (docs/packaging.md). Prints each
 * finding as `path:line:col rule message`, then one line per part and
 * `namespace checks: N passed, M failed`; exits 1 on any finding or any part that could not run.
 *
 *   tsx scripts/checks/namespace/run-namespace-check.ts [--project <dir>] [--namespace <ns>] [--only a,b] [--warnings]
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareFindings, formatFinding } from '../apex/finding.js';
import { PARTS, runNamespaceCheck, type PartRun } from './namespace-check.js';
import { TEST_NAMESPACE } from './namespaced-copy.js';
import { runWhenStarted, selectByName } from '../../run-script.js';

const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const USAGE =
  'usage: run-namespace-check.ts [--project <sfdx project dir>] [--namespace <prefix>] [--only <part>[,<part>...]] [--warnings]';

export async function main(argv: string[], out: (line: string) => void): Promise<number> {
  let root = REPOSITORY_ROOT;
  let namespace = TEST_NAMESPACE;
  let parts = PARTS;
  let listWarnings = false;
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index];
    const value = argv[index + 1];
    if (flag === '--project' && value) {
      root = path.resolve(value);
      index++;
    } else if (flag === '--namespace' && value) {
      namespace = value;
      index++;
    } else if (flag === '--only' && value) {
      const chosen = selectByName(value, PARTS, 'part');
      if ('error' in chosen) {
        out(chosen.error);
        return 2;
      }
      parts = chosen.selected;
      index++;
    } else if (flag === '--warnings') {
      listWarnings = true;
    } else {
      out(USAGE);
      out(`parts: ${PARTS.map((part) => part.name).join(', ')}`);
      return flag === '--help' ? 0 : 2;
    }
  }
  const started = performance.now();
  const runs = await runNamespaceCheck(root, { namespace, parts });
  for (const line of formatNamespaceReport(runs, process.cwd(), { listWarnings, namespace })) out(line);
  out(`total ${((performance.now() - started) / 1000).toFixed(1)}s`);
  const failed = countFailed(runs);
  out(`namespace checks: ${runs.length - failed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

export function countFailed(runs: PartRun[]): number {
  return runs.filter((run) => run.error || (run.outcome?.findings.length ?? 0) > 0).length;
}

export function formatNamespaceReport(
  runs: PartRun[],
  baseDir: string,
  options: { listWarnings?: boolean; namespace: string },
): string[] {
  const lines: string[] = [];
  const findings = runs.flatMap((run) => run.outcome?.findings ?? []).sort(compareFindings);
  const warnings = runs.flatMap((run) => run.outcome?.warnings ?? []).sort(compareFindings);
  if (options.listWarnings)
    for (const warning of warnings) lines.push(`warning ${formatFinding(warning, baseDir)}`);
  else if (warnings.length > 0)
    lines.push(`${warnings.length} warning(s), not failing (--warnings lists them)`);
  for (const finding of findings) lines.push(formatFinding(finding, baseDir));
  for (const run of runs) if (run.error) lines.push(`${run.part.name}: could not run: ${run.error.message}`);
  lines.push('', `namespace "${options.namespace}":`);
  for (const run of runs) {
    const status = run.error
      ? 'ERROR'
      : run.outcome!.findings.length > 0
        ? `${run.outcome!.findings.length} finding(s)`
        : 'ok';
    lines.push(
      `  ${run.part.name.padEnd(13)} ${status.padEnd(14)} ${(run.durationMs / 1000).toFixed(1)}s  ${run.part.description}${run.outcome?.checked ? ` (${run.outcome.checked})` : ''}`,
    );
  }
  return lines;
}

runWhenStarted(import.meta.url, main);

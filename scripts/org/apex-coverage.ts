/**
 * The org stage's coverage gate: reads `sf apex run test --code-coverage --json` output and checks
 * the coverage of *our* classes (the package's non-test classes), not of whatever else is in the org.
 *
 *   tsx scripts/org/apex-coverage.ts <sf-json-file> [--min 90] [--source force-app/core]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ComponentSet } from '@salesforce/source-deploy-retrieve';

/** The parts of plugin-apex's JSON reporter output this gate reads. */
export interface ApexTestRunJson {
  status?: number;
  result?: {
    summary?: { outcome?: string; failing?: number; testsRan?: number };
    coverage?: { coverage?: Array<{ name: string; totalLines: number; totalCovered: number }> };
  };
}

export interface CoverageVerdict {
  ok: boolean;
  percent: number;
  covered: number;
  lines: number;
  /** Our classes with no coverage row at all (never executed by any test). */
  missing: string[];
  perClass: Array<{ name: string; percent: number }>;
  problems: string[];
}

export function checkCoverage(
  run: ApexTestRunJson,
  ourClasses: string[],
  minimumPercent: number,
): CoverageVerdict {
  const problems: string[] = [];
  const summary = run.result?.summary;
  if (!summary) problems.push('The test run result has no summary: did `sf apex run test` fail to start?');
  else if (summary.outcome !== 'Passed' || (summary.failing ?? 0) > 0) {
    problems.push(
      `Apex tests did not pass: outcome ${summary.outcome ?? '?'}, ${summary.failing ?? '?'} failing.`,
    );
  }
  const rows = new Map((run.result?.coverage?.coverage ?? []).map((row) => [row.name, row]));
  const missing = ourClasses.filter((name) => !rows.has(name));
  let covered = 0;
  let lines = 0;
  const perClass = ourClasses
    .filter((name) => rows.has(name))
    .map((name) => {
      const row = rows.get(name)!;
      covered += row.totalCovered;
      lines += row.totalLines;
      return { name, percent: row.totalLines ? (100 * row.totalCovered) / row.totalLines : 100 };
    });
  // A class no test touches has unknown line counts; count it as failing the gate rather than ignoring it.
  if (missing.length > 0) problems.push(`No coverage reported for: ${missing.join(', ')}.`);
  const percent = lines ? (100 * covered) / lines : ourClasses.length ? 0 : 100;
  if (percent < minimumPercent) {
    problems.push(
      `Coverage of our classes is ${percent.toFixed(1)}%, below the required ${minimumPercent}%.`,
    );
  }
  return { ok: problems.length === 0, percent, covered, lines, missing, perClass, problems };
}

/** The package's Apex classes that are not tests. */
export function ourApexClasses(sourcePath: string): string[] {
  return ComponentSet.fromSource(sourcePath)
    .getSourceComponents()
    .toArray()
    .filter((component) => component.type.name === 'ApexClass' && !component.fullName.endsWith('_Test'))
    .map((component) => component.fullName)
    .sort();
}

function main(argv: string[]): number {
  const [file, ...rest] = argv;
  const option = (name: string, fallback: string) => {
    const index = rest.indexOf(name);
    return index >= 0 && rest[index + 1] ? rest[index + 1]! : fallback;
  };
  if (!file) {
    process.stderr.write(
      'usage: apex-coverage.ts <sf-apex-run-test.json> [--min 90] [--source force-app/core]\n',
    );
    return 2;
  }
  const minimum = Number(option('--min', '90'));
  const classes = ourApexClasses(path.resolve(option('--source', 'force-app/core')));
  const verdict = checkCoverage(JSON.parse(readFileSync(file, 'utf8')) as ApexTestRunJson, classes, minimum);
  for (const row of verdict.perClass)
    process.stdout.write(`  ${row.percent.toFixed(1).padStart(5)}%  ${row.name}\n`);
  process.stdout.write(
    `Coverage of our ${classes.length} class(es): ${verdict.percent.toFixed(1)}% (${verdict.covered}/${verdict.lines} lines; minimum ${minimum}%)\n`,
  );
  for (const problem of verdict.problems) process.stderr.write(`${problem}\n`);
  return verdict.ok ? 0 : 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

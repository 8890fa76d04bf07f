/** Shared presentation for commands: problems, JSON envelopes and small tables. */
import { formatProblem, type Problem } from '../definitions/problems.js';
import type { CommandContext } from './command.js';

/** The envelope every `--json` output uses, modelled on the sf CLI's: status is the exit code. */
export function printJson(
  context: CommandContext,
  status: number,
  result: unknown,
  warnings: unknown[] = [],
): void {
  context.out(JSON.stringify({ status, result, warnings }, null, 2));
}

export function printProblems(context: CommandContext, problems: readonly Problem[]): void {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  for (const problem of [...errors, ...warnings]) context.err(formatProblem(problem));
  if (errors.length > 0) {
    context.err(
      `\n${errors.length} error(s)${warnings.length ? `, ${warnings.length} warning(s)` : ''}. Nothing was written.`,
    );
  }
}

/** Problems as plain JSON (no bigint, stable keys). */
export function problemsJson(problems: readonly Problem[]) {
  return problems.map(({ severity, code, file, path, line, column, message, fix }) => ({
    severity,
    code,
    file,
    path,
    ...(line ? { line, column } : {}),
    message,
    fix,
  }));
}

export function table(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, index) => cell.padEnd(widths[index] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}

/** Shared presentation for commands: problems, warnings and small tables. */
import { formatPath, formatProblem, type Problem } from '../definitions/problems.js';
import type { CommandIo } from './command.js';

/** A problem as plain JSON (stable keys), the shape `problems` and `warnings` in results use. */
export interface ProblemJson {
  severity: 'error' | 'warning';
  code: string;
  file: string;
  path: (string | number)[];
  line?: number;
  column?: number;
  message: string;
  fix: string;
}

export function problemsJson(problems: readonly Problem[]): ProblemJson[] {
  return problems.map(({ severity, code, file, path, line, column, message, fix }) => ({
    severity,
    code,
    file,
    path: [...path],
    ...(line ? { line, column: column ?? 1 } : {}),
    message,
    fix,
  }));
}

/** Errors (and the warnings beside them) on stderr, with the count and "Nothing was written." */
export function printProblems(io: CommandIo, problems: readonly Problem[]): void {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  for (const problem of [...errors, ...warnings]) io.logToStderr(formatProblem(problem));
  if (errors.length > 0) {
    io.logToStderr(
      `\n${errors.length} error(s)${warnings.length ? `, ${warnings.length} warning(s)` : ''}. Nothing was written.`,
    );
  }
}

/** Warnings of a valid definitions file: sf envelope warnings, and the kit's file:line format for people. */
export function reportWarnings(io: CommandIo, warnings: readonly Problem[]): void {
  for (const problem of warnings) {
    const where = problem.line ? `${problem.file}:${problem.line}:${problem.column ?? 1}` : problem.file;
    io.warn(
      {
        name: problem.code,
        message: `${where} ${formatPath(problem.path)}: ${problem.message}`,
        actions: [problem.fix],
      },
      formatProblem(problem),
    );
  }
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

/** Text for a cell: empty for null/undefined, yes/no for booleans. */
export function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value as string | number | bigint);
}

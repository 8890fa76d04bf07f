/**
 * A problem found in a definitions file. Every problem names the file, the path to the field, where
 * it is (line/column when known), what is wrong and how to fix it, so an admin can act on it alone.
 */
export type Severity = 'error' | 'warning';

export type PathSegment = string | number;

export interface Problem {
  severity: Severity;
  /** Stable identifier for scripts and tests, e.g. `ip-range-reversed`. */
  code: string;
  file: string;
  /** Path to the field, e.g. ['integrations', 0, 'user', 'alias']. */
  path: PathSegment[];
  line?: number;
  column?: number;
  message: string;
  fix: string;
}

/** Renders a path the way people read it: integrations[0].user.alias */
export function formatPath(path: readonly PathSegment[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text ? `.${segment}` : segment;
  }
  return text || '(file)';
}

/** A value as JSON, cut short: a problem message must not echo a megabyte of input back. */
export function quote(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 200 ? `${text.slice(0, 120)}…" (${text.length} characters)` : text;
}

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}:${problem.column ?? 1}` : problem.file;
  return `${where} ${problem.severity} ${formatPath(problem.path)}: ${problem.message}\n    fix: ${problem.fix}`;
}

/** Collects problems from many rules; rules report without knowing the file or positions. */
export class ProblemList {
  readonly items: Omit<Problem, 'file' | 'line' | 'column'>[] = [];
  /** The same rule can run once per environment; report each distinct problem once. */
  private readonly seen = new Set<string>();

  error(code: string, path: PathSegment[], message: string, fix: string): void {
    this.add({ severity: 'error', code, path, message, fix });
  }

  warning(code: string, path: PathSegment[], message: string, fix: string): void {
    this.add({ severity: 'warning', code, path, message, fix });
  }

  private add(problem: Omit<Problem, 'file' | 'line' | 'column'>): void {
    const key = `${problem.code}|${formatPath(problem.path)}|${problem.message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push(problem);
  }
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

/**
 * Test inputs for the definitions layer: one small valid document that each test copies and breaks in
 * exactly one place, plus helpers to load it the way the CLI does and to find problems by code.
 */
import assert from 'node:assert/strict';
import { loadDefinitionsText, type LoadOptions, type LoadResult } from '../load.js';
import { formatPath, type PathSegment, type Problem } from '../problems.js';
import type { DefinitionsFile } from '../schema.js';
import type { ResolvedIntegration } from '../model.js';

export const TEST_FILE = 'config/test-definitions.json';

/** A fresh, valid document: two integrations on one restricted profile, production and a sandbox. */
export function validDocument(): DefinitionsFile {
  return {
    version: 1,
    profiles: [
      {
        name: 'Integration - Base',
        description: 'Restricted API-only profile.',
        loginIpRanges: [{ cidr: '192.0.2.0/24', description: 'Primary egress' }],
        loginHours: { monday: '08:00-18:00', sunday: 'closed' },
      },
    ],
    integrations: [
      {
        name: 'Alpha_Sync',
        label: 'Alpha Sync',
        externalSystem: 'Alpha CRM',
        direction: 'inbound',
        owner: { name: 'Ada Owner', email: 'ada@acme.example' },
        justification: 'Pushes Alpha CRM accounts into Salesforce for the sales team.',
        user: {
          username: 'alpha.integration@acme.example',
          email: 'alpha-team@acme.example',
          lastName: 'Alpha Integration',
          alias: 'alphaint',
          timeZone: 'Europe/London',
          locale: 'en_GB',
          language: 'en_US',
        },
        profile: 'Integration - Base',
        objects: [
          {
            object: 'Account',
            access: ['read', 'create', 'edit'],
            fields: { read: ['Industry'], edit: ['Phone'] },
          },
        ],
      },
      {
        name: 'Beta_Sync',
        label: 'Beta Sync',
        externalSystem: 'Beta ERP',
        direction: 'outbound',
        owner: { name: 'Ben Owner', email: 'ben@acme.example' },
        justification: 'Reads contacts so that Beta ERP can send invoices to them.',
        user: {
          username: 'beta.integration@acme.example',
          email: 'beta-team@acme.example',
          lastName: 'Beta Integration',
          alias: 'betaint',
          timeZone: 'America/New_York',
          locale: 'en_US',
          language: 'en_US',
        },
        // Outbound integrations state how they log in (rules/authentication.ts): Beta ERP calls the API.
        authentication: { method: 'clientCredentials' },
        profile: 'Integration - Base',
        objects: [
          { object: 'Contact', access: ['read'], fields: { read: ['Email'] } },
          // Contact access depends on Account access (OBJECT_DEPENDENCIES).
          { object: 'Account', access: ['read'] },
        ],
      },
    ],
    environments: [
      { name: 'production', default: true },
      { name: 'uat', sandbox: true, usernameSuffix: '.uat' },
    ],
  };
}

/** Writes the document the way people do (2-space JSON), so tests can compute lines and columns. */
export function toText(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Loads a document (or raw text) exactly as `loadDefinitions` would after reading the file. */
export function load(document: unknown, options: LoadOptions = {}): LoadResult {
  const text = typeof document === 'string' ? document : toText(document);
  return loadDefinitionsText(TEST_FILE, text, options);
}

/** Every problem a load reports, errors and warnings alike. */
export function problemsOf(document: unknown, options: LoadOptions = {}): Problem[] {
  const result = load(document, options);
  return result.ok ? result.warnings : result.problems;
}

/** Asserts that the document loads, with no warnings either, and returns the model. */
export function loadValid(document: unknown, options: LoadOptions = {}) {
  const result = load(document, options);
  assert.ok(result.ok, `expected no errors, got:\n${describeProblems(result.ok ? [] : result.problems)}`);
  assert.deepEqual(result.warnings, [], `expected no warnings, got:\n${describeProblems(result.warnings)}`);
  return result.definitions;
}

/** Sets a value deep inside a document, creating nothing: the parent must exist. */
export function setAt(document: unknown, path: readonly PathSegment[], value: unknown): void {
  const { parent, key } = parentOf(document, path);
  parent[key] = value;
}

/** Removes a key (or an array item) deep inside a document. */
export function deleteAt(document: unknown, path: readonly PathSegment[]): void {
  const { parent, key } = parentOf(document, path);
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[key];
}

function parentOf(document: unknown, path: readonly PathSegment[]) {
  assert.ok(path.length > 0, 'path must not be empty');
  let parent = document as Record<PathSegment, unknown>;
  for (const segment of path.slice(0, -1)) {
    const next = parent[segment];
    assert.ok(next !== null && typeof next === 'object', `no object at ${formatPath(path)}`);
    parent = next as Record<PathSegment, unknown>;
  }
  return { parent, key: path[path.length - 1]! };
}

export interface ExpectedProblem {
  code: string;
  path: PathSegment[];
  severity?: 'error' | 'warning';
  /** Each must match the message: what is wrong, named concretely. */
  message: (string | RegExp)[];
  /** Each must match the fix: how to put it right. */
  fix: (string | RegExp)[];
}

/** Finds the one problem with this code and path, and checks its severity, file, message and fix. */
export function expectProblem(problems: readonly Problem[], expected: ExpectedProblem): Problem {
  const matching = problems.filter(
    (problem) => problem.code === expected.code && formatPath(problem.path) === formatPath(expected.path),
  );
  assert.equal(
    matching.length,
    1,
    `expected one ${expected.code} at ${formatPath(expected.path)}, got:\n${describeProblems(problems)}`,
  );
  const problem = matching[0]!;
  assert.equal(problem.severity, expected.severity ?? 'error');
  assert.equal(problem.file, TEST_FILE);
  for (const part of expected.message) assertIncludes(problem.message, part, 'message');
  for (const part of expected.fix) assertIncludes(problem.fix, part, 'fix');
  return problem;
}

/** Asserts that these are the only problems, by code, in any order. */
export function assertCodes(problems: readonly Problem[], codes: string[]): void {
  assert.deepEqual(
    problems.map((problem) => problem.code).sort(),
    [...codes].sort(),
    `problems were:\n${describeProblems(problems)}`,
  );
}

/** Line and column (1-based) where `snippet` starts in `text`; the snippet must occur exactly once. */
export function positionOf(text: string, snippet: string): { line: number; column: number } {
  const offset = text.indexOf(snippet);
  assert.ok(offset >= 0, `"${snippet}" not in the text`);
  assert.equal(text.indexOf(snippet, offset + 1), -1, `"${snippet}" occurs more than once`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** Asserts that a problem points at `snippet` in the text it was loaded from. */
export function assertPointsAt(problem: Problem, text: string, snippet: string): void {
  assert.deepEqual({ line: problem.line, column: problem.column }, positionOf(text, snippet));
}

export function describeProblems(problems: readonly Problem[]): string {
  return problems
    .map((problem) => `  ${problem.code} ${formatPath(problem.path)}: ${problem.message} | ${problem.fix}`)
    .join('\n');
}

function assertIncludes(text: string, part: string | RegExp, what: string): void {
  if (typeof part === 'string') assert.ok(text.includes(part), `${what} "${text}" should include "${part}"`);
  else assert.match(text, part, `${what} "${text}" should match ${part}`);
}

/** An integration's field permissions as FieldPermissions elements name them, in the generated order. */
export function fieldPermissionList(
  integration: ResolvedIntegration,
): { field: string; readable: true; editable: boolean }[] {
  return integration.fieldPermissions.byObject.flatMap(({ object, fields, editable }) =>
    fields.map((field, index) => ({
      field: `${object}.${field}`,
      readable: true,
      editable: editable[index]!,
    })),
  );
}

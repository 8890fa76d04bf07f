/**
 * The definitions file's rules against the shared definition-rule vectors: every draft gives exactly
 * the problems its vector states (code and path), the org-only vectors are accepted in a file, and
 * every problem code the definitions layer can report is either covered by a vector (so the org's
 * validator checks it too) or listed in FILE_ONLY_CODES with the reason the org has no such case.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { FILE_ONLY_CODES } from './draft.js';
import { draftOf, fileProblems, problemKey, readDefinitionVectors } from './testing/draft-file.js';

const vectors = readDefinitionVectors();
/** Problems compared as a set: a rule may report one field twice with two messages. */
const keys = (problems: { code: string; path: string }[]) => [...new Set(problems.map(problemKey))].sort();

describe('definition-rule vectors: the definitions file', () => {
  it('has vectors of every kind', () => {
    assert.ok(vectors.vectors.length >= 60, 'vectors');
    assert.ok(
      vectors.vectors.some((vector) => vector.expect.length === 0),
      'valid drafts',
    );
    assert.ok(
      vectors.vectors.some((vector) => vector.expect.length > 1),
      'several problems at once',
    );
    assert.ok(vectors.orgOnly.length >= 3, 'org-only vectors');
  });

  for (const vector of vectors.vectors) {
    it(vector.name, () => {
      const problems = fileProblems(vectors.context, draftOf(vectors, vector), vector.mode);
      assert.deepEqual(
        keys(problems),
        keys(vector.expect),
        problems.map((problem) => `${problemKey(problem)}: ${problem.message}`).join('\n'),
      );
    });
  }

  for (const vector of vectors.orgOnly) {
    it(`accepted in a file, refused in the org: ${vector.name}`, () => {
      const problems = fileProblems(vectors.context, draftOf(vectors, vector), vector.mode);
      assert.deepEqual(keys(problems), [], problems.map((problem) => problem.message).join('\n'));
    });
  }

  it('a planted difference fails: a vector that expects another code', () => {
    const vector = vectors.vectors.find((candidate) => candidate.expect[0]?.code === 'too-long')!;
    const problems = fileProblems(vectors.context, draftOf(vectors, vector));
    assert.notDeepEqual(keys(problems), keys([{ ...vector.expect[0]!, code: 'too-short' }]));
  });
});

describe('definition-rule coverage', () => {
  const definitionsDir = path.join(__dirname);
  /** The problem codes a source reports: `problems.error('code', ...)`, `code: '...'`, `problem('...')`. */
  function codesIn(source: string, codes = new Set<string>()): Set<string> {
    for (const match of source.matchAll(/problems\.(?:error|warning)\(\s*['`]([a-z0-9-]+)(\$\{[^}]+\})?/g))
      codes.add(match[2] ? `${match[1]}*` : match[1]!);
    for (const match of source.matchAll(/\bcode: '([a-z0-9-]+)'/g)) codes.add(match[1]!);
    for (const match of source.matchAll(/\bproblem\(\s*'([a-z0-9-]+)'/g)) codes.add(match[1]!);
    for (const match of source.matchAll(/\bfileProblem\(\s*\w+,\s*'([a-z0-9-]+)'/g)) codes.add(match[1]!);
    return codes;
  }

  /** Every problem code the definitions layer reports. */
  function reportedCodes(): Set<string> {
    const codes = new Set<string>();
    const walk = (directory: string) => {
      for (const entry of readdirSync(directory, { withFileTypes: true })) {
        const full = path.join(directory, entry.name);
        if (entry.isDirectory() && entry.name !== 'testing') walk(full);
        else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
          codesIn(readFileSync(full, 'utf8'), codes);
      }
    };
    walk(definitionsDir);
    return codes;
  }

  const covered = new Set(vectors.vectors.flatMap((vector) => vector.expect.map((problem) => problem.code)));
  const unexplained = (codes: Set<string>) =>
    [...codes].filter((code) => !covered.has(code) && !(code in FILE_ONLY_CODES)).sort();

  it('finds the codes it looks for (the scan itself works)', () => {
    const codes = reportedCodes();
    for (const code of [
      'alias-duplicate',
      'unknown-key',
      'ip-range-overlap',
      'json-syntax',
      'environment-multiple-*',
    ])
      assert.ok(codes.has(code), code);
  });

  it('a planted rule with a new code is caught', () => {
    const planted = `problems.error(\n  'alias-reserved', path, 'The alias is reserved.', 'Pick another.');`;
    assert.deepEqual(unexplained(codesIn(planted)), ['alias-reserved']);
  });

  it('every code is checked by a vector or explained as file-only', () => {
    assert.deepEqual(
      unexplained(reportedCodes()),
      [],
      'add a vector for each (force-app/core/tests/staticresources/IntegrationUserDefinitionVectors.json) and the same rule to IntegrationUserDefinitionValidator.cls, or explain in FILE_ONLY_CODES (scripts/definitions/draft.ts) why the org cannot meet it',
    );
  });

  it('no file-only code is covered by a vector after all, and every one is a code', () => {
    const codes = reportedCodes();
    assert.deepEqual(
      Object.keys(FILE_ONLY_CODES).filter((code) => covered.has(code)),
      [],
    );
    assert.deepEqual(
      Object.keys(FILE_ONLY_CODES).filter((code) => !codes.has(code)),
      [],
    );
  });
});

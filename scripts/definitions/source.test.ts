import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseTree, type Node } from 'jsonc-parser';
import { locate, MAX_NESTING, parseJsonSource, scanKeysAndDepth } from './source.js';
import { expectProblem, load, positionOf, problemsOf, toText, validDocument } from './testing/fixtures.js';

describe('parseJsonSource', () => {
  it('parses valid JSON without problems', () => {
    const source = parseJsonSource('a.json', '{ "version": 1, "list": [1, 2] }');
    assert.deepEqual(source.problems, []);
    assert.deepEqual(source.value, { version: 1, list: [1, 2] });
  });

  it('reports a missing comma at the line and column where it is needed', () => {
    const text = '{\n  "version": 1\n  "profiles": []\n}\n';
    const problems = problemsOf(text);
    const problem = expectProblem(problems, {
      code: 'json-syntax',
      path: [],
      message: ['not valid JSON', 'comma'],
      fix: ['Correct the JSON syntax'],
    });
    assert.deepEqual({ line: problem.line, column: problem.column }, positionOf(text, '"profiles"'));
    assert.deepEqual({ line: problem.line, column: problem.column }, { line: 3, column: 3 });
  });

  it('reports a truncated document at its end', () => {
    const text = '{\n  "version": 1,\n  "profiles": [\n';
    const problems = problemsOf(text);
    assert.ok(problems.length >= 1);
    assert.ok(problems.every((problem) => problem.code === 'json-syntax'));
    assert.match(problems[0]!.message, /bracket|value/);
    assert.equal(problems[0]!.line, 4);
    assert.equal(problems[0]!.column, 1);
  });

  it('reports a trailing comma, which JSON does not allow', () => {
    const problems = problemsOf('{\n  "version": 1,\n}');
    assert.ok(problems.length >= 1);
    assert.equal(problems[0]!.code, 'json-syntax');
    assert.deepEqual({ line: problems[0]!.line, column: problems[0]!.column }, { line: 3, column: 1 });
    assert.match(problems[0]!.message, /property name/);
  });

  it('rejects comments, since the file is plain JSON', () => {
    const problems = problemsOf('// the definitions\n{ "version": 1 }');
    assert.equal(problems[0]?.code, 'json-syntax');
    assert.match(problems[0]!.message, /comments are not allowed/);
    assert.deepEqual({ line: problems[0]!.line, column: problems[0]!.column }, { line: 1, column: 1 });
  });

  it('reports text after the top-level value', () => {
    const problems = problemsOf('{ "version": 1 }\nmore');
    assert.equal(problems[0]?.code, 'json-syntax');
    assert.deepEqual({ line: problems[0]!.line, column: problems[0]!.column }, { line: 2, column: 1 });
  });

  it('reports an empty file', () => {
    const problems = problemsOf('');
    assert.equal(problems[0]?.code, 'json-syntax');
    assert.match(problems[0]!.message, /a value is expected/);
  });

  it('reports a duplicate key, which JSON.parse would silently drop, at the second occurrence', () => {
    const document = validDocument();
    const text = toText(document).replace(
      '"label": "Beta Sync",',
      '"label": "Beta Sync",\n      "label": "Beta",',
    );
    const problems = problemsOf(text);
    const problem = expectProblem(problems, {
      code: 'json-duplicate-key',
      path: ['integrations', 1, 'label'],
      message: ['"label"', 'twice'],
      fix: ['Remove or merge the duplicate "label"'],
    });
    assert.deepEqual({ line: problem.line, column: problem.column }, positionOf(text, '"label": "Beta",'));
    assert.equal(problems.length, 1);
  });

  it('allows the same key in different objects', () => {
    const source = parseJsonSource('a.json', '{ "a": { "name": 1 }, "b": { "name": 2 } }');
    assert.deepEqual(source.problems, []);
  });

  it('reports duplicate keys at the top level with their own path', () => {
    const problems = problemsOf('{\n  "version": 1,\n  "version": 1\n}');
    expectProblem(problems, {
      code: 'json-duplicate-key',
      path: ['version'],
      message: ['"version"'],
      fix: ['"version"'],
    });
    assert.equal(problems[0]!.line, 3);
  });

  it('accepts a byte order mark at the start of the file', () => {
    const result = load(`\uFEFF${toText(validDocument())}`);
    assert.ok(result.ok);
  });
});

describe('locate', () => {
  const text = '{\n  "a": {\n    "b": [10, { "c": true }]\n  }\n}';
  const source = parseJsonSource('a.json', text);

  it('points at the key of a property', () => {
    assert.deepEqual(locate(source, ['a', 'b']), { line: 3, column: 5 });
  });

  it('points at an array item itself', () => {
    assert.deepEqual(locate(source, ['a', 'b', 1]), positionOf(text, '{ "c"'));
  });

  it('falls back to the closest existing parent for a missing key', () => {
    assert.deepEqual(locate(source, ['a', 'b', 1, 'missing']), positionOf(text, '{ "c"'));
    assert.deepEqual(locate(source, ['nothing', 'here']), { line: 1, column: 1 });
  });
});

describe('scanKeysAndDepth (the fast duplicate-key and depth scan)', () => {
  /** An independent oracle: jsonc-parser's syntax tree, every object's keys compared. */
  function hasDuplicateByTree(text: string): boolean {
    const stack: (Node | undefined)[] = [parseTree(text)];
    while (stack.length > 0) {
      const node = stack.pop();
      if (!node) continue;
      if (node.type === 'object') {
        const keys = (node.children ?? []).map((property) => property.children![0]!.value as string);
        if (new Set(keys).size !== keys.length) return true;
      }
      stack.push(...(node.children ?? []));
    }
    return false;
  }

  // Keys that collide only once decoded, strings full of quotes and backslashes, and whitespace
  // before the colon: the cases a character scanner gets wrong.
  const key = fc.constantFrom(
    'a',
    'b',
    '\\u0061',
    'a\\"',
    'a\\\\',
    '\\\\',
    '\\"',
    'x:y',
    '{',
    '',
    'k'.repeat(20),
  );
  const leaf = fc.constantFrom('1', 'true', 'null', '"a"', '"\\\\"', '"\\""', '"]}"', '":"', '"a\\\\\\""');
  const space = fc.constantFrom('', ' ', '\n  ', '\t');
  const json: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
      fc
        .array(fc.tuple(key, space, tie('value')), { maxLength: 20 })
        .map(
          (entries) => `{${entries.map(([name, gap, value]) => `"${name}"${gap}:${gap}${value}`).join(',')}}`,
        ),
    ),
  })).value;

  it('finds a duplicate key exactly when an object repeats one', () => {
    fc.assert(
      fc.property(json, (text) => {
        JSON.parse(text); // the scan runs only on valid JSON
        assert.equal(scanKeysAndDepth(text).duplicate, hasDuplicateByTree(text), text);
      }),
      { numRuns: 2000, seed: 13 },
    );
  });

  it('switches to a set for objects with many keys and still finds a late duplicate', () => {
    const keys = Array.from({ length: 5000 }, (_, index) => `"k${index}": ${index}`);
    assert.equal(scanKeysAndDepth(`{${keys.join(',')}}`).duplicate, false);
    assert.equal(scanKeysAndDepth(`{${keys.join(',')}, "k17": 0}`).duplicate, true);
    // Sibling objects at the same depth reuse one list: keys of one must not leak into the next.
    assert.equal(scanKeysAndDepth(`[${'{"a": 1, "b": 2},'.repeat(50)}{"a": 1}]`).duplicate, false);
  });

  it('reports where the nesting first goes deeper than the limit', () => {
    const text = `${'['.repeat(MAX_NESTING)}{"a": [1]}${']'.repeat(MAX_NESTING)}`;
    assert.equal(scanKeysAndDepth(text).tooDeepAt, MAX_NESTING);
    assert.equal(
      scanKeysAndDepth(`${'['.repeat(MAX_NESTING)}${']'.repeat(MAX_NESTING)}`).tooDeepAt,
      undefined,
    );
  });
});

/**
 * Property-based tests (fast-check) of the definitions loader and the generator against hostile
 * input: random structural mutations of the bundled example, random bytes, deep nesting and huge
 * strings. Invariants:
 * - the loader never throws; every problem names a file, a code, what is wrong and a fix;
 * - the generator never throws; on any problem the project tree is byte-identical;
 * - on success every generated file is well-formed XML without control characters, and every value
 *   taken from the input is in it, unchanged once the XML is parsed (so it was escaped correctly).
 *
 * `npm test` runs a bounded number of cases (FUZZ_RUNS, default 200 loader and 40 generator cases per
 * property); `npm run test:fuzz` runs many more. A failure prints the seed and the shrunk input:
 * replay it with FUZZ_SEED=<seed>.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { loadDefinitionsText } from '../definitions/load.js';
import type { PathSegment } from '../definitions/problems.js';
import { generate } from './generate.js';
import { minimalProject, REPO_ROOT, snapshotTree, type TreeSnapshot } from './testing/temp-tree.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const GENERATOR_RUNS = Math.max(10, Math.round(RUNS / 5));
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const settings = (numRuns: number) => ({ numRuns, ...(SEED !== undefined ? { seed: SEED } : {}) });

const EXAMPLE = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'config/integration-definitions.json'), 'utf8'),
) as Record<string, unknown>;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path in a document (objects, arrays and leaves). */
function pathsOf(value: unknown, prefix: PathSegment[] = [], into: PathSegment[][] = []): PathSegment[][] {
  into.push(prefix);
  if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, [...prefix, index], into));
  else if (value !== null && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) pathsOf(child, [...prefix, key], into);
  return into;
}

/** Strings people (and attackers) paste: markup, entities, controls, look-alikes, traversal, huge. */
const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    'Tom & Jerry\'s "quoted" <tag>',
    ']]><!--',
    '&amp;&lt;&#x0;',
    '\u0000',
    'a\u0007b',
    '\ud800',
    '\u202eevil',
    'Alph\u0430_Sync',
    '../../../etc/passwd',
    '/etc/passwd',
    'C:\\Windows',
    '__proto__',
    'constructor',
    ' padded ',
    '',
    'x'.repeat(100_000),
    `a@${'a.'.repeat(20_000)} `,
  ),
);

/** Printable text with XML's special characters: often valid, so the success path is exercised too. */
const markupText = fc
  .array(fc.constantFrom('a', 'B', '7', ' ', '<', '>', '&', '"', "'", 'é', '漢', '😀', '-', '.'), {
    minLength: 1,
    maxLength: 40,
  })
  .map((characters) => `T${characters.join('')}x`);

const jsonValue: fc.Arbitrary<Json> = fc.oneof(
  hostileString,
  markupText,
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(null, true, 0, -1, 1e308, 3.5, [], {}),
);

type Mutation =
  | { kind: 'set'; pick: number; value: Json }
  | { kind: 'delete'; pick: number }
  | { kind: 'add-key'; pick: number; key: string; value: Json }
  | { kind: 'duplicate'; pick: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), pick: fc.nat(), value: jsonValue }),
  fc.record({ kind: fc.constant('set' as const), pick: fc.nat(), value: markupText }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('add-key' as const),
    pick: fc.nat(),
    key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'retired', 'active', 'existing'), fc.string()),
    value: jsonValue,
  }),
  fc.record({ kind: fc.constant('duplicate' as const), pick: fc.nat() }),
);

function applyMutation(document: Json, change: Mutation): Json {
  const paths = pathsOf(document);
  const target = paths[change.pick % paths.length]!;
  if (target.length === 0) return change.kind === 'set' ? change.value : document;
  let parent = document as Record<PathSegment, Json>;
  for (const segment of target.slice(0, -1)) parent = parent[segment] as Record<PathSegment, Json>;
  const key = target[target.length - 1]!;
  const node = parent[key];
  switch (change.kind) {
    case 'set':
      parent[key] = change.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case 'add-key':
      if (node !== null && typeof node === 'object' && !Array.isArray(node))
        Object.defineProperty(node, change.key, {
          value: change.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.push(structuredClone(node) as Json);
      break;
  }
  return document;
}

const mutatedText = fc
  .array(mutation, { minLength: 1, maxLength: 3 })
  .map((changes) => JSON.stringify(changes.reduce(applyMutation, structuredClone(EXAMPLE) as Json), null, 2));

/** Brackets nested deeply around a random point of the example. */
const deeplyNested = fc
  .tuple(fc.integer({ min: 1, max: 20_000 }), fc.nat(), fc.constantFrom('[', '{"a":'))
  .map(([depth, at, open]) => {
    const text = JSON.stringify(EXAMPLE, null, 2);
    const cut = text.indexOf(':', at % text.length);
    const position = cut < 0 ? text.length : cut + 1;
    const close = open === '[' ? ']' : '}';
    return `${text.slice(0, position)}${open.repeat(depth)}1${close.repeat(depth)}${text.slice(position).replace(/^[^,}\]]*/, '')}`;
  });

function assertProblemsUsable(
  problems: readonly { code: string; file: string; message: string; fix: string; line?: number }[],
) {
  assert.ok(problems.length > 0, 'a rejection names at least one problem');
  for (const problem of problems) {
    assert.ok(problem.code && problem.file && problem.message && problem.fix, JSON.stringify(problem));
    if (problem.line !== undefined) assert.ok(problem.line >= 1, JSON.stringify(problem));
  }
}

function loadNeverThrows(text: string): void {
  const result = loadDefinitionsText('fuzz.json', text);
  if (!result.ok) assertProblemsUsable(result.problems);
}

describe('fuzz: the definitions loader', () => {
  it(`never throws on structural mutations of the bundled example (${RUNS} cases)`, () => {
    fc.assert(fc.property(mutatedText, loadNeverThrows), settings(RUNS));
  });

  it(`never throws on random bytes (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) =>
        loadNeverThrows(Buffer.from(bytes).toString('utf8')),
      ),
      settings(RUNS),
    );
  });

  it(`never throws on deep nesting anywhere (${Math.round(RUNS / 4)} cases)`, () => {
    fc.assert(fc.property(deeplyNested, loadNeverThrows), settings(Math.max(10, Math.round(RUNS / 4))));
  });
});

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
});

/** Every text value in a parsed document. */
function textsOf(value: unknown, into: Set<string>): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) textsOf(item, into);
  else if (value !== null && typeof value === 'object')
    for (const child of Object.values(value)) textsOf(child, into);
  return into;
}

/** Values of the input that the generated files must carry verbatim. */
function expectedValues(document: Record<string, unknown>): string[] {
  const values: string[] = [];
  for (const integration of (document.integrations ?? []) as Record<string, unknown>[]) {
    const user = integration.user as Record<string, string>;
    values.push(
      integration.label as string,
      integration.externalSystem as string,
      integration.justification as string,
      (integration.owner as Record<string, string>).name!,
      user.username!,
      user.email!,
      user.lastName!,
    );
    if (integration.retired === true) continue;
    for (const entry of (integration.objects ?? []) as {
      object: string;
      fields?: Record<string, string[]>;
    }[]) {
      values.push(entry.object);
      for (const field of [...(entry.fields?.read ?? []), ...(entry.fields?.edit ?? [])])
        values.push(`${entry.object}.${field}`);
    }
  }
  for (const profile of (document.profiles ?? []) as Record<string, unknown>[]) {
    if (profile.existing === true) continue;
    if (typeof profile.description === 'string') values.push(profile.description);
  }
  return values;
}

describe('fuzz: the generator', () => {
  const root = minimalProject('fuzz');
  const config = path.join(root, 'config/integration-definitions.json');
  const generated = path.join(root, 'force-app/generated');
  let outcomes = { ok: 0, refused: 0 };

  it(`never throws, leaves the tree as it was on error, and escapes every value on success (${GENERATOR_RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof({ weight: 4, arbitrary: mutatedText }, { weight: 1, arbitrary: deeplyNested }),
        async (text) => {
          writeFileSync(config, text);
          const before: TreeSnapshot = snapshotTree(root);
          const result = await generate({ configPath: 'config/integration-definitions.json', cwd: root });
          if (!result.ok) {
            outcomes.refused++;
            assertProblemsUsable(result.problems);
            assert.deepEqual(snapshotTree(root), before, 'a refusal writes and deletes nothing');
            return;
          }
          outcomes.ok++;
          const after = snapshotTree(generated);
          const texts = new Set<string>();
          for (const [relative, content] of Object.entries(after.files)) {
            if (!relative.endsWith('.xml')) continue;
            assert.equal(XMLValidator.validate(content), true, `${relative} is well-formed XML`);
            assert.doesNotMatch(
              content,
              /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/,
              `${relative} has no control characters`,
            );
            textsOf(parser.parse(content), texts);
          }
          for (const value of expectedValues(JSON.parse(text) as Record<string, unknown>)) {
            assert.ok(
              texts.has(value),
              `the value ${JSON.stringify(value.slice(0, 80))} is in the generated files, unchanged`,
            );
          }
        },
      ),
      settings(GENERATOR_RUNS),
    );
    // Both sides of the property were exercised (a fuzz test that only ever refuses proves little).
    assert.ok(outcomes.ok > 0 && outcomes.refused > 0, JSON.stringify(outcomes));
    outcomes = { ok: 0, refused: 0 };
  });
});

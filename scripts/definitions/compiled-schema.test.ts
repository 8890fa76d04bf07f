/**
 * The bundle's schema (compile-schema.ts, built when the launcher bundles the scripts) must be the
 * schema the tests exercise from source: the same published text, and a quick validator that accepts
 * exactly what the detailed one accepts.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { transformSync } from 'esbuild';
import fc from 'fast-check';
import { compiledSchemaModule, renderSchemaText } from './compile-schema.js';
import { quickValidate, schemaFileText } from './compiled-schema.js';
import { DefinitionsFile } from './schema.js';
import { validDocument } from './testing/fixtures.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Loads the generated module the way the bundle runs it (CommonJS, ajv's runtime from node_modules). */
function loadBundled(): { quickValidate(value: unknown): boolean; schemaFileText(): string } {
  const filename = path.join(ROOT, 'scripts/definitions/compiled-schema.bundled.js');
  const { code } = transformSync(compiledSchemaModule(), { format: 'cjs', loader: 'js', platform: 'node' });
  const loaded = new Module(filename) as Module & { _compile(code: string, filename: string): void };
  loaded.filename = filename;
  loaded.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(
    path.dirname(filename),
  );
  loaded._compile(code, filename);
  return loaded.exports as ReturnType<typeof loadBundled>;
}

const bundled = loadBundled();
const detailed = new Ajv({ allErrors: true, strict: false, verbose: true }).compile(DefinitionsFile);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function pathsOf(value: Json, prefix: (string | number)[] = [], into: (string | number)[][] = []) {
  into.push(prefix);
  if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, [...prefix, index], into));
  else if (value !== null && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) pathsOf(child, [...prefix, key], into);
  return into;
}

/** Values near the schema's edges: wrong types, empty and over-long strings, bad patterns, extra keys. */
const edgeValue = fc.oneof(
  fc.constantFrom<Json>(null, true, 0, 1, -1, 2.5, '', ' ', 'x', 'a'.repeat(41), 'a'.repeat(256), [], {}),
  fc.constantFrom<Json>(
    'read',
    'edit',
    'closed',
    '08:00-18:00',
    '25:00-26:00',
    'Field__c',
    'Bad__r',
    'a@b.c',
  ),
  fc.constantFrom<Json>(
    '192.0.2.0/24',
    '::1/129',
    ['read', 'read'],
    { cidr: '192.0.2.0/24' },
    { start: 'x' },
  ),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

const mutated = fc
  .array(fc.tuple(fc.nat(), fc.constantFrom('set', 'delete', 'add-key'), edgeValue), {
    minLength: 0,
    maxLength: 3,
  })
  .map((changes) => {
    const document = structuredClone(validDocument()) as unknown as Json;
    for (const [pick, kind, value] of changes) {
      const paths = pathsOf(document);
      const target = paths[pick % paths.length]!;
      if (target.length === 0) continue;
      let parent = document as Record<string | number, Json>;
      for (const segment of target.slice(0, -1)) parent = parent[segment] as Record<string | number, Json>;
      const key = target[target.length - 1]!;
      if (kind === 'set') parent[key] = value;
      else if (kind === 'delete') {
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete parent[key];
      } else {
        const node = parent[key];
        if (node !== null && typeof node === 'object' && !Array.isArray(node)) node.extraKey = value;
      }
    }
    return document;
  });

describe('the schema compiled at bundle time', () => {
  it('publishes the same schema text as schema.ts renders', () => {
    assert.equal(bundled.schemaFileText(), renderSchemaText());
    assert.equal(schemaFileText(), renderSchemaText());
  });

  it('accepts the bundled example and the golden definitions', () => {
    for (const file of [
      'config/integration-definitions.json',
      'scripts/metadata/__golden__/definitions.json',
    ]) {
      const value = JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as unknown;
      assert.equal(bundled.quickValidate(value), true, file);
      assert.equal(quickValidate(value), true, file);
    }
  });

  it('accepts exactly what the detailed validator accepts (random mutations of a valid file)', () => {
    let rejected = 0;
    fc.assert(
      fc.property(mutated, (document) => {
        const expected = detailed(document) === true;
        if (!expected) rejected++;
        assert.equal(bundled.quickValidate(document), expected, JSON.stringify(detailed.errors?.[0]));
        assert.equal(quickValidate(document), expected);
      }),
      { numRuns: 400, seed: 13 },
    );
    // The property means something only if both answers occurred.
    assert.ok(rejected > 50 && rejected < 400, `${rejected} of 400 rejected`);
  });
});

/**
 * Golden-file tests: the golden definitions (__golden__/definitions.json) rendered for each variant
 * must equal __golden__/expected/<variant>/ byte for byte, with no file missing or extra.
 *
 * When an output change is intended, regenerate the expected files and review them like code:
 *   UPDATE_GOLDEN=1 node --import tsx --test scripts/metadata/render.test.ts
 *   git diff scripts/metadata/__golden__/expected     # read every changed line
 *   node --import tsx --test scripts/metadata/render.test.ts
 * A run with UPDATE_GOLDEN=1 rewrites the files and then fails on purpose: it never passes by rewriting.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { removalComponents, renderRemovalManifests } from './removal.js';
import { renderTree } from './render.js';
import { GOLDEN_DIR, GOLDEN_EXPECTED, GOLDEN_VARIANTS, loadGoldenVariant } from './testing/golden.js';

const UPDATE = process.env.UPDATE_GOLDEN === '1';

function readExpected(directory: string): Map<string, string> {
  const files = new Map<string, string>();
  const entries = readdirSync(directory, { withFileTypes: true, recursive: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath ?? entry.path, entry.name);
    files.set(path.relative(directory, absolute).split(path.sep).join('/'), readFileSync(absolute, 'utf8'));
  }
  return files;
}

/** The first differing line, so a failure shows where without dumping two whole documents. */
function firstDifference(actual: string, expected: string): string {
  const actualLines = actual.split('\n');
  const expectedLines = expected.split('\n');
  for (let index = 0; index < Math.max(actualLines.length, expectedLines.length); index++) {
    if (actualLines[index] !== expectedLines[index]) {
      return `line ${index + 1}:\n  expected: ${JSON.stringify(expectedLines[index])}\n  actual:   ${JSON.stringify(actualLines[index])}`;
    }
  }
  return 'identical lines; the bytes differ (line endings or encoding)';
}

describe('golden files of the generated tree', () => {
  for (const variant of GOLDEN_VARIANTS) {
    it(`renders the ${variant.name} variant (${variant.describe}) byte for byte`, () => {
      const rendered = renderTree(loadGoldenVariant(variant));
      const directory = path.join(GOLDEN_EXPECTED, variant.name);
      if (UPDATE) {
        rmSync(directory, { recursive: true, force: true });
        for (const [relative, content] of rendered) {
          mkdirSync(path.dirname(path.join(directory, relative)), { recursive: true });
          writeFileSync(path.join(directory, relative), content, 'utf8');
        }
        assert.fail(
          `UPDATE_GOLDEN=1: rewrote ${rendered.size} files in ${path.relative(process.cwd(), directory)}. Review the diff, then run again without UPDATE_GOLDEN.`,
        );
      }
      const expected = readExpected(directory);
      assert.deepEqual(
        [...rendered.keys()].sort(),
        [...expected.keys()].sort(),
        `the set of generated files differs from ${directory}`,
      );
      for (const [relative, content] of rendered) {
        const wanted = expected.get(relative)!;
        if (content !== wanted) {
          assert.fail(
            `${variant.name}/${relative} differs from the golden file at ${firstDifference(content, wanted)}\n(UPDATE_GOLDEN=1 rewrites the golden files; see the comment at the top of this file.)`,
          );
        }
      }
    });
  }

  it('renders the same bytes twice (deterministic output)', () => {
    for (const variant of GOLDEN_VARIANTS) {
      const first = renderTree(loadGoldenVariant(variant));
      const second = renderTree(loadGoldenVariant(variant));
      assert.deepEqual([...second], [...first]);
    }
  });

  it('is independent of the order of integrations, profiles and grants in the definitions file', () => {
    const reversed = loadGoldenVariant({
      name: 'reversed',
      describe: 'every list reversed',
      edit: (document) => {
        const lists = document as unknown as {
          profiles: unknown[];
          integrations: { objects?: unknown[]; permissionSets?: unknown[] }[];
        };
        lists.profiles.reverse();
        lists.integrations.reverse();
        for (const integration of lists.integrations) {
          integration.objects?.reverse();
          integration.permissionSets?.reverse();
        }
      },
    });
    assert.deepEqual([...renderTree(reversed)], [...renderTree(loadGoldenVariant(GOLDEN_VARIANTS[0]!))]);
  });
});

/**
 * The destructive-changes pair for the golden definitions' retired integration: golden files in
 * __golden__/removal/<variant>/, regenerated the same way (UPDATE_GOLDEN=1).
 */
describe('golden files of the removal manifests', () => {
  for (const variant of GOLDEN_VARIANTS) {
    it(`renders package.xml and destructiveChangesPost.xml for the ${variant.name} variant byte for byte`, async () => {
      const rendered = await renderRemovalManifests(removalComponents(loadGoldenVariant(variant)), '63.0');
      const directory = path.join(GOLDEN_DIR, 'removal', variant.name);
      if (UPDATE) {
        mkdirSync(directory, { recursive: true });
        for (const [name, content] of Object.entries(rendered))
          writeFileSync(path.join(directory, name), content);
        assert.fail(`UPDATE_GOLDEN=1: rewrote ${path.relative(process.cwd(), directory)}. Review the diff.`);
      }
      for (const [name, content] of Object.entries(rendered)) {
        const wanted = readFileSync(path.join(directory, name), 'utf8');
        if (content !== wanted)
          assert.fail(`removal/${variant.name}/${name} differs at ${firstDifference(content, wanted)}`);
      }
    });
  }
});

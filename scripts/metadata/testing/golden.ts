/**
 * The golden definitions (scripts/metadata/__golden__/definitions.json) and their variants, resolved
 * the way `generate` resolves a file. Each variant has its expected tree in __golden__/expected/<name>/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadDefinitionsText } from '../../definitions/load.js';
import type { ResolvedDefinitions } from '../../definitions/model.js';

export const GOLDEN_DIR = path.resolve(__dirname, '..', '__golden__');
export const GOLDEN_DEFINITIONS = path.join(GOLDEN_DIR, 'definitions.json');
export const GOLDEN_EXPECTED = path.join(GOLDEN_DIR, 'expected');

export interface GoldenVariant {
  name: string;
  describe: string;
  /** Changes the parsed definitions document for this variant. */
  edit: (document: { settings?: Record<string, unknown> }) => void;
}

export const GOLDEN_VARIANTS: GoldenVariant[] = [
  { name: 'default', describe: 'the definitions as written', edit: () => {} },
  {
    name: 'namespaced',
    describe: 'with settings.namespace, as for an org that installed the packaged core',
    edit: (document) => {
      document.settings = { ...document.settings, namespace: 'iukpkg' };
    },
  },
];

/** Loads a golden variant; fails loudly (with every problem) if the golden file stopped being valid. */
export function loadGoldenVariant(variant: GoldenVariant): ResolvedDefinitions {
  const document = JSON.parse(readFileSync(GOLDEN_DEFINITIONS, 'utf8')) as {
    settings?: Record<string, unknown>;
  };
  variant.edit(document);
  const loaded = loadDefinitionsText(
    'scripts/metadata/__golden__/definitions.json',
    JSON.stringify(document, null, 2),
  );
  if (!loaded.ok) {
    throw new Error(
      `The golden definitions (${variant.name}) are invalid:\n${loaded.problems.map((problem) => `${problem.code} ${problem.message}`).join('\n')}`,
    );
  }
  if (loaded.warnings.length > 0) {
    throw new Error(
      `The golden definitions (${variant.name}) have warnings; keep them clean: ${loaded.warnings.map((w) => w.code).join(', ')}`,
    );
  }
  return loaded.definitions;
}

/**
 * Writes (or with --check, compares) every file generated from a contract's one source:
 *   - the definition rules of a draft authored in the org, for Apex and the assistant (from
 *     scripts/definitions/draft.ts),
 *   - the Apex side of the dangerous-permission policy and of the object-feature table (from
 *     scripts/definitions/policy/),
 *   - the engine's TypeScript response types and the contracts doc's shape block (from the Apex
 *     wrapper classes in IntegrationUserModels.cls).
 * `npx tsx scripts/contracts/generate.ts` after changing a source; the unit test
 * scripts/contracts/generated-contracts.test.ts fails while any generated file differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DANGEROUS_PERMISSIONS } from '../definitions/policy/dangerous-permissions.js';
import { DANGEROUS_PERMISSIONS_APEX, renderDangerousPermissionsApex } from './dangerous-permissions-apex.js';
import { DRAFT_VECTORS_FILE, renderDraftVectors } from './definition-drafts.js';
import {
  DEFINITION_RULES_APEX,
  DEFINITION_RULES_JS,
  renderDefinitionRulesApex,
  renderDefinitionRulesJs,
} from './definition-rules.js';
import { OBJECT_FEATURES_APEX, renderObjectFeaturesApex } from './object-features-apex.js';
import {
  CONTRACTS_DOC,
  ENGINE_TYPES_FILE,
  readContract,
  renderContractsDoc,
  renderEngineTypes,
} from './engine-types.js';
import { formatWithPrettier } from './prettier-format.js';
import { REPO_ROOT } from './repo-root.js';
import { runWhenStarted } from '../run-script.js';

export interface GeneratedFile {
  /** Repository-relative path. */
  file: string;
  /** What the file must contain, rendered from its source. */
  render(): Promise<string>;
}

export const GENERATED_FILES: readonly GeneratedFile[] = [
  { file: DANGEROUS_PERMISSIONS_APEX, render: () => renderDangerousPermissionsApex(DANGEROUS_PERMISSIONS) },
  { file: DEFINITION_RULES_APEX, render: renderDefinitionRulesApex },
  { file: DEFINITION_RULES_JS, render: renderDefinitionRulesJs },
  { file: DRAFT_VECTORS_FILE, render: renderDraftVectors },
  { file: OBJECT_FEATURES_APEX, render: renderObjectFeaturesApex },
  {
    file: ENGINE_TYPES_FILE,
    render: () => formatWithPrettier(renderEngineTypes(readContract()), ENGINE_TYPES_FILE),
  },
  {
    file: CONTRACTS_DOC,
    render: () =>
      formatWithPrettier(
        renderContractsDoc(readFileSync(path.join(REPO_ROOT, CONTRACTS_DOC), 'utf8'), readContract()),
        CONTRACTS_DOC,
      ),
  },
];

/** The generated files whose committed content differs from what their source renders. */
export async function staleFiles(files: readonly GeneratedFile[] = GENERATED_FILES): Promise<string[]> {
  const stale: string[] = [];
  for (const generated of files) {
    let current = '';
    try {
      current = readFileSync(path.join(REPO_ROOT, generated.file), 'utf8');
    } catch {
      // missing counts as stale
    }
    if (current !== (await generated.render())) stale.push(generated.file);
  }
  return stale;
}

async function main(argv: string[]): Promise<number> {
  const check = argv.includes('--check');
  if (check) {
    const stale = await staleFiles();
    for (const file of stale)
      console.log(`${file}: differs from its source; run npx tsx scripts/contracts/generate.ts`);
    return stale.length === 0 ? 0 : 1;
  }
  for (const generated of GENERATED_FILES) {
    const content = await generated.render();
    const target = path.join(REPO_ROOT, generated.file);
    let current: string | undefined;
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      current = undefined;
    }
    if (current !== content) {
      writeFileSync(target, content);
      console.log(`wrote ${generated.file}`);
    }
  }
  return 0;
}

runWhenStarted(import.meta.url, main);

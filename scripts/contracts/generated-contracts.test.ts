/**
 * Every file generated from a contract's one source is committed exactly as its source renders it,
 * and a planted difference in a source changes the rendering (so the comparison can fail).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DANGEROUS_PERMISSIONS } from '../definitions/policy/dangerous-permissions.js';
import { DANGEROUS_USER_PERMISSIONS } from '../definitions/rules/least-privilege.js';
import { DANGEROUS_PERMISSIONS_APEX, renderDangerousPermissionsApex } from './dangerous-permissions-apex.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  CONTRACTS_DOC,
  ENGINE_TYPES_FILE,
  readContract,
  renderContractsDoc,
  renderEngineTypes,
} from './engine-types.js';
import { GENERATED_FILES, staleFiles } from './generate.js';
import { formatWithPrettier } from './prettier-format.js';
import { REPO_ROOT } from './repo-root.js';

describe('generated contract files', () => {
  it('are committed exactly as their sources render them (npx tsx scripts/contracts/generate.ts)', async () => {
    assert.deepEqual(await staleFiles(), []);
  });

  it('report a generated file whose source changed (planted difference)', async () => {
    const planted = [...DANGEROUS_PERMISSIONS, { name: 'ManageTranslation', why: 'planted for the test' }];
    const stale = await staleFiles([
      { file: DANGEROUS_PERMISSIONS_APEX, render: () => renderDangerousPermissionsApex(planted) },
    ]);
    assert.deepEqual(stale, [DANGEROUS_PERMISSIONS_APEX]);
  });

  it('report the engine types and the contracts doc when an Apex wrapper class changes (planted difference)', async () => {
    const planted = readContract();
    planted.models
      .get('integrationsummary')!
      .properties.push({ name: 'plantedFlag', type: 'Boolean', initialized: false });
    planted.constants.push({ name: 'STATUS_PLANTED', value: 'PLANTED' });
    const types = renderEngineTypes(planted);
    assert.match(types, /plantedFlag: Maybe<boolean>;/);
    assert.match(types, /'PLANTED'\] as const;/);
    const stale = await staleFiles([
      { file: ENGINE_TYPES_FILE, render: () => formatWithPrettier(types, ENGINE_TYPES_FILE) },
      {
        file: CONTRACTS_DOC,
        render: () =>
          formatWithPrettier(
            renderContractsDoc(readFileSync(path.join(REPO_ROOT, CONTRACTS_DOC), 'utf8'), planted),
            CONTRACTS_DOC,
          ),
      },
    ]);
    assert.deepEqual(stale, [ENGINE_TYPES_FILE, CONTRACTS_DOC]);
  });

  it('type enumerated properties with their enumeration, and keep initialised lists non-null', () => {
    const types = renderEngineTypes(readContract());
    assert.match(types, /\n {2}status: Maybe<IntegrationStatus>;/);
    assert.match(types, /\n {2}type: Maybe<ActionType>;/);
    assert.match(types, /\n {2}code: Maybe<BlockerCode>;/);
    assert.match(types, /\n {2}declaredAccess: ObjectAccess\[\];/);
    assert.match(types, /\n {2}retired: Maybe<boolean>;/);
  });

  it('refuse a constant prefix the generator does not know', () => {
    const contract = readContract();
    contract.constants.push({ name: 'COLOUR_RED', value: 'RED' });
    assert.throws(() => renderEngineTypes(contract), /prefix COLOUR_.*add it to ENUMERATIONS/);
  });

  it('cover the dangerous-permission policy, the engine types and the contracts doc', () => {
    for (const file of [DANGEROUS_PERMISSIONS_APEX, ENGINE_TYPES_FILE, CONTRACTS_DOC]) {
      assert.ok(
        GENERATED_FILES.some((generated) => generated.file === file),
        file,
      );
    }
  });
});

describe('dangerous-permission policy: one source for the definitions rules and the engine', () => {
  it('the definitions rule uses exactly the policy', () => {
    assert.deepEqual(
      [...DANGEROUS_USER_PERMISSIONS],
      DANGEROUS_PERMISSIONS.map((permission) => permission.name),
    );
  });

  it('the Apex class lists every policy name once, in policy order', async () => {
    const apex = await renderDangerousPermissionsApex(DANGEROUS_PERMISSIONS);
    const names = [...apex.matchAll(/^ {8}'([A-Za-z]+)',?$/gm)].map((match) => match[1]);
    assert.deepEqual(
      names,
      DANGEROUS_PERMISSIONS.map((permission) => permission.name),
    );
  });

  it('names are unique API names and include the connected-app permissions', () => {
    const names = DANGEROUS_PERMISSIONS.map((permission) => permission.name);
    assert.equal(new Set(names.map((name) => name.toLowerCase())).size, names.length);
    for (const name of names) assert.match(name, /^[A-Z][A-Za-z]+$/);
    assert.ok(names.includes('UseAnyApiClient') && names.includes('ApproveUninstalledConnectedApps'));
    assert.ok(names.includes('ManageSharing') && names.includes('ModifyMetadata'));
  });
});

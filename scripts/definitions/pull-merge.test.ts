import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  differingPaths,
  emptyDefinitionsFile,
  mergePull,
  orgDefinitionsOf,
  type OrgDefinition,
} from './pull-merge.js';

const root = path.resolve(__dirname, '../..');
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const bundled = (): Json =>
  JSON.parse(readFileSync(path.join(root, 'config/integration-definitions.json'), 'utf8')) as Json;
const recorded = (): OrgDefinition[] =>
  orgDefinitionsOf(
    JSON.parse(
      readFileSync(
        path.join(root, 'scripts/org/__fixtures__/engine/v1-definitions.DefinitionList.json'),
        'utf8',
      ),
    ),
  );

describe('pull: merging the org into a definitions file', () => {
  it('never drops what the file has and the org lacks, whatever the org sends', () => {
    const file = bundled();
    for (const org of [[], recorded(), recorded().filter((item) => item.integration !== 'ERP_Order_Sync')]) {
      for (const prefer of ['file', 'org'] as const) {
        const merged = mergePull(file, org, prefer).file as Json;
        for (const key of ['integrations', 'profiles'])
          for (const entry of file[key] as Json[])
            assert.ok(
              (merged[key] as Json[]).some((item) => item.name === entry.name),
              `${key} ${entry.name} kept (org sent ${org.length}, prefer ${prefer})`,
            );
        assert.deepEqual(merged.environments, file.environments);
        assert.deepEqual(merged.settings, file.settings);
      }
    }
    assert.deepEqual(mergePull(file, []).onlyInFile, ['Marketing_Automation', 'ERP_Order_Sync']);
  });

  it('does not change its input', () => {
    const file = bundled();
    const copy = structuredClone(file);
    mergePull(file, recorded(), 'org');
    assert.deepEqual(file, copy);
  });

  it('compares in canonical form: order and spelling are not differences, a value is', () => {
    const file = bundled();
    const erp = (file.integrations as Json[]).find((item) => item.name === 'ERP_Order_Sync')!;
    erp.objects.reverse();
    erp.objects[0].fields.read.reverse();
    assert.deepEqual(mergePull(file, recorded()).unchanged, ['ERP_Order_Sync']);
    // The planted difference: one range of the profile moved by one address.
    (file.profiles as Json[])[1]!.loginIpRanges[1].end = '198.51.100.21';
    const merge = mergePull(file, recorded(), 'org');
    assert.deepEqual(merge.conflicts, [
      {
        integration: 'ERP_Order_Sync',
        definedIn: 'REPOSITORY',
        paths: ['profileRestrictions.loginIpRanges.1.end'],
        kept: 'file',
      },
    ]);
    assert.equal(((merge.file as Json).profiles as Json[])[1]!.loginIpRanges[1].end, '198.51.100.21');
  });

  it('a retired definition is written retired, and retiring is a difference', () => {
    const first = mergePull(bundled(), recorded()).file as Json;
    assert.equal((first.integrations as Json[]).find((item) => item.name === 'Old_Feed')!.retired, true);
    const file = structuredClone(first);
    delete (file.integrations as Json[]).find((item) => item.name === 'Old_Feed')!.retired;
    assert.deepEqual(mergePull(file, recorded()).conflicts, [
      { integration: 'Old_Feed', definedIn: 'ORG', paths: ['integration.retired'], kept: 'file' },
    ]);
  });

  it('keeps a profile the file already has and says when the org recorded other restrictions for it', () => {
    const file = emptyDefinitionsFile();
    (file.profiles as Json[]).push({
      name: 'Integration - Billing Restricted',
      loginIpRanges: [{ cidr: '203.0.113.0/24' }],
    });
    const merge = mergePull(file, recorded());
    assert.deepEqual(merge.profilesAdded, [
      'Integration - ERP Restricted',
      'Minimum Access - API Only Integrations',
    ]);
    assert.deepEqual(
      ((merge.file as Json).profiles as Json[])[0],
      file.profiles && (file.profiles as Json[])[0],
    );
    assert.match(
      merge.notes.join('\n'),
      /Billing_Sync: the org records other login IP ranges or hours for profile "Integration - Billing Restricted"/,
    );
  });

  it('lists every differing leaf', () => {
    assert.deepEqual(differingPaths({ a: [1, 2], b: { c: 'x' } }, { a: [1], b: { c: 'y', d: 1 } }), [
      'a.1',
      'b.c',
      'b.d',
    ]);
    assert.deepEqual(differingPaths({ a: 1 }, { a: 1 }), []);
  });

  it('refuses an answer that is not a list of drafts of the integrations it names', () => {
    assert.throws(() => orgDefinitionsOf({}), /no "definitions" list/);
    assert.throws(
      () =>
        orgDefinitionsOf({
          definitions: [{ integration: 'A', definedIn: 'ORG', draftJson: '{"integration":{"name":"B"}}' }],
        }),
      /not a draft of this integration/,
    );
    assert.throws(
      () =>
        orgDefinitionsOf({ definitions: [{ integration: 'A', definedIn: 'SOMEWHERE', draftJson: '{}' }] }),
      /definedIn is "SOMEWHERE"/,
    );
  });
});

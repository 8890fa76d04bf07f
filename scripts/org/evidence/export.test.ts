import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { schemaProblems, type EvidenceDocument } from './document.js';
import { exportEvidence } from './export.js';
import type { EvidenceModel } from './generated-types.js';
import { EvidenceError } from './write.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const TARGET = {
  org: 'acme-prod',
  username: 'admin@acme.example',
  instanceUrl: 'https://acme.my.salesforce.com',
};

async function recorded(name = 'v1-evidence.dangerousGrant.EvidenceModel.json'): Promise<EvidenceModel> {
  return JSON.parse(
    await readFile(path.join(ROOT, 'scripts/org/__fixtures__/evidence', name), 'utf8'),
  ) as EvidenceModel;
}

/** A project folder with sfdx-project.json and, optionally, the bundled definitions file. */
async function project(withDefinitions: boolean): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'iuk-export-'));
  await cp(path.join(ROOT, 'sfdx-project.json'), path.join(dir, 'sfdx-project.json'));
  if (withDefinitions) await cp(path.join(ROOT, 'config'), path.join(dir, 'config'), { recursive: true });
  return dir;
}

describe('exportEvidence', () => {
  it('writes the evidence with the justifications of the definitions file, and summarizes it', async () => {
    const dir = await project(true);
    try {
      const evidence = await recorded();
      const summary = await exportEvidence(
        { evidence: () => Promise.resolve(evidence) },
        { out: 'evidence/2026-12', cwd: dir, target: TARGET, now: new Date('2026-12-01T08:00:00Z') },
      );
      assert.equal(summary.definitionsFile, 'config/integration-definitions.json');
      assert.deepEqual(summary.integrations, [
        { name: 'ERP_Order_Sync', gaps: 1, high: 2, medium: 1 },
        { name: 'Marketing_Automation', gaps: 3, high: 1, medium: 2 },
      ]);
      const document = JSON.parse(
        await readFile(path.join(dir, 'evidence/2026-12/evidence.json'), 'utf8'),
      ) as EvidenceDocument;
      assert.deepEqual(schemaProblems(document), []);
      assert.equal(document.exportedAt, '2026-12-01T08:00:00.000Z');
      const grants = document.evidence.integrations[1]!.dangerousGrants;
      assert.match(
        grants[0]!.justificationSource ?? '',
        /^not declared in config\/integration-definitions\.json/,
      );
      assert.equal(
        grants[0]!.justification,
        null,
        'the bundled example grants no View All: the report says so',
      );
      const html = await readFile(path.join(dir, 'evidence/2026-12/evidence.html'), 'utf8');
      assert.match(html, /not declared in config\/integration-definitions\.json: granted outside the kit\?/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('works without a definitions file, and refuses a broken one before asking the org', async () => {
    const dir = await project(false);
    try {
      const summary = await exportEvidence(
        { evidence: async () => recorded('v1-evidence.EvidenceModel.json') },
        { out: 'out', cwd: dir, target: TARGET },
      );
      assert.equal(summary.definitionsFile, null);
      await writeFile(path.join(dir, 'broken.json'), '{"version": 1, "integrations": [}');
      let asked = false;
      await assert.rejects(
        exportEvidence(
          {
            evidence: () => {
              asked = true;
              return recorded();
            },
          },
          { out: 'out2', cwd: dir, target: TARGET, config: 'broken.json' },
        ),
        (error: unknown) =>
          error instanceof EvidenceError && /definitions file has errors/.test(error.message),
      );
      assert.equal(asked, false);
      assert.deepEqual((await readdir(dir)).sort(), ['broken.json', 'out', 'sfdx-project.json']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses an answer without the permission to view', async () => {
    const dir = await project(false);
    try {
      const denied = { ...(await recorded()), canView: false };
      await assert.rejects(
        exportEvidence({ evidence: () => Promise.resolve(denied) }, { out: 'out', cwd: dir, target: TARGET }),
        /not allowed to view integration users/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

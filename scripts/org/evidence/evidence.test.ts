/**
 * The evidence export, offline: its generated contract (schema and types) against the Apex classes,
 * the recorded REST responses against the same classes, documents against the schema (with planted
 * defects), justifications from the definitions file, the Markdown and HTML report, the writer's
 * refusals, and the committed sample under docs/.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseApexModels, type ApexModels } from '../../contracts/apex-models.js';
import { FixtureChecker } from '../../contracts/fixture-contract.js';
import { evidenceTypes, loadModels, renderContractFiles, MONITORING_MODELS_FILE } from './contract.js';
import { buildEvidenceDocument, schemaProblems, type EvidenceDocument } from './document.js';
import type { EvidenceModel } from './generated-types.js';
import { justificationOf, justificationsFrom } from './justifications.js';
import { renderHtml, renderMarkdown } from './render.js';
import { reportBlocks } from './report.js';
import { SAMPLE_DIR, sampleDocument } from './sample.js';
import { EVIDENCE_FILES, EvidenceError, renderEvidenceFiles, writeEvidence } from './write.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const FIXTURE_DIR = path.join(ROOT, 'scripts/org/__fixtures__/evidence');

async function fixtureJson<T>(name: string): Promise<T> {
  return JSON.parse(await readFile(path.join(FIXTURE_DIR, name), 'utf8')) as T;
}

/** The model map, with qualified names (IntegrationUserModels.IpRange) found too. */
function checkerModels(): ApexModels {
  const models = loadModels(ROOT);
  for (const [key, model] of [...models]) models.set(`integrationusermodels.${key}`, model);
  return models;
}

function document(evidence: EvidenceModel): EvidenceDocument {
  return buildEvidenceDocument(evidence, {
    target: { org: 'ci', username: 'ci@example.com', instanceUrl: null },
    exportedAt: new Date('2026-12-01T00:00:00Z'),
  });
}

describe('the evidence contract', () => {
  it('the committed schema and types are what the Apex classes generate (npx tsx scripts/org/evidence/contract.ts --write)', async () => {
    for (const [file, content] of Object.entries(await renderContractFiles(loadModels(ROOT)))) {
      assert.equal(await readFile(path.join(ROOT, file), 'utf8'), content, `${file} is stale`);
    }
  });

  it('a property added to an Apex class changes the generated types (the check can fail)', () => {
    const models = loadModels(ROOT);
    const finding = models.get('finding')!;
    models.set('finding', {
      ...finding,
      properties: [...finding.properties, { name: 'ticket', type: 'String' }],
    });
    assert.match(evidenceTypes(models), /ticket: string \| null;/);
    assert.notEqual(evidenceTypes(models), evidenceTypes(loadModels(ROOT)));
  });

  it('every recorded response and every monitoring fixture matches the Apex classes, and shows every property', async () => {
    const models = checkerModels();
    const checker = new FixtureChecker(models);
    const files: [string, string][] = [
      ['v1-evidence.EvidenceModel.json', 'EvidenceModel'],
      ['v1-evidence.dangerousGrant.EvidenceModel.json', 'EvidenceModel'],
      ['v1-monitoring.MonitoringModel.json', 'MonitoringModel'],
    ];
    // The Jest and browser-preview fixtures of the monitoring controller (force-app/test/assistant/data).
    const data = path.join(ROOT, 'force-app/test/assistant/data');
    let monitoringFixtures = 0;
    for (const name of await readdir(data)) {
      const method = /^IntegrationUserMonitoringController\.(getMonitoring|getEvidence)(\..+)?\.json$/.exec(
        name,
      )?.[1];
      if (method) {
        monitoringFixtures++;
        files.push([path.join(data, name), method === 'getMonitoring' ? 'MonitoringModel' : 'EvidenceModel']);
      }
    }
    assert.ok(monitoringFixtures >= 6, `only ${monitoringFixtures} monitoring fixtures found in ${data}`);
    for (const [file, root] of files) {
      const absolute = path.isAbsolute(file) ? file : path.join(FIXTURE_DIR, file);
      checker.checkFixture(path.relative(ROOT, absolute), JSON.parse(await readFile(absolute, 'utf8')), root);
    }
    const report = checker.problems.map((problem) => `${problem.file} ${problem.path}: ${problem.message}`);
    assert.deepEqual(report, []);
    const ownClasses = new Set(
      [
        ...parseApexModels(
          await readFile(path.join(ROOT, MONITORING_MODELS_FILE), 'utf8'),
          MONITORING_MODELS_FILE,
        ).values(),
      ].map((model) => model.name),
    );
    const unseen = [...new Set(checker.unseenProperties())].filter((property) =>
      ownClasses.has(property.split('.')[0]!),
    );
    assert.deepEqual(
      unseen,
      [],
      'these monitoring properties appear in no fixture: add them so the contract is tested',
    );
  });

  it("the assistant's default fixtures are the recorded REST responses (one shape, one set of data)", async () => {
    const data = path.join(ROOT, 'force-app/test/assistant/data');
    const read = async (file: string): Promise<unknown> =>
      JSON.parse(await readFile(file, 'utf8')) as unknown;
    assert.deepEqual(
      await read(path.join(data, 'IntegrationUserMonitoringController.getMonitoring.json')),
      await read(path.join(FIXTURE_DIR, 'v1-monitoring.MonitoringModel.json')),
    );
    assert.deepEqual(
      await read(path.join(data, 'IntegrationUserMonitoringController.getEvidence.json')),
      await read(path.join(FIXTURE_DIR, 'v1-evidence.EvidenceModel.json')),
    );
  });

  it('a fixture key the Apex class lacks is reported with its path (planted defect)', async () => {
    const evidence = await fixtureJson<EvidenceModel>('v1-evidence.EvidenceModel.json');
    (evidence.integrations[0]!.findings[0] as unknown as Record<string, unknown>).ticket = 'JIRA-1';
    const checker = new FixtureChecker(checkerModels());
    checker.checkFixture('planted.json', evidence, 'EvidenceModel');
    assert.equal(checker.problems[0]?.path, 'integrations[0].findings[0].ticket');
  });
});

describe('evidence.json against its schema', () => {
  it('the bundled example conforms', async () => {
    assert.deepEqual(schemaProblems(document(await fixtureJson('v1-evidence.EvidenceModel.json'))), []);
  });

  it('names the path of an unknown key, a wrong type and a missing property (planted defects)', async () => {
    const evidence = await fixtureJson<EvidenceModel>('v1-evidence.EvidenceModel.json');
    const doc = document(evidence) as unknown as { evidence: Record<string, unknown> };
    const integration = (doc.evidence.integrations as Record<string, unknown>[])[0]!;
    integration.colour = 'red';
    integration.lastLogin = 12;
    delete (integration.items as Record<string, unknown>[])[0]!.controls;
    const problems = schemaProblems(doc);
    assert.ok(
      problems.some((line) =>
        line.startsWith('/evidence/integrations/0: must NOT have additional properties "colour"'),
      ),
      problems.join('\n'),
    );
    assert.ok(
      problems.some((line) => line.startsWith('/evidence/integrations/0/lastLogin: must be string,null')),
      problems.join('\n'),
    );
    assert.ok(
      problems.some((line) =>
        line.includes("/evidence/integrations/0/items/0: must have required property 'controls'"),
      ),
      problems.join('\n'),
    );
  });

  it('a date-time that is not one fails', async () => {
    const evidence = await fixtureJson<EvidenceModel>('v1-evidence.EvidenceModel.json');
    evidence.generatedAt = 'yesterday';
    assert.match(
      schemaProblems(document(evidence)).join('\n'),
      /\/evidence\/generatedAt: must match format "date-time"/,
    );
  });
});

describe('justifications from the definitions file', () => {
  const integration = {
    name: 'Finance',
    objects: [
      { object: 'Invoice__c', access: ['read', 'viewAll'], justification: 'Reconciles every invoice.' },
    ],
    userPermissions: [{ name: 'ViewAllData', justification: 'Nightly full export approved by the CFO.' }],
  };

  it('finds the justification of an object grant and of a user permission', () => {
    assert.deepEqual(
      justificationOf('ViewAllRecords on Invoice__c (IUK_Finance)', integration, 'defs.json'),
      {
        justification: 'Reconciles every invoice.',
        source: 'defs.json: objects[invoice__c].justification',
      },
    );
    assert.equal(
      justificationOf('ViewAllData (profile Finance Profile)', integration, 'defs.json').justification,
      'Nightly full export approved by the CFO.',
    );
  });

  it('says so when the file does not declare the grant', () => {
    const found = justificationOf('ModifyAllRecords on Invoice__c (IUK_Finance)', integration, 'defs.json');
    assert.equal(found.justification, null);
    assert.match(found.source, /not declared in defs.json: granted outside the kit\?/);
    assert.match(justificationOf('ManageUsers (X)', undefined, 'defs.json').source, /integration not found/);
  });

  it('fills the document, leaving the engine answer untouched', async () => {
    const evidence = await fixtureJson<EvidenceModel>('v1-evidence.EvidenceModel.json');
    evidence.integrations[0]!.name = 'Finance';
    evidence.integrations[0]!.dangerousGrants = [
      { grant: 'ViewAllData (IUK_Finance)', justification: null, justificationSource: 'definitions file' },
    ];
    const built = buildEvidenceDocument(evidence, {
      target: { org: 'ci', username: null, instanceUrl: null },
      exportedAt: new Date('2026-12-01T00:00:00Z'),
      definitions: justificationsFrom('defs.json', { integrations: [integration] }),
    });
    assert.equal(
      built.evidence.integrations[0]!.dangerousGrants[0]!.justification,
      'Nightly full export approved by the CFO.',
    );
    assert.equal(evidence.integrations[0]!.dangerousGrants[0]!.justification, null);
    assert.equal(built.definitionsFile, 'defs.json');
    assert.deepEqual(schemaProblems(built), []);
  });
});

describe('the readable report', () => {
  it('answers the review questions per integration and lists every cited control', () => {
    const files = renderEvidenceFiles(sampleDocument(ROOT));
    const markdown = files['evidence.md'];
    assert.match(markdown, /^# Integration user access review: Acme Corporation/);
    assert.match(
      markdown,
      /\| Documented business justification for API access \| MET \| Reads customer accounts/,
    );
    assert.match(markdown, /\| Login IP ranges and login hours \| GAP \| No login IP ranges or hours/);
    assert.match(
      markdown,
      /\| 2026-11-21 \| no log \(NO_LOG\) \|/,
      'a day without a log is not shown as zero',
    );
    assert.match(markdown, /\| Campaign_Import_Temporary \| permission set \| no \| 2026-12-15 00:00 UTC \|/);
    assert.match(markdown, /\| Monday \| 06:00 \| 22:00 \|/);
    assert.match(markdown, /\| Sunday \| closed \| closed \|/);
    const cited = new Set(sampleDocument(ROOT).evidence.controls.map((control) => control.id));
    for (const id of cited) assert.match(markdown, new RegExp(`\\| ${id} \\| `), `control ${id} listed`);
    assert.ok(cited.has('SBS-ACS-002'));
  });

  it('escapes what the org says, in HTML and Markdown, and the page needs no other file', () => {
    const doc = sampleDocument(ROOT);
    doc.evidence.integrations[0]!.justification = '<script>alert("x")</script> | *bold*';
    doc.evidence.integrations[0]!.items[1]!.detail = '<script>alert("x")</script> | *bold*';
    const blocks = reportBlocks(doc);
    const html = renderHtml(blocks, 'Report');
    assert.ok(!html.includes('<script>alert'), 'markup from the org is escaped');
    assert.match(html, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;/);
    assert.ok(
      !/<script|<link|src=/i.test(html),
      'self-contained: no script, stylesheet link or external image',
    );
    assert.match(html, /<html lang="en">/);
    assert.match(html, /<th scope="col">Question<\/th>/);
    assert.match(html, /<span class="badge gap">GAP<\/span>/);
    const markdown = renderMarkdown(blocks);
    assert.ok(
      markdown.includes('\\<script\\>alert("x")\\</script\\> \\| \\*bold\\*'),
      'pipes and markup escaped in a table cell',
    );
  });
});

describe('writing an export', () => {
  async function project(): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'iuk-evidence-'));
    await writeFile(
      path.join(dir, 'sfdx-project.json'),
      JSON.stringify({ packageDirectories: [{ path: 'force-app/core', default: true }] }),
    );
    return dir;
  }

  it('writes the four files and leaves other files alone', async () => {
    const dir = await project();
    try {
      await mkdir(path.join(dir, 'out'));
      await writeFile(path.join(dir, 'out', 'notes.txt'), 'keep me');
      const written = await writeEvidence(sampleDocument(ROOT), 'out', dir);
      assert.deepEqual(written.map((file) => path.basename(file)).sort(), [...EVIDENCE_FILES].sort());
      assert.deepEqual(
        (await readdir(path.join(dir, 'out'))).sort(),
        [...EVIDENCE_FILES, 'notes.txt'].sort(),
      );
      const json = JSON.parse(
        await readFile(path.join(dir, 'out', 'evidence.json'), 'utf8'),
      ) as EvidenceDocument;
      assert.equal(json.$schema, 'evidence.schema.json');
      assert.deepEqual(schemaProblems(json), []);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a directory inside a package directory, a file, and an answer of another shape, writing nothing', async () => {
    const dir = await project();
    try {
      await assert.rejects(
        writeEvidence(sampleDocument(ROOT), 'force-app/core/evidence', dir),
        (error: unknown) => {
          assert.ok(error instanceof EvidenceError);
          assert.match(error.message, /inside the package directory force-app\/core/);
          return true;
        },
      );
      await writeFile(path.join(dir, 'a-file'), '');
      await assert.rejects(writeEvidence(sampleDocument(ROOT), 'a-file', dir), /is a file, not a directory/);
      const drifted = sampleDocument(ROOT);
      (drifted.evidence as unknown as Record<string, unknown>).extra = true;
      await assert.rejects(
        writeEvidence(drifted, 'out', dir),
        /does not match evidence\.schema\.json:\n {2}\/evidence: must NOT have additional properties "extra"/,
      );
      assert.deepEqual((await readdir(dir)).sort(), ['a-file', 'sfdx-project.json']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the sample under docs/', () => {
  it('is what the bundled example renders (npx tsx scripts/org/evidence/sample.ts --write)', async () => {
    for (const [name, content] of Object.entries(renderEvidenceFiles(sampleDocument(ROOT)))) {
      assert.equal(
        await readFile(path.join(ROOT, SAMPLE_DIR, name), 'utf8'),
        content,
        `${SAMPLE_DIR}/${name} is stale`,
      );
    }
  });
});

/** The controls the Apex catalogue cites (IntegrationUserControls.cls): id, publisher and title. */
function catalogue(apex: string): { id: string; publisher: string; title: string }[] {
  const ids = new Map(
    [...apex.matchAll(/static final String (\w+) = '((?:SBS|NIST) [^']+|SBS-[^']+)';/g)].map((m) => [
      m[1]!,
      m[2]!,
    ]),
  );
  return [...apex.matchAll(/(\w+) => new List<String>\{\s*(SBS|NIST),\s*'([^']+)'/g)].map((m) => ({
    id: ids.get(m[1]!) ?? m[1]!,
    publisher: m[2]!,
    title: m[3]!,
  }));
}

/** Catalogue entries whose id and title docs/salesforce-facts.md does not record as checked. */
function uncheckedControls(apex: string, facts: string): string[] {
  const start = facts.indexOf('### Controls cited in the evidence report');
  const section = facts.slice(start, facts.indexOf('\n### ', start + 1)).replaceAll(/\s+/g, ' ');
  return catalogue(apex)
    .filter(({ id, publisher, title }) =>
      publisher === 'SBS'
        ? !section.includes(`${id} "${title}"`)
        : !section.includes(`${id.replace(/^NIST /, '')} ${title}`),
    )
    .map(({ id, title }) => `${id} "${title}"`);
}

describe('the controls the evidence cites', () => {
  const apexFile = path.join(ROOT, 'force-app/core/monitoring/classes/IntegrationUserControls.cls');

  it('are each recorded, id and title, in docs/salesforce-facts.md with the source they were checked against', async () => {
    const apex = await readFile(apexFile, 'utf8');
    const facts = await readFile(path.join(ROOT, 'docs/salesforce-facts.md'), 'utf8');
    assert.equal(catalogue(apex).length, 13, 'every catalogue entry is read');
    assert.deepEqual(uncheckedControls(apex, facts), []);
  });

  it('a misnamed or unrecorded control is reported (planted defects)', async () => {
    const apex = await readFile(apexFile, 'utf8');
    const facts = await readFile(path.join(ROOT, 'docs/salesforce-facts.md'), 'utf8');
    const misnamed = apex.replace("'Least Privilege'", "'Minimum Privilege'");
    assert.deepEqual(uncheckedControls(misnamed, facts), ['NIST AC-6 "Minimum Privilege"']);
    const renumbered = apex.replace("'SBS-ACS-002'", "'SBS-ACS-006'");
    assert.deepEqual(uncheckedControls(renumbered, facts), [
      'SBS-ACS-006 "Documented Justification for All API-Enabled Authorizations"',
    ]);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadApexProject } from '../apex-project.js';
import { createFixtureProject, type FixtureProject } from '../fixture-project.js';
import type { CheckOutcome, Finding } from '../finding.js';
import { APEXLINK_ALLOW_LIST } from './allow-list.js';
import { applyAllowList, semanticsCheck } from './semantics-check.js';

// apexlink starts a JVM and loads its whole standard library: run it once for every case below.
describe('semantics check (apexlink on Java 17)', () => {
  let project: FixtureProject;
  let outcome: CheckOutcome;
  const on = (name: string): Finding[] =>
    outcome.findings.filter((finding) => finding.file === project.file(name));

  before(async () => {
    project = createFixtureProject({
      fixtures: ['CleanController', 'IntegrationUserAccess', 'UnknownVariable'],
      withDefinitionType: true,
    });
    outcome = await semanticsCheck.run(loadApexProject(project.root));
  });
  after(() => project.remove());

  it('fails an unknown variable, at its position', () => {
    const finding = on('UnknownVariable').find((candidate) => /undefinedCounter/.test(candidate.message));
    assert.ok(finding, JSON.stringify(outcome.findings, null, 2));
    assert.equal(finding.rule, 'apexlink:Missing');
    assert.equal(finding.message, "No variable or type found for 'undefinedCounter' on 'UnknownVariable'");
    assert.deepEqual([finding.line, finding.column], [7, 41]);
  });

  it('reads the project’s custom metadata type: an unknown field fails, a real one passes', () => {
    const messages = on('UnknownVariable').map((finding) => finding.message);
    assert.ok(
      messages.includes(
        "Unknown field 'Owner_Nickname__c' on SObject 'Schema.Integration_User_Definition__mdt'",
      ),
      messages.join('\n'),
    );
    assert.ok(!messages.some((message) => /External_System__c/.test(message)));
  });

  it('fails an unknown method on a project class and an unknown type', () => {
    const lines = on('UnknownVariable').map((finding) => `${finding.line} ${finding.message}`);
    assert.ok(
      lines.some((line) =>
        /^5 No matching method found for 'requireEverything' on 'IntegrationUserAccess'/.test(line),
      ),
      lines.join('\n'),
    );
    assert.ok(
      lines.some((line) => /^6 No type declaration found for 'MissingType'/.test(line)),
      lines.join('\n'),
    );
    assert.equal(lines.length, 4, lines.join('\n'));
  });

  it('passes clean classes that use the definition type and the security class', () => {
    assert.deepEqual(on('CleanController'), []);
    assert.deepEqual(on('IntegrationUserAccess'), []);
  });

  it('drops an allow-listed finding and warns about an entry that matched nothing', () => {
    const allowList = [
      {
        message: /^No variable or type found for 'undefinedCounter'/,
        reason: 'test: pretend it is an API 63 global',
      },
      { message: /^Never matches$/, reason: 'test: stale' },
    ];
    const filtered = applyAllowList(outcome.findings, allowList, project.root);
    assert.equal(filtered.findings.length, outcome.findings.length - 1);
    assert.ok(!filtered.findings.some((finding) => /undefinedCounter/.test(finding.message)));
    assert.equal(filtered.warnings?.length, 1);
    assert.match(filtered.warnings![0]!.message, /Never matches.*matched nothing/);
  });

  it('limits an allow-list entry to the files it names', () => {
    const allowList = [
      { message: /undefinedCounter/, file: /^force-app\/other\//, reason: 'test: other file only' },
    ];
    assert.equal(
      applyAllowList(outcome.findings, allowList, project.root).findings.length,
      outcome.findings.length,
    );
  });

  it('keeps every allow-list entry narrow and explained', () => {
    for (const entry of APEXLINK_ALLOW_LIST) {
      assert.ok(entry.reason.length >= 20, `allow-list entry ${entry.message} needs a reason`);
      assert.ok(
        !entry.message.test("No variable or type found for 'anything'"),
        `allow-list entry ${entry.message} is too broad`,
      );
    }
  });
});

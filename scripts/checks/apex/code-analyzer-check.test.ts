import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadApexProject } from './apex-project.js';
import { codeAnalyzerCheck, engineErrorToFinding } from './code-analyzer-check.js';
import { createFixtureProject, type FixtureProject } from './fixture-project.js';
import type { CheckOutcome } from './finding.js';

// PMD starts a JVM and loads every selected rule: run it once for every case below.
describe('Code Analyzer check (PMD)', () => {
  let project: FixtureProject;
  let outcome: CheckOutcome;
  const failuresOn = (name: string): string[] =>
    outcome.findings
      .filter((finding) => finding.file === project.file(name))
      .map((finding) => `${finding.line} ${finding.rule} ${finding.message}`);

  before(async () => {
    project = createFixtureProject({
      fixtures: ['CleanController', 'IntegrationUserAccess', 'SoqlInjection', 'SyntaxError'],
    });
    outcome = await codeAnalyzerCheck.run(loadApexProject(project.root));
  });
  after(() => project.remove());

  it('fails SOQL injection (severity 2) and a hard-coded password (severity 1)', () => {
    const failures = failuresOn('SoqlInjection');
    assert.ok(
      failures.some((line) => /^3 pmd:ApexSOQLInjection \(severity 2\)/.test(line)),
      failures.join('\n'),
    );
    assert.ok(
      failures.some((line) => /^7 pmd:AvoidHardcodedCredentialsInSetPassword \(severity 1\)/.test(line)),
      failures.join('\n'),
    );
  });

  it('fails a file PMD cannot parse, although PMD reports it only in its log', () => {
    const failures = failuresOn('SyntaxError');
    assert.equal(failures.length, 1, failures.join('\n'));
    assert.match(
      failures[0]!,
      /^3 pmd:processing-error PMD could not analyse this file, so none of its rules ran/,
    );
  });

  it('passes clean classes; their low-severity findings are warnings only', () => {
    assert.deepEqual(failuresOn('CleanController'), []);
    assert.deepEqual(failuresOn('IntegrationUserAccess'), []);
    assert.ok((outcome.warnings ?? []).every((warning) => /\(severity [345]\)/.test(warning.message)));
  });

  it('turns an engine log error into a finding with file and position', () => {
    const finding = engineErrorToFinding(
      "PMD issued a processing error for file '/p/Foo.cls':\n    ParseException: Syntax error at 2:19: mismatched input",
      '/p',
    );
    assert.deepEqual(
      [finding.file, finding.line, finding.column, finding.rule],
      ['/p/Foo.cls', 2, 20, 'pmd:processing-error'],
    );
    const general = engineErrorToFinding('Java not found', '/p');
    assert.deepEqual([general.file, general.rule], ['/p/sfdx-project.json', 'code-analyzer:engine-error']);
  });
});

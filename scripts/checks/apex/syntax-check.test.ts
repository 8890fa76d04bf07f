import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadApexProject } from './apex-project.js';
import { createFixtureProject, sourceApiVersion, type FixtureProject } from './fixture-project.js';
import type { Finding } from './finding.js';
import { metaXmlCheck } from './meta-xml-check.js';
import { shortenExpectedTokens, syntaxCheck } from './syntax-check.js';

describe('syntax check', () => {
  let project: FixtureProject;
  let findings: Finding[];

  before(async () => {
    project = createFixtureProject({ fixtures: ['CleanController', 'SyntaxError', 'BareDmlTrigger'] });
    ({ findings } = await syntaxCheck.run(loadApexProject(project.root)));
  });
  after(() => project.remove());

  it('fails a file that does not parse, at the line and column of the error', () => {
    assert.equal(findings.length, 1, JSON.stringify(findings));
    const [finding] = findings;
    assert.equal(finding!.file, project.file('SyntaxError'));
    assert.equal(finding!.rule, 'syntax');
    assert.deepEqual([finding!.line, finding!.column], [3, 31]);
    assert.match(finding!.message, /expecting '\)'|missing '\)'/);
  });

  it('passes classes and triggers that parse', () => {
    assert.ok(!findings.some((finding) => finding.file !== project.file('SyntaxError')));
  });

  it('shortens ANTLR’s list of expected tokens', () => {
    const long = `mismatched input '{' expecting {'a', 'b', 'c', 'd', 'e', 'f', 'g'}`;
    assert.equal(shortenExpectedTokens(long), `mismatched input '{' expecting one of 7 other tokens`);
    assert.equal(shortenExpectedTokens(`expecting {'a', 'b'}`), `expecting {'a', 'b'}`);
  });
});

describe('meta-xml check', () => {
  let project: FixtureProject;
  let findings: Finding[];

  before(async () => {
    project = createFixtureProject({
      fixtures: ['CleanController', 'NoSharing', 'BareDml', 'BareDmlTrigger'],
      withoutMetaXml: ['NoSharing', 'BareDmlTrigger'],
      apiVersionOverrides: { BareDml: '58.0' },
    });
    ({ findings } = await metaXmlCheck.run(loadApexProject(project.root)));
  });
  after(() => project.remove());

  it('fails a class or trigger without its -meta.xml', () => {
    const missing = findings
      .filter((finding) => /is missing/.test(finding.message))
      .map((finding) => finding.file);
    assert.deepEqual(missing.sort(), [project.file('BareDmlTrigger'), project.file('NoSharing')].sort());
  });

  it('fails an apiVersion that differs from sourceApiVersion, on the line of the apiVersion', () => {
    const wrong = findings.find((finding) => finding.file === `${project.file('BareDml')}-meta.xml`);
    assert.ok(wrong, JSON.stringify(findings));
    assert.equal(wrong.line, 3);
    assert.equal(
      wrong.message,
      `apiVersion 58.0 differs from sourceApiVersion ${sourceApiVersion()} in sfdx-project.json; set it to ${sourceApiVersion()}`,
    );
  });

  it('passes a class whose -meta.xml matches', () => {
    assert.ok(!findings.some((finding) => finding.file.startsWith(project.file('CleanController'))));
    assert.equal(findings.length, 3);
  });
});

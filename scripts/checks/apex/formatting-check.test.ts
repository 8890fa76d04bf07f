import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadApexProject } from './apex-project.js';
import { createFixtureProject, type FixtureProject } from './fixture-project.js';
import type { Finding } from './finding.js';
import { firstDifference, formattingCheck } from './formatting-check.js';

describe('formatting check', () => {
  let project: FixtureProject;
  let findings: Finding[];

  before(async () => {
    project = createFixtureProject({
      fixtures: ['CleanController', 'BadlyFormatted', 'BareDmlTrigger', 'SyntaxError'],
    });
    ({ findings } = await formattingCheck.run(loadApexProject(project.root)));
  });
  after(() => project.remove());

  it('fails a badly formatted file at its first difference from prettier’s output', () => {
    const finding = findings.find((candidate) => candidate.file === project.file('BadlyFormatted'));
    assert.equal(finding!.file, project.file('BadlyFormatted'));
    assert.equal(finding!.rule, 'prettier');
    assert.deepEqual([finding!.line, finding!.column], [2, 27]);
    assert.match(
      finding!.message,
      /run npx prettier --write force-app\/main\/default\/classes\/BadlyFormatted.cls$/,
    );
  });

  it('fails a file prettier cannot parse without stopping the check', () => {
    const finding = findings.find((candidate) => candidate.file === project.file('SyntaxError'));
    assert.match(finding?.message ?? '', /^prettier could not parse this file: /);
  });

  it('passes formatted classes and triggers', () => {
    assert.equal(findings.length, 2, JSON.stringify(findings));
  });

  it('locates the first difference by line and column', () => {
    assert.deepEqual(firstDifference('a\nbc\n', 'a\nbd\n'), { line: 2, column: 2 });
    assert.deepEqual(firstDifference('same', 'same\n'), { line: 1, column: 5 });
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadApexProject } from '../apex-project.js';
import { createFixtureProject, type FixtureProject } from '../fixture-project.js';
import type { Finding } from '../finding.js';
import { projectRulesCheck } from './project-rules-check.js';

describe('project rules check', () => {
  let project: FixtureProject;
  let findings: Finding[];
  const on = (name: string): string[] =>
    findings
      .filter((finding) => finding.file === project.file(name))
      .map((finding) => `${finding.line}:${finding.column} ${finding.rule} ${finding.message}`);

  before(async () => {
    project = createFixtureProject({
      fixtures: [
        'CleanController',
        'IntegrationUserAccess',
        'NoSharing',
        'WithoutSharing',
        'NoAccessMode',
        'BareDml',
        'BareDmlTrigger',
        'UncheckedEntryPoints',
        'ExemptTest',
        'SyntaxError',
      ],
    });
    ({ findings } = await projectRulesCheck.run(loadApexProject(project.root)));
  });
  after(() => project.remove());

  it('passes a class that follows every rule, and the test class it exempts', () => {
    assert.deepEqual(on('CleanController'), []);
    assert.deepEqual(on('IntegrationUserAccess'), []);
    assert.deepEqual(on('ExemptTest'), []);
  });

  it('fails a top-level class without a sharing keyword', () => {
    assert.equal(on('NoSharing').length, 1);
    assert.match(on('NoSharing')[0]!, /^1:8 sharing class NoSharing declares no sharing; add `with sharing`/);
  });

  it('fails `without sharing` with no comment above it, and accepts one with a reason', () => {
    assert.deepEqual(on('WithoutSharing').length, 1);
    assert.match(
      on('WithoutSharing')[0]!,
      /^2:12 without-sharing-reason class Unexplained is `without sharing` with no comment/,
    );
  });

  it('fails SOQL without WITH USER_MODE or WITH SYSTEM_MODE, inline and in Database.query', () => {
    const lines = on('NoAccessMode');
    assert.equal(lines.length, 3, lines.join('\n'));
    assert.match(lines[0]!, /^3:34 soql-access-mode SOQL query states no access mode; add WITH USER_MODE/);
    assert.match(
      lines[1]!,
      /^8:16 soql-access-mode Database.query states no access mode; pass AccessLevel.USER_MODE/,
    );
    assert.match(lines[2]!, /^12:16 soql-access-mode SOQL query uses WITH SECURITY_ENFORCED/);
    // Line 16's Database.query has WITH USER_MODE in its literal: no finding.
  });

  it('fails bare DML and Database DML without an AccessLevel, in classes and triggers', () => {
    const lines = on('BareDml');
    assert.equal(lines.length, 2, lines.join('\n'));
    assert.match(
      lines[0]!,
      /^3:9 dml-access-level bare DML statement `insert`; use Database.insert\(records, AccessLevel.USER_MODE\)/,
    );
    assert.match(lines[1]!, /^4:9 dml-access-level Database.update has no AccessLevel argument/);
    assert.deepEqual(
      on('BareDmlTrigger').map((line) => line.split(' ').slice(0, 2).join(' ')),
      ['3:5 dml-access-level'],
    );
  });

  it('fails entry points that call no IntegrationUserAccess check (a discarded canView() does not count)', () => {
    const lines = on('UncheckedEntryPoints');
    assert.equal(lines.length, 2, lines.join('\n'));
    assert.match(
      lines[0]!,
      /^3:26 entry-point-permission @AuraEnabled method unchecked calls no permission check; call IntegrationUserAccess.requireView\(\)/,
    );
    assert.match(
      lines[1]!,
      /^8:32 entry-point-permission @InvocableMethod method invocable calls no permission check/,
    );
  });

  it('leaves files that do not parse to the syntax check', () => {
    assert.deepEqual(on('SyntaxError'), []);
  });
});

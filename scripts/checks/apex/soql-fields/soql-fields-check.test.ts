import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadApexProject } from '../apex-project.js';
import { parseApex } from '../apex-syntax-tree.js';
import { createFixtureProject, type FixtureProject } from '../fixture-project.js';
import type { CheckOutcome } from '../finding.js';
import { expressionFor, renderProbe, soqlFieldsCheck, soqlInventory } from './soql-fields-check.js';
import { soqlPaths } from './soql-paths.js';

const file = (source: string) => ({ path: '/x/Probe.cls', kind: 'class' as const, source });

function pathsOf(source: string): string[] {
  const parsed = parseApex(source, 'class');
  assert.deepEqual(parsed.errors, []);
  return soqlPaths(file(source), parsed.tree).paths.map((entry) => expressionFor(entry));
}

describe('SOQL paths (read from the parse tree, no JVM)', () => {
  it('lists select, where, group by, having and order by paths relative to the FROM object', () => {
    const paths = pathsOf(`public class Probe { void q() {
      List<AggregateResult> rows = [SELECT Profile.Name, COUNT(Id) n FROM User a
        WHERE a.IsActive = TRUE AND Profile.UserLicense.Name IN :names AND LastLoginDate = LAST_N_DAYS:30
        WITH USER_MODE GROUP BY Profile.Name HAVING MAX(CreatedDate) != NULL ORDER BY Profile.Name];
    } }`);
    assert.deepEqual(paths, [
      '((User) null).Profile.Name',
      '((User) null).Id',
      '((User) null).IsActive',
      '((User) null).Profile.UserLicense.Name',
      '((User) null).LastLoginDate',
      '((User) null).Profile.Name',
      '((User) null).CreatedDate',
      '((User) null).Profile.Name',
    ]);
  });

  it('reads a child subquery through its relationship and a semi-join as its own query', () => {
    const parsed = parseApex(
      `public class Probe { void q() { List<Account> a = [SELECT Name, (SELECT LastName FROM Contacts)
        FROM Account WHERE Id IN (SELECT AccountId FROM Contact WHERE Email != NULL) WITH USER_MODE]; } }`,
      'class',
    );
    const report = soqlPaths(file('x'), parsed.tree);
    assert.equal(report.queries, 3);
    assert.deepEqual(
      report.objects.map((entry) => entry.object),
      ['Account', 'Contact'],
    );
    assert.deepEqual(
      report.paths.map((entry) => expressionFor(entry)),
      [
        '((Account) null).Name',
        '((Account) null).Id',
        '((Account) null).Contacts',
        '((Account) null).Contacts[0].LastName',
        '((Contact) null).AccountId',
        '((Contact) null).Email',
      ],
    );
  });

  it('does not read Apex binds, and reports TYPEOF as not checked', () => {
    const parsed = parseApex(
      `public class Probe { void q(Account acct) { List<Event> e = [SELECT TYPEOF What WHEN Account THEN Phone END
        FROM Event WHERE WhatId = :acct.Id WITH USER_MODE]; } }`,
      'class',
    );
    const report = soqlPaths(file('x'), parsed.tree);
    assert.deepEqual(
      report.paths.map((entry) => expressionFor(entry)),
      ['((Event) null).WhatId'],
    );
    assert.match(report.skipped[0]?.what ?? '', /^TYPEOF What/);
  });

  it('renders one probe line per FROM object, then one per path', () => {
    const parsed = parseApex(
      'public class Probe { void q() { List<User> u = [SELECT Name FROM User WITH USER_MODE]; } }',
      'class',
    );
    const report = soqlPaths(file('x'), parsed.tree);
    const probe = renderProbe({ queries: 1, objects: report.objects, paths: report.paths, skipped: [] });
    assert.match(probe.source, /^ {8}User o0 = null;$/m);
    assert.match(probe.source, /^ {8}Object p1 = \(\(User\) null\)\.Name;$/m);
    assert.equal(probe.lines.get(3)?.kind, 'object');
    assert.equal(probe.lines.get(4)?.kind, 'path');
  });
});

// apexlink starts a JVM: run it once for every case below.
describe('SOQL field check (planted defects, apexlink on Java 17)', () => {
  let project: FixtureProject;
  let outcome: CheckOutcome;
  const at = (line: number) =>
    outcome.findings.filter((finding) => finding.line === line).map((finding) => finding.message);

  before(async () => {
    project = createFixtureProject({ fixtures: ['SoqlFields', 'CleanController'], withDefinitionType: true });
    outcome = await soqlFieldsCheck.run(loadApexProject(project.root));
  });
  after(() => project.remove());

  it('fails a made-up field at its position in the query', () => {
    const finding = outcome.findings.find((candidate) => candidate.message.startsWith('Nickname__c on User'));
    assert.ok(finding, JSON.stringify(outcome.findings, null, 2));
    assert.equal(finding.rule, 'soql-fields');
    assert.equal(finding.file, project.file('SoqlFields'));
    assert.deepEqual([finding.line, finding.column], [4, 64]);
    assert.match(finding.message, /Unknown field 'Nickname__c' on SObject 'Schema\.User'/);
  });

  it('fails a made-up relationship in WHERE, naming the object it was looked up on', () => {
    assert.deepEqual(at(6), [
      "Profile.Licence.Name on User does not exist (Unknown field 'Licence' on SObject 'Schema.Profile'). Fix the field or relationship name, or add the field to the project if it is ours.",
    ]);
  });

  it('fails a field that exists, but on another object (UserLogin.IsFrozen read from Profile)', () => {
    assert.match(at(10)[0] ?? '', /^IsFrozen on Profile does not exist/);
  });

  it('fails a bad child relationship once, and a bad field inside a good one', () => {
    const messages = at(19);
    assert.equal(messages.filter((message) => /Contactz/.test(message)).length, 1, messages.join('\n'));
    assert.ok(
      messages.some((message) => message.startsWith('Undefined__c on Account.Contacts does not exist')),
    );
  });

  it('checks semi-joins, the project’s custom metadata type, and FROM objects', () => {
    assert.match(at(21)[0] ?? '', /^Ghost__c on Contact does not exist/);
    assert.match(at(25)[0] ?? '', /^Owner_Nickname__c on Integration_User_Definition__mdt/);
    assert.match(at(29)[0] ?? '', /^FROM Made_Up_Object__c: no such object/);
  });

  it('passes every real path: aggregates, aliases, custom metadata fields, standard relationships', () => {
    assert.equal(outcome.findings.length, 8, outcome.findings.map((finding) => finding.message).join('\n'));
    assert.deepEqual(
      outcome.findings.filter((finding) => finding.file === project.file('CleanController')),
      [],
    );
  });

  it('says how much it checked: queries (subqueries included) and field paths', () => {
    const inventory = soqlInventory(loadApexProject(project.root));
    assert.equal(outcome.summary, `${inventory.queries} queries, ${inventory.paths.length} field paths`);
    assert.equal(inventory.queries, 10); // SoqlFields: 6 queries, 2 child subqueries, 1 semi-join; CleanController: 1
  });
});

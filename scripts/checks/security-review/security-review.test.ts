/**
 * The security review kit: the scan writes its reports offline and fails on what a reviewer would
 * reject (an unexplained finding, a stale excuse), the inventories read the code, and the generated
 * parts of the docs match this repository.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createFixtureProject, type FixtureProject } from '../apex/fixture-project.js';
import { readApiSurface } from './api-surface.js';
import { applySections, generatedDocStates, sectionMarkers } from './generated-docs.js';
import { findPrivilegedAccess } from './privileged-access.js';
import { main } from './run-scan.js';
import { REPORT_FILES, scanForSecurityReview, type ScanResult } from './scan.js';

const REPOSITORY_ROOT = path.resolve(__dirname, '..', '..', '..');

describe('the security review scan on a planted defect', () => {
  let project: FixtureProject;
  let output: string;
  let result: ScanResult;
  const explained = {
    rule: 'pmd:ApexSOQLInjection',
    file: 'force-app/main/default/classes/SoqlInjection.cls',
    match: /./,
    reason: 'test: pretend this one was reviewed',
  };
  const stale = {
    rule: 'pmd:ApexCRUDViolation',
    file: 'nowhere.cls',
    match: /./,
    reason: 'test: matches nothing',
  };

  before(async () => {
    project = createFixtureProject({ fixtures: ['SoqlInjection', 'CleanController'] });
    output = mkdtempSync(path.join(os.tmpdir(), 'iuk-security-reports-'));
    result = await scanForSecurityReview(project.root, {
      directories: ['force-app'],
      outputDir: output,
      explanations: [explained, stale],
    });
  });
  after(() => {
    project.remove();
    rmSync(output, { recursive: true, force: true });
  });

  it('finds the SOQL injection and the hard-coded password, and runs every file', () => {
    const rules = result.findings.map((finding) => `${finding.file}:${finding.line} ${finding.rule}`);
    assert.ok(
      rules.includes('force-app/main/default/classes/SoqlInjection.cls:3 pmd:ApexSOQLInjection'),
      rules.join('\n'),
    );
    assert.ok(
      rules.some((rule) => /SoqlInjection\.cls:7 pmd:AvoidHardcodedCredentialsInSetPassword$/.test(rule)),
      rules.join('\n'),
    );
    assert.deepEqual(result.engineErrors, []);
    assert.ok(result.rules >= 29, `${result.rules} rules selected`);
  });

  it('marks an explained finding, leaves the others unexplained, and reports a stale explanation', () => {
    const injection = result.findings.find((finding) => finding.rule === 'pmd:ApexSOQLInjection');
    assert.equal(injection?.explanation, explained);
    assert.ok(result.findings.some((finding) => !finding.explanation));
    assert.deepEqual(result.stale, [stale]);
  });

  it('writes the HTML, SARIF and CSV reports offline, each with every finding', () => {
    assert.deepEqual(
      result.reports.map((file) => path.basename(file)),
      Object.values(REPORT_FILES),
    );
    const html = readFileSync(path.join(output, REPORT_FILES.HTML), 'utf8');
    assert.match(html, /<html/i);
    assert.match(html, /ApexSOQLInjection/);
    assert.doesNotMatch(html, /<script[^>]+src=["']https?:/i, 'the report loads nothing from the internet');
    const sarif = JSON.parse(readFileSync(path.join(output, REPORT_FILES.SARIF), 'utf8')) as {
      version: string;
      runs: { results: unknown[] }[];
    };
    assert.equal(sarif.version, '2.1.0');
    assert.equal(
      sarif.runs.reduce((count, run) => count + run.results.length, 0),
      result.findings.length,
    );
    const csv = readFileSync(path.join(output, REPORT_FILES.CSV), 'utf8').trim().split('\n');
    assert.match(csv[0]!, /^"rule","engine","severity"/);
    assert.equal(csv.length - 1, result.findings.length);
  });
});

describe('inventories read from the Apex', () => {
  let project: FixtureProject;
  before(() => {
    project = createFixtureProject({ fixtures: ['CleanController', 'IntegrationUserAccess'] });
    writeFileSync(
      path.join(project.root, 'force-app/main/default/classes/Privileged.cls'),
      [
        '// Reads every job of the org: the scheduler page shows jobs of all users.',
        'public without sharing class Privileged {',
        '    global static Integer counted() {',
        '        return [SELECT COUNT() FROM CronTrigger WITH SYSTEM_MODE];',
        '    }',
        '    public static void unexplained(Account a) {',
        '        Database.update(a, AccessLevel.SYSTEM_MODE);',
        '    }',
        '    public static void explained(Account a) {',
        '        // SYSTEM_MODE: the account owner is changed by the assignment rule, not the user',
        '        Database.update(a, AccessLevel.SYSTEM_MODE);',
        '    }',
        '}',
        '',
      ].join('\n'),
    );
    writeFileSync(
      path.join(project.root, 'force-app/main/default/classes/Privileged.cls-meta.xml'),
      readFileSync(project.file('CleanController') + '-meta.xml', 'utf8'),
    );
  });
  after(() => project.remove());

  it('lists without sharing and every system-mode read and write, with the reason or none', () => {
    const found = findPrivilegedAccess(project.root, ['force-app']).map(
      (entry) => `${entry.line} ${entry.where} ${entry.kind} ${entry.reason ?? 'NO REASON'}`,
    );
    assert.deepEqual(
      found.filter((line) => / Privileged/.test(line)),
      [
        '2 Privileged without sharing class Reads every job of the org: the scheduler page shows jobs of all users.',
        '4 Privileged.counted system-mode query NO REASON',
        '7 Privileged.unexplained system-mode DML NO REASON',
        '11 Privileged.explained system-mode DML the account owner is changed by the assignment rule, not the user',
      ],
    );
  });

  it('lists global members and every entry point with its permission check', () => {
    const surface = readApiSurface(project.root, ['force-app']);
    assert.deepEqual(
      surface.globals.map((member) => `${member.kind} ${member.name}`),
      ['method Privileged.counted()'],
    );
    const counted = surface.entryPoints.find((entry) => entry.name === 'Privileged.counted');
    assert.deepEqual(counted && [counted.access, counted.checks], ['global', []]);
    assert.ok(
      surface.entryPoints.some((entry) => entry.checks.length > 0),
      'CleanController checks a permission',
    );
  });

  it('rewrites only the marked section of a document', () => {
    const text = `# Title\n\nintro\n\n${sectionMarkers('demo')}\n\noutro\n`;
    const applied = applySections(text, { demo: '| a |', other: 'x' });
    assert.equal(
      applied.text.replace(/<!--.*-->/g, '<!---->'),
      '# Title\n\nintro\n\n<!---->\n\n| a |\n\n<!---->\n\noutro\n',
    );
    assert.deepEqual(applied.missing, ['other']);
  });
});

describe('the security review kit on this repository', () => {
  it('docs/security-review.md and docs/packaging.md match the code', async () => {
    for (const state of await generatedDocStates(REPOSITORY_ROOT)) {
      assert.deepEqual(state.missing, [], `${state.file} lacks section markers`);
      assert.ok(
        state.current === state.expected,
        `${state.file} is out of date with the code: run npm run scan:appexchange -- --update-docs`,
      );
      assert.doesNotMatch(state.expected, /NO REASON GIVEN/);
    }
  });

  it('npm run scan:appexchange passes and writes its reports', async () => {
    const output = mkdtempSync(path.join(os.tmpdir(), 'iuk-security-reports-'));
    const lines: string[] = [];
    try {
      const code = await main(['--output-dir', output], (line) => lines.push(line), REPOSITORY_ROOT);
      assert.equal(code, 0, lines.join('\n'));
      assert.equal(lines.at(-1), 'security review kit: ready');
      for (const file of Object.values(REPORT_FILES)) assert.ok(existsSync(path.join(output, file)), file);
    } finally {
      rmSync(output, { recursive: true, force: true });
    }
  });
});

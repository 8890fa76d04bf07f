/**
 * Hostile and careless input to the definitions loader (issue 9): nothing crashes, nothing the rules
 * forbid slips through, and every problem names the file, the field, what is wrong and the fix.
 * Each block below is one class of input; the other classes (output directory, manifest) are in
 * scripts/metadata/output-safety.test.ts.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { loadDefinitions, MAX_DEFINITIONS_BYTES, MAX_PROBLEMS } from './load.js';
import { MAX_NESTING } from './source.js';
import type { DefinitionsFile } from './schema.js';
import {
  assertCodes,
  describeProblems,
  expectProblem,
  load,
  loadValid,
  setAt,
  toText,
  validDocument,
} from './testing/fixtures.js';

const ALPHA = ['integrations', 0] as const;

function withChange(path: readonly (string | number)[], value: unknown): DefinitionsFile {
  const document = validDocument();
  setAt(document, path, value);
  return document;
}

function errorsOf(document: unknown) {
  const result = load(document);
  assert.ok(!result.ok, 'expected the document to be rejected');
  return result.problems;
}

describe('hostile input: nesting', () => {
  for (const depth of [MAX_NESTING + 1, 5_000, 200_000]) {
    it(`rejects arrays nested ${depth} deep with a clear error instead of overflowing the stack`, () => {
      const problems = errorsOf(`${'['.repeat(depth)}${']'.repeat(depth)}`);
      assertCodes(problems, ['json-too-deep']);
      const problem = problems[0]!;
      assert.match(problem.message, new RegExp(`more than ${MAX_NESTING} levels`));
      assert.match(problem.fix, /at most 8 levels/);
      assert.equal(problem.line, 1);
      assert.equal(problem.column, MAX_NESTING + 1, 'points at the bracket that goes one level too deep');
    });
  }

  it('rejects deep nesting inside a field of an otherwise valid file, pointing at it', () => {
    const text = toText(withChange([...ALPHA, 'label'], 'PLACEHOLDER')).replace(
      '"PLACEHOLDER"',
      `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`,
    );
    const problems = errorsOf(text);
    assertCodes(problems, ['json-too-deep']);
    assert.equal(problems[0]!.line, text.slice(0, text.indexOf('{"a":')).split('\n').length);
  });

  it('rejects deep nesting in text that is not valid JSON either, without running the recursive parser', () => {
    const problems = errorsOf(`{"version": 1, "profiles": ${'['.repeat(100_000)}`);
    assertCodes(problems, ['json-too-deep']);
  });

  it('still checks nesting up to the limit normally (a structural error, not a crash)', () => {
    const nested = JSON.parse(`${'['.repeat(MAX_NESTING - 4)}${']'.repeat(MAX_NESTING - 4)}`) as unknown;
    const problems = errorsOf(withChange([...ALPHA, 'label'], nested));
    expectProblem(problems, {
      code: 'wrong-type',
      path: [...ALPHA, 'label'],
      message: ['Expected a string', 'an array'],
      fix: ['Write a string'],
    });
  });
});

describe('hostile input: the file itself', () => {
  let directory: string;
  before(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'iuk-hostile-file-'));
  });

  it('rejects a directory given as the definitions file', async () => {
    mkdirSync(path.join(directory, 'a-folder.json'));
    const result = await loadDefinitions('a-folder.json', { cwd: directory });
    assert.ok(!result.ok);
    expectProblemIn(result.problems, 'file-not-regular', ['a directory'], ['--config']);
  });

  it('rejects a FIFO (it would block the read forever) without opening it', async () => {
    const fifo = path.join(directory, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    const result = await loadDefinitions('pipe.json', { cwd: directory });
    assert.ok(!result.ok);
    expectProblemIn(result.problems, 'file-not-regular', ['not a regular file'], ['--config']);
  });

  it(`rejects a file larger than ${MAX_DEFINITIONS_BYTES / 1024 / 1024} MiB before reading it`, async () => {
    const huge = path.join(directory, 'huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_DEFINITIONS_BYTES + 1); // sparse: costs no disk
    const started = Date.now();
    const result = await loadDefinitions('huge.json', { cwd: directory });
    assert.ok(!result.ok);
    expectProblemIn(result.problems, 'file-too-large', ['MiB'], ['Split', 'definitions']);
    assert.ok(Date.now() - started < 1000, 'the size is checked without reading the file');
  });

  it('rejects bytes that are not UTF-8, naming the line and column, instead of replacing them silently', async () => {
    const file = path.join(directory, 'latin1.json');
    const text = toText(validDocument()).replace('"Alpha CRM"', '"Alpha CRM \u00e9"');
    writeFileSync(file, Buffer.from(text, 'latin1'));
    const result = await loadDefinitions('latin1.json', { cwd: directory });
    assert.ok(!result.ok);
    const problem = expectProblemIn(result.problems, 'file-encoding', ['UTF-8', '0xe9'], ['UTF-8']);
    assert.equal(problem.line, text.split('\n').findIndex((line) => line.includes('Alpha CRM')) + 1);
  });

  it('rejects a UTF-16 file with a clear fix', async () => {
    const file = path.join(directory, 'utf16.json');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(toText(validDocument()), 'utf16le')]),
    );
    const result = await loadDefinitions('utf16.json', { cwd: directory });
    assert.ok(!result.ok);
    expectProblemIn(result.problems, 'file-encoding', ['UTF-16'], ['Save it as UTF-8']);
  });

  it('accepts a UTF-8 byte order mark at the start', async () => {
    const file = path.join(directory, 'bom.json');
    writeFileSync(file, `\uFEFF${toText(validDocument())}`);
    const result = await loadDefinitions('bom.json', { cwd: directory });
    assert.ok(result.ok, result.ok ? '' : describeProblems(result.problems));
  });

  it('rejects a byte order mark in the middle of the file as a syntax error', () => {
    const problems = errorsOf(toText(validDocument()).replace('"version"', '\uFEFF"version"'));
    assertCodes(problems, ['json-syntax']);
  });
});

describe('hostile input: characters', () => {
  for (const [character, name] of [
    ['\u0000', 'NUL'],
    ['\u0007', 'BEL'],
    ['\u001b', 'ESC'],
    ['\u007f', 'DEL'],
    ['\u0085', 'NEL'],
  ] as const) {
    it(`rejects ${name} in a username, label or last name with its code point and position`, () => {
      for (const field of [['user', 'username'], ['label'], ['user', 'lastName']] as const) {
        const valuePath = [...ALPHA, ...field];
        const document = validDocument();
        const original = field.reduce<unknown>(
          (value, key) => (value as Record<string, unknown>)[key],
          document.integrations[0],
        ) as string;
        setAt(document, valuePath, `${original.slice(0, 3)}${character}${original.slice(3)}`);
        const code = character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
        expectProblem(errorsOf(document), {
          code: 'text-control-character',
          path: valuePath,
          message: [`U+${code}`, name, 'position 4'],
          fix: ['Remove'],
        });
      }
    });
  }

  it('keeps two usernames that differ only by a control character apart: both are rejected, not merged', () => {
    const document = validDocument();
    document.integrations[1]!.user.username = 'alpha.integration@acme.example';
    document.integrations[0]!.user.username = 'alpha.integ\u0000ration@acme.example';
    const problems = errorsOf(document);
    expectProblem(problems, {
      code: 'text-control-character',
      path: [...ALPHA, 'user', 'username'],
      message: ['U+0000'],
      fix: ['Remove'],
    });
  });

  it('allows line breaks and tabs in a justification, which is free text', () => {
    loadValid(
      withChange(
        [...ALPHA, 'justification'],
        'Pushes accounts into Salesforce.\n\tThe sales team needs them.',
      ),
    );
  });

  it('rejects a line break in a one-line field', () => {
    expectProblem(errorsOf(withChange([...ALPHA, 'externalSystem'], 'Alpha\nCRM')), {
      code: 'text-control-character',
      path: [...ALPHA, 'externalSystem'],
      message: ['U+000A', 'position 6'],
      fix: ['one line'],
    });
  });

  it('rejects an unpaired surrogate, which UTF-8 cannot carry (it would become U+FFFD)', () => {
    expectProblem(errorsOf(withChange([...ALPHA, 'label'], 'Alpha \ud800 Sync')), {
      code: 'text-unpaired-surrogate',
      path: [...ALPHA, 'label'],
      message: ['U+D800', 'position 7'],
      fix: ['Remove'],
    });
  });

  for (const [character, name] of [
    ['\u200b', 'ZERO WIDTH SPACE'],
    ['\u202e', 'RIGHT-TO-LEFT OVERRIDE'],
    ['\ufeff', 'ZERO WIDTH NO-BREAK SPACE'],
  ] as const) {
    it(`rejects an invisible ${name} in a name, which makes two identical-looking values differ`, () => {
      expectProblem(errorsOf(withChange([...ALPHA, 'owner', 'name'], `Ada${character} Owner`)), {
        code: 'text-invisible-character',
        path: [...ALPHA, 'owner', 'name'],
        message: [name, 'position 4'],
        fix: ['Remove'],
      });
    });
  }

  it('names the look-alike letter when an API name has a Cyrillic letter in it', () => {
    expectProblem(errorsOf(withChange([...ALPHA, 'name'], 'Alph\u0430_Sync')), {
      code: 'text-confusable',
      path: [...ALPHA, 'name'],
      message: ['U+0430', 'CYRILLIC', 'position 5', 'looks like "a"'],
      fix: ['"Alpha_Sync"'],
    });
  });

  it('names the look-alike letter in a field name too (objects[j].fields.read[k] is an API name)', () => {
    const document = validDocument();
    document.integrations[0]!.objects = [
      { object: 'Account', access: ['read'], fields: { read: ['\u0410ccountNumber'] } },
    ];
    expectProblem(errorsOf(document), {
      code: 'text-confusable',
      path: [...ALPHA, 'objects', 0, 'fields', 'read', 0],
      message: ['U+0410', 'CYRILLIC CAPITAL LETTER A'],
      fix: ['"AccountNumber"'],
    });
  });

  it('reports names with leading or trailing spaces, and suggests the trimmed value', () => {
    const document = validDocument();
    document.profiles[0]!.name = 'Integration - Base ';
    document.integrations[0]!.profile = ' Integration - Base';
    document.integrations[0]!.user.lastName = 'Alpha Integration ';
    const problems = errorsOf(document);
    for (const where of [
      ['profiles', 0, 'name'],
      [...ALPHA, 'profile'],
      [...ALPHA, 'user', 'lastName'],
    ]) {
      expectProblem(problems, {
        code: 'text-surrounding-space',
        path: where,
        message: ['space'],
        fix: ['Salesforce trims'],
      });
    }
  });
});

describe('hostile input: values the rules forbid', () => {
  it('rejects a justification of only whitespace for an integration, an object and a user permission', () => {
    const document = validDocument();
    document.integrations[0]!.justification = ' '.repeat(40);
    document.integrations[0]!.objects![0]!.access = ['read', 'viewAll'];
    document.integrations[0]!.objects![0]!.justification = '\t'.repeat(25);
    document.integrations[0]!.userPermissions = [
      { name: 'ViewAllData', justification: ` ${'\u00a0'.repeat(30)} ` },
    ];
    const problems = errorsOf(document);
    for (const where of [
      [...ALPHA, 'justification'],
      [...ALPHA, 'objects', 0, 'justification'],
      [...ALPHA, 'userPermissions', 0, 'justification'],
    ]) {
      expectProblem(problems, {
        code: 'justification-blank',
        path: where,
        message: ['20 characters'],
        fix: ['why'],
      });
    }
  });

  it('rejects an owner whose name is only an invisible character', () => {
    const problems = errorsOf(withChange([...ALPHA, 'owner', 'name'], '\u200b'));
    assert.ok(problems.some((problem) => problem.path.join('.') === 'integrations.0.owner.name'));
  });

  it('checks powerful permissions whatever their letter case, and asks for the exact name', () => {
    const problems = errorsOf(withChange([...ALPHA, 'userPermissions'], [{ name: 'modifyalldata' }]));
    expectProblem(problems, {
      code: 'user-permission-unjustified',
      path: [...ALPHA, 'userPermissions', 0],
      message: ['ModifyAllData', 'powerful'],
      fix: ['justification'],
    });
    expectProblem(problems, {
      code: 'user-permission-case',
      path: [...ALPHA, 'userPermissions', 0, 'name'],
      message: ['"modifyalldata"'],
      fix: ['"ModifyAllData"'],
    });
  });

  it('treats the same permission in two letter cases as a duplicate', () => {
    const problems = errorsOf(
      withChange([...ALPHA, 'userPermissions'], [{ name: 'ApiEnabled' }, { name: 'apienabled' }]),
    );
    expectProblem(problems, {
      code: 'user-permission-duplicate',
      path: [...ALPHA, 'userPermissions', 1, 'name'],
      message: ['twice'],
      fix: ['Remove'],
    });
  });

  for (const [field, value, limit] of [
    [['user', 'locale'], `en_${'X'.repeat(40)}`, 40],
    [['user', 'language'], `en_${'X'.repeat(40)}`, 40],
    [['user', 'timeZone'], 'X'.repeat(81), 80],
    [['user', 'emailEncoding'], 'X'.repeat(41), 40],
  ] as const) {
    it(`rejects a ${field.join('.')} longer than its field on the definition record (${limit})`, () => {
      expectProblem(errorsOf(withChange([...ALPHA, ...field], value)), {
        code: 'too-long',
        path: [...ALPHA, ...field],
        message: [`at most ${limit}`],
        fix: ['Shorten'],
      });
    });
  }

  it('rejects a permission set licence name longer than Permission_Set_License__c (80)', () => {
    const document = validDocument();
    document.settings = { permissionSetLicense: 'L'.repeat(81) };
    expectProblem(errorsOf(document), {
      code: 'too-long',
      path: ['settings', 'permissionSetLicense'],
      message: ['at most 80'],
      fix: ['Shorten'],
    });
  });

  it('rejects permission sets that together overflow Permission_Sets__c on the record', () => {
    const names = Array.from(
      { length: 500 },
      (_, index) => `Existing_Set_${String(index).padStart(4, '0')}_${'x'.repeat(50)}`,
    );
    expectProblem(errorsOf(withChange([...ALPHA, 'permissionSets'], names)), {
      code: 'record-field-too-long',
      path: [...ALPHA, 'permissionSets'],
      message: ['Permission_Sets__c', '32768'],
      fix: ['permission set group'],
    });
  });

  it('rejects object and field access that overflows Object_Access__c on the record', () => {
    // 40 fields of 40 characters on each of 30 custom objects: about 50,000 characters of record text.
    const objects = Array.from({ length: 30 }, (_, index) => ({
      object: `Wide_Object_${String(index).padStart(2, '0')}__c`,
      access: ['read'],
      fields: {
        read: Array.from(
          { length: 40 },
          (_, field) => `Field_${String(field).padStart(2, '0')}_${'f'.repeat(30)}__c`,
        ),
      },
    }));
    expectProblem(errorsOf(withChange([...ALPHA, 'objects'], objects)), {
      code: 'record-field-too-long',
      path: [...ALPHA, 'objects'],
      message: ['Object_Access__c', '32768'],
      fix: ['fewer fields'],
    });
  });

  it('rejects IP ranges whose descriptions together overflow Login_Ip_Ranges__c on the record', () => {
    const ranges = Array.from({ length: 200 }, (_, index) => ({
      cidr: `10.${Math.floor(index / 250)}.${index % 250}.0/24`,
      description: `${'d'.repeat(250)}`,
    }));
    expectProblem(errorsOf(withChange(['profiles', 0, 'loginIpRanges'], ranges)), {
      code: 'record-field-too-long',
      path: ['profiles', 0, 'loginIpRanges'],
      message: ['Login_Ip_Ranges__c', '32768'],
      fix: ['descriptions'],
    });
  });

  it('rejects a relationship name (__r) as a field, pointing at the lookup field instead', () => {
    expectProblem(errorsOf(withChange([...ALPHA, 'objects', 0, 'fields'], { read: ['Parent_Account__r'] })), {
      code: 'field-relationship-name',
      path: [...ALPHA, 'objects', 0, 'fields', 'read', 0],
      message: ['"Parent_Account__r"', 'relationship'],
      fix: ['"Parent_Account__c"'],
    });
  });

  it('rejects other suffixes that are not fields, and a relationship name as an object', () => {
    const document = validDocument();
    document.integrations[0]!.objects![0]!.fields = { read: ['Location__Latitude', 'Thing__x'] };
    document.integrations[1]!.objects![0]!.object = 'Contact__r';
    const problems = errorsOf(document);
    expectProblem(problems, {
      code: 'bad-format',
      path: [...ALPHA, 'objects', 0, 'fields', 'read', 0],
      message: ['"Location__Latitude"'],
      fix: ['field API name'],
    });
    expectProblem(problems, {
      code: 'bad-format',
      path: ['integrations', 1, 'objects', 0, 'object'],
      message: ['"Contact__r"'],
      fix: ['object API name'],
    });
  });

  it('accepts namespaced custom fields and objects, platform events, external and big objects', () => {
    const document = validDocument();
    document.integrations[0]!.objects!.push(
      { object: 'ns__Invoice__c', access: ['read'], fields: { read: ['ns__Amount__c', 'Name'] } },
      { object: 'Order_Event__e', access: ['read', 'create'] },
      { object: 'Legacy_Order__x', access: ['read'] },
      { object: 'Archive__b', access: ['read'] },
    );
    loadValid(document);
  });

  it('rejects a permission set prefix with a double underscore (namespace separator)', () => {
    const document = validDocument();
    document.settings = { permissionSetPrefix: 'IU__' };
    expectProblem(errorsOf(document), {
      code: 'bad-format',
      path: ['settings', 'permissionSetPrefix'],
      message: ['"IU__"'],
      fix: ['double underscore'],
    });
  });

  it('rejects a username suffix that makes usernames invalid', () => {
    const document = validDocument();
    document.environments![1]!.usernameSuffix = '..uat.';
    expectProblem(errorsOf(document), {
      code: 'username-suffix-invalid',
      path: ['environments', 1, 'usernameSuffix'],
      message: ['"user@example.com..uat."'],
      fix: ['".uat"'],
    });
  });

  it('rejects email addresses with characters an Email field refuses', () => {
    expectProblem(errorsOf(withChange([...ALPHA, 'user', 'email'], 'alpha<team>@acme.example')), {
      code: 'bad-format',
      path: [...ALPHA, 'user', 'email'],
      message: ['"alpha<team>@acme.example"'],
      fix: ['email address'],
    });
  });

  it('checks a huge string in linear time and does not echo it back whole', () => {
    const huge = `a@${'a.'.repeat(500_000)} `;
    const started = Date.now();
    const problems = errorsOf(withChange([...ALPHA, 'user', 'username'], huge));
    assert.ok(Date.now() - started < 3000, `took ${Date.now() - started} ms`);
    for (const problem of problems) assert.ok(problem.message.length < 400, problem.message.slice(0, 100));
  });

  it('treats __proto__ and constructor keys as unknown keys and pollutes nothing', () => {
    const text = toText(validDocument())
      .replace(
        '"version": 1,',
        '"version": 1, "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},',
      )
      .replace('"alias": "alphaint"', '"alias": "alphaint", "__proto__": {"admin": true}');
    const problems = errorsOf(text);
    assertCodes(problems, ['unknown-key', 'unknown-key', 'unknown-key']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(({} as Record<string, unknown>).admin, undefined);
  });

  it('rejects numbers where strings belong', () => {
    expectProblem(errorsOf(withChange([...ALPHA, 'user', 'alias'], 12345678)), {
      code: 'wrong-type',
      path: [...ALPHA, 'user', 'alias'],
      message: ['Expected a string', 'number 12345678'],
      fix: ['Write a string'],
    });
  });
});

describe('hostile input: warnings and dangerous look-alikes', () => {
  it('warns when an existing profile does not state its licence, and errors on a wrong one', () => {
    const document = validDocument();
    document.profiles.push({ name: 'Legacy API Profile', existing: true });
    document.integrations[1]!.profile = 'Legacy API Profile';
    const warnings = load(document);
    assert.ok(warnings.ok, warnings.ok ? '' : describeProblems(warnings.problems));
    expectProblem(warnings.warnings, {
      code: 'profile-existing-license-unstated',
      severity: 'warning',
      path: ['profiles', 1],
      message: ['"Legacy API Profile"', 'licence'],
      fix: ['"userLicense": "Salesforce Integration"'],
    });
    document.profiles[1]!.userLicense = 'Salesforce';
    expectProblem(errorsOf(document), {
      code: 'profile-wrong-license',
      path: ['integrations', 1, 'profile'],
      message: ['"Salesforce"'],
      fix: ['Salesforce Integration'],
    });
  });

  it('knows the licence of the standard API-only profile without being told', () => {
    const document = validDocument();
    document.profiles.push({ name: 'Minimum Access - API Only Integrations', existing: true });
    document.integrations[1]!.profile = 'Minimum Access - API Only Integrations';
    loadValid(document);
  });

  it('refuses to generate a profile with the name of a standard profile', () => {
    for (const name of ['Minimum Access - API Only Integrations', 'System Administrator', 'Admin']) {
      const document = validDocument();
      document.profiles[0]!.name = name;
      document.integrations[0]!.profile = name;
      document.integrations[1]!.profile = name;
      expectProblem(errorsOf(document), {
        code: 'profile-standard-name',
        path: ['profiles', 0, 'name'],
        message: [`"${name}"`, 'standard profile'],
        fix: ['"existing": true'],
      });
    }
  });

  it('refuses to generate a profile on another licence', () => {
    const document = validDocument();
    document.profiles.push({ name: 'Spare Profile', userLicense: 'Salesforce' });
    expectProblem(errorsOf(document), {
      code: 'profile-generated-wrong-license',
      path: ['profiles', 1, 'userLicense'],
      message: ['"Salesforce"'],
      fix: ['Salesforce Integration'],
    });
  });

  it('warns about IPv4-mapped IPv6 addresses and names the IPv4 range they overlap', () => {
    const result = load(
      withChange(
        ['profiles', 0, 'loginIpRanges'],
        [{ cidr: '192.0.2.0/24' }, { start: '::ffff:192.0.2.10', end: '::ffff:192.0.2.20' }],
      ),
    );
    assert.ok(result.ok, result.ok ? '' : describeProblems(result.problems));
    expectProblem(result.warnings, {
      code: 'ip-range-ipv4-mapped',
      severity: 'warning',
      path: ['profiles', 0, 'loginIpRanges', 1],
      message: ['IPv4-mapped', '192.0.2.10-192.0.2.20', 'overlaps range 0'],
      fix: ['"start": "192.0.2.10", "end": "192.0.2.20"'],
    });
  });

  it('warns about write access on an outbound integration, which only reads from Salesforce', () => {
    const document = validDocument();
    document.integrations[1]!.objects = [
      { object: 'Contact', access: ['read', 'edit'], fields: { edit: ['Email'] } },
      { object: 'Account', access: ['read'] },
    ];
    const result = load(document);
    assert.ok(result.ok, result.ok ? '' : describeProblems(result.problems));
    expectProblem(result.warnings, {
      code: 'direction-write-access',
      severity: 'warning',
      path: ['integrations', 1, 'objects', 0, 'access'],
      message: ['outbound', '"edit"', 'Contact'],
      fix: ['"bidirectional"', 'remove'],
    });
  });

  it("refuses an integration that lists another integration's generated permission set", () => {
    expectProblem(errorsOf(withChange(['integrations', 1, 'permissionSets'], ['IUK_Alpha_Sync'])), {
      code: 'permission-set-of-another-integration',
      path: ['integrations', 1, 'permissionSets', 0],
      message: ['IUK_Alpha_Sync', 'Alpha_Sync'],
      fix: ['objects'],
    });
  });
});

function expectProblemIn(
  problems: readonly { code: string; message: string; fix: string; line?: number }[],
  code: string,
  message: string[],
  fix: string[],
) {
  const problem = problems.find((candidate) => candidate.code === code);
  assert.ok(problem, `expected ${code}, got ${problems.map((candidate) => candidate.code).join(', ')}`);
  for (const part of message)
    assert.ok(problem.message.includes(part), `message "${problem.message}" lacks "${part}"`);
  for (const part of fix) assert.ok(problem.fix.includes(part), `fix "${problem.fix}" lacks "${part}"`);
  return problem;
}

describe('hostile input: time zones, locales and languages', () => {
  it('warns about a time zone Salesforce does not list, suggesting the nearest', () => {
    const result = load(withChange([...ALPHA, 'user', 'timeZone'], 'Europe/Londn'));
    assert.ok(result.ok, result.ok ? '' : describeProblems(result.problems));
    expectProblem(result.warnings, {
      code: 'user-time-zone-unknown',
      severity: 'warning',
      path: [...ALPHA, 'user', 'timeZone'],
      message: ['"Europe/Londn"', 'TimeZoneSidKey'],
      fix: ['"Europe/London"'],
    });
  });

  it('suggests the right letter case for a language, and rejects nothing it cannot be sure of', () => {
    const result = load(withChange([...ALPHA, 'user', 'language'], 'en_us'));
    assert.ok(result.ok);
    expectProblem(result.warnings, {
      code: 'user-language-unknown',
      severity: 'warning',
      path: [...ALPHA, 'user', 'language'],
      message: ['"en_us"'],
      fix: ['"en_US"'],
    });
  });

  it('warns about a locale that is not a language and country, naming the United Kingdom mistake', () => {
    const result = load(withChange([...ALPHA, 'user', 'locale'], 'en_UK'));
    assert.ok(result.ok);
    expectProblem(result.warnings, {
      code: 'user-locale-unknown',
      severity: 'warning',
      path: [...ALPHA, 'user', 'locale'],
      message: ['"en_UK"', '"GB"'],
      fix: ['"en_GB"'],
    });
  });

  it('accepts the values of the bundled example and every listed time zone is one ICU knows', async () => {
    const { SALESFORCE_TIME_ZONES } = await import('./data/salesforce-time-zones.js');
    assert.ok(SALESFORCE_TIME_ZONES.length > 400);
    for (const zone of SALESFORCE_TIME_ZONES)
      assert.doesNotThrow(() => new Intl.DateTimeFormat('en', { timeZone: zone }), zone);
  });
});

describe('hostile input: volume', () => {
  it('reports 100,000 mistakes in about a second (it took minutes), showing the first 1,000 and counting the rest', () => {
    const document = validDocument() as unknown as { integrations: { user: Record<string, unknown> }[] };
    for (let index = 0; index < 100_000; index++) document.integrations[0]!.user[`extra${index}`] = 1;
    const started = Date.now();
    const problems = errorsOf(document);
    assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
    assert.equal(problems.length, MAX_PROBLEMS + 1);
    expectProblem(problems, {
      code: 'too-many-problems',
      path: [],
      message: ['only the first 1000'],
      fix: ['run again'],
    });
  });
});

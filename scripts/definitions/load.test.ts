import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIG, loadDefinitions } from './load.js';
import type { ResolvedDefinitions } from './model.js';
import type { DefinitionsFile } from './schema.js';
import {
  assertCodes,
  describeProblems,
  expectProblem,
  fieldPermissionList,
  load,
  loadValid,
  problemsOf,
  setAt,
  toText,
  validDocument,
} from './testing/fixtures.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('loadDefinitions', () => {
  let directory: string;
  before(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'iuk-definitions-'));
  });
  after(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  describe('the bundled example', () => {
    for (const environment of [undefined, 'production', 'uat', 'scratch']) {
      it(`loads without errors or warnings for ${environment ?? 'the default environment'}`, async () => {
        const result = await loadDefinitions(DEFAULT_CONFIG, {
          cwd: ROOT,
          ...(environment ? { environment } : {}),
        });
        assert.ok(result.ok, result.ok ? '' : describeProblems(result.problems));
        assert.deepEqual(result.warnings, []);
        assert.equal(result.definitions.environment, environment ?? 'production');
        assert.equal(result.definitions.file, DEFAULT_CONFIG);
        assert.deepEqual(
          result.definitions.integrations.map((integration) => integration.name),
          ['ERP_Order_Sync', 'Marketing_Automation'],
        );
      });
    }

    it('resolves each environment’s overrides', async () => {
      const resolved = async (environment: string) => {
        const result = await loadDefinitions(DEFAULT_CONFIG, { cwd: ROOT, environment });
        assert.ok(result.ok);
        return result.definitions;
      };
      const erp = (definitions: ResolvedDefinitions) =>
        definitions.integrations.find((integration) => integration.name === 'ERP_Order_Sync')!;
      const production = await resolved('production');
      const uat = await resolved('uat');
      const scratch = await resolved('scratch');
      assert.equal(erp(production).user.username, 'erp.integration@acme.example');
      assert.equal(erp(uat).user.username, 'erp.integration@acme.example.{sandboxName}');
      assert.equal(erp(scratch).user.username, 'erp.integration@acme.example.{orgId}');
      assert.equal(erp(production).user.email, 'erp-team@acme.example');
      assert.equal(erp(uat).user.email, 'erp-team+uat@acme.example');
      assert.deepEqual(
        erp(production).profile.loginIpRanges.map((range) => `${range.startAddress}-${range.endAddress}`),
        [
          '192.0.2.0-192.0.2.255',
          '198.51.100.10-198.51.100.20',
          '2001:db8:1::-2001:db8:1:ffff:ffff:ffff:ffff:ffff',
        ],
      );
      assert.deepEqual(
        erp(uat).profile.loginIpRanges.map((range) => `${range.startAddress}-${range.endAddress}`),
        ['203.0.113.0-203.0.113.63'],
      );
      assert.deepEqual(erp(production).profile.loginHours[0], { day: 'monday', start: 360, end: 1320 });
      assert.deepEqual(erp(production).profile.loginHours[6], { day: 'sunday', start: 0, end: 0 });
    });
  });

  describe('files that cannot be read', () => {
    it('reports a missing file, naming it and how to create it', async () => {
      const result = await loadDefinitions('missing/definitions.json', { cwd: directory });
      assert.equal(result.ok, false);
      assert.deepEqual(result.ok ? [] : result.problems, [
        {
          severity: 'error',
          code: 'file-unreadable',
          file: path.join('missing', 'definitions.json'),
          path: [],
          message: 'The definitions file does not exist.',
          fix: `Create it (see ${DEFAULT_CONFIG} for an example) or pass --config <file>.`,
        },
      ]);
    });

    it('reports a path that is not a file, with the reason', async () => {
      const result = await loadDefinitions('.', { cwd: directory });
      assert.equal(result.ok, false);
      const problems = result.ok ? [] : result.problems;
      assert.equal(problems.length, 1);
      assert.equal(problems[0]!.code, 'file-not-regular');
      assert.match(problems[0]!.message, /is a directory/);
      assert.match(problems[0]!.fix, /--config/);
    });

    it('names the file relative to the working directory in every problem', async () => {
      await writeFile(path.join(directory, 'broken.json'), '{ "version": 1,, }');
      const result = await loadDefinitions(path.join(directory, 'broken.json'), { cwd: directory });
      assert.equal(result.ok, false);
      const problems = result.ok ? [] : result.problems;
      assert.ok(problems.length > 0);
      assert.ok(problems.every((problem) => problem.file === 'broken.json'));
      assert.equal(problems[0]!.code, 'json-syntax');
      assert.deepEqual([problems[0]!.line, problems[0]!.column], [1, 16]);
    });

    it('loads a valid file from disk', async () => {
      await writeFile(path.join(directory, 'valid.json'), toText(validDocument()));
      const result = await loadDefinitions('valid.json', { cwd: directory, environment: 'uat' });
      assert.ok(result.ok);
      assert.equal(result.definitions.environment, 'uat');
    });
  });

  describe('reporting every problem at once', () => {
    it('reports five different mistakes as five problems, structural and rule problems together', () => {
      const document = validDocument();
      setAt(document, ['integrations', 0, 'labl'], 'Alpha'); // structure: unknown key
      setAt(document, ['integrations', 1, 'active'], 'yes'); // structure: wrong type
      setAt(document, ['profiles', 0, 'loginIpRanges', 0], { start: '192.0.2.20', end: '192.0.2.10' }); // rule
      setAt(document, ['profiles', 0, 'loginHours', 'monday'], '18:00-08:00'); // rule
      setAt(document, ['integrations', 1, 'userPermissions'], [{ name: 'ModifyAllData' }]); // rule
      const result = load(document);
      assert.equal(result.ok, false);
      const problems = result.ok ? [] : result.problems;
      assertCodes(problems, [
        'unknown-key',
        'wrong-type',
        'ip-range-reversed',
        'login-hours-reversed',
        'user-permission-unjustified',
      ]);
      assert.ok(problems.every((problem) => problem.line !== undefined && problem.column !== undefined));
      const lines = problems.map((problem) => problem.line!);
      assert.deepEqual(
        lines,
        [...lines].sort((a, b) => a - b),
        'problems come in file order',
      );
    });

    it('still runs the rules when a part of the file has the wrong shape', () => {
      const document = validDocument();
      setAt(document, ['profiles', 0, 'loginIpRanges'], ['192.0.2.0/24']); // a plain string, not { "cidr" }
      setAt(document, ['integrations', 1, 'userPermissions'], [{ name: 'ModifyAllData' }]);
      assertCodes(problemsOf(document), ['wrong-shape', 'user-permission-unjustified']);
    });

    it('still runs the rules on other integrations when one lacks required keys', () => {
      const document = validDocument();
      delete (document.integrations[0] as Partial<DefinitionsFile['integrations'][number]>).profile;
      delete (document.integrations[0]!.user as Partial<DefinitionsFile['integrations'][number]['user']>)
        .alias;
      setAt(document, ['integrations', 1, 'objects', 0, 'access'], ['edit']);
      const problems = problemsOf(document);
      // Beta_Sync is outbound, so the planted edit access also earns a warning.
      assertCodes(problems, [
        'missing-key',
        'missing-key',
        'object-access-incomplete',
        'direction-write-access',
      ]);
      expectProblem(problems, {
        code: 'object-access-incomplete',
        path: ['integrations', 1, 'objects', 0, 'access'],
        message: ['"edit" on Contact needs "read"'],
        fix: ['Add "read"'],
      });
    });

    it('still runs the rules when an integration is not an object at all', () => {
      const document = validDocument();
      setAt(document, ['integrations', 0], 'Alpha_Sync');
      setAt(document, ['integrations', 1, 'user', 'alias'], 'x'.repeat(9));
      setAt(document, ['profiles', 0, 'loginHours', 'monday'], '09:00-09:00');
      assertCodes(problemsOf(document), ['wrong-type', 'too-long', 'login-hours-empty']);
    });

    it('still runs the rules when an object permission is misspelt', () => {
      const document = validDocument();
      setAt(document, ['integrations', 0, 'objects', 0, 'access'], ['read', 'write']);
      setAt(document, ['integrations', 1, 'objects', 0, 'access'], ['read', 'delete']);
      assertCodes(problemsOf(document), [
        'wrong-value',
        'object-access-incomplete',
        'direction-write-access',
      ]);
    });

    it('keeps rule problems in the rest of a profile whose one value is malformed', () => {
      const document = validDocument();
      setAt(document, ['profiles', 0, 'loginHours', 'monday'], '25:00-26:00');
      setAt(document, ['profiles', 0, 'loginHours', 'tuesday'], '17:00-09:00');
      setAt(document, ['profiles', 0, 'loginIpRanges', 0], { cidr: '192.0.2.1/24' });
      assertCodes(problemsOf(document), ['bad-format', 'login-hours-reversed', 'ip-cidr-host-bits']);
    });

    it('still counts a broken integration when checking for duplicate names', () => {
      const document = validDocument();
      setAt(document, ['integrations', 0, 'direction'], 'both');
      setAt(document, ['integrations', 1, 'name'], 'alpha_sync');
      assertCodes(problemsOf(document), ['wrong-value', 'integration-duplicate']);
    });

    it('does not guess at rules for a value that is malformed', () => {
      // "write" may well mean "edit": whether Phone may be edited is then unknown, so it is not reported.
      const document = validDocument();
      setAt(document, ['integrations', 0, 'objects', 0, 'access'], ['read', 'write']);
      assertCodes(problemsOf(document), ['wrong-value']);
    });

    it('does not confuse integrations[1] with integrations[10] when matching problems to broken parts', () => {
      const document = validDocument();
      const template = document.integrations[1]!;
      for (let index = 2; index <= 10; index++) {
        const copy = structuredClone(template);
        copy.name = `Sync_${index}`;
        copy.user.username = `sync${index}@acme.example`;
        copy.user.alias = `sync${index}`;
        document.integrations.push(copy);
      }
      setAt(document, ['integrations', 1], 'not an integration');
      setAt(document, ['integrations', 10, 'objects', 0, 'access'], ['edit']);
      const problems = problemsOf(document);
      assertCodes(problems, ['wrong-type', 'object-access-incomplete', 'direction-write-access']);
    });

    it('reports nothing more for a document with no usable sections', () => {
      assertCodes(problemsOf({ version: 1, profiles: 'none', integrations: [] }), ['wrong-type']);
      assertCodes(problemsOf('"just text"'), ['wrong-type']);
    });
  });

  describe('determinism', () => {
    it('gives the same model whatever order the file lists things in', () => {
      const ordered = validDocument();
      ordered.profiles.push({
        name: 'Integration - Spare',
        existing: true,
        userLicense: 'Salesforce Integration',
      });
      ordered.profiles[0]!.loginIpRanges = [
        { cidr: '2001:db8::/64' },
        { cidr: '192.0.2.0/24', description: 'Primary egress' },
        { start: '198.51.100.10', end: '198.51.100.20' },
      ];
      ordered.integrations[0]!.objects!.push({
        object: 'Case',
        access: ['read'],
        fields: { read: ['Subject'] },
      });
      ordered.integrations[0]!.userPermissions = [{ name: 'ViewSetup' }, { name: 'ApiUserOnly' }];
      ordered.integrations[0]!.permissionSets = ['Extra_B', 'Extra_A'];
      ordered.integrations[0]!.objects![0]!.fields = {
        read: ['Industry', 'AccountNumber'],
        edit: ['Phone', 'Fax'],
      };

      const shuffled = reverseEverything(structuredClone(ordered));
      assert.notDeepEqual(shuffled, ordered, 'the shuffle must change the file');
      for (const environment of ['production', 'uat']) {
        assert.deepEqual(loadValid(shuffled, { environment }), loadValid(ordered, { environment }));
      }
      const model = loadValid(ordered);
      assert.deepEqual(
        model.integrations.map((integration) => integration.name),
        ['Alpha_Sync', 'Beta_Sync'],
      );
      assert.deepEqual(
        model.profiles.map((profile) => profile.name),
        ['Integration - Base', 'Integration - Spare'],
      );
      const alpha = model.integrations[0]!;
      assert.deepEqual(
        alpha.objectPermissions.map((permission) => permission.object),
        ['Account', 'Case'],
      );
      assert.deepEqual(
        fieldPermissionList(alpha).map((permission) => permission.field),
        ['Account.AccountNumber', 'Account.Fax', 'Account.Industry', 'Account.Phone', 'Case.Subject'],
      );
      assert.deepEqual(alpha.userPermissions, ['ApiUserOnly', 'ViewSetup']);
      assert.deepEqual(alpha.extraPermissionSets, ['Extra_A', 'Extra_B']);
      assert.deepEqual(
        model.profiles[0]!.loginIpRanges.map((range) => range.startAddress),
        ['192.0.2.0', '198.51.100.10', '2001:db8::'],
      );
    });

    it('gives the same model on every load of the same text', () => {
      const text = toText(validDocument());
      assert.deepEqual(load(text), load(text));
    });
  });
});

/** Reverses every list and the key order of every object, except the environments' order. */
function reverseEverything<T>(value: T, key?: string): T {
  if (Array.isArray(value)) {
    const items = value.map((item) => reverseEverything(item));
    return (key === 'environments' ? items : items.reverse()) as T;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).reverse();
    return Object.fromEntries(entries.map(([name, item]) => [name, reverseEverything(item, name)])) as T;
  }
  return value;
}

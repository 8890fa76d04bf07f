import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  assertCodes,
  assertPointsAt,
  expectProblem,
  fieldPermissionList,
  load,
  loadValid,
  problemsOf,
  setAt,
  toText,
  validDocument,
} from '../testing/fixtures.js';
import { DANGEROUS_USER_PERMISSIONS, sortParallel } from './least-privilege.js';

const ALPHA = ['integrations', 0];
const ACCOUNT = [...ALPHA, 'objects', 0];
const JUSTIFICATION = 'Reconciles every account with the ledger, including records owned by other teams.';

function withAccountAccess(access: string[], extra: Record<string, unknown> = {}) {
  const document = validDocument();
  setAt(document, ACCOUNT, { object: 'Account', access, ...extra });
  return document;
}

describe('least privilege', () => {
  describe('object permissions', () => {
    it('resolves object and field permissions exactly as listed', () => {
      const alpha = loadValid(validDocument()).integrations.find(
        (integration) => integration.name === 'Alpha_Sync',
      )!;
      assert.deepEqual(alpha.objectPermissions, [
        {
          object: 'Account',
          allowCreate: true,
          allowDelete: false,
          allowEdit: true,
          allowRead: true,
          modifyAllRecords: false,
          viewAllFields: false,
          viewAllRecords: false,
        },
      ]);
      assert.deepEqual(fieldPermissionList(alpha), [
        { field: 'Account.Industry', readable: true, editable: false },
        { field: 'Account.Phone', readable: true, editable: true },
      ]);
      assert.deepEqual(alpha.userPermissions, []);
    });

    it('rejects viewAll without a justification', () => {
      const text = toText(withAccountAccess(['read', 'viewAll']));
      const problems = problemsOf(text);
      assertCodes(problems, ['object-access-unjustified']);
      const problem = expectProblem(problems, {
        code: 'object-access-unjustified',
        path: [...ACCOUNT, 'access'],
        message: ['"viewAll" on Account', 'bypasses sharing'],
        fix: ['add a "justification"', 'Remove it'],
      });
      assertPointsAt(problem, text, '"access": [\n            "read",\n            "viewAll"');
    });

    it('rejects modifyAll without a justification, naming both sharing bypasses', () => {
      const problems = problemsOf(withAccountAccess(['read', 'edit', 'delete', 'viewAll', 'modifyAll']));
      assertCodes(problems, ['object-access-unjustified']);
      expectProblem(problems, {
        code: 'object-access-unjustified',
        path: [...ACCOUNT, 'access'],
        message: ['"viewAll" and "modifyAll" on Account'],
        fix: ['justification'],
      });
    });

    it('accepts viewAll and modifyAll with a justification, and grants them', () => {
      const definitions = loadValid(
        withAccountAccess(['read', 'edit', 'delete', 'viewAll', 'modifyAll'], {
          justification: JUSTIFICATION,
        }),
      );
      const account = definitions.integrations.find((integration) => integration.name === 'Alpha_Sync')!
        .objectPermissions[0]!;
      assert.equal(account.viewAllRecords, true);
      assert.equal(account.modifyAllRecords, true);
      assert.equal(account.allowDelete, true);
    });

    it('rejects edit without read', () => {
      const text = toText(withAccountAccess(['edit']));
      const problems = problemsOf(text);
      assertCodes(problems, ['object-access-incomplete']);
      const problem = expectProblem(problems, {
        code: 'object-access-incomplete',
        path: [...ACCOUNT, 'access'],
        message: ['"edit" on Account needs "read"', 'Salesforce rejects it'],
        fix: ['Add "read" to access', 'or remove "edit"'],
      });
      assertPointsAt(problem, text, '"access": [\n            "edit"');
    });

    it('rejects delete without edit', () => {
      const problems = problemsOf(withAccountAccess(['read', 'delete']));
      assertCodes(problems, ['object-access-incomplete']);
      expectProblem(problems, {
        code: 'object-access-incomplete',
        path: [...ACCOUNT, 'access'],
        message: ['"delete" on Account needs "edit"'],
        fix: ['Add "edit"'],
      });
    });

    it('rejects create without read', () => {
      expectProblem(problemsOf(withAccountAccess(['create'])), {
        code: 'object-access-incomplete',
        path: [...ACCOUNT, 'access'],
        message: ['"create" on Account needs "read"'],
        fix: ['Add "read"'],
      });
    });

    it('rejects modifyAll without the permissions it implies, listing all of them', () => {
      const problems = problemsOf(withAccountAccess(['read', 'modifyAll'], { justification: JUSTIFICATION }));
      assertCodes(problems, ['object-access-incomplete']);
      expectProblem(problems, {
        code: 'object-access-incomplete',
        path: [...ACCOUNT, 'access'],
        message: ['"modifyAll" on Account needs "edit" and "delete" and "viewAll"'],
        fix: ['Add "edit", "delete", "viewAll"'],
      });
    });

    it('rejects the same object listed twice, whatever its case', () => {
      const document = validDocument();
      setAt(document, [...ALPHA, 'objects', 1], { object: 'ACCOUNT', access: ['read'] });
      expectProblem(problemsOf(document), {
        code: 'object-duplicate',
        path: [...ALPHA, 'objects', 1, 'object'],
        message: ['ACCOUNT is listed twice', 'objects[0]'],
        fix: ['Merge'],
      });
    });
  });

  describe('field permissions', () => {
    it('rejects an editable field when the object grants neither create nor edit', () => {
      const text = toText(withAccountAccess(['read'], { fields: { read: ['Industry'], edit: ['Phone'] } }));
      const problems = problemsOf(text);
      assertCodes(problems, ['field-edit-without-object-edit']);
      const problem = expectProblem(problems, {
        code: 'field-edit-without-object-edit',
        path: [...ACCOUNT, 'fields', 'edit', 0],
        message: ['Account.Phone is editable', 'neither "create" nor "edit"'],
        fix: ['Move it to "read"', 'add "edit"'],
      });
      assertPointsAt(problem, text, '"Phone"');
    });

    it('accepts an editable field when the object grants create only (set on insert)', () => {
      loadValid(withAccountAccess(['read', 'create'], { fields: { edit: ['Phone'] } }));
    });

    it('rejects a field listed under both read and edit, whatever its case', () => {
      const text = toText(
        withAccountAccess(['read', 'edit'], { fields: { read: ['Industry', 'Phone'], edit: ['phone'] } }),
      );
      const problems = problemsOf(text);
      assertCodes(problems, ['field-duplicate']);
      const problem = expectProblem(problems, {
        code: 'field-duplicate',
        path: [...ACCOUNT, 'fields', 'edit', 0],
        message: ['Account.phone', 'both "read" and "edit"'],
        fix: ['List it once', '"edit" already includes read'],
      });
      assertPointsAt(problem, text, '"phone"');
    });
  });

  describe('user permissions', () => {
    for (const permission of [
      'ModifyAllData',
      'ViewAllData',
      'ManageUsers',
      'AuthorApex',
      'CustomizeApplication',
    ]) {
      it(`rejects ${permission} without a justification`, () => {
        const document = validDocument();
        setAt(document, [...ALPHA, 'userPermissions'], [{ name: 'ViewSetup' }, { name: permission }]);
        const text = toText(document);
        const problems = problemsOf(text);
        assertCodes(problems, ['user-permission-unjustified']);
        const problem = expectProblem(problems, {
          code: 'user-permission-unjustified',
          path: [...ALPHA, 'userPermissions', 1],
          message: [permission, 'powerful permission'],
          fix: ['Remove it', `add a "justification" that says why this integration needs ${permission}`],
        });
        assertPointsAt(problem, text, `{\n          "name": "${permission}"`);
      });

      it(`accepts ${permission} with a justification`, () => {
        const document = validDocument();
        setAt(document, [...ALPHA, 'userPermissions'], [{ name: permission, justification: JUSTIFICATION }]);
        const alpha = loadValid(document).integrations.find(
          (integration) => integration.name === 'Alpha_Sync',
        )!;
        assert.deepEqual(alpha.userPermissions, [permission]);
      });
    }

    it('treats the issue’s five dangerous permissions as dangerous', () => {
      for (const name of [
        'ModifyAllData',
        'ViewAllData',
        'ManageUsers',
        'AuthorApex',
        'CustomizeApplication',
      ]) {
        assert.ok(DANGEROUS_USER_PERMISSIONS.has(name), name);
      }
    });

    it('accepts an ordinary permission without a justification', () => {
      const document = validDocument();
      setAt(document, [...ALPHA, 'userPermissions'], [{ name: 'ViewSetup' }]);
      loadValid(document);
    });

    it('rejects a permission listed twice', () => {
      const document = validDocument();
      setAt(document, [...ALPHA, 'userPermissions'], [{ name: 'ViewSetup' }, { name: 'ViewSetup' }]);
      expectProblem(problemsOf(document), {
        code: 'user-permission-duplicate',
        path: [...ALPHA, 'userPermissions', 1, 'name'],
        message: ['ViewSetup is listed twice'],
        fix: ['Remove the duplicate'],
      });
    });

    it('warns that ApiEnabled is redundant', () => {
      const document = validDocument();
      setAt(document, [...ALPHA, 'userPermissions'], [{ name: 'ApiEnabled' }]);
      const result = load(document);
      assert.ok(result.ok);
      expectProblem(result.warnings, {
        code: 'user-permission-redundant',
        severity: 'warning',
        path: [...ALPHA, 'userPermissions', 0],
        message: ['ApiEnabled'],
        fix: ['Remove it'],
      });
    });
  });

  it('warns about an integration that grants no access at all', () => {
    const document = validDocument();
    setAt(document, [...ALPHA, 'objects'], []);
    const result = load(document);
    assert.ok(result.ok);
    expectProblem(result.warnings, {
      code: 'integration-no-access',
      severity: 'warning',
      path: ALPHA,
      message: ['Alpha_Sync grants no access'],
      fix: ['Add "objects"'],
    });
  });

  it('accepts an integration whose access comes only from existing permission sets', () => {
    const document = validDocument();
    setAt(document, [...ALPHA, 'objects'], []);
    setAt(document, [...ALPHA, 'permissionSets'], ['Existing_Read_Only']);
    loadValid(document);
  });
});

describe('field permission order', () => {
  // The model sorts objects, then fields within each object, instead of sorting "Object.Field"
  // strings; the generated order must be the same for every API name the schema accepts.
  const segment = fc
    .tuple(
      fc.constantFrom('A', 'a', 'Z', 'z', 'M'),
      fc.array(fc.constantFrom('a', 'Z', '0', '9', '_a', '_1', 'b'), { maxLength: 4 }),
    )
    .map(([first, rest]) => first + rest.join(''));
  const objectName = fc.oneof(
    segment,
    segment.map((name) => `${name}__c`),
    fc.tuple(segment, segment).map(([namespace, name]) => `${namespace}__${name}__c`),
  );
  const fieldName = fc.oneof(
    segment,
    segment.map((name) => `${name}__c`),
  );

  it('is the ordinal order of the joined "Object.Field" names', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(objectName, { minLength: 1, maxLength: 6, selector: (name) => name.toLowerCase() }),
        fc.array(fc.uniqueArray(fieldName, { maxLength: 80, selector: (name) => name.toLowerCase() }), {
          minLength: 6,
          maxLength: 6,
        }),
        fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }),
        (objects, fieldLists, editFlags) => {
          const document = validDocument();
          setAt(
            document,
            [...ALPHA, 'objects'],
            objects.map((object, index) => {
              const fields = fieldLists[index]!;
              return {
                object,
                access: ['read', 'edit'],
                fields: {
                  read: fields.filter((_, position) => !editFlags[position]),
                  edit: fields.filter((_, position) => editFlags[position]),
                },
              };
            }),
          );
          const result = load(document);
          assert.ok(result.ok, JSON.stringify(result.ok ? [] : result.problems.slice(0, 2)));
          const alpha = result.definitions.integrations.find(
            (integration) => integration.name === 'Alpha_Sync',
          )!;
          const listed = fieldPermissionList(alpha).map((permission) => permission.field);
          const joined = objects.flatMap((object, index) =>
            fieldLists[index]!.map((field) => `${object}.${field}`),
          );
          assert.deepEqual(
            listed,
            [...joined].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
          );
          assert.equal(alpha.fieldPermissions.count, joined.length);
        },
      ),
      { numRuns: 150, seed: 13 },
    );
  });

  it('keeps each field with its own editable flag when sorting long lists', () => {
    const names = Array.from({ length: 300 }, (_, index) => `F${(index * 7919) % 300}__c`);
    const flags = names.map((name) => name.length % 2 === 0);
    const expected = names
      .map((name, index) => [name, flags[index]] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    sortParallel(names, flags);
    assert.deepEqual(
      names.map((name, index) => [name, flags[index]]),
      expected,
    );
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProblemList } from './problems.js';
import { checkStructure, nearest } from './structure.js';
import {
  assertCodes,
  assertPointsAt,
  deleteAt,
  expectProblem,
  problemsOf,
  setAt,
  toText,
  validDocument,
} from './testing/fixtures.js';

describe('checkStructure', () => {
  it('accepts the base document', () => {
    const list = new ProblemList();
    assert.equal(checkStructure(validDocument(), list), true);
    assert.deepEqual(list.items, []);
  });

  describe('unknown keys', () => {
    it('suggests the key that was probably meant', () => {
      const document = validDocument();
      setAt(document, ['integrations', 0, 'labl'], 'Alpha');
      const text = toText(document);
      const problems = problemsOf(text);
      assertCodes(problems, ['unknown-key']);
      const problem = expectProblem(problems, {
        code: 'unknown-key',
        path: ['integrations', 0, 'labl'],
        message: ['Unknown key "labl"'],
        fix: ['Did you mean "label"?', 'Allowed keys here: name, label,'],
      });
      assertPointsAt(problem, text, '"labl"');
    });

    it('suggests a top-level key', () => {
      const document = validDocument();
      setAt(document, ['enviroments'], []);
      const text = toText(document);
      const problem = expectProblem(problemsOf(text), {
        code: 'unknown-key',
        path: ['enviroments'],
        message: ['"enviroments"'],
        fix: ['Did you mean "environments"?'],
      });
      assertPointsAt(problem, text, '"enviroments"');
    });

    it('lists the allowed keys, without a guess, when nothing is close', () => {
      const document = validDocument();
      setAt(document, ['integrations', 1, 'user', 'favouriteColour'], 'blue');
      const problem = expectProblem(problemsOf(document), {
        code: 'unknown-key',
        path: ['integrations', 1, 'user', 'favouriteColour'],
        message: ['"favouriteColour"'],
        fix: ['Remove it.', 'username', 'alias'],
      });
      assert.doesNotMatch(problem.fix, /Did you mean/);
    });

    it('suggests the key of the IP range form that was meant', () => {
      const document = validDocument();
      setAt(document, ['profiles', 0, 'loginIpRanges', 0], { start: '192.0.2.1', ende: '192.0.2.9' });
      const text = toText(document);
      const problems = problemsOf(text);
      const problem = expectProblem(problems, {
        code: 'unknown-key',
        path: ['profiles', 0, 'loginIpRanges', 0, 'ende'],
        message: ['"ende"'],
        fix: ['Did you mean "end"?', 'start, end, description'],
      });
      assertPointsAt(problem, text, '"ende"');
      // Only the branch that was meant is reported, not the errors of the { "cidr" } form.
      assert.ok(problems.every((item) => !/cidr/.test(item.message)));
    });
  });

  describe('wrong types', () => {
    it('says what was expected and what was found', () => {
      const document = validDocument();
      setAt(document, ['integrations', 0, 'active'], 'yes');
      const text = toText(document);
      const problems = problemsOf(text);
      assertCodes(problems, ['wrong-type']);
      const problem = expectProblem(problems, {
        code: 'wrong-type',
        path: ['integrations', 0, 'active'],
        message: ['Expected true or false', 'string "yes"'],
        fix: ['Write true or false'],
      });
      assertPointsAt(problem, text, '"active"');
    });

    it('reports an object where a list belongs', () => {
      const document = validDocument();
      setAt(document, ['integrations', 1, 'objects'], { object: 'Contact', access: ['read'] });
      const text = toText(document);
      const problem = expectProblem(problemsOf(text), {
        code: 'wrong-type',
        path: ['integrations', 1, 'objects'],
        message: ['Expected an array', 'an object'],
        fix: ['Write an array', 'Object and field access'],
      });
      assertPointsAt(problem, text, '"objects": {');
    });

    it('reports a number where text belongs', () => {
      const document = validDocument();
      setAt(document, ['integrations', 0, 'user', 'alias'], 42);
      expectProblem(problemsOf(document), {
        code: 'wrong-type',
        path: ['integrations', 0, 'user', 'alias'],
        message: ['Expected a string', 'number 42'],
        fix: ['Write a string', 'Alias'],
      });
    });

    it('reports a plain string where an IP range object belongs, naming both allowed forms', () => {
      const document = validDocument();
      setAt(document, ['profiles', 0, 'loginIpRanges', 0], '192.0.2.0/24');
      const text = toText(document);
      const problem = expectProblem(problemsOf(text), {
        code: 'wrong-shape',
        path: ['profiles', 0, 'loginIpRanges', 0],
        message: ['string "192.0.2.0/24"', 'does not match'],
        fix: ['{ "cidr": ... }', '{ "start": ..., "end": ... }'],
      });
      assertPointsAt(problem, text, '"192.0.2.0/24"');
    });

    it('lists the allowed values of an enumeration', () => {
      const document = validDocument();
      setAt(document, ['integrations', 0, 'direction'], 'sideways');
      expectProblem(problemsOf(document), {
        code: 'wrong-value',
        path: ['integrations', 0, 'direction'],
        message: ['"sideways" is not allowed'],
        fix: ['"inbound", "outbound", "bidirectional"'],
      });
    });

    it('rejects an unknown object permission, naming the allowed ones', () => {
      const document = validDocument();
      setAt(document, ['integrations', 0, 'objects', 0, 'access'], ['read', 'write']);
      const problems = problemsOf(document);
      assertCodes(problems, ['wrong-value']);
      expectProblem(problems, {
        code: 'wrong-value',
        path: ['integrations', 0, 'objects', 0, 'access', 1],
        message: ['"write"'],
        fix: ['"read", "create", "edit", "delete", "viewAll", "modifyAll"'],
      });
    });

    it('requires format version 1', () => {
      const document = validDocument();
      setAt(document, ['version'], 2);
      expectProblem(problemsOf(document), {
        code: 'wrong-value',
        path: ['version'],
        message: ['Must be 1'],
        fix: ['Set it to 1'],
      });
    });

    it('rejects a document that is not an object', () => {
      expectProblem(problemsOf('[]'), {
        code: 'wrong-type',
        path: [],
        message: ['Expected an object', 'an array'],
        fix: ['Write an object'],
      });
    });
  });

  describe('missing required keys', () => {
    it('names the key and says what it is for, pointing at the object that lacks it', () => {
      const document = validDocument();
      deleteAt(document, ['integrations', 0, 'justification']);
      const text = toText(document);
      const problems = problemsOf(text);
      assertCodes(problems, ['missing-key']);
      const problem = expectProblem(problems, {
        code: 'missing-key',
        path: ['integrations', 0, 'justification'],
        message: ['Missing required key "justification"'],
        fix: ['Add "justification"', 'Why this integration'],
      });
      assertPointsAt(problem, text, '{\n      "name": "Alpha_Sync"');
    });

    it('reports a missing nested key', () => {
      const document = validDocument();
      deleteAt(document, ['integrations', 1, 'user', 'alias']);
      expectProblem(problemsOf(document), {
        code: 'missing-key',
        path: ['integrations', 1, 'user', 'alias'],
        message: ['"alias"'],
        fix: ['Add "alias"', 'at most 8 characters'],
      });
    });

    it('reports each missing top-level section', () => {
      const problems = problemsOf({ version: 1 });
      assertCodes(problems, ['missing-key', 'missing-key']);
      expectProblem(problems, {
        code: 'missing-key',
        path: ['profiles'],
        message: ['"profiles"'],
        fix: ['Add'],
      });
      expectProblem(problems, {
        code: 'missing-key',
        path: ['integrations'],
        message: ['"integrations"'],
        fix: ['Add'],
      });
    });
  });

  describe('API names (Salesforce developer-name rules)', () => {
    const apiNameFix = 'start with a letter';
    for (const [name, why] of [
      ['1Sync', 'starts with a digit'],
      ['_Sync', 'starts with an underscore'],
      ['My__Sync', 'has a double underscore'],
      ['Sync_', 'ends with an underscore'],
      ['My Sync', 'has a space'],
      ['Sync-2', 'has a hyphen'],
    ] as const) {
      it(`rejects "${name}" (${why})`, () => {
        const document = validDocument();
        setAt(document, ['integrations', 0, 'name'], name);
        const text = toText(document);
        const problems = problemsOf(text);
        assertCodes(problems, ['bad-format']);
        const problem = expectProblem(problems, {
          code: 'bad-format',
          path: ['integrations', 0, 'name'],
          message: [`"${name}"`],
          fix: [apiNameFix, 'single underscores', 'not ending in an underscore'],
        });
        assertPointsAt(problem, text, `"name": "${name}"`);
      });
    }

    it('accepts letters, digits and single underscores', () => {
      for (const name of ['A', 'Sync2', 'ERP_Order_Sync_v2', 'a1_b2_c3']) {
        const document = validDocument();
        setAt(document, ['integrations', 0, 'name'], name);
        assert.deepEqual(problemsOf(document), [], name);
      }
    });

    it('allows 36 characters for an integration, leaving room for the 4-character prefix', () => {
      const document = validDocument();
      setAt(document, ['integrations', 0, 'name'], `A${'b'.repeat(35)}`);
      assert.deepEqual(problemsOf(document), []);
      setAt(document, ['integrations', 0, 'name'], `A${'b'.repeat(36)}`);
      expectProblem(problemsOf(document), {
        code: 'too-long',
        path: ['integrations', 0, 'name'],
        message: ['37 characters', 'at most 36'],
        fix: ['Shorten'],
      });
    });

    it('applies the same rules to existing permission set names', () => {
      const document = validDocument();
      setAt(document, ['integrations', 0, 'permissionSets'], ['Good_Name', 'Bad__Name', 'Trailing_']);
      const problems = problemsOf(document);
      assertCodes(problems, ['bad-format', 'bad-format']);
      expectProblem(problems, {
        code: 'bad-format',
        path: ['integrations', 0, 'permissionSets', 1],
        message: ['"Bad__Name"'],
        fix: [apiNameFix],
      });
      expectProblem(problems, {
        code: 'bad-format',
        path: ['integrations', 0, 'permissionSets', 2],
        message: ['"Trailing_"'],
        fix: [apiNameFix],
      });
    });

    it('applies the same rules to environment names', () => {
      const document = validDocument();
      setAt(document, ['environments', 1, 'name'], 'uat_');
      expectProblem(problemsOf(document), {
        code: 'bad-format',
        path: ['environments', 1, 'name'],
        message: ['"uat_"'],
        fix: [apiNameFix],
      });
    });

    it('rejects object and field names that break the naming rules, and accepts namespaced custom ones', () => {
      const document = validDocument();
      setAt(document, ['integrations', 0, 'objects', 0, 'object'], 'ns__Invoice__c');
      setAt(document, ['integrations', 0, 'objects', 0, 'fields'], { read: ['Region__c', 'ns__Total__c'] });
      assert.deepEqual(problemsOf(document), []);
      setAt(document, ['integrations', 0, 'objects', 0, 'fields'], {
        read: ['Account.Region__c', 'Region_'],
      });
      const problems = problemsOf(document);
      assertCodes(problems, ['bad-format', 'bad-format']);
      expectProblem(problems, {
        code: 'bad-format',
        path: ['integrations', 0, 'objects', 0, 'fields', 'read', 0],
        message: ['"Account.Region__c"'],
        fix: ['without the object'],
      });
    });
  });

  describe('other value rules', () => {
    it('requires a justification of at least a sentence', () => {
      const document = validDocument();
      setAt(document, ['integrations', 0, 'justification'], 'Needed.');
      expectProblem(problemsOf(document), {
        code: 'too-short',
        path: ['integrations', 0, 'justification'],
        message: ['at least 20'],
        fix: ['says why'],
      });
    });

    it('rejects an alias longer than 8 characters', () => {
      const document = validDocument();
      setAt(document, ['integrations', 0, 'user', 'alias'], 'alphasync');
      expectProblem(problemsOf(document), {
        code: 'too-long',
        path: ['integrations', 0, 'user', 'alias'],
        message: ['9 characters', 'at most 8'],
        fix: ['Shorten'],
      });
    });

    it('requires usernames and emails in email form', () => {
      const document = validDocument();
      setAt(document, ['integrations', 0, 'user', 'username'], 'alpha integration');
      setAt(document, ['integrations', 0, 'owner', 'email'], 'ada');
      const problems = problemsOf(document);
      assertCodes(problems, ['bad-format', 'bad-format']);
      expectProblem(problems, {
        code: 'bad-format',
        path: ['integrations', 0, 'user', 'username'],
        message: ['"alpha integration"'],
        fix: ['email form'],
      });
      expectProblem(problems, {
        code: 'bad-format',
        path: ['integrations', 0, 'owner', 'email'],
        message: ['"ada"'],
        fix: ['owner@example.com'],
      });
    });

    it('rejects an empty object access list and repeated permissions', () => {
      const document = validDocument();
      setAt(document, ['integrations', 0, 'objects', 0, 'access'], []);
      setAt(document, ['integrations', 1, 'objects', 0, 'access'], ['read', 'read']);
      const problems = problemsOf(document);
      expectProblem(problems, {
        code: 'too-few-items',
        path: ['integrations', 0, 'objects', 0, 'access'],
        message: ['at least 1'],
        fix: ['Object permissions'],
      });
      expectProblem(problems, {
        code: 'duplicate-item',
        path: ['integrations', 1, 'objects', 0, 'access'],
        message: ['Items 0 and 1 are the same'],
        fix: ['Remove the duplicate'],
      });
    });

    it('rejects empty login hours', () => {
      const document = validDocument();
      setAt(document, ['profiles', 0, 'loginHours'], {});
      expectProblem(problemsOf(document), {
        code: 'empty-object',
        path: ['profiles', 0, 'loginHours'],
        message: ['Must not be empty'],
        fix: ['weekday'],
      });
    });
  });
});

describe('nearest', () => {
  it('finds a likely typo, ignoring case', () => {
    assert.equal(nearest('Username', ['username', 'email', 'alias']), 'username');
    assert.equal(nearest('usrname', ['username', 'email', 'alias']), 'username');
    assert.equal(nearest('loginIPRanges', ['loginIpRanges', 'loginHours']), 'loginIpRanges');
  });

  it('suggests nothing when no key is close', () => {
    assert.equal(nearest('colour', ['username', 'email', 'alias']), undefined);
    assert.equal(nearest('x', []), undefined);
  });
});

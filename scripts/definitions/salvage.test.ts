import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPathPrefix, salvageForRules } from './salvage.js';
import { setAt, validDocument } from './testing/fixtures.js';

describe('salvageForRules', () => {
  it('returns a document without structural problems unchanged', () => {
    const document = validDocument();
    const salvaged = salvageForRules(document, []);
    assert.ok(salvaged);
    assert.equal(salvaged.document, document);
    assert.deepEqual(salvaged.uncertain, []);
  });

  it('gives up when the profiles or integrations are not lists', () => {
    assert.equal(salvageForRules('text', [[]]), undefined);
    assert.equal(salvageForRules({ version: 1, profiles: {}, integrations: [] }, [['profiles']]), undefined);
    assert.equal(salvageForRules({ version: 1, profiles: [] }, [['integrations']]), undefined);
  });

  it('keeps a malformed string where a string belongs, and drops unknown keys', () => {
    const document = validDocument();
    setAt(document, ['integrations', 0, 'name'], 'Alpha_Sync_');
    setAt(document, ['integrations', 0, 'labl'], 'x');
    const salvaged = salvageForRules(document, [
      ['integrations', 0, 'name'],
      ['integrations', 0, 'labl'],
    ])!;
    const alpha = salvaged.document.integrations[0]! as unknown as Record<string, unknown>;
    assert.equal(alpha.name, 'Alpha_Sync_');
    assert.equal('labl' in alpha, false);
    assert.deepEqual(alpha.objects, validDocument().integrations[0]!.objects);
    assert.equal(
      salvaged.document.integrations[1],
      document.integrations[1],
      'unbroken parts are kept as they are',
    );
  });

  it('fills a missing required string with an empty one, and leaves out a broken boolean', () => {
    const document = validDocument();
    delete (document.integrations[1] as { profile?: string }).profile;
    setAt(document, ['integrations', 1, 'active'], 'yes');
    const beta = salvageForRules(document, [
      ['integrations', 1, 'profile'],
      ['integrations', 1, 'active'],
    ])!.document.integrations[1]!;
    assert.equal(beta.profile, '');
    assert.equal('active' in beta, false);
  });

  it('turns an item that is not an object into a stub in place, so indices stay put', () => {
    const document = validDocument();
    setAt(document, ['integrations', 0], 'Alpha_Sync');
    const salvaged = salvageForRules(document, [['integrations', 0]])!;
    assert.equal(salvaged.document.integrations.length, 2);
    const stub = salvaged.document.integrations[0]!;
    assert.equal(stub.name, '');
    assert.equal(stub.profile, '');
    assert.equal(stub.user.alias, '');
    assert.equal(stub.user.username, '');
    assert.equal(salvaged.document.integrations[1], document.integrations[1]);
  });

  it('leaves out a list with a broken item of another kind, and marks its owner as uncertain', () => {
    const document = validDocument();
    setAt(document, ['profiles', 0, 'loginIpRanges', 1], '198.51.100.0/24');
    setAt(document, ['integrations', 0, 'objects', 0, 'access'], ['read', 'write']);
    const salvaged = salvageForRules(document, [
      ['profiles', 0, 'loginIpRanges', 1],
      ['integrations', 0, 'objects', 0, 'access', 1],
    ])!;
    assert.equal(salvaged.document.profiles[0]!.loginIpRanges, undefined);
    assert.deepEqual(salvaged.document.profiles[0]!.loginHours, validDocument().profiles[0]!.loginHours);
    assert.deepEqual(salvaged.document.integrations[0]!.objects![0]!.access, []);
    assert.deepEqual(salvaged.uncertain, [
      ['profiles', 0],
      ['integrations', 0, 'objects', 0],
    ]);
  });

  it('does not change the document it is given', () => {
    const document = validDocument();
    setAt(document, ['integrations', 0, 'user', 'alias'], 42);
    const before = structuredClone(document);
    salvageForRules(document, [['integrations', 0, 'user', 'alias']]);
    assert.deepEqual(document, before);
  });
});

describe('isPathPrefix', () => {
  it('compares segment by segment', () => {
    assert.equal(isPathPrefix(['integrations', 1], ['integrations', 1, 'name']), true);
    assert.equal(isPathPrefix(['integrations', 1], ['integrations', 10, 'name']), false);
    assert.equal(isPathPrefix([], ['anything']), true);
    assert.equal(isPathPrefix(['a', 'b'], ['a']), false);
    assert.equal(isPathPrefix(['a', 0], ['a', '0']), false);
  });
});

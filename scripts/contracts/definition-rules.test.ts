/**
 * The generated definition rules hold exactly their source: the Apex class's string literals, read
 * back the way Apex reads them, are the draft schema and the rule data of scripts/definitions/draft.ts;
 * the assistant's module exports the same two objects.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { draftRuleData, draftSchema } from '../definitions/draft.js';
import { DEFINITION_RULES_APEX, DEFINITION_RULES_JS, renderDefinitionRulesApex } from './definition-rules.js';
import { REPO_ROOT } from './repo-root.js';

/** The texts of the class's `String.join(new List<String>{ '...', ... }, '')` expressions, in order. */
function apexTexts(source: string): string[] {
  const texts: string[] = [];
  for (const join of source.matchAll(/String\.join\(\s*new List<String>\{([\s\S]*?)\},\s*''\s*\)/g)) {
    const literals = [...join[1]!.matchAll(/'((?:[^'\\]|\\.)*)'/g)].map((literal) =>
      literal[1]!.replace(/\\(.)/g, '$1'),
    );
    texts.push(literals.join(''));
  }
  return texts;
}

describe('generated definition rules', () => {
  it('the Apex class decodes to the draft schema and the rule data', () => {
    const source = readFileSync(path.join(REPO_ROOT, DEFINITION_RULES_APEX), 'utf8');
    const [schema, rules] = apexTexts(source).map((text) => JSON.parse(text) as unknown);
    assert.deepEqual(schema, draftSchema());
    assert.deepEqual(rules, draftRuleData());
  });

  it('keeps non-ASCII text as escapes and splits long texts into several literals', async () => {
    const source = await renderDefinitionRulesApex();
    assert.doesNotMatch(source, /[^\x00-\x7e]/, 'only ASCII in the class');
    assert.ok((source.match(/^\s*'/gm) ?? []).length > 10, 'the schema is split into chunks');
  });

  it('a planted difference fails: a changed literal no longer decodes to the source', () => {
    const source = readFileSync(path.join(REPO_ROOT, DEFINITION_RULES_APEX), 'utf8').replace(
      '"maxLength":36',
      '"maxLength":37',
    );
    assert.notDeepEqual(JSON.parse(apexTexts(source)[0]!), draftSchema());
  });

  it('the assistant module exports the same objects', async () => {
    const module = (await import(path.join(REPO_ROOT, DEFINITION_RULES_JS))) as {
      DRAFT_SCHEMA: unknown;
      DRAFT_RULES: unknown;
    };
    assert.deepEqual(module.DRAFT_SCHEMA, draftSchema());
    assert.deepEqual(module.DRAFT_RULES, draftRuleData());
  });

  it('the draft schema leaves out what the org does not author and keeps start/end ranges only', () => {
    const schema = draftSchema() as {
      properties: {
        integration: { properties: Record<string, unknown> };
        profileRestrictions: { properties: { loginIpRanges: { items: { properties: object } } } };
      };
    };
    assert.ok(!('userPermissions' in schema.properties.integration.properties));
    assert.ok(!('retired' in schema.properties.integration.properties));
    assert.ok('objects' in schema.properties.integration.properties);
    assert.deepEqual(
      Object.keys(schema.properties.profileRestrictions.properties.loginIpRanges.items.properties).sort(),
      ['description', 'end', 'start'],
    );
  });
});

/**
 * Renders the definition rules the org and the assistant check a draft with, from their one source
 * (scripts/definitions/draft.ts, which reads the definitions file's own schema and rule modules):
 *   - IntegrationUserDefinitionRules.cls: the draft schema and the rule data as JSON for the Apex
 *     validator (IntegrationUserDefinitionValidator), which interprets them;
 *   - c/iukDefinitionRules: the same two objects for the assistant's client-side checks.
 * Never edit either by hand: `npx tsx scripts/contracts/generate.ts`; generated-contracts.test.ts
 * fails while a committed copy differs.
 */
import { draftRuleData, draftSchema } from '../definitions/draft.js';
import { formatWithPrettier } from './prettier-format.js';

export const DEFINITION_RULES_APEX = 'force-app/core/authoring/classes/IntegrationUserDefinitionRules.cls';
export const DEFINITION_RULES_JS = 'force-app/core/assistant/lwc/iukDefinitionRules/iukDefinitionRules.js';

/** JSON with every character outside printable ASCII written as \uXXXX: safe in any source file. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[^\x20-\x7e]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function apexString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A long text as an Apex expression: chunks joined at run time, so no literal grows unwieldy. */
function apexText(text: string, chunk = 800): string {
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + chunk);
    // Never split an escape sequence: end after a backslash's partner, not between them.
    while (end < text.length && text[end - 1] === '\\') end++;
    // An example name with a prefix in a description ("ns__Invoice__c") is prose, never an API name:
    // split it across two literals so that no literal reads as a hard-coded namespace.
    const slice = text.slice(start, end);
    const prefixed = /\b[A-Za-z][A-Za-z0-9]{0,14}__[A-Za-z]\w*?__c\b/i.exec(slice);
    if (prefixed) {
      const cut = prefixed.index + prefixed[0].indexOf('__') + 1;
      parts.push(apexString(slice.slice(0, cut)), apexString(slice.slice(cut)));
    } else {
      parts.push(apexString(slice));
    }
    start = end;
  }
  return `String.join(new List<String>{ ${parts.join(', ')} }, '')`;
}

export async function renderDefinitionRulesApex(): Promise<string> {
  const source = `/**
 * @description GENERATED from scripts/definitions/draft.ts by scripts/contracts/definition-rules.ts:
 * do not edit; run \`npx tsx scripts/contracts/generate.ts\`. The schema of a definition drafted in
 * the org (the definitions file's own schema for one integration, and its profile's login
 * restrictions) and the data of the file's rules (permission dependencies, objects without
 * permissions, limits, character rules), for IntegrationUserDefinitionValidator.
 */
public inherited sharing class IntegrationUserDefinitionRules {
    private static Map<String, Object> schemaCache;
    private static Map<String, Object> rulesCache;

    /** @return the draft's JSON Schema (draft-07 keywords: type, properties, required, ...) */
    public static Map<String, Object> schema() {
        if (schemaCache == null) {
            schemaCache = (Map<String, Object>) JSON.deserializeUntyped(${apexText(asciiJson(draftSchema()))});
        }
        return schemaCache;
    }

    /** @return the rule data, by name (impliedAccess, objectDependencies, recordFieldLengths, ...) */
    public static Map<String, Object> rules() {
        if (rulesCache == null) {
            rulesCache = (Map<String, Object>) JSON.deserializeUntyped(${apexText(asciiJson(draftRuleData()))});
        }
        return rulesCache;
    }
}
`;
  return formatWithPrettier(source, DEFINITION_RULES_APEX);
}

export async function renderDefinitionRulesJs(): Promise<string> {
  const source = `// GENERATED from scripts/definitions/draft.ts by scripts/contracts/definition-rules.ts: do not edit;
// run \`npx tsx scripts/contracts/generate.ts\`. The schema of a definition drafted in the setup
// assistant and the data of the definitions file's rules, for the form's client-side checks
// (c/iukDefinitionChecks). The org checks the same draft with the same data
// (IntegrationUserDefinitionRules.cls) and has the last word.
export const DRAFT_SCHEMA = ${JSON.stringify(draftSchema())};

export const DRAFT_RULES = ${JSON.stringify(draftRuleData())};
`;
  return formatWithPrettier(source, DEFINITION_RULES_JS);
}

/**
 * Apex that breaks, or reads the wrong thing, once the package has a namespace (docs/packaging.md,
 * "Namespace-safe code"). Static references (`Integration_User_Run__c.Summary__c`, `[SELECT ...]`)
 * are resolved by the compiler in the package's namespace and are always safe; names written in
 * strings are not:
 * - `schema-name-string`: a string that is exactly a custom API name (`'Summary__c'`,
 *   `'Obj__c.Field__c'`): describe maps are keyed with the namespace (getGlobalDescribe from API 28,
 *   DescribeSObjectResult maps from API 34), so `getGlobalDescribe().get('Obj__c')` is null in a
 *   namespaced org; text built from it names a field that does not exist there. Use a token.
 * - `dynamic-soql-name`: SOQL text naming a custom object or field; dynamic SOQL resolves unqualified
 *   names to the package, but a subscriber field of the same name then fails the query (duplicate
 *   field). Use static SOQL, or build names from tokens.
 * - `hard-coded-namespace`: a string with a namespace prefix (`'acme__Field__c'`): wrong in every
 *   other org, and in source deploys.
 * - `check-permission`: FeatureManagement.checkPermission resolves the name in the calling code's
 *   namespace, so the name must be a custom permission of this project, unprefixed, and visible to the
 *   check (a literal or a `static final String` constant).
 * - `name-lookup`: SOQL that finds a namespaced component (static resource, permission set, custom
 *   permission, class, ...) or a custom metadata record by its name without NamespacePrefix: the same
 *   DeveloperName can exist once per namespace.
 * - `label-namespace`: `Label.get` with a hard-coded namespace.
 * - `static-resource`: a static resource named in a string that the project does not define.
 * Names inside ordinary prose (messages) are warnings (`custom-name-in-text`).
 */
import {
  DotExpressionContext,
  LiteralContext,
  SoqlLiteralContext,
  type ApexParseTree,
  type ApexParserRuleContext,
} from '@apexdevtools/apex-parser';
import type { ApexFile, ApexProject } from '../../apex/apex-project.js';
import { descendants, dotCall } from '../../apex/project-rules/parse-tree.js';
import { isMarkedSafe, type Finding, type NamespaceOutcome } from '../namespace-finding.js';
import { CUSTOM_SUFFIX, type ProjectSchema } from '../project-schema.js';

const RULE = (id: string) => `namespace:${id}`;

const NAME = `[A-Za-z][A-Za-z0-9_]*?`;
/** `Foo__c`, `Obj__c.Foo__c`, `Account.Foo__c` as the whole string. */
const EXACT_CUSTOM_NAME = new RegExp(`^(?:${NAME}\\.)?${NAME}__${CUSTOM_SUFFIX}$`, 'i');
/** A custom name anywhere in a text. */
const CUSTOM_NAME_IN_TEXT = new RegExp(`\\b${NAME}__${CUSTOM_SUFFIX}\\b`, 'gi');
/** `ns__Name__c`: a namespace prefix, then a custom name. */
const PREFIXED_NAME = new RegExp(
  `\\b[A-Za-z][A-Za-z0-9]{0,14}__[A-Za-z][A-Za-z0-9_]*?__${CUSTOM_SUFFIX}\\b`,
  'i',
);
const SOQL_WORDS = /\b(SELECT|FROM|WHERE|ORDER\s+BY|GROUP\s+BY)\b/i;

/** Components whose Name/DeveloperName is unique only within a namespace. */
const NAMESPACED_ENTITIES = new Set(
  [
    'StaticResource',
    'CustomPermission',
    'PermissionSet',
    'PermissionSetGroup',
    'ApexClass',
    'ApexPage',
    'ApexTrigger',
    'ApexComponent',
    'EmailTemplate',
    'CustomNotificationType',
    'FlowDefinitionView',
    'NamedCredential',
  ].map((name) => name.toLowerCase()),
);

/** Methods that take a static resource name, and which argument. */
const STATIC_RESOURCE_ARGUMENTS: Record<string, number> = {
  'pagereference.forresource': 0,
  setstaticresource: 0,
  'test.loaddata': 1,
};

export function checkApexNamespaces(project: ApexProject, schema: ProjectSchema): NamespaceOutcome {
  const outcome: NamespaceOutcome = { findings: [], warnings: [] };
  const constants = collectStringConstants(project);
  for (const file of project.files) {
    const parsed = project.parse(file);
    if (parsed.errors.length > 0) continue; // the syntax check reports it
    const lines = file.source.split('\n');
    const keep = (target: Finding[], finding: Finding) => {
      if (!isMarkedSafe(lines, finding.line)) target.push(finding);
    };
    for (const finding of literalFindings(file, parsed.tree, schema))
      keep(finding.warning ? outcome.warnings : outcome.findings, finding.finding);
    for (const finding of callFindings(file, parsed.tree, schema, constants)) keep(outcome.findings, finding);
    for (const finding of soqlFindings(file, parsed.tree, schema)) keep(outcome.findings, finding);
  }
  return outcome;
}

function at(file: ApexFile, node: ApexParserRuleContext, rule: string, message: string): Finding {
  return { file: file.path, line: node.start.line, column: node.start.column + 1, rule: RULE(rule), message };
}

/** The text of an Apex string literal, without quotes and with escapes resolved. */
export function stringValue(literal: LiteralContext): string | undefined {
  if (!literal.StringLiteral()) return undefined;
  return literal
    .getText()
    .slice(1, -1)
    .replace(/\\(.)/g, (_, character: string) =>
      character === 'n' ? '\n' : character === 't' ? '\t' : character,
    );
}

function literalFindings(
  file: ApexFile,
  tree: ApexParseTree,
  schema: ProjectSchema,
): { finding: Finding; warning: boolean }[] {
  const results: { finding: Finding; warning: boolean }[] = [];
  for (const literal of descendants(tree, LiteralContext)) {
    const value = stringValue(literal);
    if (value === undefined) continue;
    const prefixed = PREFIXED_NAME.exec(value);
    if (prefixed) {
      results.push({
        warning: false,
        finding: at(
          file,
          literal,
          'hard-coded-namespace',
          `'${prefixed[0]}' hard-codes a namespace prefix: it is wrong in a source deploy and under any other namespace. Reference the component statically (Obj__c.Field__c), or derive the prefix at run time from a class name (Foo.class.getName()).`,
        ),
      });
      continue;
    }
    const trimmed = value.trim();
    if (EXACT_CUSTOM_NAME.test(trimmed)) {
      results.push({
        warning: false,
        finding: at(file, literal, 'schema-name-string', exactNameMessage(trimmed, literal)),
      });
      continue;
    }
    const names = [...value.matchAll(CUSTOM_NAME_IN_TEXT)].map((match) => match[0]);
    if (names.length === 0) continue;
    if (SOQL_WORDS.test(value)) {
      results.push({
        warning: false,
        finding: at(
          file,
          literal,
          'dynamic-soql-name',
          `Dynamic SOQL text names ${names.join(', ')}: in a managed package an unqualified name resolves to the package, and a subscriber's field of the same name then fails the query (duplicate field). Use static SOQL ([SELECT ...]), or build the names from tokens (Obj__c.Field__c.getDescribe().getName()).`,
        ),
      });
    } else if (names.some((name) => isProjectName(schema, name))) {
      results.push({
        warning: true,
        finding: at(
          file,
          literal,
          'custom-name-in-text',
          `Text names ${names.join(', ')} without the namespace; in a namespaced org the API name is ns__${names[0]}. Prefer the label, or the name from a token.`,
        ),
      });
    }
  }
  return results;
}

function exactNameMessage(name: string, literal: LiteralContext): string {
  const call = enclosingCall(literal);
  const where = call?.target.includes('getglobaldescribe')
    ? 'Schema.getGlobalDescribe() is keyed with the namespace (ns__Obj__c) from API 28, so this lookup returns null once packaged'
    : call?.target.endsWith('getmap()')
      ? 'describe maps are keyed with the namespace (ns__Field__c) from API 34, so this lookup returns null once packaged'
      : call?.target === 'schema' && call.method === 'describesobjects'
        ? 'a describe by name depends on how the platform qualifies it in the calling namespace'
        : 'in a namespaced org the API name is ns__' + name.split('.').pop();
  return `'${name}' is a custom API name in a string: ${where}. Use a token instead (Obj__c.SObjectType, Obj__c.Field__c, Obj__c.Field__c.getDescribe().getName()).`;
}

function enclosingCall(node: ApexParserRuleContext): ReturnType<typeof dotCall> {
  for (let current = node.parentCtx; current; current = current.parentCtx) {
    if (current instanceof DotExpressionContext) {
      const call = dotCall(current);
      if (call && call.args.some((arg) => contains(arg, node))) return call;
    }
  }
  return undefined;
}

function contains(ancestor: ApexParserRuleContext, node: ApexParserRuleContext): boolean {
  for (let current: ApexParserRuleContext | undefined = node; current; current = current.parentCtx) {
    if (current === ancestor) return true;
  }
  return false;
}

function isProjectName(schema: ProjectSchema, name: string): boolean {
  const lower = name.toLowerCase();
  if (schema.objects.has(lower)) return true;
  return [...schema.objects.values()].some((object) =>
    object.fields.some((field) => field.toLowerCase() === lower),
  );
}

/** `static final String X = 'value'` per class: `Class.X` and, within the class, `X`. */
function collectStringConstants(project: ApexProject): Map<string, string> {
  const constants = new Map<string, string>();
  const pattern = /\bstatic\s+final\s+String\s+(\w+)\s*=\s*'((?:[^'\\]|\\.)*)'\s*;/gi;
  for (const file of project.files) {
    const className = file.path
      .split(/[\\/]/)
      .pop()!
      .replace(/\.(cls|trigger)$/, '');
    for (const match of file.source.matchAll(pattern)) {
      constants.set(`${className}.${match[1]}`.toLowerCase(), match[2]!);
      constants.set(`${file.path}#${match[1]}`.toLowerCase(), match[2]!);
    }
  }
  return constants;
}

function resolveString(
  argument: ApexParserRuleContext | undefined,
  file: ApexFile,
  constants: Map<string, string>,
): string | undefined {
  if (!argument) return undefined;
  const literals = descendants(argument, LiteralContext);
  const text = argument.getText();
  if (literals.length === 1 && literals[0]!.getText() === text) return stringValue(literals[0]!);
  if (/^\w+$/.test(text)) return constants.get(`${file.path}#${text}`.toLowerCase());
  if (/^\w+\.\w+$/.test(text)) return constants.get(text.toLowerCase());
  return undefined;
}

function callFindings(
  file: ApexFile,
  tree: ApexParseTree,
  schema: ProjectSchema,
  constants: Map<string, string>,
): Finding[] {
  const findings: Finding[] = [];
  for (const expression of descendants(tree, DotExpressionContext)) {
    const call = dotCall(expression);
    if (!call) continue;
    const qualified = `${call.target}.${call.method}`;
    if (qualified === 'featuremanagement.checkpermission') {
      const name = resolveString(call.args[0], file, constants);
      const problem =
        name === undefined
          ? 'its argument is not a string literal or a static final String constant, so nobody can check which custom permission it names'
          : name.includes('__')
            ? `'${name}' carries a namespace prefix; write the permission's own name, which the platform resolves in this package's namespace`
            : !schema.customPermissions.has(name.toLowerCase())
              ? `'${name}' is not a custom permission of this project; checkPermission resolves names in the calling code's namespace, so a permission of the subscriber or another package is never found`
              : undefined;
      if (problem)
        findings.push(
          at(file, expression, 'check-permission', `FeatureManagement.checkPermission: ${problem}.`),
        );
    } else if (qualified === 'label.get' || qualified === 'system.label.get') {
      if (call.args.length >= 2 && resolveString(call.args[0], file, constants) !== undefined) {
        findings.push(
          at(
            file,
            expression,
            'label-namespace',
            'Label.get with a hard-coded namespace: the package namespace is not known in source. Use System.Label.Name, or derive the namespace at run time.',
          ),
        );
      }
    } else {
      const key = STATIC_RESOURCE_ARGUMENTS[qualified] !== undefined ? qualified : call.method;
      const index = STATIC_RESOURCE_ARGUMENTS[key];
      if (index === undefined) continue;
      const name = resolveString(call.args[index], file, constants);
      if (name !== undefined && !schema.staticResources.has(name.toLowerCase())) {
        findings.push(
          at(
            file,
            expression,
            'static-resource',
            `'${name}' is not a static resource of this project${name.includes('__') ? ' (and a hard-coded namespace prefix is wrong in other orgs)' : ''}; package the resource and name it without a prefix.`,
          ),
        );
      }
    }
  }
  return findings;
}

/** The source text of a node, with its original spacing (getText() drops whitespace). */
function sourceOf(file: ApexFile, node: ApexParserRuleContext): string {
  return file.source.slice(node.start.start, (node.stop ?? node.start).stop + 1);
}

function soqlFindings(file: ApexFile, tree: ApexParseTree, schema: ProjectSchema): Finding[] {
  const findings: Finding[] = [];
  for (const soql of descendants(tree, SoqlLiteralContext)) {
    const query = soql.query();
    const entity = query.fromNameList()?.fieldName(0)?.getText();
    if (!entity) continue;
    const text = sourceOf(file, soql);
    if (/\bNamespacePrefix\b/i.test(text)) continue;
    const where = query.whereClause() ? sourceOf(file, query.whereClause()) : '';
    const lower = entity.toLowerCase();
    if (lower.endsWith('__mdt') && schema.objects.has(lower)) {
      findings.push(
        at(
          file,
          soql,
          'name-lookup',
          `Records of ${entity} can come from other packages (an ISV's connector), and DeveloperName is unique only within a namespace: select NamespacePrefix and key each record by NamespacePrefix + '__' + DeveloperName.`,
        ),
      );
    } else if (NAMESPACED_ENTITIES.has(lower) && /\b(Name|DeveloperName)\b/i.test(where)) {
      findings.push(
        at(
          file,
          soql,
          'name-lookup',
          `${entity} is looked up by name without NamespacePrefix: the same name can exist once per namespace (the subscriber's and each package's). Filter or select NamespacePrefix.`,
        ),
      );
    }
  }
  return findings;
}

/**
 * JavaScript and TypeScript that breaks once the package has a namespace, read with the TypeScript
 * parser (no regular expressions over code).
 *
 * Lightning web components (`lwc/<name>/*.js`, tests excluded):
 * - `lwc-field-string`: a custom field named in a string (`'Summary__c'`, `'Obj__c.Field__c'`) or read
 *   as a property (`record.Summary__c`). A record or SObject serialised by a namespaced package carries
 *   `ns__Summary__c`; import the field from `@salesforce/schema/...` and read `record[FIELD.fieldApiName]`
 *   (or return a wrapper class from Apex, whose property names never change).
 * - `lwc-import`: a scoped import with a hard-coded namespace, or naming a label, custom permission,
 *   static resource, field or Apex method this project does not define. Inside its own package a
 *   component writes `c.` for labels and no prefix at all for the rest; the platform adds the namespace
 *   (LWC guide, "Check Permissions"; the same holds for labels and resources).
 *
 * Scripts (`scripts/**`, tests excluded):
 * - `rest-path`: an Apex REST path written without the namespace. A namespaced resource lives at
 *   `/services/apexrest/<ns>/<mapping>` (Apex guide, RestResource): build it from a namespace option,
 *   as scripts/org/engine-client.ts does.
 * - `script-soql-name`: SOQL text in a script naming this project's custom objects or fields without
 *   a namespace.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { isMarkedSafe, positionOf, type Finding, type NamespaceOutcome } from '../namespace-finding.js';
import { CUSTOM_SUFFIX, customFieldNames, type ProjectSchema } from '../project-schema.js';

const RULE = (id: string) => `namespace:${id}`;
const FIELD_STRING = new RegExp(`^(?:[A-Za-z]\\w*?\\.)?[A-Za-z]\\w*?__${CUSTOM_SUFFIX}$`, 'i');
const CUSTOM_NAME_IN_TEXT = new RegExp(`\\b[A-Za-z]\\w*?__${CUSTOM_SUFFIX}\\b`, 'gi');
const SOQL_WORDS = /\bSELECT\b[\s\S]*\bFROM\b/i;

export interface SourceFile {
  path: string;
  text: string;
}

/** Files under `dir` (recursively) that `keep` accepts; tooling folders are skipped. */
export function listFiles(dir: string, keep: (file: string) => boolean): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return ['node_modules', '.git', '.sf', '.sfdx', '__fixtures__', '__golden__'].includes(entry.name)
        ? []
        : listFiles(full, keep);
    }
    return entry.isFile() && keep(full) ? [full] : [];
  });
}

/** Component JavaScript of every package directory (not its Jest tests). */
export function lwcSources(schema: ProjectSchema): SourceFile[] {
  return schema.directories
    .flatMap((directory) =>
      listFiles(
        directory.path,
        (file) =>
          file.endsWith('.js') &&
          /[\\/]lwc[\\/]/.test(file) &&
          !/[\\/]__tests__[\\/]/.test(file) &&
          !/[\\/]jsconfig/.test(file),
      ),
    )
    .sort()
    .map((file) => ({ path: file, text: readFileSync(file, 'utf8') }));
}

/** The project's TypeScript scripts, tests and this check's own sources excluded. */
export function scriptSources(root: string): SourceFile[] {
  const own = path.join(root, 'scripts', 'checks', 'namespace');
  return listFiles(
    path.join(root, 'scripts'),
    (file) => /\.(ts|mts|cts)$/.test(file) && !/\.test\.ts$/.test(file) && !file.startsWith(own + path.sep),
  )
    .sort()
    .map((file) => ({ path: file, text: readFileSync(file, 'utf8') }));
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

function finding(
  source: SourceFile,
  node: ts.Node,
  sourceFile: ts.SourceFile,
  rule: string,
  message: string,
): Finding {
  const { line, column } = positionOf(source.text, node.getStart(sourceFile));
  return { file: source.path, line, column, rule: RULE(rule), message };
}

function parse(source: SourceFile): ts.SourceFile {
  const kind = source.path.endsWith('.js') ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  return ts.createSourceFile(source.path, source.text, ts.ScriptTarget.Latest, true, kind);
}

function keepUnlessSafe(source: SourceFile, findings: Finding[]): Finding[] {
  const lines = source.text.split('\n');
  return findings.filter((item) => !isMarkedSafe(lines, item.line));
}

export function checkLwcNamespaces(schema: ProjectSchema, sources = lwcSources(schema)): NamespaceOutcome {
  const fields = customFieldNames(schema);
  const findings: Finding[] = [];
  for (const source of sources) {
    const sourceFile = parse(source);
    const local: Finding[] = [];
    walk(sourceFile, (node) => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        const problem = importProblem(node.moduleSpecifier.text, schema);
        if (problem) local.push(finding(source, node, sourceFile, 'lwc-import', problem));
        return;
      }
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        if (ts.isImportDeclaration(node.parent)) return;
        const value = node.text.trim();
        if (FIELD_STRING.test(value)) {
          local.push(
            finding(
              source,
              node,
              sourceFile,
              'lwc-field-string',
              `'${value}' names a custom field in a string: a namespaced package delivers it as ns__${value.split('.').pop()}. Import it from @salesforce/schema and use FIELD.fieldApiName.`,
            ),
          );
        }
      } else if (ts.isPropertyAccessExpression(node) && FIELD_STRING.test(node.name.text)) {
        const name = node.name.text;
        local.push(
          finding(
            source,
            node.name,
            sourceFile,
            'lwc-field-string',
            `.${name} reads a custom field by its unprefixed name${fields.has(name.toLowerCase()) ? ' (a field of this project)' : ''}: a namespaced package delivers it as ns__${name}. Import the field from @salesforce/schema and read record[FIELD.fieldApiName], or have Apex return a wrapper class.`,
          ),
        );
      }
    });
    findings.push(...keepUnlessSafe(source, local));
  }
  return { findings, warnings: [] };
}

/** What is wrong with a scoped import, or undefined. */
export function importProblem(specifier: string, schema: ProjectSchema): string | undefined {
  const scoped = /^@salesforce\/(label|customPermission|resourceUrl|schema|apex)\/(.+)$/.exec(specifier);
  if (!scoped) return undefined;
  const [, kind, rest] = scoped as unknown as [string, string, string];
  switch (kind) {
    case 'label': {
      const [namespace, name] = rest.split('.') as [string, string | undefined];
      if (namespace !== 'c') {
        return `${specifier}: a label of this package is imported as @salesforce/label/c.${name ?? rest}; "${namespace}." hard-codes a namespace.`;
      }
      return name && schema.labels.has(name.toLowerCase())
        ? undefined
        : `${specifier}: the project defines no custom label "${name}" (Jest accepts any label name; the org does not).`;
    }
    case 'customPermission':
      if (rest.includes('__')) {
        return `${specifier}: within its own package a component imports the custom permission without a namespace (LWC guide, "Check Permissions").`;
      }
      return schema.customPermissions.has(rest.toLowerCase())
        ? undefined
        : `${specifier}: the project defines no custom permission "${rest}".`;
    case 'resourceUrl':
      if (rest.includes('__'))
        return `${specifier}: a packaged static resource is imported without a namespace prefix.`;
      return schema.staticResources.has(rest.toLowerCase())
        ? undefined
        : `${specifier}: the project defines no static resource "${rest}".`;
    case 'schema': {
      for (const part of rest.split('.')) {
        if (new RegExp(`^[A-Za-z][A-Za-z0-9]{0,14}__\\w+__${CUSTOM_SUFFIX}$`, 'i').test(part)) {
          return `${specifier}: "${part}" hard-codes a namespace prefix; import the project's own schema without it.`;
        }
      }
      const [objectName, fieldName] = rest.split('.') as [string, string | undefined];
      if (!/__/.test(objectName)) return undefined; // standard object: only its custom fields are ours to check
      const object = schema.objects.get(objectName.toLowerCase());
      if (!object) return `${specifier}: the project defines no object ${objectName}.`;
      if (
        fieldName &&
        /__c$/i.test(fieldName) &&
        !object.fields.some((field) => field.toLowerCase() === fieldName.toLowerCase())
      ) {
        return `${specifier}: ${objectName} has no field ${fieldName} in this project.`;
      }
      return undefined;
    }
    case 'apex': {
      const parts = rest.split('.');
      if (parts.length > 2) {
        return `${specifier}: a component calls its own package's Apex as @salesforce/apex/Class.method; "${parts[0]}." hard-codes a namespace.`;
      }
      return schema.apexClasses.has(parts[0]!.toLowerCase())
        ? undefined
        : `${specifier}: the project has no Apex class ${parts[0]} (Jest stubs any name; the org does not).`;
    }
    default:
      return undefined;
  }
}

export function checkScriptNamespaces(
  schema: ProjectSchema,
  sources = scriptSources(schema.root),
): NamespaceOutcome {
  const projectNames = new Set<string>([...schema.objects.keys(), ...customFieldNames(schema)]);
  const findings: Finding[] = [];
  for (const source of sources) {
    const sourceFile = parse(source);
    const local: Finding[] = [];
    walk(sourceFile, (node) => {
      let text: string | undefined;
      let interpolatedAfterApexrest = false;
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        text = node.text;
      } else if (ts.isTemplateExpression(node)) {
        text = [node.head.text, ...node.templateSpans.map((span) => `\${}${span.literal.text}`)].join('');
        interpolatedAfterApexrest = /\/services\/apexrest\/\$\{\}/.test(text);
      }
      if (text === undefined) return;
      if (
        /\/services\/apexrest\//.test(text) &&
        !interpolatedAfterApexrest &&
        !/\/services\/apexrest\/?$/.test(text)
      ) {
        local.push(
          finding(
            source,
            node,
            sourceFile,
            'rest-path',
            'An Apex REST path without the namespace: a namespaced package serves it at /services/apexrest/<namespace>/<mapping>. Build the path from a namespace option (see scripts/org/engine-client.ts).',
          ),
        );
      }
      if (SOQL_WORDS.test(text)) {
        // A name right after an interpolation (`${prefix}Widget__c`) is prefixed at run time.
        const names = [...text.replace(/\$\{\}[A-Za-z]\w*/g, '${}').matchAll(CUSTOM_NAME_IN_TEXT)]
          .map((match) => match[0])
          .filter((name) => projectNames.has(name.toLowerCase()));
        if (names.length > 0) {
          local.push(
            finding(
              source,
              node,
              sourceFile,
              'script-soql-name',
              `SOQL in a script names ${[...new Set(names)].join(', ')} without a namespace: against an org that installed the package they are ns__... Take the namespace as an option and prefix the names.`,
            ),
          );
        }
      }
    });
    findings.push(...keepUnlessSafe(source, local));
  }
  return { findings, warnings: [] };
}

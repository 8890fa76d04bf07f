/**
 * The package's surface, read from the Apex source of the packaged directories (tests excluded):
 * - every entry point a user or system can call (`@AuraEnabled`, `@InvocableMethod`, `@Http*` REST
 *   methods, `webservice`, and `global` methods), with its access modifier and the permission check it
 *   makes (the project rule `entry-point-permission` insists there is one);
 * - every `global` member: `global` is permanent once a managed version is released, so the list in
 *   docs/packaging.md is generated from this and a test fails when the code and the list differ.
 */
import path from 'node:path';
import {
  ClassBodyDeclarationContext,
  ClassDeclarationContext,
  DotExpressionContext,
  type ModifierContext,
} from '@apexdevtools/apex-parser';
import { loadApexProject } from '../apex/apex-project.js';
import {
  ENTRY_POINT_ANNOTATIONS,
  PERMISSION_CHECK_METHODS,
  PERMISSION_CLASS,
  PERMISSION_QUERY_METHODS,
} from '../apex/project-rules/entry-point-permission-rule.js';
import {
  annotationNames,
  classDeclarations,
  descendants,
  dotCall,
  isTestFile,
} from '../apex/project-rules/parse-tree.js';

export interface EntryPoint {
  file: string;
  /** `Class.method`. */
  name: string;
  access: 'global' | 'public' | 'private' | 'protected' | 'default';
  /** `@AuraEnabled`, `@InvocableMethod`, `@HttpGet`, ...; empty for a plain global method. */
  annotations: string[];
  /** The IntegrationUserAccess methods it calls, e.g. ['requireManage']. */
  checks: string[];
}

export interface GlobalMember {
  file: string;
  /** `Class`, `Class.Inner`, `Class.method(...)`, `Class.Inner.field`. */
  name: string;
  kind: 'class' | 'method' | 'property' | 'field';
  annotations: string[];
}

export interface ApiSurface {
  entryPoints: EntryPoint[];
  globals: GlobalMember[];
}

const ANNOTATION_NAMES: Record<string, string> = {
  auraenabled: '@AuraEnabled',
  invocablemethod: '@InvocableMethod',
  invocablevariable: '@InvocableVariable',
  remoteaction: '@RemoteAction',
  restresource: '@RestResource',
  httpget: '@HttpGet',
  httppost: '@HttpPost',
  httpput: '@HttpPut',
  httppatch: '@HttpPatch',
  httpdelete: '@HttpDelete',
  deprecated: '@Deprecated',
  namespaceaccessible: '@NamespaceAccessible',
};

function access(modifiers: ModifierContext[]): EntryPoint['access'] {
  if (modifiers.some((modifier) => modifier.GLOBAL())) return 'global';
  if (modifiers.some((modifier) => modifier.PUBLIC())) return 'public';
  if (modifiers.some((modifier) => modifier.PROTECTED())) return 'protected';
  if (modifiers.some((modifier) => modifier.PRIVATE())) return 'private';
  return 'default';
}

function shown(annotations: string[]): string[] {
  return annotations.map((name) => ANNOTATION_NAMES[name] ?? `@${name}`);
}

export function readApiSurface(root: string, directories: string[]): ApiSurface {
  const project = loadApexProject(root);
  const inScope = directories.map((directory) => path.resolve(root, directory) + path.sep);
  const surface: ApiSurface = { entryPoints: [], globals: [] };
  const checks = new Set(
    [...PERMISSION_CHECK_METHODS, ...PERMISSION_QUERY_METHODS].map((name) => name.toLowerCase()),
  );
  for (const file of project.files) {
    if (!inScope.some((directory) => file.path.startsWith(directory))) continue;
    const parsed = project.parse(file);
    if (parsed.errors.length > 0 || isTestFile(parsed.tree)) continue;
    const relative = path.relative(root, file.path).split(path.sep).join('/');
    const classNames = new Map<ClassDeclarationContext, string>();
    for (const entry of classDeclarations(parsed.tree)) {
      const names: string[] = [];
      for (
        let current: unknown = entry.declaration;
        current;
        current = (current as ClassDeclarationContext).parentCtx
      ) {
        if (current instanceof ClassDeclarationContext) names.unshift(current.id().getText());
      }
      const name = names.join('.');
      classNames.set(entry.declaration, name);
      if (access(entry.modifiers) === 'global') {
        surface.globals.push({
          file: relative,
          name,
          kind: 'class',
          annotations: shown(annotationNames(entry.modifiers)),
        });
      }
    }
    for (const member of descendants(parsed.tree, ClassBodyDeclarationContext)) {
      const declaration = member.memberDeclaration();
      if (!declaration) continue;
      let owner = member.parentCtx;
      while (owner && !(owner instanceof ClassDeclarationContext)) owner = owner.parentCtx;
      const className = owner ? (classNames.get(owner as ClassDeclarationContext) ?? '') : '';
      const modifiers = member.modifier_list();
      const annotations = annotationNames(modifiers);
      const memberAccess = access(modifiers);
      const method = declaration.methodDeclaration();
      if (method) {
        const name = `${className}.${method.id().getText()}`;
        const isEntry =
          annotations.some((annotation) => ENTRY_POINT_ANNOTATIONS.has(annotation)) ||
          modifiers.some((modifier) => modifier.WEBSERVICE()) ||
          memberAccess === 'global';
        if (isEntry) {
          const called = method.block()
            ? descendants(method.block(), DotExpressionContext)
                .map((expression) => dotCall(expression))
                .filter(
                  (call) =>
                    call &&
                    call.target.split('.').pop() === PERMISSION_CLASS.toLowerCase() &&
                    checks.has(call.method),
                )
                .map(
                  (call) =>
                    [...PERMISSION_CHECK_METHODS, ...PERMISSION_QUERY_METHODS].find(
                      (known) => known.toLowerCase() === call!.method,
                    )!,
                )
            : [];
          surface.entryPoints.push({
            file: relative,
            name,
            access: memberAccess,
            annotations: shown(annotations.filter((annotation) => ENTRY_POINT_ANNOTATIONS.has(annotation))),
            checks: [...new Set(called)],
          });
        }
        if (memberAccess === 'global') {
          const formal = method.formalParameters();
          // getText() drops the spaces between tokens; the source keeps them.
          const parameters = file.source
            .slice(formal.start.start, (formal.stop ?? formal.start).stop + 1)
            .replace(/\s+/g, ' ');
          surface.globals.push({
            file: relative,
            name: `${name}${parameters}`,
            kind: 'method',
            annotations: shown(annotations),
          });
        }
        continue;
      }
      if (memberAccess !== 'global') continue;
      const property = declaration.propertyDeclaration();
      const field = declaration.fieldDeclaration();
      if (property) {
        surface.globals.push({
          file: relative,
          name: `${className}.${property.id().getText()}`,
          kind: 'property',
          annotations: shown(annotations),
        });
      } else if (field) {
        for (const variable of field.variableDeclarators().variableDeclarator_list()) {
          surface.globals.push({
            file: relative,
            name: `${className}.${variable.id().getText()}`,
            kind: 'field',
            annotations: shown(annotations),
          });
        }
      }
    }
  }
  surface.entryPoints.sort((a, b) => a.name.localeCompare(b.name));
  surface.globals.sort((a, b) => a.name.localeCompare(b.name));
  return surface;
}

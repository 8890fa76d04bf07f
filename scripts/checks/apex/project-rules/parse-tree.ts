/**
 * Small helpers over the apex-parser tree, shared by the project rules: finding nodes of a type,
 * reading modifiers and annotations, and naming the target of a `Type.method(...)` call.
 */
import {
  ClassBodyDeclarationContext,
  ClassDeclarationContext,
  CompilationUnitContext,
  DotExpressionContext,
  ModifierContext,
  TypeDeclarationContext,
  type ApexParseTree,
  type ApexParserRuleContext,
  type ApexToken,
} from '@apexdevtools/apex-parser';
import type { ApexFile } from '../apex-project.js';
import type { Finding } from '../finding.js';

type ContextClass<T> = abstract new (...args: never[]) => T;

/** Every node of the given type under `root` (root included), in source order. */
export function descendants<T>(root: ApexParseTree, type: ContextClass<T>): T[] {
  const found: T[] = [];
  const visit = (node: ApexParseTree): void => {
    if (node instanceof type) found.push(node);
    const children = (node as ApexParserRuleContext).children;
    if (children) for (const child of children) visit(child);
  };
  visit(root);
  return found;
}

export function findingAt(file: ApexFile, token: ApexToken, rule: string, message: string): Finding {
  return { file: file.path, line: token.line, column: token.column + 1, rule, message };
}

export function annotationNames(modifiers: ModifierContext[]): string[] {
  return modifiers.flatMap((modifier) => {
    const annotation = modifier.annotation();
    return annotation ? [annotation.id().getText().toLowerCase()] : [];
  });
}

/** A class declaration with the modifiers (annotations included) written before it. */
export interface ClassWithModifiers {
  declaration: ClassDeclarationContext;
  modifiers: ModifierContext[];
  /** Where the declaration starts: its first annotation or modifier. */
  start: ApexToken;
  topLevel: boolean;
}

export function classDeclarations(tree: ApexParseTree): ClassWithModifiers[] {
  return descendants(tree, ClassDeclarationContext).flatMap((declaration): ClassWithModifiers[] => {
    const owner = declaration.parentCtx;
    if (owner instanceof TypeDeclarationContext) {
      return [{ declaration, modifiers: owner.modifier_list(), start: owner.start, topLevel: true }];
    }
    const member = owner?.parentCtx;
    if (member instanceof ClassBodyDeclarationContext) {
      return [{ declaration, modifiers: member.modifier_list(), start: member.start, topLevel: false }];
    }
    return [];
  });
}

/** True for a file whose top-level class is annotated @IsTest. */
export function isTestFile(tree: ApexParseTree): boolean {
  if (!(tree instanceof CompilationUnitContext)) return false;
  return classDeclarations(tree).some(
    (entry) => entry.topLevel && annotationNames(entry.modifiers).includes('istest'),
  );
}

/** For `Database.insert(...)` gives { target: 'database', method: 'insert' } (lower case: Apex ignores case). */
export function dotCall(
  node: DotExpressionContext,
): { target: string; method: string; args: ApexParserRuleContext[] } | undefined {
  const call = node.dotMethodCall();
  if (!call) return undefined;
  const target = node.expression().getText().toLowerCase();
  const args = call.expressionList()?.expression_list() ?? [];
  return { target: target.replace(/^system\./, ''), method: call.anyId().getText().toLowerCase(), args };
}

export function mentionsAccessLevel(args: ApexParserRuleContext[]): boolean {
  return args.some((arg) => /\bAccessLevel\.(USER_MODE|SYSTEM_MODE)\b/i.test(arg.getText()));
}

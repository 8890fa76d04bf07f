/**
 * The security review asks for every place the package reads or writes past the running user's
 * access: `without sharing` classes, `WITH SYSTEM_MODE` queries and `AccessLevel.SYSTEM_MODE` DML or
 * dynamic queries. This reads them from the Apex source of the packaged directories (tests excluded:
 * they never run for a subscriber's user), each with the reason written next to it, so
 * docs/security-review.md is generated from the code and cannot drift from it.
 *
 * The reason is the comment nearest above the occurrence, inside the method or in its ApexDoc, that
 * mentions system mode (`SYSTEM_MODE`, "system mode") or, for `without sharing`, the comment the
 * project rule requires above the class. No reason is a finding of its own.
 */
import path from 'node:path';
import {
  ClassDeclarationContext,
  ConstructorDeclarationContext,
  DotExpressionContext,
  MethodDeclarationContext,
  SoqlLiteralContext,
  type ApexParserRuleContext,
  type ApexToken,
} from '@apexdevtools/apex-parser';
import { loadApexProject, type ApexFile } from '../apex/apex-project.js';
import { DATABASE_DML_METHODS } from '../apex/project-rules/dml-access-level-rule.js';
import { classDeclarations, descendants, dotCall, isTestFile } from '../apex/project-rules/parse-tree.js';
import { DYNAMIC_QUERY_METHODS } from '../apex/project-rules/soql-access-mode-rule.js';

export interface PrivilegedAccess {
  /** Relative to the project root. */
  file: string;
  line: number;
  /** `Class.method`, or `Class` for a class-level `without sharing`. */
  where: string;
  kind: 'without sharing class' | 'system-mode query' | 'system-mode DML' | 'system-mode dynamic query';
  /** The object read or written, when the code names it. */
  target?: string;
  /** The reason from the comment, or undefined when the code gives none. */
  reason?: string;
}

const MENTIONS_SYSTEM_MODE = /system[_ ]mode/i;

export function findPrivilegedAccess(root: string, directories: string[]): PrivilegedAccess[] {
  const project = loadApexProject(root);
  const inScope = directories.map((directory) => path.resolve(root, directory) + path.sep);
  const found: PrivilegedAccess[] = [];
  for (const file of project.files) {
    if (!inScope.some((directory) => file.path.startsWith(directory))) continue;
    const parsed = project.parse(file);
    if (parsed.errors.length > 0 || isTestFile(parsed.tree)) continue;
    const relative = path.relative(root, file.path).split(path.sep).join('/');
    const comments = parsed.comments.filter((comment) => /\w/.test(comment.text));
    for (const entry of classDeclarations(parsed.tree)) {
      const keyword = entry.modifiers.find((modifier) => modifier.WITHOUT())?.WITHOUT().symbol;
      if (!keyword) continue;
      const comment = comments.find(
        (candidate) => endLine(candidate) === keyword.line - 1 || endLine(candidate) === entry.start.line - 1,
      );
      found.push({
        file: relative,
        line: keyword.line,
        where: entry.declaration.id().getText(),
        kind: 'without sharing class',
        ...(comment ? { reason: commentText(comment) } : {}),
      });
    }
    for (const soql of descendants(parsed.tree, SoqlLiteralContext)) {
      if (!soql.query().withClause()?.SYSTEM_MODE()) continue;
      found.push(
        occurrence(
          file,
          relative,
          soql,
          comments,
          'system-mode query',
          soql.query().fromNameList()?.getText(),
        ),
      );
    }
    for (const expression of descendants(parsed.tree, DotExpressionContext)) {
      const call = dotCall(expression);
      if (!call || call.target !== 'database') continue;
      if (!call.args.some((arg) => /\bAccessLevel\.SYSTEM_MODE\b/i.test(arg.getText()))) continue;
      const kind = DATABASE_DML_METHODS.has(call.method)
        ? 'system-mode DML'
        : DYNAMIC_QUERY_METHODS.has(call.method)
          ? 'system-mode dynamic query'
          : undefined;
      if (kind) found.push(occurrence(file, relative, expression, comments, kind, `Database.${call.method}`));
    }
  }
  return found.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

function occurrence(
  file: ApexFile,
  relative: string,
  node: ApexParserRuleContext,
  comments: ApexToken[],
  kind: PrivilegedAccess['kind'],
  target: string | undefined,
): PrivilegedAccess {
  const member = enclosingMember(node);
  const className = enclosingClassName(node) ?? path.basename(file.path, '.cls');
  // The member's ApexDoc sits above its modifiers; allow the few lines they take.
  const from = member ? member.start.line - 12 : node.start.line - 12;
  const reasons = comments.filter(
    (comment) =>
      comment.line >= from && endLine(comment) <= node.start.line && MENTIONS_SYSTEM_MODE.test(comment.text),
  );
  const reason = reasons.at(-1);
  const text = reason ? lineCommentRun(reason, comments) : undefined;
  return {
    file: relative,
    line: node.start.line,
    where: member ? `${className}.${memberName(member)}` : className,
    kind,
    ...(target ? { target } : {}),
    ...(text ? { reason: fromSystemModeMention(text) } : {}),
  };
}

/** A `//` comment and the `//` comments on the lines right below it, as one text. */
function lineCommentRun(first: ApexToken, comments: ApexToken[]): string {
  if (!first.text.startsWith('//')) return commentText(first);
  const parts = [commentText(first)];
  let line = first.line;
  for (const next of comments.filter(
    (comment) => comment.text.startsWith('//') && comment.line > first.line,
  )) {
    if (next.line !== line + 1) break;
    parts.push(commentText(next));
    line = next.line;
  }
  return parts.join(' ');
}

/** "... SYSTEM_MODE insert: admins get ..." → "admins get ...": the part that says why. */
function fromSystemModeMention(text: string): string {
  const mention = /SYSTEM_MODE[^:.]*:\s*/.exec(text);
  return mention ? text.slice(mention.index + mention[0].length) : text;
}

function enclosingMember(node: ApexParserRuleContext): ApexParserRuleContext | undefined {
  for (let current = node.parentCtx; current; current = current.parentCtx) {
    if (current instanceof MethodDeclarationContext || current instanceof ConstructorDeclarationContext)
      return current;
  }
  return undefined;
}

function memberName(member: ApexParserRuleContext): string {
  return member instanceof MethodDeclarationContext
    ? member.id().getText()
    : (member as ConstructorDeclarationContext).qualifiedName().getText();
}

function enclosingClassName(node: ApexParserRuleContext): string | undefined {
  const names: string[] = [];
  for (let current = node.parentCtx; current; current = current.parentCtx) {
    if (current instanceof ClassDeclarationContext) names.unshift(current.id().getText());
  }
  return names.length > 0 ? names.join('.') : undefined;
}

function endLine(comment: ApexToken): number {
  return comment.line + (comment.text.match(/\n/g)?.length ?? 0);
}

/** The comment's words on one line, without comment markers or ApexDoc tags after the text. */
export function commentText(comment: ApexToken): string {
  return comment.text
    .replace(/^\/\*\*?|\*\/$/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*(\*|\/\/)\s?/, '').trim())
    .filter((line) => line && !/^@(param|return|throws|example)\b/.test(line))
    .join(' ')
    .replace(/^@description\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

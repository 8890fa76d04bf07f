/**
 * Reads every static SOQL query of an Apex file (`[SELECT ... FROM ...]`) from the apex-parser tree
 * and lists the field and relationship paths it names, each relative to the object it is read from:
 * the select list (aggregate and function arguments included), WHERE, GROUP BY, HAVING and ORDER BY.
 * A child subquery in the select list (`(SELECT Id FROM Contacts)`) names a child relationship of the
 * outer object; a semi-join in WHERE (`Id IN (SELECT AccountId FROM Contact)`) is a query of its own.
 * Dynamic SOQL (strings passed to Database.query) is out of reach of any static check.
 */
import {
  BoundExpressionContext,
  FieldNameContext,
  FromNameListContext,
  SelectEntryContext,
  SoqlLiteralContext,
  SubFieldEntryContext,
  SubQueryContext,
  TypeOfContext,
  type ApexParseTree,
  type ApexParserRuleContext,
  type QueryContext,
} from '@apexdevtools/apex-parser';
import type { ApexFile } from '../apex-project.js';
import { descendants } from '../project-rules/parse-tree.js';

/** One field path as SOQL names it, resolved to the object it starts on. */
export interface SoqlFieldPath {
  file: string;
  /** 1-based line and column of the path in the Apex file. */
  line: number;
  column: number;
  /** The object the query reads (for a child subquery: the outer object). */
  object: string;
  /** The child relationship of `object` that a child subquery reads, when the path is in one. */
  childRelationship?: string;
  /** The path's segments without a FROM alias: `['Profile', 'UserLicense', 'Name']`. */
  segments: string[];
  /** How the path is written in the query, for messages. */
  text: string;
}

/** One FROM of a query: the object it reads, where it is written. */
export interface SoqlObjectReference {
  file: string;
  line: number;
  column: number;
  object: string;
}

export interface SoqlFileReport {
  queries: number;
  objects: SoqlObjectReference[];
  paths: SoqlFieldPath[];
  /** Constructs the check cannot resolve (TYPEOF over a polymorphic field), with their position. */
  skipped: { line: number; column: number; what: string }[];
}

/** Nodes a query's own field walk does not enter: they are queries of their own, or Apex. */
const BOUNDARIES = [
  SubQueryContext,
  SoqlLiteralContext,
  BoundExpressionContext,
  TypeOfContext,
  FromNameListContext,
];

export function soqlPaths(file: ApexFile, tree: ApexParseTree): SoqlFileReport {
  const report: SoqlFileReport = { queries: 0, objects: [], paths: [], skipped: [] };
  for (const literal of descendants(tree, SoqlLiteralContext)) {
    readQuery(file, literal.query(), report);
  }
  return report;
}

function readQuery(file: ApexFile, query: QueryContext | SubQueryContext, report: SoqlFileReport): void {
  const from = fromOf(query);
  if (!from) return;
  report.queries++;
  report.objects.push({ file: file.path, line: from.line, column: from.column, object: from.object });
  for (const name of ownFieldNames(query)) {
    addPath(file, name, from.object, from.alias, undefined, report);
  }
  for (const typeOf of ownNodes(query, TypeOfContext)) {
    report.skipped.push({
      line: typeOf.start.line,
      column: typeOf.start.column + 1,
      what: `TYPEOF ${typeOf.fieldName().getText()} (polymorphic: the fields depend on the type)`,
    });
  }
  for (const subQuery of ownNodes(query, SubQueryContext)) {
    if (isInSelectList(subQuery)) {
      readChildSubquery(file, subQuery, from.object, report);
    } else {
      readQuery(file, subQuery, report); // a semi-join or anti-join: its FROM names an object
    }
  }
}

function readChildSubquery(
  file: ApexFile,
  subQuery: SubQueryContext,
  parentObject: string,
  report: SoqlFileReport,
): void {
  const from = fromOf(subQuery);
  if (!from) return;
  report.queries++;
  // The relationship itself is a path on the parent: `Account.Contacts`.
  report.paths.push({
    file: file.path,
    line: from.line,
    column: from.column,
    object: parentObject,
    segments: [from.object],
    text: from.object,
  });
  for (const name of ownFieldNames(subQuery)) {
    addPath(file, name, parentObject, from.alias, from.object, report);
  }
  for (const nested of ownNodes(subQuery, SubQueryContext)) {
    readQuery(file, nested, report);
  }
}

function addPath(
  file: ApexFile,
  name: FieldNameContext,
  object: string,
  alias: string | undefined,
  childRelationship: string | undefined,
  report: SoqlFileReport,
): void {
  const segments = name.soqlId_list().map((id) => id.getText());
  if (alias && segments.length > 1 && segments[0]!.toLowerCase() === alias.toLowerCase()) segments.shift();
  report.paths.push({
    file: file.path,
    line: name.start.line,
    column: name.start.column + 1,
    object,
    ...(childRelationship ? { childRelationship } : {}),
    segments,
    text: name.getText(),
  });
}

function fromOf(
  query: QueryContext | SubQueryContext,
): { object: string; alias?: string; line: number; column: number } | undefined {
  const fromList = query.fromNameList();
  const first = fromList?.fieldName(0);
  if (!first) return undefined;
  const alias = fromList.soqlId(0)?.getText();
  return {
    object: first.getText(),
    ...(alias ? { alias } : {}),
    line: first.start.line,
    column: first.start.column + 1,
  };
}

/** Field names of this query, not of the queries, Apex binds or TYPEOF blocks nested in it. */
function ownFieldNames(query: ApexParserRuleContext): FieldNameContext[] {
  return ownNodes(query, FieldNameContext);
}

type ContextClass<T> = abstract new (...args: never[]) => T;

function ownNodes<T>(query: ApexParserRuleContext, type: ContextClass<T>): T[] {
  const found: T[] = [];
  const visit = (node: ApexParseTree, isRoot: boolean): void => {
    if (!isRoot && node instanceof type) {
      found.push(node);
      if (node instanceof FieldNameContext) return;
    }
    if (!isRoot && BOUNDARIES.some((boundary) => node instanceof boundary)) return;
    const children = (node as ApexParserRuleContext).children;
    if (children) for (const child of children) visit(child, false);
  };
  visit(query, true);
  return found;
}

/** A subquery written as a select-list entry reads a child relationship; elsewhere it is a semi-join. */
function isInSelectList(subQuery: SubQueryContext): boolean {
  const entry = subQuery.parentCtx;
  return entry instanceof SelectEntryContext || entry instanceof SubFieldEntryContext;
}

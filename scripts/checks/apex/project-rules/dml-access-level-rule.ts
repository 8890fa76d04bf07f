/**
 * Outside test classes, DML goes through `Database.*` with an explicit `AccessLevel` argument, so the
 * mode (user or system) is stated at every write. Bare DML statements (`insert x;`, also `insert as
 * user x;`) are refused: one form is easier to audit than two.
 */
import {
  DeleteStatementContext,
  DotExpressionContext,
  InsertStatementContext,
  MergeStatementContext,
  UndeleteStatementContext,
  UpdateStatementContext,
  UpsertStatementContext,
  type ApexParserRuleContext,
} from '@apexdevtools/apex-parser';
import type { Finding } from '../finding.js';
import type { ProjectRule } from './rule.js';
import { descendants, dotCall, findingAt, mentionsAccessLevel } from './parse-tree.js';

export const DML_RULE_ID = 'dml-access-level';

/** Database methods that write records and take an AccessLevel. */
export const DATABASE_DML_METHODS = new Set(['insert', 'update', 'upsert', 'delete', 'undelete', 'merge']);

const STATEMENTS: (abstract new (...args: never[]) => ApexParserRuleContext)[] = [
  InsertStatementContext,
  UpdateStatementContext,
  UpsertStatementContext,
  DeleteStatementContext,
  UndeleteStatementContext,
  MergeStatementContext,
];

export const dmlAccessLevelRule: ProjectRule = {
  id: DML_RULE_ID,
  check(file, parsed, isTest) {
    if (isTest) return [];
    const findings: Finding[] = [];
    for (const type of STATEMENTS) {
      for (const statement of descendants(parsed.tree, type)) {
        const verb = statement.start.text.toLowerCase();
        findings.push(
          findingAt(
            file,
            statement.start,
            DML_RULE_ID,
            `bare DML statement \`${verb}\`; use Database.${verb}(records, AccessLevel.USER_MODE) (or AccessLevel.SYSTEM_MODE with a comment saying why)`,
          ),
        );
      }
    }
    for (const expression of descendants(parsed.tree, DotExpressionContext)) {
      const call = dotCall(expression);
      if (!call || call.target !== 'database' || !DATABASE_DML_METHODS.has(call.method)) continue;
      if (mentionsAccessLevel(call.args)) continue;
      findings.push(
        findingAt(
          file,
          expression.start,
          DML_RULE_ID,
          `Database.${call.method} has no AccessLevel argument; pass AccessLevel.USER_MODE (or AccessLevel.SYSTEM_MODE with a comment saying why)`,
        ),
      );
    }
    return findings.sort((a, b) => a.line - b.line || a.column - b.column);
  },
};

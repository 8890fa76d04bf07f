/**
 * Every SOQL query states its access mode: `WITH USER_MODE` (the platform enforces the running user's
 * object, field and sharing access) or `WITH SYSTEM_MODE` (with a comment why). Inline `[SELECT ...]`
 * is read from the tree; for `Database.query` and its relatives the mode must be visible at the call:
 * an `AccessLevel.USER_MODE/SYSTEM_MODE` argument or a string literal in the query argument that
 * contains `WITH USER_MODE/SYSTEM_MODE`. Test classes are not exempt.
 */
import { DotExpressionContext, LiteralContext, SoqlLiteralContext } from '@apexdevtools/apex-parser';
import type { Finding } from '../finding.js';
import type { ProjectRule } from './rule.js';
import { descendants, dotCall, findingAt, mentionsAccessLevel } from './parse-tree.js';

export const SOQL_RULE_ID = 'soql-access-mode';

/** Database methods that run a SOQL string. */
export const DYNAMIC_QUERY_METHODS = new Set([
  'query',
  'querywithbinds',
  'countquery',
  'countquerywithbinds',
  'getquerylocator',
  'getquerylocatorwithbinds',
]);

const MODE_IN_TEXT = /\bWITH\s+(USER_MODE|SYSTEM_MODE)\b/i;

export const soqlAccessModeRule: ProjectRule = {
  id: SOQL_RULE_ID,
  check(file, parsed) {
    const findings: Finding[] = [];
    for (const soql of descendants(parsed.tree, SoqlLiteralContext)) {
      const withClause = soql.query().withClause();
      if (withClause?.USER_MODE() || withClause?.SYSTEM_MODE()) continue;
      const why = withClause?.SECURITY_ENFORCED()
        ? 'uses WITH SECURITY_ENFORCED (not allowed from API 67)'
        : 'states no access mode';
      findings.push(
        findingAt(
          file,
          soql.start,
          SOQL_RULE_ID,
          `SOQL query ${why}; add WITH USER_MODE (or WITH SYSTEM_MODE with a comment saying why)`,
        ),
      );
    }
    for (const expression of descendants(parsed.tree, DotExpressionContext)) {
      const call = dotCall(expression);
      if (!call || call.target !== 'database' || !DYNAMIC_QUERY_METHODS.has(call.method)) continue;
      if (mentionsAccessLevel(call.args)) continue;
      const queryArgument = call.args[0];
      const literals = queryArgument
        ? descendants(queryArgument, LiteralContext).map((literal) => literal.getText())
        : [];
      if (literals.some((text) => MODE_IN_TEXT.test(text))) continue;
      findings.push(
        findingAt(
          file,
          expression.start,
          SOQL_RULE_ID,
          `Database.${expression.dotMethodCall().anyId().getText()} states no access mode; pass AccessLevel.USER_MODE (or AccessLevel.SYSTEM_MODE with a comment saying why), or write WITH USER_MODE in the query text`,
        ),
      );
    }
    return findings;
  },
};

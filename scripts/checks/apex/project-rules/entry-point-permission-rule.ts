/**
 * Every entry point a user or system can call from outside (@AuraEnabled, @InvocableMethod,
 * @RemoteAction, @Http* REST methods, `webservice` methods) calls the engine's permission check
 * itself, so a reviewer sees the check in the method and a refactoring cannot drop it silently.
 * The class and its check methods are constants: when the security class changes, change them here.
 */
import {
  ClassBodyDeclarationContext,
  DotExpressionContext,
  ExpressionStatementContext,
} from '@apexdevtools/apex-parser';
import type { Finding } from '../finding.js';
import type { ProjectRule } from './rule.js';
import { annotationNames, descendants, dotCall, findingAt } from './parse-tree.js';

export const ENTRY_POINT_RULE_ID = 'entry-point-permission';

/** The engine's security class (force-app/core/engine/classes/IntegrationUserAccess.cls). */
export const PERMISSION_CLASS = 'IntegrationUserAccess';
/** Its methods that throw unless the running user holds the permission. */
export const PERMISSION_CHECK_METHODS = ['requireView', 'requireManage', 'requireAuthor'];
/**
 * Its methods that answer whether the user holds it, for entry points that must not throw (the page
 * model of a user without access has canView = false). They count only when the answer is used.
 */
export const PERMISSION_QUERY_METHODS = ['canView', 'canManage', 'canAuthor'];

export const ENTRY_POINT_ANNOTATIONS = new Set([
  'auraenabled',
  'invocablemethod',
  'remoteaction',
  'httpget',
  'httppost',
  'httpput',
  'httppatch',
  'httpdelete',
]);

export const entryPointPermissionRule: ProjectRule = {
  id: ENTRY_POINT_RULE_ID,
  check(file, parsed, isTest) {
    if (isTest) return [];
    const findings: Finding[] = [];
    const checkMethods = new Set(PERMISSION_CHECK_METHODS.map((name) => name.toLowerCase()));
    const queryMethods = new Set(PERMISSION_QUERY_METHODS.map((name) => name.toLowerCase()));
    for (const member of descendants(parsed.tree, ClassBodyDeclarationContext)) {
      const method = member.memberDeclaration()?.methodDeclaration();
      const body = method?.block();
      if (!method || !body) continue;
      const modifiers = member.modifier_list();
      const annotations = annotationNames(modifiers).filter((name) => ENTRY_POINT_ANNOTATIONS.has(name));
      const isWebservice = modifiers.some((modifier) => modifier.WEBSERVICE());
      if (annotations.length === 0 && !isWebservice) continue;
      const checked = descendants(body, DotExpressionContext).some((expression) => {
        const call = dotCall(expression);
        if (!call || call.target.split('.').pop() !== PERMISSION_CLASS.toLowerCase()) return false;
        if (checkMethods.has(call.method)) return true;
        // `IntegrationUserAccess.canView();` on its own line checks nothing.
        return queryMethods.has(call.method) && !(expression.parentCtx instanceof ExpressionStatementContext);
      });
      if (checked) continue;
      const kind = annotations.length > 0 ? `@${annotations.map(properCase).join(' @')}` : 'webservice';
      findings.push(
        findingAt(
          file,
          method.id().start,
          ENTRY_POINT_RULE_ID,
          `${kind} method ${method.id().getText()} calls no permission check; call ${PERMISSION_CHECK_METHODS.map((name) => `${PERMISSION_CLASS}.${name}()`).join(' or ')} first (or branch on ${PERMISSION_QUERY_METHODS.map((name) => `${name}()`).join(' / ')})`,
        ),
      );
    }
    return findings;
  },
};

const PROPER_CASE: Record<string, string> = {
  auraenabled: 'AuraEnabled',
  invocablemethod: 'InvocableMethod',
  remoteaction: 'RemoteAction',
  httpget: 'HttpGet',
  httppost: 'HttpPost',
  httpput: 'HttpPut',
  httppatch: 'HttpPatch',
  httpdelete: 'HttpDelete',
};

function properCase(name: string): string {
  return PROPER_CASE[name] ?? name;
}

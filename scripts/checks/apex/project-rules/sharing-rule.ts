/**
 * Every top-level class states its sharing (`with`, `without` or `inherited sharing`); test classes
 * are exempt. Before API 67 a class without a keyword runs without sharing when called from one, so
 * silence is the insecure default.
 */
import type { ProjectRule } from './rule.js';
import { classDeclarations, findingAt } from './parse-tree.js';

export const SHARING_RULE_ID = 'sharing';

export const sharingRule: ProjectRule = {
  id: SHARING_RULE_ID,
  check(file, parsed, isTest) {
    if (isTest || file.kind !== 'class') return [];
    return classDeclarations(parsed.tree)
      .filter((entry) => entry.topLevel && !entry.modifiers.some((modifier) => modifier.SHARING()))
      .map((entry) =>
        findingAt(
          file,
          entry.declaration.CLASS().symbol,
          SHARING_RULE_ID,
          `class ${entry.declaration.id().getText()} declares no sharing; add \`with sharing\` (\`inherited sharing\` for a helper that runs in its caller's context, \`without sharing\` only with a comment on the line above saying why)`,
        ),
      );
  },
};

/**
 * `without sharing` (top-level or inner class) needs a comment directly above the declaration, or
 * directly above the line with the keyword, that says why the class must see every record.
 */
import type { ApexToken } from '@apexdevtools/apex-parser';
import type { ProjectRule } from './rule.js';
import { classDeclarations, findingAt } from './parse-tree.js';

export const WITHOUT_SHARING_RULE_ID = 'without-sharing-reason';

export const withoutSharingReasonRule: ProjectRule = {
  id: WITHOUT_SHARING_RULE_ID,
  check(file, parsed) {
    const commentEndLines = new Set(parsed.comments.filter(saysSomething).map(lastLine));
    return classDeclarations(parsed.tree).flatMap((entry) => {
      const keyword = entry.modifiers.find((modifier) => modifier.WITHOUT())?.WITHOUT().symbol;
      if (!keyword) return [];
      const explained = commentEndLines.has(keyword.line - 1) || commentEndLines.has(entry.start.line - 1);
      return explained
        ? []
        : [
            findingAt(
              file,
              keyword,
              WITHOUT_SHARING_RULE_ID,
              `class ${entry.declaration.id().getText()} is \`without sharing\` with no comment on the line above; say why it must ignore sharing (or use \`with sharing\`)`,
            ),
          ];
    });
  },
};

function lastLine(comment: ApexToken): number {
  return comment.line + (comment.text.match(/\n/g)?.length ?? 0);
}

/** An empty `//` or `/* *\/` explains nothing. */
function saysSomething(comment: ApexToken): boolean {
  return /\w/.test(comment.text);
}

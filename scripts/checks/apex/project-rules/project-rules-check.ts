/**
 * Check 5: the project's own Apex rules, read from the apex-parser tree. Files that do not parse are
 * left to the syntax check.
 */
import { compareFindings, type ApexCheck } from '../finding.js';
import { dmlAccessLevelRule } from './dml-access-level-rule.js';
import { entryPointPermissionRule } from './entry-point-permission-rule.js';
import { isTestFile } from './parse-tree.js';
import type { ProjectRule } from './rule.js';
import { sharingRule } from './sharing-rule.js';
import { soqlAccessModeRule } from './soql-access-mode-rule.js';
import { withoutSharingReasonRule } from './without-sharing-reason-rule.js';

export const PROJECT_RULES: readonly ProjectRule[] = [
  sharingRule,
  withoutSharingReasonRule,
  soqlAccessModeRule,
  dmlAccessLevelRule,
  entryPointPermissionRule,
];

export const projectRulesCheck: ApexCheck = {
  name: 'project-rules',
  description: 'sharing keyword, SOQL access mode, DML with AccessLevel, permission check on entry points',
  async run(project) {
    const findings = project.files.flatMap((file) => {
      const parsed = project.parse(file);
      if (parsed.errors.length > 0) return [];
      const isTest = isTestFile(parsed.tree);
      return PROJECT_RULES.flatMap((rule) => rule.check(file, parsed, isTest));
    });
    return { findings: findings.sort(compareFindings) };
  },
};

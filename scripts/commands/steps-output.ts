/**
 * How deploy and provision show the steps that follow their main work (scripts/org/workflow.ts): the
 * apps deployed or waiting, what removal deletes, and for a step that stopped, which step and what to
 * run next. Plain functions of two line writers, so both command layers can use them.
 */
import type { RemovalComponent } from '../metadata/removal.js';
import type { MissingObjects } from '../org/object-preflight.js';
import type { AppsStepReport, RemovalStepReport } from '../org/workflow.js';
import { table } from './output.js';

export interface Lines {
  out(line: string): void;
  err(line: string): void;
}

export function printMissingObjects(lines: Lines, missing: readonly MissingObjects[], target: string): void {
  lines.err(
    'Step preflight stopped the deploy: the org lacks objects the definitions grant. Nothing was deployed.',
  );
  for (const entry of missing) lines.err(`  ${entry.integration} (OBJECT_MISSING): ${entry.message}`);
  lines.err(
    `Next: turn the feature on (or fix the definitions), then run: npm run iuk -- deploy --target-org ${target}`,
  );
}

export function printAppsStep(lines: Lines, report: AppsStepReport): void {
  if (report.skipped) {
    lines.err(`Step apps skipped: ${report.skipped}.`);
    if (report.next) lines.err(`Next: ${report.next}`);
    return;
  }
  if (report.deployed.length > 0)
    lines.out(
      `Step apps: deployed the External Client App and OAuth policy of ${report.deployed.join(', ')}.`,
    );
  for (const entry of report.waiting)
    lines.out(`Step apps: ${entry.app} (${entry.integration}) waits: ${entry.reason}`);
  for (const finding of report.findings) lines.err(`  ${finding.file}: ${finding.message}`);
  if (!report.ok) {
    lines.err('Step apps failed.');
    if (report.next) lines.err(`Next: ${report.next}`);
  }
}

export function showRemoval(lines: Lines, components: readonly RemovalComponent[]): void {
  lines.out('Step removal: these components of retired integrations are removal-ready and will be deleted:');
  for (const line of table([
    ['TYPE', 'NAME', 'WHY'],
    ...components.map((component) => [component.type, component.fullName, component.reason]),
  ]))
    lines.out(`  ${line}`);
}

export function printRemovalStep(lines: Lines, report: RemovalStepReport): void {
  if (report.skipped) {
    lines.err(`Step removal skipped: ${report.skipped}.`);
    if (report.next) lines.err(`Next: ${report.next}`);
    return;
  }
  for (const entry of report.waiting)
    lines.out(`Step removal: ${entry.integration} is not ready: ${entry.reason}`);
  for (const integration of report.removed)
    lines.out(
      `Step removal: ${integration} is retired and no longer in the org; delete it from the definitions file, then run: npm run generate`,
    );
  if (report.deleted) lines.out(`Step removal: deleted ${report.components.length} component(s).`);
  if (report.next) (report.ok ? lines.out : lines.err)(`Next: ${report.next}`);
}

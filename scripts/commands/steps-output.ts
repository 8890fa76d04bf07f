/**
 * How deploy and provision show the steps that follow their main work (scripts/org/workflow.ts): the
 * apps deployed or waiting, what removal deletes, and for a step that stopped, which step and what to
 * run next.
 */
import type { RemovalComponent } from '../metadata/removal.js';
import type { MissingObjects } from '../org/object-preflight.js';
import type { AppsStepReport, RemovalStepReport } from '../org/workflow.js';
import type { CommandIo } from './command.js';
import { table } from './output.js';

/** Where lines go: a command's io (stdout and stderr, nothing under --json). */
export type Lines = Pick<CommandIo, 'log' | 'logToStderr'>;

export function printMissingObjects(lines: Lines, missing: readonly MissingObjects[], target: string): void {
  lines.logToStderr(
    'Step preflight stopped the deploy: the org lacks objects the definitions grant. Nothing was deployed.',
  );
  for (const entry of missing) lines.logToStderr(`  ${entry.integration} (OBJECT_MISSING): ${entry.message}`);
  lines.logToStderr(
    `Next: turn the feature on (or fix the definitions), then run: sf iuk deploy --target-org ${target}`,
  );
}

export function printAppsStep(lines: Lines, report: AppsStepReport): void {
  if (report.skipped) {
    lines.logToStderr(`Step apps skipped: ${report.skipped}.`);
    if (report.next) lines.logToStderr(`Next: ${report.next}`);
    return;
  }
  if (report.deployed.length > 0)
    lines.log(
      `Step apps: deployed the External Client App and OAuth policy of ${report.deployed.join(', ')}.`,
    );
  for (const entry of report.waiting)
    lines.log(`Step apps: ${entry.app} (${entry.integration}) waits: ${entry.reason}`);
  for (const finding of report.findings) lines.logToStderr(`  ${finding.file}: ${finding.message}`);
  if (!report.ok) {
    lines.logToStderr('Step apps failed.');
    if (report.next) lines.logToStderr(`Next: ${report.next}`);
  }
}

export function showRemoval(lines: Lines, components: readonly RemovalComponent[]): void {
  lines.log('Step removal: these components of retired integrations are removal-ready and will be deleted:');
  for (const line of table([
    ['TYPE', 'NAME', 'WHY'],
    ...components.map((component) => [component.type, component.fullName, component.reason]),
  ]))
    lines.log(`  ${line}`);
}

export function printRemovalStep(lines: Lines, report: RemovalStepReport): void {
  if (report.skipped) {
    lines.logToStderr(`Step removal skipped: ${report.skipped}.`);
    if (report.next) lines.logToStderr(`Next: ${report.next}`);
    return;
  }
  for (const entry of report.waiting)
    lines.log(`Step removal: ${entry.integration} is not ready: ${entry.reason}`);
  for (const integration of report.removed)
    lines.log(
      `Step removal: ${integration} is retired and no longer in the org; delete it from the definitions file, then run: npm run generate`,
    );
  if (report.deleted) lines.log(`Step removal: deleted ${report.components.length} component(s).`);
  if (!report.next) return;
  if (report.ok) lines.log(`Next: ${report.next}`);
  else lines.logToStderr(`Next: ${report.next}`);
}

import type { ApplyResult, Plan } from '../org/engine-types.js';
import { defineCommand, ExitCode, outcome, type CommandIo } from './command.js';
import { flag, listValue } from './flags.js';
import { describeOrg, engineFor, openOrg } from './org-command.js';
import { cell, table } from './output.js';
import { planFlags, printPlan } from './plan.js';

export interface IukProvisionResult {
  plan: Plan;
  /** Null when there was nothing to apply or the admin said no. */
  applied: ApplyResult | null;
}

export const provisionFlags = {
  ...planFlags,
  wait: { ...planFlags.wait, default: 5 },
  yes: flag.boolean({ char: 'y' }),
} as const;

/**
 * Shows the engine's plan and applies exactly that plan (by its hash) after confirmation. The
 * engine recomputes the plan and refuses with PLAN_CHANGED if the org moved in between.
 */
export const provisionCommand = defineCommand({
  name: 'provision',
  messages: 'provision',
  flags: provisionFlags,
  async run({ io, flags, messages }) {
    const open = await openOrg(flags['target-org']);
    const engine = await engineFor(open, flags.namespace, flags.wait);
    const integrations = listValue(flags.integrations);
    const plan = await engine.plan(integrations);
    io.log(`Plan for ${describeOrg(open)}`);
    printPlan(io, plan);
    if (plan.empty || !plan.actions.some((action) => !action.reportOnly)) {
      io.log('Nothing to apply.');
      return outcome<IukProvisionResult>({ plan, applied: null });
    }
    if (!flags.yes) {
      if (!io.interactive()) {
        const { commandError } = await import('./errors.js');
        throw commandError({
          name: 'CONFIRMATION_REQUIRED',
          message: await messages.getMessage('error.ConfirmationRequired'),
          exitCode: ExitCode.usage,
          actions: await messages.getMessages('error.ConfirmationRequired.actions'),
          data: { plan },
        });
      }
      if (!(await io.confirm(`Apply this plan to ${open.facts.name}?`))) {
        io.log('Cancelled: nothing was applied.');
        return outcome<IukProvisionResult>({ plan, applied: null });
      }
    }
    const progress = await io.progress<{ changes: string }>({
      title: `Provisioning ${open.facts.name}`,
      stages: ['Applying the plan in the org', 'Done'],
      info: [{ label: 'Changes', get: (data) => data.changes }],
    });
    progress.goto('Applying the plan in the org', {
      changes: String(plan.actions.filter((action) => !action.reportOnly).length),
    });
    let applied: ApplyResult;
    try {
      applied = await engine.apply(plan.planHash ?? '', integrations);
    } catch (error) {
      progress.stop('failed');
      throw error;
    }
    const failed = (applied.failed ?? 0) > 0 || applied.results.some((row) => !row.success);
    progress.goto('Done');
    progress.stop(failed ? 'failed' : 'completed');
    printApplyResult(io, applied);
    return outcome<IukProvisionResult>({ plan, applied }, failed ? ExitCode.orgFailed : ExitCode.ok);
  },
});

export function printApplyResult(io: CommandIo, result: ApplyResult): void {
  const rows = result.results.map((row) => [
    cell(row.integration),
    row.success ? 'OK' : 'FAILED',
    row.success ? row.applied.join('; ') || '(nothing)' : row.errors.join('; '),
  ]);
  io.log('');
  for (const line of table([['INTEGRATION', 'RESULT', 'DETAIL'], ...rows])) io.log(line);
  io.log(`${cell(result.succeeded)} succeeded, ${cell(result.failed)} failed (run ${cell(result.runId)}).`);
}

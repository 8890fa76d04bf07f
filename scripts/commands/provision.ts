import { createInterface } from 'node:readline/promises';
import type { ApplyResult } from '../org/engine-types.js';
import { ExitCode, type Command, type CommandContext } from './command.js';
import { parseFlags } from './flags.js';
import {
  cell,
  describeOrg,
  engineFor,
  engineUsage,
  openOrg,
  reportingOrgErrors,
  usageWith,
  waitMinutes,
} from './org-command.js';
import { printJson, table } from './output.js';
import { integrationList, planFlags, printPlan } from './plan.js';

const DEFAULT_WAIT_MINUTES = 5;

export const provisionFlags = { ...planFlags, yes: { type: 'boolean', short: 'y' } } as const;

export interface Confirmation {
  /** True when a person can answer (stdin and stdout are terminals). */
  interactive(): boolean;
  ask(question: string): Promise<boolean>;
}

/** Asks on the terminal; anything but y/yes is a no. */
export const terminalConfirmation: Confirmation = {
  interactive: () => Boolean(process.stdin.isTTY && process.stdout.isTTY),
  async ask(question) {
    const prompt = createInterface({ input: process.stdin, output: process.stdout });
    try {
      return /^(y|yes)$/i.test((await prompt.question(`${question} [y/N] `)).trim());
    } finally {
      prompt.close();
    }
  },
};

/**
 * Shows the engine's plan and applies exactly that plan (by its hash) after confirmation. The
 * engine recomputes the plan and refuses with PLAN_CHANGED if the org moved in between.
 */
export function createProvisionCommand(confirmation: Confirmation = terminalConfirmation): Command {
  return {
    name: 'provision',
    summary: 'Plan, confirm, then apply: create and align the integration users in the org.',
    usage: [
      ...usageWith(engineUsage, DEFAULT_WAIT_MINUTES),
      '--integrations <A,B>               only these integrations (default: all definitions)',
      '--yes, -y                          apply without asking (required when not on a terminal)',
    ],
    async run(context) {
      const { values } = parseFlags(context.argv, provisionFlags);
      const json = values.json === true;
      return reportingOrgErrors(context, json, async () => {
        const minutes = waitMinutes(values.wait, DEFAULT_WAIT_MINUTES);
        const open = await openOrg(values['target-org']);
        const engine = engineFor(open, values.namespace, minutes);
        const integrations = integrationList(values.integrations);
        const plan = await engine.plan(integrations);
        if (!json) {
          context.out(`Plan for ${describeOrg(open)}`);
          printPlan(context, plan);
        }
        if (plan.empty || !plan.actions.some((action) => !action.reportOnly)) {
          if (json) printJson(context, ExitCode.ok, { plan, applied: null });
          else context.out('Nothing to apply.');
          return ExitCode.ok;
        }
        if (!values.yes) {
          if (json || !confirmation.interactive()) {
            const message =
              'Refusing to apply without confirmation: not an interactive terminal. Review the plan, then re-run with --yes.';
            if (json)
              printJson(context, ExitCode.usage, {
                plan,
                applied: null,
                error: { code: 'CONFIRMATION_REQUIRED', message },
              });
            else context.err(message);
            return ExitCode.usage;
          }
          if (!(await confirmation.ask(`Apply this plan to ${open.facts.name}?`))) {
            context.out('Cancelled: nothing was applied.');
            return ExitCode.ok;
          }
        }
        const result = await engine.apply(plan.planHash ?? '', integrations);
        const status =
          (result.failed ?? 0) > 0 || result.results.some((row) => !row.success)
            ? ExitCode.orgFailed
            : ExitCode.ok;
        if (json) printJson(context, status, { plan, applied: result });
        else printApplyResult(context, result);
        return status;
      });
    },
  };
}

export const provisionCommand = createProvisionCommand();

export function printApplyResult(context: CommandContext, result: ApplyResult): void {
  const rows = result.results.map((row) => [
    cell(row.integration),
    row.success ? 'OK' : 'FAILED',
    row.success ? row.applied.join('; ') || '(nothing)' : row.errors.join('; '),
  ]);
  context.out('');
  for (const line of table([['INTEGRATION', 'RESULT', 'DETAIL'], ...rows])) context.out(line);
  context.out(
    `${cell(result.succeeded)} succeeded, ${cell(result.failed)} failed (run ${cell(result.runId)}).`,
  );
}

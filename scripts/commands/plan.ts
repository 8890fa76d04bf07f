import type { Plan } from '../org/engine-types.js';
import { ExitCode, type Command, type CommandContext } from './command.js';
import { parseFlags } from './flags.js';
import {
  cell,
  describeOrg,
  engineFlags,
  engineFor,
  engineUsage,
  openOrg,
  reportingOrgErrors,
  usageWith,
  waitMinutes,
} from './org-command.js';
import { printJson, table } from './output.js';

const DEFAULT_WAIT_MINUTES = 2;

export const planFlags = { ...engineFlags, integrations: { type: 'string' } } as const;

/** Splits --integrations A,B into names. */
export function integrationList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}

/** Asks the in-org engine what it would change, and shows it. Changes nothing. */
export const planCommand: Command = {
  name: 'plan',
  summary: 'Show what provisioning would change in the org (asks the in-org engine; changes nothing).',
  usage: [
    ...usageWith(engineUsage, DEFAULT_WAIT_MINUTES),
    '--integrations <A,B>               only these integrations (default: all definitions)',
  ],
  async run(context) {
    const { values } = parseFlags(context.argv, planFlags);
    const json = values.json === true;
    return reportingOrgErrors(context, json, async () => {
      const minutes = waitMinutes(values.wait, DEFAULT_WAIT_MINUTES);
      const open = await openOrg(values['target-org']);
      const plan = await engineFor(open, values.namespace, minutes).plan(
        integrationList(values.integrations),
      );
      if (json) {
        printJson(context, ExitCode.ok, plan);
      } else {
        context.out(`Plan for ${describeOrg(open)}`);
        printPlan(context, plan);
      }
      return ExitCode.ok;
    });
  },
};

/** The actions to take (report-only ones marked) and the blockers, as tables. */
export function printPlan(context: CommandContext, plan: Plan): void {
  const changes = plan.actions.filter((action) => !action.reportOnly);
  if (plan.actions.length === 0) {
    context.out('No changes: the org matches the definitions.');
  } else {
    const rows = plan.actions.map((action) => [
      cell(action.integration),
      `${cell(action.type)}${action.reportOnly ? ' (report only)' : ''}`,
      cell(action.target),
      cell(action.reason),
    ]);
    for (const line of table([['INTEGRATION', 'ACTION', 'TARGET', 'REASON'], ...rows])) context.out(line);
    context.out(
      `${changes.length} change(s)` +
        (plan.actions.length > changes.length
          ? `, ${plan.actions.length - changes.length} reported only`
          : '') +
        '.',
    );
  }
  if (plan.blockers.length > 0) {
    context.out('');
    context.out('Blocked (the engine will not provision these until fixed):');
    const rows = plan.blockers.map((blocker) => [
      cell(blocker.integration),
      cell(blocker.code),
      cell(blocker.message),
    ]);
    for (const line of table([['INTEGRATION', 'BLOCKER', 'MESSAGE'], ...rows])) context.out(line);
  }
}

import type { Plan } from '../org/engine-types.js';
import { defineCommand, outcome, type CommandIo } from './command.js';
import { engineFlags, flag, listValue } from './flags.js';
import { describeOrg, engineFor, openOrg } from './org-command.js';
import { cell, table } from './output.js';

export type IukPlanResult = Plan;

export const planFlags = { ...engineFlags(2), integrations: flag.string({}) } as const;

/** Asks the in-org engine what it would change, and shows it. Changes nothing. */
export const planCommand = defineCommand({
  name: 'plan',
  messages: 'plan',
  flags: planFlags,
  async run({ io, flags }) {
    const open = await openOrg(flags['target-org']);
    const engine = await engineFor(open, flags.namespace, flags.wait);
    const plan = await engine.plan(listValue(flags.integrations));
    io.log(`Plan for ${describeOrg(open)}`);
    printPlan(io, plan);
    return outcome<IukPlanResult>(plan);
  },
});

/** The actions to take (report-only ones marked) and the blockers, as tables. */
export function printPlan(io: CommandIo, plan: Plan): void {
  const changes = plan.actions.filter((action) => !action.reportOnly);
  if (plan.actions.length === 0) {
    io.log('No changes: the org matches the definitions.');
  } else {
    const rows = plan.actions.map((action) => [
      cell(action.integration),
      `${cell(action.type)}${action.reportOnly ? ' (report only)' : ''}`,
      cell(action.target),
      cell(action.reason),
    ]);
    for (const line of table([['INTEGRATION', 'ACTION', 'TARGET', 'REASON'], ...rows])) io.log(line);
    io.log(
      `${changes.length} change(s)` +
        (plan.actions.length > changes.length
          ? `, ${plan.actions.length - changes.length} reported only`
          : '') +
        '.',
    );
  }
  if (plan.blockers.length > 0) {
    io.log('');
    io.log('Blocked (the engine will not provision these until fixed):');
    const rows = plan.blockers.map((blocker) => [
      cell(blocker.integration),
      cell(blocker.code),
      cell(blocker.message),
    ]);
    for (const line of table([['INTEGRATION', 'BLOCKER', 'MESSAGE'], ...rows])) io.log(line);
  }
  printAppReadiness(io, plan);
}

/** Each integration's External Client App and whether its user can log in through it (the engine's view). */
function printAppReadiness(io: CommandIo, plan: Plan): void {
  const apps = plan.apps ?? [];
  if (apps.length === 0) return;
  io.log('');
  io.log('Apps (the user side; `status` reads the apps themselves):');
  const rows = apps.map((app) => [
    cell(app.integration),
    cell(app.appName),
    app.authenticationMethod === 'JWT_BEARER' ? 'JWT bearer' : 'client credentials',
    cell(app.loginReadiness),
    cell(app.message),
  ]);
  for (const line of table([['INTEGRATION', 'APP', 'FLOW', 'USER', 'DETAIL'], ...rows])) io.log(line);
}

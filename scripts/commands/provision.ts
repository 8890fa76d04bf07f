import { terminalConfirmation, type Confirmation } from './confirmation.js';
import { DEFAULT_CONFIG, loadDefinitions } from '../definitions/load.js';
import type { ResolvedDefinitions } from '../definitions/model.js';
import { readProjectLayout } from '../metadata/project.js';
import { OrgError } from '../org/errors.js';
import type { OrgFacts } from '../org/org-facts.js';
import { readModel, runAppsStep, type AppsStepReport } from '../org/workflow.js';
import { chooseEnvironment } from './deploy.js';
import { printAppsStep } from './steps-output.js';
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

export const provisionFlags = {
  ...planFlags,
  yes: { type: 'boolean', short: 'y' },
  config: { type: 'string', short: 'c' },
  environment: { type: 'string', short: 'e' },
} as const;

/** What provision does after the apply: the apps step (scripts/org/workflow.ts), replaceable in tests. */
export interface ProvisionSteps {
  /** The definitions the apps come from, resolved for the org's environment; undefined: no definitions file here. */
  definitions(
    context: CommandContext,
    configPath: string,
    facts: OrgFacts,
    requested?: string,
  ): Promise<ResolvedDefinitions | undefined>;
  apiVersion(cwd: string): Promise<string>;
  runAppsStep: typeof runAppsStep;
}

export const realProvisionSteps: ProvisionSteps = {
  async definitions(context, configPath, facts, requested) {
    const first = await loadDefinitions(configPath, { cwd: context.cwd });
    if (!first.ok) {
      if (first.problems.some((problem) => problem.code === 'file-unreadable')) return undefined;
      throw new OrgError(
        'failed',
        'INVALID_DEFINITIONS',
        `${configPath} has errors, so the apps cannot be deployed (the users were provisioned from the deployed definitions).`,
        'Run: npm run validate',
      );
    }
    const environment = chooseEnvironment(first.definitions.environments, facts, requested);
    if (!environment.name) return first.definitions;
    const loaded = await loadDefinitions(configPath, { cwd: context.cwd, environment: environment.name });
    return loaded.ok ? loaded.definitions : undefined;
  },
  async apiVersion(cwd) {
    return (await readProjectLayout(cwd)).sourceApiVersion;
  },
  runAppsStep,
};

export { terminalConfirmation, type Confirmation } from './confirmation.js';

/**
 * Shows the engine's plan and applies exactly that plan (by its hash) after confirmation. The
 * engine recomputes the plan and refuses with PLAN_CHANGED if the org moved in between.
 */
export function createProvisionCommand(
  confirmation: Confirmation = terminalConfirmation,
  steps: ProvisionSteps = realProvisionSteps,
): Command {
  return {
    name: 'provision',
    summary: 'Plan, confirm, then apply: create and align the integration users in the org.',
    usage: [
      ...usageWith(engineUsage, DEFAULT_WAIT_MINUTES),
      '--integrations <A,B>               only these integrations (default: all definitions)',
      '--yes, -y                          apply without asking (required when not on a terminal)',
      '--config, -c <file>                definitions file the apps come from (default config/integration-definitions.json)',
      '--environment, -e <name>           its environment (default: from the org, as deploy chooses)',
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
        const appsStep = async () => {
          const definitions = await steps.definitions(
            context,
            values.config ?? DEFAULT_CONFIG,
            open.facts,
            values.environment,
          );
          if (!definitions) return null;
          const model = await readModel(engine);
          return steps.runAppsStep(
            {
              connection: open.session.connection,
              definitions,
              target: open.session.target,
              apiVersion: await steps.apiVersion(context.cwd),
              waitMinutes: minutes,
              cwd: context.cwd,
            },
            model.model,
            'unavailable' in model ? model.unavailable : undefined,
          );
        };
        const showApps = (apps: AppsStepReport | null) => {
          if (!apps || json) return;
          if (apps.outcome) context.out(`Apps deploy ${apps.outcome.id}: ${apps.outcome.status}`);
          printAppsStep({ out: (line) => context.out(line), err: (line) => context.err(line) }, apps);
        };
        if (plan.empty || !plan.actions.some((action) => !action.reportOnly)) {
          if (!json) context.out('Nothing to apply.');
          // The users may exist already while their apps do not (deployed before provisioning).
          const apps = await appsStep();
          const status = apps && !apps.ok ? ExitCode.orgFailed : ExitCode.ok;
          if (json) printJson(context, status, { plan, applied: null, apps });
          else showApps(apps);
          return status;
        }
        if (!values.yes) {
          if (json || !confirmation.interactive()) {
            const message =
              'Refusing to apply without confirmation: not an interactive terminal. Review the plan, then re-run with --yes.';
            if (json)
              printJson(context, ExitCode.usage, {
                plan,
                applied: null,
                apps: null,
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
        const applyFailed = (result.failed ?? 0) > 0 || result.results.some((row) => !row.success);
        if (!json) printApplyResult(context, result);
        // Then the apps of the users that exist now, each with its OAuth policy naming its user.
        const apps = await appsStep();
        const status = applyFailed || (apps && !apps.ok) ? ExitCode.orgFailed : ExitCode.ok;
        if (json) printJson(context, status, { plan, applied: result, apps });
        else showApps(apps);
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

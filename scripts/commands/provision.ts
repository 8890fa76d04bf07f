import type { ApplyResult, Plan } from '../org/engine-types.js';
import { defineCommand, ExitCode, outcome, type CommandIo } from './command.js';
import { definitionFlags, flag, listValue } from './flags.js';
import type { ResolvedDefinitions } from '../definitions/model.js';
import type { OrgFacts } from '../org/org-facts.js';
import type { AppsStepReport } from '../org/workflow.js';
import { printAppsStep } from './steps-output.js';
import { describeOrg, engineFor, openOrg } from './org-command.js';
import { cell, table } from './output.js';
import { planFlags, printPlan } from './plan.js';

export interface IukProvisionResult {
  plan: Plan;
  /** Null when there was nothing to apply or the admin said no. */
  applied: ApplyResult | null;
  /** The apps step after the apply (null without a definitions file, or when nothing was applied by choice). */
  apps: AppsStepReport | null;
}

export const provisionFlags = {
  ...planFlags,
  wait: { ...planFlags.wait, default: 5 },
  yes: flag.boolean({ char: 'y' }),
  ...definitionFlags,
} as const;

/** What provision does after the apply: the apps step (scripts/org/workflow.ts), replaceable in tests. */
export interface ProvisionSteps {
  /** The definitions the apps come from, for the org's environment; undefined: no definitions file here. */
  definitions(
    cwd: string,
    configPath: string,
    facts: OrgFacts,
    requested?: string,
  ): Promise<ResolvedDefinitions | undefined>;
  apiVersion(cwd: string): Promise<string>;
  runAppsStep: typeof import('../org/workflow.js').runAppsStep;
  readModel: typeof import('../org/workflow.js').readModel;
}

export const realProvisionSteps: ProvisionSteps = {
  async definitions(cwd, configPath, facts, requested) {
    const [{ loadDefinitions }, { chooseEnvironment }] = await Promise.all([
      import('../definitions/load.js'),
      import('./deploy.js'),
    ]);
    const first = await loadDefinitions(configPath, { cwd });
    if (!first.ok) {
      // The package-only admin has no definitions file: the users come from the deployed records.
      if (first.problems.some((problem) => problem.code === 'file-unreadable')) return undefined;
      const { OrgError } = await import('../org/errors.js');
      throw new OrgError(
        'failed',
        'INVALID_DEFINITIONS',
        `${configPath} has errors, so the apps cannot be deployed (the users were provisioned from the deployed definitions).`,
        'Run: npm run validate',
      );
    }
    const environment = chooseEnvironment(first.definitions.environments, facts, requested);
    if (!environment.name) return first.definitions;
    const loaded = await loadDefinitions(configPath, { cwd, environment: environment.name });
    return loaded.ok ? loaded.definitions : undefined;
  },
  async apiVersion(cwd) {
    const { readProjectLayout } = await import('../metadata/project.js');
    return (await readProjectLayout(cwd)).sourceApiVersion;
  },
  runAppsStep: async (...args) => (await import('../org/workflow.js')).runAppsStep(...args),
  readModel: async (...args) => (await import('../org/workflow.js')).readModel(...args),
};

/**
 * Shows the engine's plan and applies exactly that plan (by its hash) after confirmation. The
 * engine recomputes the plan and refuses with PLAN_CHANGED if the org moved in between.
 */
export function createProvisionCommand(steps: ProvisionSteps = realProvisionSteps) {
  return defineCommand({
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
      /** Then the apps of the users that exist now, each with its OAuth policy naming its user. */
      const appsStep = async (): Promise<AppsStepReport | null> => {
        const definitions = await steps.definitions(io.cwd, flags.config, open.facts, flags.environment);
        if (!definitions) return null;
        const model = await steps.readModel(engine);
        const apps = await steps.runAppsStep(
          {
            connection: open.session.connection,
            definitions,
            target: open.session.target,
            apiVersion: await steps.apiVersion(io.cwd),
            waitMinutes: flags.wait,
            cwd: io.cwd,
          },
          model.model,
          'unavailable' in model ? model.unavailable : undefined,
        );
        if (apps.outcome) io.log(`Apps deploy ${apps.outcome.id}: ${apps.outcome.status}`);
        printAppsStep(io, apps);
        return apps;
      };
      if (plan.empty || !plan.actions.some((action) => !action.reportOnly)) {
        io.log('Nothing to apply.');
        // The users may exist already while their apps do not (deployed before provisioning).
        const apps = await appsStep();
        return outcome<IukProvisionResult>(
          { plan, applied: null, apps },
          apps && !apps.ok ? ExitCode.orgFailed : ExitCode.ok,
        );
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
          return outcome<IukProvisionResult>({ plan, applied: null, apps: null });
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
      const apps = await appsStep();
      return outcome<IukProvisionResult>(
        { plan, applied, apps },
        failed || (apps && !apps.ok) ? ExitCode.orgFailed : ExitCode.ok,
      );
    },
  });
}

export const provisionCommand = createProvisionCommand();

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

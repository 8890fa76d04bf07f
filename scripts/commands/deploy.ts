import path from 'node:path';
import type { EnvironmentSummary } from '../definitions/model.js';
import type { DeployOutcome, DeployProgress, DeployReport, TestLevel, TestOptions } from '../org/deploy.js';
import type { OrgFacts } from '../org/org-facts.js';
import { defineCommand, ExitCode, outcome, type CommandIo, type StageProgress } from './command.js';
import { definitionFlags, engineFlags, flag } from './flags.js';
import { describeOrg, engineFor, openOrg, orgSummary, type OrgSummary } from './org-command.js';
import type { MissingObjects } from '../org/object-preflight.js';
import type { AppsStepReport, RemovalStepReport, StepContext } from '../org/workflow.js';
import { printAppsStep, printMissingObjects, printRemovalStep, showRemoval } from './steps-output.js';
import { printProblems, problemsJson, table, type ProblemJson } from './output.js';

const TEST_LEVELS = [
  'NoTestRun',
  'RunSpecifiedTests',
  'RunLocalTests',
  'RunAllTestsInOrg',
] as const satisfies readonly TestLevel[];

export const deployFlags = {
  ...engineFlags(33),
  ...definitionFlags,
  'test-level': flag.option({ char: 'l', options: TEST_LEVELS }),
  yes: flag.boolean({ char: 'y' }),
} as const;

export type IukDeployResult =
  | { problems: ProblemJson[] }
  /** The preflight stopped the deploy: objects the definitions grant that the org lacks (OBJECT_MISSING). */
  | { step: 'preflight'; missing: MissingObjects[] }
  | {
      org: OrgSummary;
      environment: string | null;
      tests: TestOptions;
      generated: { written: string[]; unchanged: string[]; removed: string[] };
      /** Records left out of the main deploy: integrations being removed or already removed. */
      excluded: string[];
      validation: DeployOutcome;
      deployment: DeployOutcome | null;
      quickDeploy: boolean;
      /** The apps step (null when the main deploy failed). */
      apps: AppsStepReport | null;
      /** The removal step (null when the main deploy failed). */
      removal: RemovalStepReport | null;
    };

/** The layers deploy composes, replaceable in tests (the org layer is tested on its own). */
export interface DeployDependencies {
  loadDefinitions: typeof import('../definitions/load.js').loadDefinitions;
  generate: typeof import('../metadata/generate.js').generate;
  validateThenDeploy: typeof import('../org/deploy.js').validateThenDeploy;
  findTestClasses: typeof import('../org/deploy.js').findTestClasses;
  orgObjectNames: typeof import('../org/object-preflight.js').orgObjectNames;
  readModel: typeof import('../org/workflow.js').readModel;
  runAppsStep: typeof import('../org/workflow.js').runAppsStep;
  runRemovalStep: typeof import('../org/workflow.js').runRemovalStep;
}

async function realDependencies(): Promise<DeployDependencies> {
  const [
    { loadDefinitions },
    { generate },
    { validateThenDeploy, findTestClasses },
    { orgObjectNames },
    workflow,
  ] = await Promise.all([
    import('../definitions/load.js'),
    import('../metadata/generate.js'),
    import('../org/deploy.js'),
    import('../org/object-preflight.js'),
    import('../org/workflow.js'),
  ]);
  return {
    loadDefinitions,
    generate,
    validateThenDeploy,
    findTestClasses,
    orgObjectNames,
    readModel: workflow.readModel,
    runAppsStep: workflow.runAppsStep,
    runRemovalStep: workflow.runRemovalStep,
  };
}

export interface EnvironmentChoice {
  name?: string;
  why: string;
  warning?: string;
}

/**
 * Which environment's overrides apply: the one asked for, else the one marked `sandbox` for a
 * sandbox (or scratch) org, else the default. Scratch orgs report IsSandbox = true, so they get the
 * sandbox environment unless --environment names the scratch one.
 */
export function chooseEnvironment(
  environments: EnvironmentSummary[],
  facts: Pick<OrgFacts, 'isSandbox' | 'kind'>,
  requested?: string,
): EnvironmentChoice {
  if (requested) return { name: requested, why: 'chosen with --environment' };
  if (environments.length === 0) return { why: 'the definitions file has no environments' };
  const fallback = environments.find((environment) => environment.default);
  const warning =
    facts.kind === 'scratch'
      ? 'This is a scratch org: usernames must be unique across all orgs, so pass --environment with the environment whose username suffix uses {orgId}.'
      : undefined;
  if (facts.isSandbox) {
    const sandbox = environments.find((environment) => environment.sandbox);
    if (sandbox) return { name: sandbox.name, why: 'the org is a sandbox', ...(warning ? { warning } : {}) };
    return {
      ...(fallback ? { name: fallback.name } : {}),
      why: 'the org is a sandbox but no environment is marked "sandbox"; using the default',
      ...(warning ? { warning } : {}),
    };
  }
  return { ...(fallback ? { name: fallback.name } : {}), why: 'the org is not a sandbox' };
}

const STAGES = [
  'Generating metadata',
  'Checking the org',
  'Validating with Apex tests',
  'Deploying',
  'Deploying the apps',
  'Removing retired components',
  'Done',
] as const;

type DeployStageData = { status: string; components: string; tests: string };

/**
 * Regenerates the org metadata for the org's environment, validates everything with tests, and
 * deploys only a validated set. Stops at the first step that fails.
 */
export function createDeployCommand(dependencies?: DeployDependencies) {
  return defineCommand({
    name: 'deploy',
    messages: 'deploy',
    flags: deployFlags,
    async run({ io, flags }) {
      const layers = dependencies ?? (await realDependencies());
      const { readProjectLayout } = await import('../metadata/project.js');
      const { chooseTestOptions } = await import('../org/deploy.js');
      const open = await openOrg(flags['target-org']);
      io.log(`Deploying to ${describeOrg(open)}`);

      const loaded = await layers.loadDefinitions(flags.config, { cwd: io.cwd });
      if (!loaded.ok) return invalidDefinitions(io, loaded.problems);
      const environment = chooseEnvironment(loaded.definitions.environments, open.facts, flags.environment);
      io.log(`Environment: ${environment.name ?? '(none)'} (${environment.why})`);
      if (environment.warning) io.warn({ name: 'ScratchOrgEnvironment', message: environment.warning });

      const progress = await io.progress<DeployStageData>({
        title: `Deploying to ${open.facts.name}`,
        stages: STAGES,
        info: [
          { label: 'Status', get: (data) => data.status },
          { label: 'Components', get: (data) => data.components },
          { label: 'Tests', get: (data) => data.tests },
        ],
      });
      progress.goto('Generating metadata');
      const generated = await layers.generate({
        withDefinitions: true,
        configPath: flags.config,
        cwd: io.cwd,
        ...(environment.name ? { environment: environment.name } : {}),
      });
      if (!generated.ok) {
        progress.stop('failed');
        return invalidDefinitions(io, generated.problems);
      }
      const layout = await readProjectLayout(io.cwd);
      const connection = open.session.connection;
      const target = open.session.target;

      // Preflight: every object the definitions grant exists in the org (the engine's OBJECT_MISSING words).
      progress.goto('Checking the org');
      const { missingObjects } = await import('../org/object-preflight.js');
      const missing = missingObjects(generated.definitions, await layers.orgObjectNames(connection, target));
      if (missing.length > 0) {
        progress.stop('failed');
        printMissingObjects(io, missing, target);
        return outcome<IukDeployResult>({ step: 'preflight', missing }, ExitCode.orgFailed);
      }
      // What the engine already knows (nothing on a fresh org): which retired integrations go.
      const { excludedFromMainDeploy } = await import('../org/workflow.js');
      const engine = await engineFor(open, flags.namespace, flags.wait);
      const before = await layers.readModel(engine);
      const excluded = excludedFromMainDeploy(generated.definitions, before.model);

      const packaged = path.resolve(io.cwd, layout.packagedDirectory ?? 'force-app/core');
      const tests = chooseTestOptions(open.facts.kind, layers.findTestClasses(packaged), flags['test-level']);
      progress.goto('Validating with Apex tests', {
        status: `${tests.testLevel}${tests.runTests ? ` (${tests.runTests.join(', ')})` : ''}`,
      });

      let report: DeployReport;
      const stepContext: StepContext = {
        connection,
        definitions: generated.definitions,
        target,
        apiVersion: layout.sourceApiVersion,
        waitMinutes: flags.wait,
        cwd: io.cwd,
        onProgress: (update) => showProgress(progress, update),
      };
      let apps: AppsStepReport | null = null;
      let removal: RemovalStepReport | null = null;
      try {
        report = await layers.validateThenDeploy({
          connection,
          // The core and the generated metadata; other packages (an ISV connector) are installed, not deployed.
          sourcePaths: layout.deployDirectories.map((directory) => path.resolve(io.cwd, directory)),
          tests,
          waitMinutes: flags.wait,
          target,
          cwd: io.cwd,
          exclude: excluded.exclude,
          onProgress: (update) => showProgress(progress, update),
        });
        if (report.deployment?.success === true) {
          // The apps, each with its OAuth policy naming its user (which must exist), then the removals.
          const after = await layers.readModel(engine);
          progress.goto('Deploying the apps');
          apps = await layers.runAppsStep(
            stepContext,
            after.model,
            'unavailable' in after ? after.unavailable : undefined,
          );
          progress.goto('Removing retired components');
          removal = await layers.runRemovalStep(stepContext, after.model, {
            yes: flags.yes,
            confirm: { interactive: () => io.interactive(), ask: (question) => io.confirm(question) },
            show: (components) => showRemoval(io, components),
          });
        }
      } catch (error) {
        progress.stop('failed');
        throw error;
      }
      const deployed = report.deployment?.success === true;
      const status =
        !report.validation.success || !deployed
          ? ExitCode.orgFailed
          : apps && !apps.ok
            ? ExitCode.orgFailed
            : removal?.confirmation === 'refused'
              ? ExitCode.usage
              : removal && !removal.ok
                ? ExitCode.orgFailed
                : ExitCode.ok;
      if (status === ExitCode.ok) progress.goto('Done');
      progress.stop(status === ExitCode.ok ? 'completed' : 'failed');
      io.log(
        `Generated ${path.relative(io.cwd, generated.outputDir)}: ${generated.written.length} written, ` +
          `${generated.unchanged.length} unchanged, ${generated.removed.length} removed.`,
      );
      if (excluded.records.length > 0)
        io.log(`Left out of this deploy (being removed or already removed): ${excluded.records.join(', ')}`);
      printOutcome(io, report.validation);
      if (!report.validation.success) io.logToStderr('Validation failed: nothing was deployed.');
      else if (report.deployment) printOutcome(io, report.deployment);
      if (deployed) {
        io.log(
          `Deployed ${report.deployment?.progress.componentsTotal ?? 0} component(s)` +
            `${report.quickDeploy ? ` by quick deploy of validation ${report.validation.id}` : ''}.`,
        );
      }
      if (apps) {
        if (apps.outcome) printOutcome(io, apps.outcome);
        printAppsStep(io, apps);
      }
      if (removal) {
        if (removal.outcome) printOutcome(io, removal.outcome);
        printRemovalStep(io, removal);
      }
      if (status === ExitCode.ok) io.log(`Next: sf iuk plan --target-org ${target}`);
      return outcome<IukDeployResult>(
        {
          org: orgSummary(open),
          environment: environment.name ?? null,
          tests,
          generated: {
            written: generated.written,
            unchanged: generated.unchanged,
            removed: generated.removed,
          },
          excluded: excluded.records,
          validation: report.validation,
          deployment: report.deployment ?? null,
          quickDeploy: report.quickDeploy,
          apps,
          removal,
        },
        status,
      );
    },
  });
}

export const deployCommand = createDeployCommand();

function invalidDefinitions(io: CommandIo, problems: Parameters<typeof printProblems>[1]) {
  printProblems(io, problems);
  return outcome<IukDeployResult>({ problems: problemsJson(problems) }, ExitCode.invalidInput);
}

/** Moves the stage display along with the deploy's own status polling. */
function showProgress(progress: StageProgress<DeployStageData>, update: DeployProgress): void {
  const data = {
    status: update.status,
    components:
      `${update.componentsDone}/${update.componentsTotal}` +
      (update.componentErrors ? ` (${update.componentErrors} failed)` : ''),
    tests:
      `${update.testsDone}/${update.testsTotal}` +
      (update.testErrors ? ` (${update.testErrors} failed)` : ''),
  };
  progress.goto(
    {
      validate: 'Validating with Apex tests',
      deploy: 'Deploying',
      apps: 'Deploying the apps',
      removal: 'Removing retired components',
    }[update.phase],
    data,
  );
}

function printOutcome(io: CommandIo, result: DeployOutcome): void {
  const title = { validate: 'Validation', deploy: 'Deploy', apps: 'Apps deploy', removal: 'Removal deploy' }[
    result.phase
  ];
  io.log(`${title} ${result.id}: ${result.status}`);
  if (result.componentFailures.length > 0) {
    const rows = result.componentFailures.map((failure) => [
      failure.type,
      failure.name,
      failure.file ? `${failure.file}${failure.line ? `:${failure.line}` : ''}` : '',
      failure.problem,
    ]);
    io.logToStderr('Component failures:');
    for (const line of table([['TYPE', 'NAME', 'FILE', 'PROBLEM'], ...rows])) io.logToStderr(line);
  }
  if (result.testFailures.length > 0) {
    io.logToStderr('Test failures:');
    const rows = result.testFailures.map((failure) => [
      failure.test,
      failure.message,
      failure.stackTrace ?? '',
    ]);
    for (const line of table([['TEST', 'MESSAGE', 'WHERE'], ...rows])) io.logToStderr(line);
  }
  for (const warning of result.coverageWarnings) io.logToStderr(`Coverage: ${warning}`);
}

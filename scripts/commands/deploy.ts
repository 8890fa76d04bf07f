import path from 'node:path';
import { DEFAULT_CONFIG, loadDefinitions } from '../definitions/load.js';
import type { EnvironmentSummary } from '../definitions/model.js';
import { generate } from '../metadata/generate.js';
import { readProjectLayout } from '../metadata/project.js';
import {
  chooseTestOptions,
  findTestClasses,
  validateThenDeploy,
  type DeployOutcome,
  type DeployProgress,
  type TestLevel,
} from '../org/deploy.js';
import type { OrgFacts } from '../org/org-facts.js';
import { ExitCode, type Command, type CommandContext } from './command.js';
import { parseFlags, UsageError } from './flags.js';
import {
  describeOrg,
  openOrg,
  orgFlags,
  orgUsage,
  reportingOrgErrors,
  usageWith,
  waitMinutes,
} from './org-command.js';
import { printJson, printProblems, problemsJson, table } from './output.js';
import { missingObjects, orgObjectNames } from '../org/object-preflight.js';
import {
  excludedFromMainDeploy,
  readModel,
  runAppsStep,
  runRemovalStep,
  type StepContext,
} from '../org/workflow.js';
import { terminalConfirmation, type Confirmation } from './confirmation.js';
import { printAppsStep, printMissingObjects, printRemovalStep, showRemoval } from './steps-output.js';
import { engineFor } from './org-command.js';

const DEFAULT_WAIT_MINUTES = 33;
const TEST_LEVELS: TestLevel[] = ['NoTestRun', 'RunSpecifiedTests', 'RunLocalTests', 'RunAllTestsInOrg'];

export const deployFlags = {
  ...orgFlags,
  config: { type: 'string', short: 'c' },
  environment: { type: 'string', short: 'e' },
  'test-level': { type: 'string', short: 'l' },
  namespace: { type: 'string' },
  yes: { type: 'boolean', short: 'y' },
} as const;

export interface DeployDependencies {
  loadDefinitions: typeof loadDefinitions;
  generate: typeof generate;
  validateThenDeploy: typeof validateThenDeploy;
  findTestClasses: typeof findTestClasses;
  orgObjectNames: typeof orgObjectNames;
  readModel: typeof readModel;
  runAppsStep: typeof runAppsStep;
  runRemovalStep: typeof runRemovalStep;
  confirmation: Confirmation;
}

const realDependencies: DeployDependencies = {
  loadDefinitions,
  generate,
  validateThenDeploy,
  findTestClasses,
  orgObjectNames,
  readModel,
  runAppsStep,
  runRemovalStep,
  confirmation: terminalConfirmation,
};

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

/**
 * Regenerates the org metadata for the org's environment, validates everything with tests, and
 * deploys only a validated set. Stops at the first step that fails.
 */
export function createDeployCommand(dependencies: DeployDependencies = realDependencies): Command {
  return {
    name: 'deploy',
    summary:
      'Generate for the org, validate with Apex tests, then deploy the engine and the generated metadata.',
    usage: [
      ...usageWith(orgUsage, DEFAULT_WAIT_MINUTES),
      '--config, -c <file>                definitions file (default config/integration-definitions.json)',
      '--environment, -e <name>           environment overrides (default: from the org, sandbox or production)',
      `--test-level, -l <level>           ${TEST_LEVELS.join(' | ')} (default: the package *_Test classes; RunLocalTests in production)`,
    ],
    async run(context) {
      const { values } = parseFlags(context.argv, deployFlags);
      const json = values.json === true;
      const requestedLevel = values['test-level'] as TestLevel | undefined;
      if (requestedLevel && !TEST_LEVELS.includes(requestedLevel)) {
        throw new UsageError(`--test-level must be one of ${TEST_LEVELS.join(', ')}`);
      }
      const minutes = waitMinutes(values.wait, DEFAULT_WAIT_MINUTES);
      const configPath = values.config ?? DEFAULT_CONFIG;
      return reportingOrgErrors(context, json, async () => {
        const open = await openOrg(values['target-org']);
        const say = (line: string) => (json ? undefined : context.out(line));
        say(`Deploying to ${describeOrg(open)}`);

        const loaded = await dependencies.loadDefinitions(configPath, { cwd: context.cwd });
        if (!loaded.ok) return invalidDefinitions(context, json, loaded.problems);
        const environment = chooseEnvironment(
          loaded.definitions.environments,
          open.facts,
          values.environment,
        );
        say(`Environment: ${environment.name ?? '(none)'} (${environment.why})`);
        if (environment.warning && !json) context.err(`Warning: ${environment.warning}`);

        const generated = await dependencies.generate({
          configPath,
          cwd: context.cwd,
          ...(environment.name ? { environment: environment.name } : {}),
        });
        if (!generated.ok) return invalidDefinitions(context, json, generated.problems);
        say(
          `Generated ${path.relative(context.cwd, generated.outputDir)}: ${generated.written.length} written, ` +
            `${generated.unchanged.length} unchanged, ${generated.removed.length} removed.`,
        );

        const layout = await readProjectLayout(context.cwd);
        const connection = open.session.connection;
        const target = open.session.target;

        // Step preflight: every object the definitions grant exists (the engine's OBJECT_MISSING, in its words).
        const missing = missingObjects(
          generated.definitions,
          await dependencies.orgObjectNames(connection, target),
        );
        if (missing.length > 0) {
          if (json)
            printJson(context, ExitCode.orgFailed, {
              step: 'preflight',
              error: { code: 'OBJECT_MISSING', missing },
            });
          else printMissingObjects(lines(context), missing, target);
          return ExitCode.orgFailed;
        }

        // What the engine already knows (nothing on a fresh org): which retired integrations go.
        const engine = engineFor(open, values.namespace, minutes);
        const before = await dependencies.readModel(engine);
        const excluded = excludedFromMainDeploy(generated.definitions, before.model);
        if (excluded.records.length > 0)
          say(`Left out of this deploy (being removed or already removed): ${excluded.records.join(', ')}`);

        const packaged = path.resolve(context.cwd, layout.packagedDirectory ?? 'force-app/core');
        const tests = chooseTestOptions(
          open.facts.kind,
          dependencies.findTestClasses(packaged),
          requestedLevel,
        );
        say(
          `Validating with ${tests.testLevel}${tests.runTests ? ` (${tests.runTests.join(', ')})` : ''}...`,
        );

        const report = await dependencies.validateThenDeploy({
          connection,
          sourcePaths: layout.packageDirectories.map((directory) => path.resolve(context.cwd, directory)),
          tests,
          waitMinutes: minutes,
          target,
          cwd: context.cwd,
          exclude: excluded.exclude,
          onProgress: json ? undefined : progressPrinter(context),
        });
        const deployed = report.deployment?.success === true;

        // Steps apps and removal, once the core and generated metadata are in.
        const stepContext: StepContext = {
          connection,
          definitions: generated.definitions,
          target,
          apiVersion: layout.sourceApiVersion,
          waitMinutes: minutes,
          cwd: context.cwd,
          ...(json ? {} : { onProgress: progressPrinter(context) }),
        };
        const after = deployed ? await dependencies.readModel(engine) : undefined;
        const apps = after
          ? await dependencies.runAppsStep(
              stepContext,
              after.model,
              'unavailable' in after ? after.unavailable : undefined,
            )
          : null;
        const removal = after
          ? await dependencies.runRemovalStep(stepContext, after.model, {
              yes: values.yes === true,
              confirm: {
                interactive: () => !json && dependencies.confirmation.interactive(),
                ask: (question) => dependencies.confirmation.ask(question),
              },
              show: (components) => (json ? undefined : showRemoval(lines(context), components)),
            })
          : null;
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
        if (json) {
          printJson(context, status, {
            org: {
              id: open.facts.orgId,
              name: open.facts.name,
              kind: open.facts.kind,
              username: open.session.username,
            },
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
          });
          return status;
        }
        printOutcome(context, report.validation);
        if (!report.validation.success) {
          context.err('Validation failed: nothing was deployed.');
          return status;
        }
        if (report.deployment) printOutcome(context, report.deployment);
        if (deployed) {
          context.out(
            `Deployed ${report.deployment?.progress.componentsTotal ?? 0} component(s)` +
              `${report.quickDeploy ? ` by quick deploy of validation ${report.validation.id}` : ''}.`,
          );
        }
        if (apps) {
          if (apps.outcome) printOutcome(context, apps.outcome);
          printAppsStep(lines(context), apps);
        }
        if (removal) {
          if (removal.outcome) printOutcome(context, removal.outcome);
          printRemovalStep(lines(context), removal);
        }
        if (status === ExitCode.ok) context.out(`Next: npm run iuk -- plan --target-org ${target}`);
        return status;
      });
    },
  };
}

export const deployCommand = createDeployCommand();

function invalidDefinitions(
  context: CommandContext,
  json: boolean,
  problems: Parameters<typeof printProblems>[1],
): number {
  if (json) printJson(context, ExitCode.invalidInput, { problems: problemsJson(problems) });
  else printProblems(context, problems);
  return ExitCode.invalidInput;
}

/** Prints a progress line whenever the counts change (polling repeats identical snapshots). */
function progressPrinter(context: CommandContext): (progress: DeployProgress) => void {
  let last = '';
  return (progress) => {
    const line =
      `${{ validate: 'Validating', deploy: 'Deploying', apps: 'Deploying apps', removal: 'Removing' }[progress.phase]}: ${progress.status}, ` +
      `components ${progress.componentsDone}/${progress.componentsTotal}` +
      (progress.componentErrors ? ` (${progress.componentErrors} failed)` : '') +
      `, tests ${progress.testsDone}/${progress.testsTotal}` +
      (progress.testErrors ? ` (${progress.testErrors} failed)` : '');
    if (line !== last) context.err(line);
    last = line;
  };
}

function lines(context: CommandContext) {
  return { out: (line: string) => context.out(line), err: (line: string) => context.err(line) };
}

function printOutcome(context: CommandContext, outcome: DeployOutcome): void {
  const title = { validate: 'Validation', deploy: 'Deploy', apps: 'Apps deploy', removal: 'Removal deploy' }[
    outcome.phase
  ];
  context.out(`${title} ${outcome.id}: ${outcome.status}`);
  if (outcome.componentFailures.length > 0) {
    const rows = outcome.componentFailures.map((failure) => [
      failure.type,
      failure.name,
      failure.file ? `${failure.file}${failure.line ? `:${failure.line}` : ''}` : '',
      failure.problem,
    ]);
    context.err('Component failures:');
    for (const line of table([['TYPE', 'NAME', 'FILE', 'PROBLEM'], ...rows])) context.err(line);
  }
  if (outcome.testFailures.length > 0) {
    context.err('Test failures:');
    const rows = outcome.testFailures.map((failure) => [
      failure.test,
      failure.message,
      failure.stackTrace ?? '',
    ]);
    for (const line of table([['TEST', 'MESSAGE', 'WHERE'], ...rows])) context.err(line);
  }
  for (const warning of outcome.coverageWarnings) context.err(`Coverage: ${warning}`);
}

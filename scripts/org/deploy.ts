import { relative } from 'node:path';
import type { Connection } from '@salesforce/core';
import {
  ComponentSet,
  ComponentStatus,
  MetadataApiDeploy,
  type DeployResult,
  type MetadataApiDeployStatus,
  type SourceComponent,
} from '@salesforce/source-deploy-retrieve';
import { describeConnectionFailure } from './connection.js';
import { OrgError } from './errors.js';
import type { OrgKind } from './org-facts.js';

export type TestLevel = 'NoTestRun' | 'RunSpecifiedTests' | 'RunLocalTests' | 'RunAllTestsInOrg';

export interface TestOptions {
  testLevel: TestLevel;
  runTests?: string[];
}

/** validate and deploy: the core and generated metadata; apps: External Client Apps with their OAuth policies; removal: the destructive deploy. */
export type DeployPhase = 'validate' | 'deploy' | 'apps' | 'removal';

/** A snapshot of a running deploy, for progress lines. */
export interface DeployProgress {
  phase: DeployPhase;
  status: string;
  componentsDone: number;
  componentsTotal: number;
  componentErrors: number;
  testsDone: number;
  testsTotal: number;
  testErrors: number;
}

export interface ComponentFailure {
  type: string;
  name: string;
  file?: string;
  line?: number;
  column?: number;
  problem: string;
}

export interface TestFailure {
  test: string;
  message: string;
  stackTrace?: string;
}

export interface DeployOutcome {
  phase: DeployPhase;
  id: string;
  success: boolean;
  status: string;
  progress: DeployProgress;
  componentFailures: ComponentFailure[];
  testFailures: TestFailure[];
  coverageWarnings: string[];
}

export interface DeployReport {
  validation: DeployOutcome;
  /** Absent when the validation failed: nothing was deployed. */
  deployment?: DeployOutcome;
  /** True when the validated deploy was promoted with a quick deploy (tests not run twice). */
  quickDeploy: boolean;
}

/** What every deploy needs: where, how long at most, and how to report. */
export interface DeployRunOptions {
  connection: Connection;
  /** Upper bound for each phase; the command never waits longer. */
  waitMinutes: number;
  pollFrequencyMs?: number;
  onProgress?: (progress: DeployProgress) => void;
  /** Used in the messages that say how to follow up on a deploy still running in the org. */
  target?: string;
  /** Paths in failure rows are shown relative to this directory. */
  cwd?: string;
}

export interface ValidateThenDeployOptions extends DeployRunOptions {
  /** Package directories to deploy together, e.g. force-app/core and force-app/generated. */
  sourcePaths: string[];
  tests: TestOptions;
  /**
   * Components left out of this deploy: the External Client Apps (deployed with their OAuth policies
   * once the run-as users exist) and the records of integrations being removed.
   */
  exclude?: (component: SourceComponent) => boolean;
}

/**
 * Validates the whole set with a check-only deploy that runs the tests, and deploys only when that
 * passed. Both package directories go in one deploy: the Metadata API orders the custom metadata type
 * before its records and rolls the whole deploy back on any error, so the org never holds half of it.
 */
export async function validateThenDeploy(options: ValidateThenDeployOptions): Promise<DeployReport> {
  const all = ComponentSet.fromSource({ fsPaths: options.sourcePaths });
  const components = options.exclude
    ? new ComponentSet(all.getSourceComponents().filter((component) => !options.exclude!(component)))
    : all;
  if (components.getSourceComponents().toArray().length === 0) {
    throw new OrgError(
      'failed',
      'NOTHING_TO_DEPLOY',
      `No metadata found in ${options.sourcePaths.join(', ')}.`,
      'Run: npm run generate',
    );
  }
  const apiOptions = {
    rollbackOnError: true,
    testLevel: options.tests.testLevel,
    runTests: options.tests.runTests,
  };

  const validation = await follow(
    'validate',
    () =>
      components.deploy({
        usernameOrConnection: options.connection,
        apiOptions: { ...apiOptions, checkOnly: true },
      }),
    components,
    options,
  );
  if (!validation.success) return { validation, quickDeploy: false };

  // A validation that ran tests can be promoted without running them again (quick deploy).
  const testsRan = options.tests.testLevel !== 'NoTestRun';
  const deployment = testsRan
    ? await follow(
        'deploy',
        async () => {
          const validated = new MetadataApiDeploy({
            usernameOrConnection: options.connection,
            components,
            id: validation.id,
          });
          const quickDeployId = await validated.deployRecentValidation(false);
          return new MetadataApiDeploy({
            usernameOrConnection: options.connection,
            components,
            id: quickDeployId,
          });
        },
        components,
        options,
      )
    : await follow(
        'deploy',
        () =>
          components.deploy({
            usernameOrConnection: options.connection,
            apiOptions: { ...apiOptions, checkOnly: false },
          }),
        components,
        options,
      );
  return { validation, deployment, quickDeploy: testsRan };
}

/**
 * One deploy of a Metadata API format directory (package.xml and its siblings), as `sf project deploy
 * start --metadata-dir` does: the destructive removal, whose package.xml is empty and whose
 * destructiveChangesPost.xml lists the components (a component set of deletions only has no source to
 * convert, and source-deploy-retrieve refuses to deploy it).
 */
export async function deployMetadataDirectory(
  phase: DeployPhase,
  directory: string,
  options: DeployRunOptions,
): Promise<DeployOutcome> {
  return follow(
    phase,
    async () => {
      const operation = new MetadataApiDeploy({
        usernameOrConnection: options.connection,
        mdapiPath: directory,
        apiOptions: { rollbackOnError: true, checkOnly: false, singlePackage: true },
      });
      await operation.start();
      return operation;
    },
    new ComponentSet(),
    options,
  );
}

/**
 * One deploy of a component set (no validation first): the apps step and the destructive removal.
 * Neither carries Apex, so no tests run (the Metadata API's default for a deploy without Apex), and
 * rollbackOnError keeps each one all or nothing.
 */
export async function deployComponentSet(
  phase: DeployPhase,
  components: ComponentSet,
  options: DeployRunOptions,
): Promise<DeployOutcome> {
  return follow(
    phase,
    () =>
      components.deploy({
        usernameOrConnection: options.connection,
        apiOptions: { rollbackOnError: true, checkOnly: false },
      }),
    components,
    options,
  );
}

/** Starts one deploy operation, reports its progress and waits for it within the bound. */
async function follow(
  phase: DeployPhase,
  start: () => Promise<MetadataApiDeploy>,
  components: ComponentSet,
  options: DeployRunOptions,
): Promise<DeployOutcome> {
  let operation: MetadataApiDeploy;
  try {
    operation = await start();
  } catch (error) {
    throw describeConnectionFailure(error, options.target);
  }
  operation.onUpdate((status) => options.onProgress?.(progressOf(phase, status)));
  let result: DeployResult | undefined;
  try {
    result = await operation.pollStatus(options.pollFrequencyMs ?? 2000, options.waitMinutes * 60);
  } catch (error) {
    throw pollingFailure(phase, operation.id, error, options);
  }
  if (!result) throw pollingFailure(phase, operation.id, new Error('no result'), options);
  const outcome = summarise(phase, result, components, options.cwd ?? process.cwd());
  options.onProgress?.(outcome.progress);
  return outcome;
}

function pollingFailure(
  phase: DeployPhase,
  id: string | undefined,
  error: unknown,
  options: DeployRunOptions,
): unknown {
  const message = error instanceof Error ? error.message : String(error);
  const report = `sf project deploy report --job-id ${id ?? '<id>'}${options.target ? ` --target-org ${options.target}` : ''}`;
  if (/timed out/i.test(message)) {
    return new OrgError(
      'failed',
      'DEPLOY_TIMEOUT',
      phase === 'validate'
        ? `The validation ${id ?? ''} did not finish within ${options.waitMinutes} minutes; nothing was deployed.`
        : `The ${phase === 'deploy' ? 'deploy' : `${phase} deploy`} ${id ?? ''} did not finish within ${options.waitMinutes} minutes. It may still complete in the org (all or nothing).`,
      `Follow it with: ${report}, or raise --wait.`,
    );
  }
  const described = describeConnectionFailure(error, options.target);
  if (described instanceof OrgError) return described;
  return new OrgError(
    'failed',
    'DEPLOY_ERROR',
    `The ${phase} request failed: ${message}`,
    `Details: ${report}`,
  );
}

export function progressOf(phase: DeployPhase, status: Partial<MetadataApiDeployStatus>): DeployProgress {
  return {
    phase,
    status: String(status.status ?? 'Pending'),
    componentsDone: Number(status.numberComponentsDeployed ?? 0),
    componentsTotal: Number(status.numberComponentsTotal ?? 0),
    componentErrors: Number(status.numberComponentErrors ?? 0),
    testsDone: Number(status.numberTestsCompleted ?? 0),
    testsTotal: Number(status.numberTestsTotal ?? 0),
    testErrors: Number(status.numberTestErrors ?? 0),
  };
}

/** Reads SDR's DeployResult into the rows the command shows. */
export function summarise(
  phase: DeployPhase,
  result: DeployResult,
  components: ComponentSet,
  cwd: string,
): DeployOutcome {
  const response = result.response;
  const componentFailures: ComponentFailure[] = result
    .getFileResponses()
    .filter((file) => file.state === ComponentStatus.Failed)
    .map((file) => {
      const failed = file as typeof file & { lineNumber?: number; columnNumber?: number; error?: string };
      return {
        type: file.type,
        name: file.fullName,
        file: file.filePath ? relative(cwd, file.filePath) : undefined,
        line: failed.lineNumber,
        column: failed.columnNumber,
        problem: failed.error ?? 'Failed',
      };
    });
  // Failures the component set cannot place (a name in package.xml, a whole-deploy error) still count.
  for (const message of asArray(response.details?.componentFailures)) {
    const known = componentFailures.some(
      (row) => row.type === message.componentType && row.name === message.fullName,
    );
    if (
      !known &&
      components
        .getSourceComponents()
        .toArray()
        .every((c) => c.fullName !== message.fullName)
    ) {
      componentFailures.push({
        type: message.componentType ?? '',
        name: message.fullName,
        line: message.lineNumber === undefined ? undefined : Number(message.lineNumber),
        column: message.columnNumber === undefined ? undefined : Number(message.columnNumber),
        problem: message.problem ?? 'Failed',
      });
    }
  }
  if (!response.success && componentFailures.length === 0 && response.errorMessage) {
    componentFailures.push({ type: '', name: '(deploy)', problem: response.errorMessage });
  }
  const runTestResult = response.details?.runTestResult;
  const testFailures: TestFailure[] = asArray(runTestResult?.failures as RunTestFailure[] | undefined).map(
    (failure) => ({
      test: [failure.namespace, failure.name, failure.methodName].filter(Boolean).join('.'),
      message: failure.message,
      stackTrace: failure.stackTrace ?? undefined,
    }),
  );
  const coverageWarnings = asArray(runTestResult?.codeCoverageWarnings as CoverageWarning[] | undefined).map(
    (warning) => (warning.name ? `${warning.name}: ${warning.message}` : warning.message),
  );
  return {
    phase,
    id: response.id,
    success: response.success === true || String(response.success) === 'true',
    status: String(response.status),
    progress: progressOf(phase, response),
    componentFailures,
    testFailures,
    coverageWarnings,
  };
}

/**
 * The test level for the validation. Production orgs require tests for any deploy, so they get
 * RunLocalTests (always accepted there). Elsewhere the package's own *_Test classes run
 * (RunSpecifiedTests), which is faster and does not depend on other code in the org.
 */
export function chooseTestOptions(kind: OrgKind, testClasses: string[], requested?: TestLevel): TestOptions {
  if (requested) {
    if (requested === 'NoTestRun' && kind === 'production') {
      throw new OrgError(
        'failed',
        'TESTS_REQUIRED',
        'Production orgs require Apex tests on deploy; --test-level NoTestRun is not accepted there.',
        'Drop --test-level, or use RunLocalTests.',
      );
    }
    if (requested === 'RunSpecifiedTests') {
      if (testClasses.length === 0) {
        throw new OrgError(
          'failed',
          'NO_TEST_CLASSES',
          'RunSpecifiedTests needs *_Test classes in force-app/core; none were found.',
        );
      }
      return { testLevel: requested, runTests: testClasses };
    }
    return { testLevel: requested };
  }
  if (kind === 'production' || testClasses.length === 0) return { testLevel: 'RunLocalTests' };
  return { testLevel: 'RunSpecifiedTests', runTests: testClasses };
}

/** The package's Apex test classes (named *_Test by convention) under the given directory. */
export function findTestClasses(sourcePath: string): string[] {
  return ComponentSet.fromSource(sourcePath)
    .getSourceComponents()
    .toArray()
    .filter((component) => component.type.name === 'ApexClass' && component.fullName.endsWith('_Test'))
    .map((component) => component.fullName)
    .sort();
}

/** The Metadata API's RunTestFailure and CodeCoverageWarning (SDR's types omit namespace and name). */
interface RunTestFailure {
  name: string;
  methodName?: string | null;
  namespace?: string | null;
  message: string;
  stackTrace?: string | null;
}

interface CoverageWarning {
  name?: string | null;
  message: string;
}

function asArray<T>(value: T | T[] | undefined | null): T[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

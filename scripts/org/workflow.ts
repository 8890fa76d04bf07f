/**
 * The steps `deploy` and `provision` run after (or around) their main work, in the order a fresh org
 * needs (docs/authentication.md, "Order of operations"):
 *
 *   deploy:    preflight (objects exist) -> core + generated, without the apps -> apps -> removal
 *   provision: plan + apply (the users)  -> apps
 *
 * Every step is idempotent (re-running deploys the same content or finds nothing to do) and reports
 * `ok`, what it did, and when it stops, which step it was and what to run next. The command layer
 * prints these reports and maps them to exit codes; nothing here prints or exits.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Connection } from '@salesforce/core';
import { ComponentSet, type SourceComponent } from '@salesforce/source-deploy-retrieve';
import type { ResolvedDefinitions } from '../definitions/model.js';
import { APP_TYPE_NAMES } from '../metadata/eca/components.js';
import { DEFINITION_TYPE } from '../metadata/definition-record.js';
import { renderRemovalManifests, type RemovalComponent } from '../metadata/removal.js';
import { verifyMetadata, type VerifyFinding } from '../metadata/verify.js';
import { permissionSetIds, planApps, stageApps, type AppPlanEntry } from './apps.js';
import {
  deployComponentSet,
  deployMetadataDirectory,
  type DeployOutcome,
  type DeployProgress,
} from './deploy.js';
import type { EngineClient } from './engine-client.js';
import type { PageModel } from './engine-types.js';
import { OrgError } from './errors.js';
import { existingComponents, planRemoval, type RemovalPlan } from './removal-deploy.js';

export type StepName = 'preflight' | 'deploy' | 'provision' | 'apps' | 'removal';

export interface StepContext {
  connection: Connection;
  definitions: ResolvedDefinitions;
  /** Alias or username, for the commands a message says to run. */
  target: string;
  apiVersion: string;
  waitMinutes: number;
  cwd: string;
  pollFrequencyMs?: number;
  onProgress?: (progress: DeployProgress) => void;
}

/**
 * The engine's page model, or why it cannot be had: a fresh org has no engine yet, and right after the
 * first deploy the admin may not hold the custom permission. Neither is a failure of the caller's step.
 */
export async function readModel(
  engine: EngineClient,
): Promise<{ model: PageModel } | { model?: undefined; unavailable: OrgError }> {
  try {
    return { model: await engine.status() };
  } catch (error) {
    if (error instanceof OrgError && (error.code === 'ENGINE_NOT_DEPLOYED' || error.code === 'NO_PERMISSION'))
      return { unavailable: error };
    throw error;
  }
}

/**
 * What the core-and-generated deploy leaves out: every External Client App component (they go with
 * their OAuth policies in the apps step) and the records of retired integrations that are being or
 * have been removed (deploying them again would bring a removed integration back).
 */
export function excludedFromMainDeploy(
  definitions: ResolvedDefinitions,
  model: PageModel | undefined,
): { exclude: (component: SourceComponent) => boolean; records: string[] } {
  const records: string[] = [];
  if (model) {
    const plan = planRemoval(definitions, model, '');
    const namespace = definitions.settings.namespace ? `${definitions.settings.namespace}__` : '';
    for (const integration of [...plan.ready, ...plan.removed])
      records.push(`${namespace}${DEFINITION_TYPE}.${integration}`);
  }
  const excludedRecords = new Set(records.map((name) => name.toLowerCase()));
  return {
    records,
    exclude: (component) =>
      APP_TYPE_NAMES.has(component.type.name) ||
      (component.type.name === 'CustomMetadata' && excludedRecords.has(component.fullName.toLowerCase())),
  };
}

export interface AppsStepReport {
  step: 'apps';
  ok: boolean;
  /** Integrations whose app was deployed with its policy. */
  deployed: string[];
  waiting: AppPlanEntry[];
  /** The deploy, when there was one. */
  outcome: DeployOutcome | null;
  /** Offline verification of the staged apps (empty when it passed). */
  findings: VerifyFinding[];
  /** Set when the step could not run (engine unavailable). */
  skipped: string | null;
  next: string | null;
}

/** The apps step's report before it has done anything (and for tests, with changes). */
export function appsReport(changes: Partial<AppsStepReport> = {}): AppsStepReport {
  return {
    step: 'apps',
    ok: true,
    deployed: [],
    waiting: [],
    outcome: null,
    findings: [],
    skipped: null,
    next: null,
    ...changes,
  };
}

/** Deploys every app whose user exists, each with its OAuth policy, in one all-or-nothing deploy. */
export async function runAppsStep(
  context: StepContext,
  model: PageModel | undefined,
  unavailable?: OrgError,
): Promise<AppsStepReport> {
  const report = appsReport();
  const entries = planApps(context.definitions, model, context.target);
  if (entries.length === 0) return report;
  if (!model) {
    report.skipped = `the engine cannot say which users exist (${unavailable?.message ?? 'no answer'})`;
    report.waiting = entries;
    report.next =
      `${unavailable?.action ?? ''} Then run: npm run iuk -- provision --target-org ${context.target} (it deploys the apps once their users exist).`.trim();
    return report;
  }
  report.waiting = entries.filter((entry) => entry.state === 'waiting');
  const ready = entries.filter((entry) => entry.state === 'deploy');
  if (ready.length === 0) return report;

  const integrations = ready.map(
    (entry) => context.definitions.integrations.find((candidate) => candidate.name === entry.integration)!,
  );
  const ids = await permissionSetIds(
    context.connection,
    integrations.map((integration) => integration.permissionSetName),
    context.target,
  );
  const staged = await stageApps(context.definitions, ready, ids, context.apiVersion);
  try {
    // The same offline proof as every other metadata file: well-formed XML, SDR resolves each component,
    // and no secret anywhere in what is about to be sent.
    const verification = await verifyMetadata({
      root: staged.root,
      packageDirectories: ['apps'],
      convert: true,
    });
    if (!verification.ok) {
      report.ok = false;
      report.findings = verification.findings;
      report.next = 'This is a bug in the kit: report it with the findings above. Nothing was deployed.';
      return report;
    }
    const components = ComponentSet.fromSource({ fsPaths: [staged.packageDirectory] });
    report.outcome = await deployComponentSet('apps', components, {
      connection: context.connection,
      waitMinutes: context.waitMinutes,
      target: context.target,
      cwd: staged.root,
      ...(context.pollFrequencyMs ? { pollFrequencyMs: context.pollFrequencyMs } : {}),
      ...(context.onProgress ? { onProgress: context.onProgress } : {}),
    });
    report.ok = report.outcome.success;
    if (report.ok) report.deployed = ready.map((entry) => entry.integration);
    else
      report.next = `The apps were not deployed (all or nothing); the users and the rest of the metadata are in place. Fix the failures above (an org that does not allow External Client Apps: Setup > External Client App Settings), then run: npm run iuk -- provision --target-org ${context.target}`;
    return report;
  } finally {
    await staged.cleanUp();
  }
}

export type RemovalConfirmation = 'none' | 'yes-flag' | 'confirmed' | 'declined' | 'refused';

export interface RemovalStepReport {
  step: 'removal';
  ok: boolean;
  /** What was (or, when not confirmed, would have been) deleted. */
  components: RemovalComponent[];
  deleted: boolean;
  confirmation: RemovalConfirmation;
  waiting: RemovalPlan['waiting'];
  removed: string[];
  outcome: DeployOutcome | null;
  skipped: string | null;
  next: string | null;
}

/** The removal step's report before it has done anything (and for tests, with changes). */
export function removalReport(changes: Partial<RemovalStepReport> = {}): RemovalStepReport {
  return {
    step: 'removal',
    ok: true,
    components: [],
    deleted: false,
    confirmation: 'none',
    waiting: [],
    removed: [],
    outcome: null,
    skipped: null,
    next: null,
    ...changes,
  };
}

export interface Confirm {
  interactive(): boolean;
  ask(question: string): Promise<boolean>;
}

/**
 * Deletes the components of retired integrations that the engine reports removal-ready, after the
 * admin has seen the list and confirmed (or --yes). Without a terminal and without --yes it refuses,
 * as provision does.
 */
export async function runRemovalStep(
  context: StepContext,
  model: PageModel | undefined,
  options: { yes: boolean; confirm: Confirm; show: (components: RemovalComponent[]) => void },
): Promise<RemovalStepReport> {
  const report = removalReport();
  if (!context.definitions.integrations.some((integration) => integration.retired)) return report;
  if (!model) {
    report.skipped = 'the engine cannot say which retired integrations are ready for removal';
    report.next = `Assign the admin permission set, then deploy again: npm run iuk -- deploy --target-org ${context.target}`;
    return report;
  }
  const plan = planRemoval(context.definitions, model, context.target);
  report.waiting = plan.waiting;
  report.removed = plan.removed;
  if (plan.components.length === 0) return report;
  report.components = await existingComponents(
    context.connection,
    plan.components,
    context.apiVersion,
    context.target,
  );
  if (report.components.length === 0) return report;

  options.show(report.components);
  if (options.yes) report.confirmation = 'yes-flag';
  else if (!options.confirm.interactive()) {
    report.confirmation = 'refused';
    report.ok = false;
    report.next = `Not an interactive terminal: nothing was deleted (the deploy itself is done). Review the list, then re-run with --yes: npm run iuk -- deploy --target-org ${context.target} --yes`;
    return report;
  } else if (
    await options.confirm.ask(`Delete these ${report.components.length} component(s) from the org?`)
  ) {
    report.confirmation = 'confirmed';
  } else {
    report.confirmation = 'declined';
    report.next = 'Nothing was deleted. Run deploy again when you want to remove them.';
    return report;
  }
  const manifests = await renderRemovalManifests(report.components, context.apiVersion);
  const directory = await mkdtemp(path.join(os.tmpdir(), 'iuk-removal-'));
  try {
    for (const [file, content] of Object.entries(manifests))
      await writeFile(path.join(directory, file), content);
    report.outcome = await deployMetadataDirectory('removal', directory, {
      connection: context.connection,
      waitMinutes: context.waitMinutes,
      target: context.target,
      cwd: context.cwd,
      ...(context.pollFrequencyMs ? { pollFrequencyMs: context.pollFrequencyMs } : {}),
      ...(context.onProgress ? { onProgress: context.onProgress } : {}),
    });
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
  report.ok = report.outcome.success;
  report.deleted = report.ok;
  report.next = report.ok
    ? `Delete ${plan.ready.join(', ')} from the definitions file, then run: npm run generate`
    : `Nothing was deleted (all or nothing). Fix the failures above, then deploy again: npm run iuk -- deploy --target-org ${context.target}`;
  return report;
}

import type { Connection } from '@salesforce/core';
import { describeConnectionFailure } from './connection.js';
import type {
  ApplyResult,
  DefinitionList,
  PageModel,
  Plan,
  UserStateRequest,
  UserStateResult,
} from './engine-types.js';
import type { EvidenceModel } from './evidence/generated-types.js';
import { OrgError } from './errors.js';

/** The engine's URL mapping (contracts.md section 3), below /services/apexrest/[namespace/]. */
export const ENGINE_PATH = 'integration-user-kit/v1';

/** What the platform answers for an /apexrest URL that no deployed class maps. */
const NO_MAPPING_MESSAGE = 'Could not find a match for URL';

export interface EngineClientOptions {
  /** Namespace prefix of the installed package; empty for source deploys. */
  namespace?: string;
  /** Bound for each request, so a hung connection never hangs the command. */
  timeoutMs?: number;
  /** The alias or username, for the messages that say what to run. */
  target?: string;
}

/**
 * A thin client for the in-org engine's REST API. It only moves requests and answers: every
 * decision (what to create, what drifted, whether a plan is still valid) is the engine's.
 */
export class EngineClient {
  private readonly basePath: string;
  private readonly timeoutMs: number;

  constructor(
    private readonly connection: Connection,
    private readonly options: EngineClientOptions = {},
  ) {
    const namespace = options.namespace?.trim();
    this.basePath = `/services/apexrest/${namespace ? `${namespace}/` : ''}${ENGINE_PATH}`;
    this.timeoutMs = options.timeoutMs ?? 120_000;
  }

  /** GET .../v1/status: the whole page model. */
  status(): Promise<PageModel> {
    return this.send<PageModel>('GET', 'status');
  }

  /** GET .../v1/evidence: the access-review evidence of every integration (scripts/org/evidence/). */
  evidence(): Promise<EvidenceModel> {
    return this.send<EvidenceModel>('GET', 'evidence');
  }

  /** GET .../v1/plan, optionally for some integrations only. */
  plan(integrations: string[] = []): Promise<Plan> {
    const query = integrations.length ? `?integrations=${encodeURIComponent(integrations.join(','))}` : '';
    return this.send<Plan>('GET', `plan${query}`);
  }

  /** GET .../v1/definitions: every definition of the org as a draft in the file's format (`pull`). */
  definitions(): Promise<DefinitionList> {
    return this.send<DefinitionList>('GET', 'definitions');
  }

  /** POST .../v1/apply with the hash of the plan the admin reviewed (409 PLAN_CHANGED when stale). */
  apply(planHash: string, integrations: string[] = []): Promise<ApplyResult> {
    return this.send<ApplyResult>('POST', 'apply', { integrations, planHash });
  }

  /** POST .../v1/user-state: freeze, unfreeze or deactivate one integration's user. */
  setUserState(integration: string, state: UserStateRequest, reason: string): Promise<UserStateResult> {
    return this.send<UserStateResult>('POST', 'user-state', { integration, state, reason });
  }

  private async send<T>(method: 'GET' | 'POST', route: string, body?: unknown): Promise<T> {
    const request = {
      method,
      url: `${this.basePath}/${route}`,
      ...(body === undefined
        ? {}
        : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
    };
    try {
      return await withTimeout(
        this.connection.request<T>(request),
        this.timeoutMs,
        `${method} ${request.url}`,
      );
    } catch (error) {
      throw this.describeFailure(error);
    }
  }

  /** Maps the engine's error bodies (and the platform's 404) to messages that say what to do. */
  private describeFailure(error: unknown): unknown {
    if (error instanceof OrgError || !(error instanceof Error)) return error;
    const code = (error as { errorCode?: unknown }).errorCode;
    const target = this.options.target ?? '<alias>';
    switch (code) {
      case 'NOT_FOUND':
        if (error.message.includes(NO_MAPPING_MESSAGE)) {
          return new OrgError(
            'unavailable',
            'ENGINE_NOT_DEPLOYED',
            `The Integration User Kit engine is not deployed in this org (no REST resource at ${this.basePath}).`,
            this.options.namespace
              ? `Install the package, or check the namespace prefix "${this.options.namespace}" (--namespace).`
              : `Run: npm run iuk -- deploy --target-org ${target}`,
          );
        }
        return new OrgError('failed', 'NOT_FOUND', error.message, 'Check the integration name with: status');
      case 'NO_PERMISSION':
        return new OrgError(
          'unavailable',
          'NO_PERMISSION',
          error.message,
          'Give the user the Manage_Integration_Users custom permission (and Manage Users to change users), e.g. through a permission set.',
        );
      case 'PLAN_CHANGED':
        return new OrgError(
          'failed',
          'PLAN_CHANGED',
          error.message,
          `Nothing was applied. Review the new plan: npm run iuk -- plan --target-org ${target}`,
        );
      case 'BAD_REQUEST':
        return new OrgError('failed', 'BAD_REQUEST', error.message);
      case 'INTERNAL_ERROR':
        return new OrgError(
          'failed',
          'INTERNAL_ERROR',
          `The engine failed: ${error.message}`,
          'Nothing is reported as applied; check the org (status) and the Apex debug logs.',
        );
      default:
        return describeConnectionFailure(error, this.options.target);
    }
  }
}

/** Rejects with a clear timeout instead of waiting forever on a silent connection. */
export async function withTimeout<T>(work: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new OrgError(
            'failed',
            'TIMEOUT',
            `${what} got no answer within ${Math.round(timeoutMs / 1000)} s.`,
            'Check the org is reachable, or raise the limit with --wait <minutes>.',
          ),
        ),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

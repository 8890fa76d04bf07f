/**
 * The definitions file a draft stands for, so the file's own loader can judge a draft: the org's
 * profiles become `existing` profiles (with their licence), the org's definitions become integrations
 * before it, and a draft with profile restrictions gets its profile as a generated profile carrying
 * them (that is where a file keeps login IP ranges and hours). The loader's problems are mapped back
 * to the draft's paths; problems elsewhere in the synthetic file are not the draft's and are dropped.
 */
import { createRequire } from 'node:module';
import { loadDefinitionsText } from '../load.js';
import { INTEGRATION_LICENSE } from '../model.js';
import type { PathSegment, Problem } from '../problems.js';

export interface DraftContext {
  profiles: { name: string; userLicense: string }[];
  definitions: { name: string; username: string; alias: string }[];
}

export type { Draft } from '../draft-types.js';
import type { Draft } from '../draft-types.js';

export interface DraftVector {
  name: string;
  mode?: 'edit';
  set?: Record<string, unknown>;
  unset?: string[];
  expect: { code: string; path: string }[];
}

export interface DraftVectors {
  context: DraftContext;
  base: Draft;
  vectors: DraftVector[];
  orgOnly: DraftVector[];
}

const require = createRequire(__filename);
const shared = require('../../../force-app/test/assistant/jest/definition-vectors.js') as {
  VECTORS_FILE: string;
  readDefinitionVectors(file?: string): DraftVectors;
  draftOf(vectors: DraftVectors, vector: DraftVector): Draft;
  problemKey(problem: { code: string; path: string }): string;
};
export const { VECTORS_FILE, readDefinitionVectors, draftOf, problemKey } = shared;

/** One problem of the draft, at its path in the draft (`integration.user.alias`). */
export interface DraftProblem {
  code: string;
  path: string;
  severity: Problem['severity'];
  message: string;
}

/** A definition already in the org, as a complete and valid file integration. */
function existingIntegration(definition: DraftContext['definitions'][number], profile: string) {
  return {
    name: definition.name,
    label: definition.name.replace(/_/g, ' '),
    externalSystem: 'An existing system',
    direction: 'inbound',
    owner: { name: 'Existing Owner', email: 'owner@acme.example' },
    justification: 'Already provisioned in this org; listed so duplicates are found.',
    user: {
      username: definition.username,
      email: 'owner@acme.example',
      lastName: 'Existing Integration',
      alias: definition.alias,
      timeZone: 'Europe/London',
      locale: 'en_GB',
      language: 'en_US',
    },
    profile,
    permissionSets: ['Existing_Access'],
  };
}

/** The draft's problems, as the definitions file's loader reports them for the file it stands for. */
export function fileProblems(context: DraftContext, draft: Draft, mode?: 'edit'): DraftProblem[] {
  const draftName = typeof draft.integration.name === 'string' ? draft.integration.name : undefined;
  const profileName = typeof draft.integration.profile === 'string' ? draft.integration.profile : undefined;
  const restricted = draft.profileRestrictions !== undefined;
  const orgProfile = context.profiles.find(
    (profile) => profile.name.toLowerCase() === profileName?.toLowerCase(),
  );
  if (restricted && (!orgProfile || orgProfile.userLicense !== INTEGRATION_LICENSE)) {
    throw new Error(
      'A vector with profileRestrictions must name a context profile on the integration licence: the file keeps restrictions on a profile it generates (always on that licence), the org on one it has.',
    );
  }
  const profiles: Record<string, unknown>[] = context.profiles
    .filter((profile) => !(restricted && profile === orgProfile))
    .map((profile) => ({ name: profile.name, existing: true, userLicense: profile.userLicense }));
  const draftProfileIndex = restricted ? profiles.length : -1;
  if (restricted) profiles.push({ name: profileName, ...draft.profileRestrictions });
  const integrationProfile = context.profiles[0]!.name;
  const others = context.definitions
    .filter((definition) => !(mode === 'edit' && definition.name.toLowerCase() === draftName?.toLowerCase()))
    .map((definition) => existingIntegration(definition, integrationProfile));
  const draftIndex = others.length;
  // The org does not author authentication (KEYS_NOT_AUTHORED_IN_THE_ORG): an outbound draft stands for
  // a file integration that states the default, none, so the file does not warn that it is unstated.
  const integration =
    draft.integration.direction === 'outbound' && draft.integration.authentication === undefined
      ? { ...draft.integration, authentication: { method: 'none', reason: 'Not authored in the org.' } }
      : draft.integration;
  const document = { version: 1, profiles, integrations: [...others, integration] };
  const loaded = loadDefinitionsText('draft.json', JSON.stringify(document, null, 2));
  const problems = loaded.ok ? loaded.warnings : loaded.problems;
  const result: DraftProblem[] = [];
  for (const problem of problems) {
    const path = draftPath(problem.path, draftIndex, draftProfileIndex);
    if (path !== undefined) {
      result.push({ code: problem.code, path, severity: problem.severity, message: problem.message });
    }
  }
  return result;
}

/** integrations[k].user.alias -> integration.user.alias; profiles[j].x -> profileRestrictions.x. */
function draftPath(path: PathSegment[], draftIndex: number, profileIndex: number): string | undefined {
  const [list, index, ...rest] = path;
  if (list === 'integrations' && index === draftIndex) return ['integration', ...rest].join('.');
  if (list === 'profiles' && index === profileIndex) {
    if (rest.length === 1 && rest[0] === 'name') return 'integration.profile';
    return ['profileRestrictions', ...rest].join('.');
  }
  return undefined;
}

/**
 * What every org command shares: the sf-style flags, opening the org with the checks that must pass
 * before anything else happens, and turning OrgErrors into a message, an action and an exit code.
 */
import { connectToOrg, describeConnectionFailure, type OrgSession } from '../org/connection.js';
import { EngineClient } from '../org/engine-client.js';
import { OrgError } from '../org/errors.js';
import { readOrgFacts, requireIntegrationLicense, type OrgFacts } from '../org/org-facts.js';
import { ExitCode, type CommandContext } from './command.js';
import { UsageError } from './flags.js';
import { printJson } from './output.js';

/** Flags every org command takes, spelt as the sf CLI spells them. */
export const orgFlags = {
  'target-org': { type: 'string', short: 'o' },
  wait: { type: 'string', short: 'w' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Flags of the commands that call the engine's REST API. */
export const engineFlags = {
  ...orgFlags,
  namespace: { type: 'string' },
} as const;

export const orgUsage = [
  '--target-org, -o <alias|username>  org authorised with `sf org login` (default: the sf default org)',
  '--wait, -w <minutes>               give up after this long (default %WAIT%)',
  '--json                             machine-readable output',
];

export const engineUsage = [
  ...orgUsage,
  '--namespace <prefix>               namespace of the installed package (default: none, source deploy)',
];

export function usageWith(lines: string[], waitMinutes: number): string[] {
  return lines.map((line) => line.replace('%WAIT%', String(waitMinutes)));
}

/** Reads --wait as minutes; a positive number or a usage error. */
export function waitMinutes(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const minutes = Number(value);
  if (!Number.isFinite(minutes) || minutes <= 0)
    throw new UsageError(`--wait must be a positive number of minutes, not "${value}"`);
  return minutes;
}

export interface OpenOrg {
  session: OrgSession;
  facts: OrgFacts;
}

/**
 * Opens the org and checks it can hold integration users at all. Runs before any command does
 * something, so a missing login or licence stops the command at once.
 */
export async function openOrg(targetOrg: string | undefined): Promise<OpenOrg> {
  const session = await connectToOrg(targetOrg);
  let facts: OrgFacts;
  try {
    facts = await readOrgFacts(session.connection);
  } catch (error) {
    throw describeConnectionFailure(error, session.target);
  }
  requireIntegrationLicense(facts);
  return { session, facts };
}

export function engineFor(open: OpenOrg, namespace: string | undefined, minutes: number): EngineClient {
  return new EngineClient(open.session.connection, {
    target: open.session.target,
    timeoutMs: minutes * 60_000,
    ...(namespace ? { namespace } : {}),
  });
}

export function exitCodeFor(error: OrgError): number {
  return error.kind === 'unavailable' ? ExitCode.orgUnavailable : ExitCode.orgFailed;
}

/**
 * Runs a command body and reports an OrgError the same way everywhere: one line saying what is
 * wrong, one saying what to do, and the exit code scripts rely on. Other errors propagate.
 */
export async function reportingOrgErrors(
  context: CommandContext,
  json: boolean,
  body: () => Promise<number>,
): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (!(error instanceof OrgError)) throw error;
    const status = exitCodeFor(error);
    if (json) {
      printJson(context, status, {
        error: { code: error.code, message: error.message, action: error.action ?? null },
      });
    } else {
      context.err(`Error (${error.code}): ${error.message}`);
      if (error.action) context.err(error.action);
    }
    return status;
  }
}

/** A one-line description of the org, for the first line of every command. */
export function describeOrg(open: OpenOrg): string {
  const { facts, session } = open;
  return `${facts.name} (${facts.orgId}, ${facts.kind}) as ${session.username}`;
}

/** Text for a cell: empty for null/undefined, yes/no for booleans. */
export function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

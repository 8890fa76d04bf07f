/**
 * The last step of removing an integration (issue 8; docs/provisioning.md section 3): once the engine
 * reports a retired integration `removalReady` (its user deactivated or absent, none of its
 * assignments left), delete the components the kit generated for it with a destructive deploy. The
 * components come from removalComponents (never one the kit did not write) and are listed only if the
 * org has them (listMetadata), so the admin reads exactly what will be deleted.
 */
import type { Connection } from '@salesforce/core';
import type { ResolvedDefinitions } from '../definitions/model.js';
import { removalComponents, type RemovalComponent } from '../metadata/removal.js';
import { describeConnectionFailure } from './connection.js';
import type { PageModel } from './engine-types.js';

export interface RemovalPlan {
  /** Retired integrations the engine reports removal-ready, with their components. */
  ready: string[];
  components: RemovalComponent[];
  /** Retired integrations that are not ready yet: why, and what to run. */
  waiting: { integration: string; reason: string }[];
  /** Retired integrations whose definition record is no longer in the org: already removed. */
  removed: string[];
}

/** Pure: from the definitions and the engine's page model. */
export function planRemoval(definitions: ResolvedDefinitions, model: PageModel, target: string): RemovalPlan {
  const summaries = new Map(
    model.integrations.map((summary) => [String(summary.name).toLowerCase(), summary]),
  );
  const plan: RemovalPlan = { ready: [], components: [], waiting: [], removed: [] };
  const all = removalComponents(definitions);
  for (const integration of definitions.integrations.filter((candidate) => candidate.retired)) {
    const summary = summaries.get(integration.name.toLowerCase());
    if (!summary) {
      plan.removed.push(integration.name);
    } else if (summary.removalReady) {
      plan.ready.push(integration.name);
    } else {
      plan.waiting.push({
        integration: integration.name,
        reason: summary.userActive
          ? `its user ${summary.username ?? ''} is still active. Run: npm run iuk -- provision --target-org ${target} (the engine deactivates it and removes its assignments), then deploy again`
          : `its user still holds assignments of the definition. Run: npm run iuk -- provision --target-org ${target}, then deploy again`,
      });
    }
  }
  const ready = new Set(plan.ready);
  // A profile shared by several retired integrations goes only when all of them are ready.
  plan.components = all.filter((component) => component.integrations.every((name) => ready.has(name)));
  return plan;
}

/** The components the org actually has (listMetadata, at most three types per call). */
export async function existingComponents(
  connection: Connection,
  components: readonly RemovalComponent[],
  apiVersion: string,
  target?: string,
): Promise<RemovalComponent[]> {
  const types = [...new Set(components.map((component) => component.type))];
  const present = new Set<string>();
  try {
    for (let start = 0; start < types.length; start += 3) {
      const queries = types.slice(start, start + 3).map((type) => ({ type }));
      const listed = await connection.metadata.list(queries, apiVersion);
      for (const properties of [listed].flat()) {
        if (properties?.fullName) present.add(`${properties.type}:${properties.fullName}`.toLowerCase());
      }
    }
  } catch (error) {
    throw describeConnectionFailure(error, target);
  }
  return components.filter((component) =>
    present.has(`${component.type}:${component.fullName}`.toLowerCase()),
  );
}

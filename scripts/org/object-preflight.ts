/**
 * Before anything is deployed: every object the definitions grant exists in the org. A permission set
 * that grants an object the org lacks (Orders while they are off, a custom object not deployed yet)
 * fails the whole deploy with an error that names neither the cause nor the fix; the engine's
 * OBJECT_MISSING blocker says both, and this check says it first, in the same words
 * (scripts/definitions/policy/object-features.ts), from the org's describeGlobal.
 */
import type { Connection } from '@salesforce/core';
import type { ResolvedDefinitions } from '../definitions/model.js';
import { objectMissingMessage } from '../definitions/policy/object-features.js';
import { describeConnectionFailure } from './connection.js';

export interface MissingObjects {
  integration: string;
  objects: string[];
  /** The OBJECT_MISSING message the engine would show for this integration. */
  message: string;
}

/** The objects of each integration's generated permission set that the org does not have. */
export function missingObjects(
  definitions: ResolvedDefinitions,
  orgObjects: Iterable<string>,
): MissingObjects[] {
  const known = new Set([...orgObjects].map((name) => name.toLowerCase()));
  const result: MissingObjects[] = [];
  for (const integration of definitions.integrations) {
    // A retired integration's permission set is not deployed any more.
    if (integration.retired) continue;
    const objects = integration.objectPermissions
      .map((permission) => permission.object)
      .filter((object) => !known.has(object.toLowerCase()));
    if (objects.length > 0)
      result.push({ integration: integration.name, objects, message: objectMissingMessage(objects) });
  }
  return result;
}

/** describeGlobal through the CLI's own connection: every object name the running user can see. */
export async function orgObjectNames(connection: Connection, target?: string): Promise<string[]> {
  try {
    const global = await connection.describeGlobal();
    return global.sobjects.map((object) => object.name);
  } catch (error) {
    throw describeConnectionFailure(error, target);
  }
}

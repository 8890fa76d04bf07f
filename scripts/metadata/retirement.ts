/**
 * Removing an integration must never strand a live user in the org. A source deploy deletes nothing,
 * so an integration deleted from the definitions file would keep its active definition record, its
 * user and its access in the org. The safe order is: mark it "retired" (its record says Retired__c
 * true and Active__c false), deploy and provision (the engine deactivates the user and removes its
 * assignments), remove the retired components with the destructive manifest (removal.ts), and only
 * then delete the entry from the file. This check enforces the first step: the generator refuses to
 * drop the record of an integration that was not retired.
 */
import type { ResolvedDefinitions } from '../definitions/model.js';
import { DEFINITION_TYPE } from './definition-record.js';
import type { RemovedFile } from './tree-writer.js';

export interface UnretiredRemoval {
  integration: string;
  /** The record file, relative to the output directory. */
  record: string;
}

const RECORD_PATH = new RegExp(
  `^customMetadata/(?:[A-Za-z][A-Za-z0-9]*__)?${DEFINITION_TYPE}\\.([A-Za-z][A-Za-z0-9_]*)\\.md-meta\\.xml$`,
);
const RETIRED_TRUE =
  /<field>(?:[A-Za-z][A-Za-z0-9]*__)?Retired__c<\/field>\s*<value xsi:type="xsd:boolean">true<\/value>/;

/**
 * Among the files a generate run would remove (with their current text), the definition records of
 * integrations that are gone from the definitions without having been retired first.
 */
export function unretiredRemovals(
  removed: readonly RemovedFile[],
  definitions: ResolvedDefinitions,
): UnretiredRemoval[] {
  const present = new Set(definitions.integrations.map((integration) => integration.name.toLowerCase()));
  const result: UnretiredRemoval[] = [];
  for (const { file, text } of removed) {
    const name = RECORD_PATH.exec(file)?.[1];
    // A record of an integration still in the file moved (a namespace change): not a removal.
    if (!name || present.has(name.toLowerCase())) continue;
    if (!RETIRED_TRUE.test(text)) result.push({ integration: name, record: file });
  }
  return result;
}

/** Thrown from the tree writer's removal check: nothing has been changed. */
export class UnretiredRemovalError extends Error {
  constructor(readonly removals: UnretiredRemoval[]) {
    super(
      `Integrations removed before retirement: ${removals.map((removal) => removal.integration).join(', ')}`,
    );
  }
}

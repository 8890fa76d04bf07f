/**
 * The org features the bundled definitions need, and whether the scratch org definition turns them on.
 * The one source of "which object needs which feature, and how to turn it on" is the engine's own
 * table (IntegrationUserObjectFeatures.FEATURE_OF_OBJECT, generated from scripts/definitions/policy/object-features.ts, which the OBJECT_MISSING blocker quotes): every entry
 * that names a scratch definition setting (`settings.orderSettings.enableOrders`) is read from there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './repo-root.js';

/** Generated from scripts/definitions/policy/object-features.ts; the engine's OBJECT_MISSING blocker quotes it. */
export const PLANNER_FILE = 'force-app/core/engine/classes/IntegrationUserObjectFeatures.cls';
export const SCRATCH_DEF = 'config/project-scratch-def.json';

/** lower-case object → the scratch definition setting that provides it, e.g. ['orderSettings', 'enableOrders']. */
export function featureSettings(
  plannerSource = readFileSync(path.join(REPO_ROOT, PLANNER_FILE), 'utf8'),
): Map<string, [string, string]> {
  const table = /FEATURE_OF_OBJECT = new Map<String, String>\{([\s\S]*?)\};/.exec(plannerSource)?.[1];
  if (!table)
    throw new Error(`${PLANNER_FILE}: FEATURE_OF_OBJECT not found; the scratch definition check reads it`);
  const settings = new Map<string, [string, string]>();
  for (const entry of table.matchAll(/'([a-z0-9_]+)'\s*=>\s*'([^']*)'/g)) {
    const setting = /settings\.(\w+)\.(\w+)/.exec(entry[2]!);
    if (setting) settings.set(entry[1]!, [setting[1]!, setting[2]!]);
  }
  return settings;
}

/** Objects the definitions grant access to whose feature the scratch definition does not turn on. */
export function missingScratchFeatures(
  objects: Iterable<string>,
  scratchDefinition: { settings?: Record<string, Record<string, unknown>> },
  settings: Map<string, [string, string]>,
): string[] {
  const missing: string[] = [];
  for (const object of objects) {
    const setting = settings.get(object.toLowerCase());
    if (setting && scratchDefinition.settings?.[setting[0]]?.[setting[1]] !== true) {
      missing.push(`${object} needs settings.${setting[0]}.${setting[1]}: true in ${SCRATCH_DEF}`);
    }
  }
  return missing;
}

/**
 * The kit's error codes as Apex defines them (IntegrationUserException), as the assistant reads them
 * (iukFormat's ERROR_CODES, after IntegrationUserAuraErrors' separator), and the stale-plan message
 * the engine throws, which the fixtures replay. Read from the sources so that the contract test can
 * compare them (docs/contracts.md sections 3 and 4).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const SOURCES = {
  exception: 'force-app/core/engine/classes/IntegrationUserException.cls',
  auraErrors: 'force-app/core/api/classes/IntegrationUserAuraErrors.cls',
  service: 'force-app/core/engine/classes/IntegrationUserProvisioningService.cls',
  format: 'force-app/core/assistant/lwc/iukFormat/iukFormat.js',
} as const;

export function readSource(root: string, name: keyof typeof SOURCES): string {
  return readFileSync(path.join(root, SOURCES[name]), 'utf8');
}

/** `public static final String PLAN_CHANGED = 'PLAN_CHANGED';` and its kin, in order. */
export function apexErrorCodes(exceptionSource: string): string[] {
  return [...exceptionSource.matchAll(/public static final String (\w+) = '(\w+)';/g)].map((match) => {
    if (match[1] !== match[2]) throw new Error(`IntegrationUserException.${match[1]} is '${match[2]}'`);
    return match[2]!;
  });
}

/** `export const ERROR_CODES = ['NO_PERMISSION', ...];` in iukFormat.js. */
export function lwcErrorCodes(formatSource: string): string[] {
  const list = /export const ERROR_CODES = \[([^\]]*)\];/.exec(formatSource);
  if (!list) throw new Error(`${SOURCES.format} has no ERROR_CODES list`);
  return [...list[1]!.matchAll(/'(\w+)'/g)].map((match) => match[1]!);
}

/** The separator a `CODE_SEPARATOR = ': '` constant holds (Apex or JavaScript). */
export function codeSeparator(source: string, file: string): string {
  const found = /CODE_SEPARATOR = '([^']*)';/.exec(source);
  if (!found) throw new Error(`${file} has no CODE_SEPARATOR`);
  return found[1]!;
}

/** The message the provisioning service throws with PLAN_CHANGED. */
export function stalePlanMessage(serviceSource: string): string {
  const found = /IntegrationUserException\.PLAN_CHANGED,\s*'((?:[^'\\]|\\.)*)'/.exec(serviceSource);
  if (!found) throw new Error(`${SOURCES.service} throws no PLAN_CHANGED with a literal message`);
  return found[1]!.replace(/\\'/g, "'");
}

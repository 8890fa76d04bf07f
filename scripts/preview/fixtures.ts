/**
 * Loads the Apex fixtures the preview answers from. They are the SAME files the jest tests use:
 * `__tests__/data/<ApexClass>.<method>[.<variant>].json`, so the component, its jest tests and the
 * browser tests all speak one contract with the Apex controller (docs/contracts.md).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** The default answer of a method has no variant; a variant is also a scenario name. */
export const DEFAULT_VARIANT = 'default';

/**
 * A variant `for<Value>` is no scenario: it answers every call of its method that passes `<Value>` as
 * a parameter (`getObjectFields.forAccount.json` answers `getObjectFields({ objectName: 'Account' })`),
 * in any scenario, so that the preview shows each object's own fields. The page receives them as
 * `answersByArgument` (scripts/preview/runtime/state.js).
 */
export const ARGUMENT_VARIANT_PREFIX = 'for';

/** True for `forAccount`, `forCustom_Object__c`; false for `formatted` or `default`. */
export function isArgumentVariant(variant: string): boolean {
  return (
    variant.length > ARGUMENT_VARIANT_PREFIX.length &&
    variant.startsWith(ARGUMENT_VARIANT_PREFIX) &&
    /^[A-Z]/.test(variant.slice(ARGUMENT_VARIANT_PREFIX.length))
  );
}

/** apexMethod -> parameter value -> the `for<Value>` answer: what the page looks calls up in. */
export function answersByArgument(table: FixtureTable): Record<string, Record<string, unknown>> {
  const answers: Record<string, Record<string, unknown>> = {};
  for (const [method, variants] of Object.entries(table)) {
    for (const [variant, value] of Object.entries(variants)) {
      if (isArgumentVariant(variant))
        (answers[method] ??= {})[variant.slice(ARGUMENT_VARIANT_PREFIX.length)] = value;
    }
  }
  return answers;
}

export interface FixtureFile {
  /** `IntegrationUserAssistantController.getPageModel` */
  apexMethod: string;
  /** `default` or the variant segment of the file name (`noPermission`). */
  variant: string;
  file: string;
}

export interface LoadedFixture extends FixtureFile {
  /** The parsed JSON: a response, or an Apex error in the platform's shape (see `isApexErrorShape`). */
  value: unknown;
}

/** apexMethod -> variant -> value. Serialised into the page as is. */
export type FixtureTable = Record<string, Record<string, unknown>>;

export interface FixtureSet {
  dir: string;
  fixtures: LoadedFixture[];
  table: FixtureTable;
  /** Every variant name used by at least one method, sorted; `default` first. */
  scenarios: string[];
  /** JSON files in the folder that do not follow the naming rule (reported, not loaded). */
  ignored: string[];
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Parses `<ApexClass>.<method>[.<variant>].json`. Returns undefined for names that are not Apex
 * fixtures at all (other jest data), and throws for names that look like one but are malformed.
 */
export function parseFixtureFileName(fileName: string): FixtureFile | undefined {
  if (!fileName.endsWith('.json')) return undefined;
  const parts = fileName.slice(0, -'.json'.length).split('.');
  if (parts.length < 2 || !/^[A-Z]/.test(parts[0] ?? '')) return undefined;
  if (parts.length > 3 || !parts.every((part) => IDENTIFIER.test(part))) {
    throw new Error(
      `Fixture file "${fileName}": expected <ApexClass>.<method>[.<variant>].json with identifiers only ` +
        `(for example IntegrationUserAssistantController.getPageModel.noPermission.json). Rename the file.`,
    );
  }
  const [className, method, variant] = parts as [string, string, string | undefined];
  if (variant === DEFAULT_VARIANT) {
    throw new Error(
      `Fixture file "${fileName}": "${DEFAULT_VARIANT}" is reserved for the file without a variant. ` +
        `Rename it to ${className}.${method}.json.`,
    );
  }
  return { apexMethod: `${className}.${method}`, variant: variant ?? DEFAULT_VARIANT, file: fileName };
}

/**
 * The platform rejects an Apex call with a FetchResponse-like object: `{ ok: false, status, body: {
 * message } }` (what `error.body.message` reads in a component). A fixture in that shape is an error.
 */
export function isApexErrorShape(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const body = record.body as Record<string, unknown> | undefined;
  return record.ok === false && typeof body === 'object' && body !== null && typeof body.message === 'string';
}

export async function loadFixtures(dir: string): Promise<FixtureSet> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (error) {
    throw new Error(
      `Fixture folder ${dir} cannot be read (${(error as Error).message}). ` +
        `The preview answers Apex calls from the jest fixtures there; create it or pass --fixtures <dir>.`,
    );
  }
  const fixtures: LoadedFixture[] = [];
  const ignored: string[] = [];
  for (const name of names) {
    const parsed = parseFixtureFileName(name);
    if (!parsed) {
      if (name.endsWith('.json')) ignored.push(name);
      continue;
    }
    const file = path.join(dir, name);
    const text = await readFile(file, 'utf8');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new Error(`Fixture file ${file} is not valid JSON: ${(error as Error).message}. Fix the file.`);
    }
    fixtures.push({ ...parsed, file, value });
  }
  const table: FixtureTable = {};
  for (const fixture of fixtures) {
    (table[fixture.apexMethod] ??= {})[fixture.variant] = fixture.value;
  }
  const variants = new Set(
    fixtures.map((fixture) => fixture.variant).filter((variant) => !isArgumentVariant(variant)),
  );
  variants.delete(DEFAULT_VARIANT);
  return { dir, fixtures, table, scenarios: [DEFAULT_VARIANT, ...[...variants].sort()], ignored };
}

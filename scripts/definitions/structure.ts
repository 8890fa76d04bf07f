/**
 * Structural check of a definitions file against the published JSON Schema (ajv), turned into
 * problems people can act on: unknown keys suggest the nearest known key, wrong types say what was
 * expected, pattern failures print the schema's own fix hint.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { quickValidate } from './compiled-schema.js';
import { ProblemList, quote, type PathSegment } from './problems.js';

import { nearest } from './nearest.js';

export { nearest };

let detailed: ValidateFunction | undefined;

/** Schema errors looked at per file (the loader reports at most MAX_PROBLEMS in all). */
const MAX_SCHEMA_ERRORS = 5000;

/**
 * Every error, with the data and schema of each: compiled only for a file that fails the quick check,
 * so ajv's compiler and the TypeBox schema are loaded then and only then.
 */
function detailedValidator(): ValidateFunction {
  if (detailed) return detailed;
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded lazily, and synchronously (the loader is synchronous) */
  const { Ajv } = require('ajv') as typeof import('ajv');
  const { DefinitionsFile } = require('./schema.js') as typeof import('./schema.js');
  /* eslint-enable @typescript-eslint/no-require-imports */
  // allErrors: report everything at once; strict off because `hint` is our own keyword.
  detailed = new Ajv({ allErrors: true, strict: false, verbose: true }).compile(DefinitionsFile);
  return detailed;
}

export function checkStructure(value: unknown, problems: ProblemList): boolean {
  if (quickValidate(value)) return true;
  const validate = detailedValidator();
  // Both are compiled from the same schema; if they ever disagreed, the one that explains wins.
  if (validate(value)) return true;
  // A hostile file can hold a million mistakes; matching union branches is quadratic, and nobody
  // reads past the first few hundred. load.ts says how many more there were.
  for (const error of collapseUnions((validate.errors ?? []).slice(0, MAX_SCHEMA_ERRORS)))
    report(error, problems);
  return false;
}

function report(error: ErrorObject, problems: ProblemList): void {
  const path = pointerToPath(error.instancePath);
  const schema = error.parentSchema as { hint?: string; description?: string } | undefined;
  const hint = schema?.hint;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((schema as { properties?: object })?.properties ?? {});
      const near = nearest(key, allowed);
      problems.error(
        'unknown-key',
        [...path, key],
        `Unknown key "${key}".`,
        near
          ? `Did you mean "${near}"? Allowed keys here: ${allowed.join(', ')}.`
          : `Remove it. Allowed keys here: ${allowed.join(', ')}.`,
      );
      return;
    }
    case 'required': {
      const key = String(params.missingProperty);
      const property = (schema as { properties?: Record<string, { description?: string }> })?.properties?.[
        key
      ];
      problems.error(
        'missing-key',
        [...path, key],
        `Missing required key "${key}".`,
        `Add "${key}"${property?.description ? `: ${property.description}` : '.'}`,
      );
      return;
    }
    case 'type':
      problems.error(
        'wrong-type',
        path,
        `Expected ${article(String(params.type))} but found ${describe(error.data)}.`,
        schema?.description
          ? `Write ${article(String(params.type))}: ${schema.description}`
          : `Write ${article(String(params.type))}.`,
      );
      return;
    case 'const':
      problems.error(
        'wrong-value',
        path,
        `Must be ${JSON.stringify(params.allowedValue)}.`,
        `Set it to ${JSON.stringify(params.allowedValue)}.`,
      );
      return;
    case 'enum':
      problems.error(
        'wrong-value',
        path,
        `${quote(error.data)} is not allowed.`,
        `Use one of: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}.`,
      );
      return;
    case 'uniqueItems':
      problems.error(
        'duplicate-item',
        path,
        `Items ${String(params.j)} and ${String(params.i)} are the same.`,
        'Remove the duplicate item.',
      );
      return;
    case 'minItems':
      problems.error(
        'too-few-items',
        path,
        `Needs at least ${String(params.limit)} item(s).`,
        schema?.description ?? 'Add an item.',
      );
      return;
    case 'minProperties':
      problems.error(
        'empty-object',
        path,
        'Must not be empty.',
        schema?.description ?? 'Add a key or remove this object.',
      );
      return;
    case 'minLength':
      problems.error(
        'too-short',
        path,
        `Too short: at least ${String(params.limit)} character(s) needed.`,
        hint ?? schema?.description ?? 'Write a longer value.',
      );
      return;
    case 'maxLength':
      problems.error(
        'too-long',
        path,
        `Too long: ${String(error.data).length} characters, at most ${String(params.limit)} allowed.`,
        'Shorten the value.',
      );
      return;
    case 'pattern':
      if (path[path.length - 3] === 'fields' && typeof error.data === 'string' && /__r$/i.test(error.data)) {
        problems.error(
          'field-relationship-name',
          path,
          `${quote(error.data)} is a relationship name, not a field: field permissions are granted on the lookup field.`,
          `Write the lookup field, "${error.data.replace(/__r$/i, '__c')}" (the related object's fields are granted on that object's entry).`,
        );
        return;
      }
      problems.error(
        'bad-format',
        path,
        `${quote(error.data)} is not in the expected form.`,
        hint ?? schema?.description ?? 'Fix the value.',
      );
      return;
    case 'anyOf': {
      const options = (schema as { description?: string })?.description;
      problems.error(
        'wrong-shape',
        path,
        `${describe(error.data)} does not match any allowed form.`,
        options ?? 'See the schema.',
      );
      return;
    }
    default:
      problems.error(
        'schema',
        path,
        error.message ?? 'Invalid value.',
        schema?.description ?? 'See the schema.',
      );
  }
}

/**
 * A union (anyOf) makes ajv report every branch's errors. Keep only what helps: for a union of
 * literals, one "use one of" problem; for a union of shapes, the errors of the closest branch.
 */
function collapseUnions(errors: ErrorObject[]): ErrorObject[] {
  const unions = errors.filter((error) => error.keyword === 'anyOf');
  if (unions.length === 0) return errors;
  const result: ErrorObject[] = [];
  const consumed = new Set<ErrorObject>();
  for (const union of unions) {
    const prefix = union.schemaPath.replace(/\/anyOf$/, '/anyOf/');
    const branches = new Map<number, ErrorObject[]>();
    for (const error of errors) {
      if (error === union || !error.schemaPath.startsWith(prefix)) continue;
      consumed.add(error);
      const branch = Number(error.schemaPath.slice(prefix.length).split('/')[0]);
      branches.set(branch, [...(branches.get(branch) ?? []), error]);
    }
    consumed.add(union);
    const all = [...branches.values()].flat();
    if (all.length > 0 && all.every((error) => error.keyword === 'const')) {
      result.push({
        ...union,
        keyword: 'enum',
        params: {
          allowedValues: all.map((error) => (error.params as { allowedValue: unknown }).allowedValue),
        },
      });
      continue;
    }
    const closest = [...branches.values()]
      .filter(
        (branch) =>
          !branch.some((error) => error.keyword === 'type' && error.instancePath === union.instancePath),
      )
      .sort((a, b) => a.length - b.length)[0];
    if (closest) result.push(...closest);
    else result.push(union);
  }
  return [...result, ...errors.filter((error) => !consumed.has(error))];
}

function pointerToPath(pointer: string): PathSegment[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

function article(type: string): string {
  const names: Record<string, string> = {
    string: 'a string',
    boolean: 'true or false',
    object: 'an object',
    array: 'an array',
    integer: 'a whole number',
    number: 'a number',
  };
  return names[type] ?? type;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${quote(value)}`;
}

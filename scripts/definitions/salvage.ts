/**
 * A copy of a structurally broken document that the cross-field rules can read safely, so that one
 * run still reports every rule problem. The rules assume a well-formed document: without this, one
 * IP range written as a plain string or one missing "profile" made them throw, which hid every rule
 * problem after it.
 *
 * Parts without a structural problem are kept as they are (ajv has checked them). In a broken part,
 * strings are kept where a string belongs (a badly formatted name still counts for duplicates and
 * references), a missing required string becomes "" (whose findings load.ts drops as belonging to the
 * broken part), and anything else broken is left out. Lists keep their items in place, because the
 * rules report problems by index: a broken object item becomes a stub, and a list with a broken item
 * of another kind (an IP range, an object permission) is left out as a whole. Its owner is then
 * reported as uncertain: rules would misread it (no "edit" in a left-out access list is no evidence).
 */
import type { PathSegment } from './problems.js';
import type { DefinitionsFile } from './schema.js';

interface SchemaNode {
  type?: string;
  const?: unknown;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
}

export interface Salvaged {
  document: DefinitionsFile;
  /** Parts whose rule findings cannot be trusted: the owners of lists that were left out. */
  uncertain: PathSegment[][];
}

/** undefined when the document is too broken to check further (no lists of profiles and integrations). */
export function salvageForRules(value: unknown, broken: readonly PathSegment[][]): Salvaged | undefined {
  // Without both lists every reference check would misfire; the structural problems say enough.
  if (!isRecord(value) || !Array.isArray(value.profiles) || !Array.isArray(value.integrations))
    return undefined;
  const uncertain: PathSegment[][] = [];
  // Only files with structural problems get here: the TypeBox schema is loaded for them alone.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { DefinitionsFile: schema } = require('./schema.js') as typeof import('./schema.js');
  const document = salvage(value, schema as SchemaNode, [], broken, uncertain) as DefinitionsFile;
  return { document, uncertain };
}

/** Whether `path` starts with all of `prefix`, segment by segment (integrations[1] is no prefix of [10]). */
export function isPathPrefix(prefix: readonly PathSegment[], path: readonly PathSegment[]): boolean {
  return prefix.length <= path.length && prefix.every((segment, index) => path[index] === segment);
}

function salvage(
  value: unknown,
  schema: SchemaNode,
  path: PathSegment[],
  broken: readonly PathSegment[][],
  uncertain: PathSegment[][],
): unknown {
  if (!broken.some((brokenPath) => isPathPrefix(path, brokenPath))) return value;
  if ('const' in schema) return value === schema.const ? value : undefined;
  switch (schema.type) {
    case 'string':
      return typeof value === 'string' ? value : undefined;
    case 'object': {
      if (!isRecord(value)) return undefined;
      const result: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        const kept = salvage(value[key], property, [...path, key], broken, uncertain);
        const filled = kept === undefined && schema.required?.includes(key) ? placeholder(property) : kept;
        if (filled !== undefined) result[key] = filled;
      }
      return result;
    }
    case 'array': {
      if (!Array.isArray(value) || !schema.items) return undefined;
      const itemSchema = schema.items;
      const items = value.map(
        (item, index) =>
          salvage(item, itemSchema, [...path, index], broken, uncertain) ?? placeholder(itemSchema),
      );
      if (!items.includes(undefined)) return items;
      uncertain.push(path.slice(0, -1));
      return undefined;
    }
    default:
      // Booleans, numbers and unions (IP ranges, permission names) are only read when valid.
      return undefined;
  }
}

/** The emptiest value of a required part that the rules can still read. */
function placeholder(schema: SchemaNode): unknown {
  if ('const' in schema) return undefined;
  if (schema.type === 'string') return '';
  if (schema.type === 'array') return [];
  if (schema.type !== 'object') return undefined;
  const result: Record<string, unknown> = {};
  for (const key of schema.required ?? []) {
    const value = schema.properties?.[key] ? placeholder(schema.properties[key]) : undefined;
    if (value !== undefined) result[key] = value;
  }
  return result;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

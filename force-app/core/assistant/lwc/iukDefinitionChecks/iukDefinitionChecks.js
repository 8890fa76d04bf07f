/**
 * The definition form's client-side checks: the definitions file's character rules and its schema,
 * read from the data generated for the form (c/iukDefinitionRules, from scripts/definitions/draft.ts),
 * so a mistake shows at the field while the admin types. Only a first line of help: the org checks
 * every draft again with all the rules (IntegrationUserDefinitionValidator) before anything is
 * deployed. The shared vectors prove these checks find the file's problems and never one the org and
 * the file do not (iukDefinitionChecks.test.js).
 */
import { DRAFT_RULES, DRAFT_SCHEMA } from 'c/iukDefinitionRules';
import { LABELS } from 'c/iukLabels';
import { format } from 'c/iukFormat';

/** The codes these checks can report; the org reports them and more. */
export const CLIENT_CODES = [
  'missing-key',
  'unknown-key',
  'wrong-type',
  'wrong-value',
  'wrong-shape',
  'too-short',
  'too-long',
  'bad-format',
  'duplicate-item',
  'too-few-items',
  'empty-object',
  'field-relationship-name',
  'text-control-character',
  'text-invisible-character',
  'text-surrounding-space',
  'text-confusable',
  'justification-blank',
];

const patterns = new Map();

function compiled(pattern) {
  if (!patterns.has(pattern)) {
    patterns.set(pattern, new RegExp(pattern, 'u'));
  }
  return patterns.get(pattern);
}

function typeOf(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

function isOfType(value, type) {
  const actual = typeOf(value);
  if (type === 'number') return actual === 'integer' || actual === 'number';
  return actual === type;
}

function problem(code, path, message) {
  return { code, path: path.join('.'), severity: 'ERROR', message };
}

// ---- the draft schema -----------------------------------------------------------------------

function checkSchema(value, schema, path, found) {
  if (schema.anyOf) {
    const allowed = schema.anyOf.map((branch) => branch.const);
    if (typeof value !== 'string') {
      found.push(problem('wrong-shape', path, LABELS.checkWrongShape));
    } else if (!allowed.includes(value)) {
      found.push(problem('wrong-value', path, format(LABELS.checkWrongValue, allowed.join(', '))));
    }
    return;
  }
  if (!isOfType(value, schema.type)) {
    found.push(problem('wrong-type', path, LABELS.checkWrongType));
    return;
  }
  if (schema.type === 'string') {
    checkString(value, schema, path, found);
  } else if (schema.type === 'object') {
    checkObject(value, schema, path, found);
  } else if (schema.type === 'array') {
    checkArray(value, schema, path, found);
  }
}

function checkString(value, schema, path, found) {
  const length = [...value].length;
  if (schema.minLength !== undefined && length < schema.minLength) {
    found.push(
      problem(
        'too-short',
        path,
        schema.minLength > 1 ? format(LABELS.checkTooShort, schema.minLength) : LABELS.checkRequired,
      ),
    );
  }
  if (schema.maxLength !== undefined && length > schema.maxLength) {
    found.push(problem('too-long', path, format(LABELS.checkTooLong, length, schema.maxLength)));
  }
  if (schema.pattern && !compiled(schema.pattern).test(value)) {
    if (path[path.length - 3] === 'fields' && /__r$/i.test(value)) {
      found.push(problem('field-relationship-name', path, LABELS.checkRelationshipName));
    } else {
      found.push(problem('bad-format', path, schema.hint || LABELS.checkBadFormat));
    }
  }
}

function checkObject(value, schema, path, found) {
  const properties = schema.properties || {};
  for (const key of schema.required || []) {
    if (!(key in value)) found.push(problem('missing-key', [...path, key], LABELS.checkRequired));
  }
  for (const [key, child] of Object.entries(value)) {
    if (properties[key]) {
      checkSchema(child, properties[key], [...path, key], found);
    } else if (schema.additionalProperties === false) {
      found.push(problem('unknown-key', [...path, key], format(LABELS.checkUnknownKey, key)));
    }
  }
  if (schema.minProperties !== undefined && Object.keys(value).length < schema.minProperties) {
    found.push(problem('empty-object', path, LABELS.checkEmpty));
  }
}

function checkArray(value, schema, path, found) {
  if (schema.minItems !== undefined && value.length < schema.minItems) {
    found.push(problem('too-few-items', path, LABELS.checkTooFewItems));
  }
  if (schema.uniqueItems) {
    const seen = new Set();
    for (const item of value) {
      const key = JSON.stringify(item);
      if (seen.has(key)) {
        found.push(problem('duplicate-item', path, LABELS.checkDuplicateItem));
        break;
      }
      seen.add(key);
    }
  }
  if (schema.items) {
    value.forEach((item, index) => checkSchema(item, schema.items, [...path, String(index)], found));
  }
}

// ---- the character rules --------------------------------------------------------------------

function isApiNamePath(path) {
  const generic = path.map((segment) => (/^\d+$/.test(segment) ? '*' : segment)).join('.');
  return DRAFT_RULES.apiNamePaths.includes(generic);
}

function lastKey(path) {
  return [...path].reverse().find((segment) => !/^\d+$/.test(segment)) || '';
}

function checkText(value, path, found, reported) {
  if (typeof value === 'string') {
    const textProblem = checkCharacters(value, path);
    if (textProblem) {
      found.push(textProblem);
      reported.add(textProblem.path);
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => checkText(item, [...path, String(index)], found, reported));
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) checkText(child, [...path, key], found, reported);
  }
}

function checkCharacters(text, path) {
  const key = lastKey(path);
  const freeText = DRAFT_RULES.freeTextKeys.includes(key);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const control = code < 32 ? DRAFT_RULES.controlNames[code] : code === 127 || (code > 127 && code < 160);
    if (control && !(freeText && (code === 10 || code === 9))) {
      return problem('text-control-character', path, LABELS.checkControlCharacter);
    }
    if (DRAFT_RULES.invisible[String(code)]) {
      return problem('text-invisible-character', path, LABELS.checkInvisibleCharacter);
    }
    const lookAlike = DRAFT_RULES.lookAlikes[String(code)];
    if (lookAlike && isApiNamePath(path)) {
      return problem('text-confusable', path, format(LABELS.checkConfusable, lookAlike[0]));
    }
  }
  if (!freeText && text.trim() !== text) {
    return problem('text-surrounding-space', path, LABELS.checkSurroundingSpace);
  }
  const minimum = DRAFT_RULES.justificationMin;
  if (
    key === 'justification' &&
    text.length >= minimum &&
    text.replace(/\s+/gu, ' ').trim().length < minimum
  ) {
    return problem('justification-blank', path, format(LABELS.checkJustificationBlank, minimum));
  }
  return undefined;
}

/**
 * @param draft { integration: {...}, profileRestrictions: {...} } in the definitions file's format
 * @returns the problems the form can tell at once, each with the dotted path of its field
 */
export function checkDraft(draft) {
  const found = [];
  const reported = new Set();
  checkText(draft, [], found, reported);
  const structure = [];
  checkSchema(draft, DRAFT_SCHEMA, [], structure);
  for (const item of structure) {
    if (!(item.code === 'bad-format' && reported.has(item.path))) found.push(item);
  }
  return found;
}

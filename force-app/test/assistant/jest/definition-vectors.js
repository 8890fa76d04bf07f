// The shared definition-rule vectors (force-app/core/tests/staticresources/IntegrationUserDefinitionVectors.json)
// turned into drafts: the base draft with each vector's `set` and `unset` applied. Jest (the
// assistant's client-side checks) and node:test (the definitions file's rules) both read them
// through this module; the Apex test applies the same patches in IntegrationUserDefinitionValidator_Test.
const { readFileSync } = require('node:fs');
const path = require('node:path');

const VECTORS_FILE = path.join(
  __dirname,
  '../../../core/tests/staticresources/IntegrationUserDefinitionVectors.json',
);

function readDefinitionVectors(file = VECTORS_FILE) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** `{"$repeat": "Name_{i}", "count": n}` is the list Name_1 ... Name_n; anything else is itself. */
function expand(value) {
  if (value && typeof value === 'object' && !Array.isArray(value) && '$repeat' in value) {
    return Array.from({ length: value.count }, (_, index) => value.$repeat.replace('{i}', String(index + 1)));
  }
  return value;
}

function segments(dotted) {
  return dotted.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

function setPath(target, dotted, value) {
  const keys = segments(dotted);
  let node = target;
  keys.slice(0, -1).forEach((key, index) => {
    if (node[key] === undefined || node[key] === null) {
      node[key] = typeof keys[index + 1] === 'number' ? [] : {};
    }
    node = node[key];
  });
  node[keys[keys.length - 1]] = expand(value);
}

function unsetPath(target, dotted) {
  const keys = segments(dotted);
  let node = target;
  for (const key of keys.slice(0, -1)) {
    node = node && node[key];
  }
  if (node && typeof node === 'object') {
    if (Array.isArray(node)) node.splice(keys[keys.length - 1], 1);
    else delete node[keys[keys.length - 1]];
  }
}

/** The draft of one vector: a deep copy of the base with its patches applied. */
function draftOf(vectors, vector) {
  const draft = JSON.parse(JSON.stringify(vectors.base));
  for (const [dotted, value] of Object.entries(vector.set || {})) setPath(draft, dotted, value);
  for (const dotted of vector.unset || []) unsetPath(draft, dotted);
  return draft;
}

/** A problem as the vectors state it: `code path`. */
function problemKey(problem) {
  return `${problem.code} ${problem.path}`;
}

module.exports = { VECTORS_FILE, readDefinitionVectors, draftOf, problemKey };

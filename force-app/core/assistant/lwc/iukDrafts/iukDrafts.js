/**
 * Drafts of definitions, as the definition form edits them: one integration in the definitions file's
 * format plus its profile's login restrictions (scripts/definitions/draft.ts). Pure helpers: a new
 * draft with the org's defaults, reading and writing a value at a dotted path, and the draft as it is
 * sent (empty optional values left out, as a definitions file leaves them out).
 */

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const PERMISSIONS = ['read', 'create', 'edit', 'delete', 'viewAll', 'modifyAll'];

/** Keys a definitions file leaves out when they hold their default or nothing. */
const OPTIONAL_USER_KEYS = ['firstName', 'emailEncoding'];

function segments(path) {
  return String(path)
    .split('.')
    .filter((segment) => segment !== '');
}

/** The value at a dotted path (integration.user.alias, integration.objects.0.access), or undefined. */
export function getIn(draft, path) {
  return segments(path).reduce(
    (node, key) => (node === undefined || node === null ? undefined : node[key]),
    draft,
  );
}

/** A copy of the draft with the value at the path replaced (containers on the way are created). */
export function setIn(draft, path, value) {
  const keys = segments(path);
  const copy = JSON.parse(JSON.stringify(draft || {}));
  let node = copy;
  keys.slice(0, -1).forEach((key, index) => {
    if (node[key] === undefined || node[key] === null) {
      node[key] = /^\d+$/.test(keys[index + 1]) ? [] : {};
    }
    node = node[key];
  });
  const last = keys[keys.length - 1];
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else {
    node[last] = value;
  }
  return copy;
}

/**
 * A new draft with what the org suggests: the standard API-only profile and the admin's own time
 * zone, locale and language.
 */
export function newDraft({ profile, timeZone, locale, language } = {}) {
  return {
    integration: {
      name: '',
      label: '',
      externalSystem: '',
      direction: 'inbound',
      owner: { name: '', email: '' },
      justification: '',
      user: {
        username: '',
        email: '',
        firstName: '',
        lastName: '',
        alias: '',
        timeZone: timeZone || '',
        locale: locale || '',
        language: language || '',
      },
      profile: profile || '',
      objects: [],
    },
  };
}

function lines(text) {
  return String(text || '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** A newline-separated text of names (the form's permission set boxes) as a list. */
export function namesOf(text) {
  return lines(text);
}

/**
 * The draft as the org receives it: optional values that are empty left out (a blank first name, no
 * objects, no extra permission sets, no restrictions), defaults left out (active, freeze), list items
 * trimmed. Required values stay, empty or not, so the checks name them.
 */
export function toSubmission(draft) {
  const copy = JSON.parse(JSON.stringify(draft || {}));
  const integration = copy.integration || {};
  const user = integration.user || {};
  for (const key of OPTIONAL_USER_KEYS) {
    if (user[key] === '' || user[key] === null || user[key] === undefined) delete user[key];
  }
  if (user.emailEncoding === 'UTF-8') delete user.emailEncoding;
  if (integration.active === true) delete integration.active;
  if (integration.whenInactive === 'freeze') delete integration.whenInactive;
  if (integration.removeUnlistedAssignments === false) delete integration.removeUnlistedAssignments;
  for (const key of ['permissionSets', 'permissionSetGroups']) {
    if (Array.isArray(integration[key]) && integration[key].length === 0) delete integration[key];
  }
  for (const entry of integration.objects || []) {
    if (entry.justification === '' || entry.justification === null) delete entry.justification;
    if (entry.fields) {
      for (const kind of ['read', 'edit']) {
        if (Array.isArray(entry.fields[kind]) && entry.fields[kind].length === 0) delete entry.fields[kind];
      }
      if (Object.keys(entry.fields).length === 0) delete entry.fields;
    }
  }
  const restrictions = copy.profileRestrictions;
  if (restrictions) {
    for (const range of restrictions.loginIpRanges || []) {
      if (range.description === '' || range.description === null) delete range.description;
    }
    if (Array.isArray(restrictions.loginIpRanges) && restrictions.loginIpRanges.length === 0) {
      delete restrictions.loginIpRanges;
    }
    if (restrictions.loginHours && Object.keys(restrictions.loginHours).length === 0)
      delete restrictions.loginHours;
    if (Object.keys(restrictions).length === 0) delete copy.profileRestrictions;
  }
  return copy;
}

/**
 * Problems by the path of the field that shows them; a problem of a list item's field also counts for
 * the list (integration.objects.0.access.1 -> integration.objects.0.access).
 */
export function problemsByPath(problems) {
  const byPath = new Map();
  for (const problem of problems || []) {
    const list = byPath.get(problem.path) || [];
    list.push(problem);
    byPath.set(problem.path, list);
  }
  return byPath;
}

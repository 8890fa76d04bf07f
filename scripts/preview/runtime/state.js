/**
 * Browser-side state of the preview, exposed as `window.__iukPreview` for the browser tests: the
 * scenario picked by `?scenario=`, per-test response overrides, and a log of Apex calls, toasts and
 * navigation requests (what the component asked the platform to do).
 */
import fixtureData from 'iuk-preview:fixtures';

const DEFAULT_VARIANT = 'default';

/** The `for<Value>` fixture of `method` for a call one of whose parameters is <Value> (fixtures.ts). */
function argumentAnswer(method, params) {
  const answers = (fixtureData.answersByArgument || {})[method] || {};
  for (const value of Object.values(params || {})) {
    if (typeof value === 'string' && Object.prototype.hasOwnProperty.call(answers, value))
      return answers[value];
  }
  return undefined;
}
const params = new URLSearchParams(window.location.search);
// Set by the browser tests with page.addInitScript before any module runs.
const init = window.__iukPreviewInit || {};

const scenario = params.get('scenario') || DEFAULT_VARIANT;
const latencyMs = Number(params.get('latency') ?? init.latencyMs ?? 40);
const grantedPermissions = params.get('customPermissions');
const overrides = new Map();
// method -> callbacks waiting for release(method): lets a test look at the page while a call runs.
const held = new Map();

function clone(value) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/** The platform rejects an Apex call with `{ ok: false, status, body: { message } }`. */
function isApexErrorShape(value) {
  return (
    typeof value === 'object' &&
    value !== null &&
    value.ok === false &&
    typeof value.body === 'object' &&
    value.body !== null &&
    typeof value.body.message === 'string'
  );
}

/** What an AuraHandledException looks like to a component (`error.body.message`). */
export function apexError(message) {
  return {
    ok: false,
    status: 500,
    statusText: 'Server Error',
    headers: {},
    body: {
      message,
      exceptionType: 'System.AuraHandledException',
      isUserDefinedException: false,
      stackTrace: null,
    },
  };
}

/** Accepts `getPageModel` or `IntegrationUserAssistantController.getPageModel`. */
function resolveMethod(name) {
  if (fixtureData.table[name]) return name;
  const matches = Object.keys(fixtureData.table).filter((key) => key.endsWith(`.${name}`));
  if (matches.length === 1) return matches[0];
  const known = Object.keys(fixtureData.table).join(', ');
  throw new Error(`Unknown Apex method "${name}" (known: ${known}).`);
}

function toStoredResponse(value) {
  if (value instanceof Error) return apexError(value.message);
  return clone(value);
}

const knownScenario = fixtureData.scenarios.includes(scenario);

export const preview = {
  scenario,
  scenarios: fixtureData.scenarios,
  knownScenario,
  /** Every Apex call: { method, params, mode: 'wire' | 'imperative' }. */
  calls: [],
  /** Every toast shown: { title, message, variant, mode }. */
  toasts: [],
  /** Every navigation request: { pageReference, replace }. */
  navigations: [],
  /** Apex calls not answered yet: the page has settled when this is 0. */
  pending: 0,

  /** Answer the next and later calls of `method` with `value` (JSON, or an Error to reject). */
  setResponse(method, value) {
    overrides.set(resolveMethod(method), toStoredResponse(value));
  },
  clearResponses() {
    overrides.clear();
  },
  /** Calls of `method` from now on wait, unanswered, until release(method). */
  hold(method) {
    const resolved = resolveMethod(method);
    if (!held.has(resolved)) held.set(resolved, []);
  },
  /** Answers every held call of `method` and stops holding it. */
  release(method) {
    const resolved = resolveMethod(method);
    const waiting = held.get(resolved) || [];
    held.delete(resolved);
    waiting.forEach((answer) => answer());
  },
  hasCustomPermission(name) {
    if (grantedPermissions === null) return true;
    return grantedPermissions.split(',').includes(name);
  },

  /** Resolves or rejects like the platform's Apex transport, after a short simulated latency. */
  invoke(method, params, mode) {
    preview.calls.push({ method, params: clone(params), mode });
    let response;
    if (overrides.has(method)) {
      response = overrides.get(method);
    } else {
      const variants = fixtureData.table[method] || {};
      response =
        argumentAnswer(method, params) ??
        (scenario in variants ? variants[scenario] : variants[DEFAULT_VARIANT]);
    }
    preview.pending += 1;
    return new Promise((resolve, reject) => {
      const answer = () =>
        setTimeout(() => {
          preview.pending -= 1;
          if (response === undefined) reject(apexError(`Preview: no fixture answers ${method}.`));
          else if (isApexErrorShape(response)) reject(clone(response));
          else resolve(clone(response));
        }, latencyMs);
      if (held.has(method)) held.get(method).push(answer);
      else answer();
    });
  },
};

for (const [method, value] of Object.entries(init.responses || {})) preview.setResponse(method, value);
window.__iukPreview = preview;

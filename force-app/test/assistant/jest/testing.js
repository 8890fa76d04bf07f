// Helpers shared by the assistant's Jest tests, reached as `iuk-test/jest/testing` (jest.config.js
// moduleNameMapper) so no component's __tests__ folder reaches into another's.
const { readFileSync } = require('node:fs');
const path = require('node:path');

const DATA_DIR = path.join(__dirname, '..', 'data');
const CONTROLLER = 'IntegrationUserAssistantController';

/**
 * A fixture named after the Apex method it stands for, e.g. fixture('getPageModel', 'empty') reads
 * IntegrationUserAssistantController.getPageModel.empty.json. A fresh copy every call, so a test can
 * change it freely. The browser preview serves the same files.
 */
function fixture(method, variant) {
  const file = path.join(DATA_DIR, `${CONTROLLER}.${method}${variant ? `.${variant}` : ''}.json`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

// A macrotask lets every pending promise chain (Apex mock → handler → refreshApex → re-render) settle.
// eslint-disable-next-line @lwc/lwc/no-async-operation
const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));

function resetDom() {
  while (document.body.firstChild) {
    document.body.removeChild(document.body.firstChild);
  }
}

const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const $$ = (element, selector) => [...element.shadowRoot.querySelectorAll(selector)];

/** The text a user sees in an element's shadow tree, whitespace collapsed. */
const textOf = (element) => (element.shadowRoot || element).textContent.replace(/\s+/g, ' ').trim();

module.exports = { CONTROLLER, DATA_DIR, fixture, flushPromises, resetDom, $, $$, textOf };

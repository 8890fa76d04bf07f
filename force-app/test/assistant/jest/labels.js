// Jest setup (jest.config.js, setupFiles): every `@salesforce/label/c.*` import resolves to its value
// in the assistant's CustomLabels file, the same file the org and the browser preview read. Without
// this, sfdx-lwc-jest answers an import with its own path ("c.IUK_PageTitle").
const { readFileSync } = require('node:fs');
const path = require('node:path');
const { XMLParser } = require('fast-xml-parser');

const LABELS_FILE = path.join(__dirname, '../../../core/assistant/labels/CustomLabels.labels-meta.xml');

function readLabels(file) {
  const parser = new XMLParser({ isArray: (name) => name === 'labels', parseTagValue: false });
  const parsed = parser.parse(readFileSync(file, 'utf8'));
  const labels = (parsed.CustomLabels && parsed.CustomLabels.labels) || [];
  return labels.map((label) => [String(label.fullName), String(label.value ?? '')]);
}

for (const [name, value] of readLabels(LABELS_FILE)) {
  // doMock: not hoisted, so the factory may use the loop's value.
  jest.doMock(`@salesforce/label/c.${name}`, () => ({ default: value }), { virtual: true });
}

module.exports = { LABELS_FILE, readLabels };

/**
 * Jest stand-in for c/iukMonitoringLabels that answers with the real label values from the Custom
 * Labels file (sfdx-lwc-jest would give "c.Name" strings), so the tests read what an admin reads and a
 * label missing from the file fails the test.
 * Use: jest.mock('c/iukMonitoringLabels', () => require('../../iukMonitoringLabels/__tests__/realLabels.cjs'));
 */
const fs = require('fs');
const path = require('path');

const FILE = path.join(__dirname, '../../../../monitoring/labels/IntegrationUserMonitoring.labels-meta.xml');
const PREFIX = 'IUK_Mon_';

function decode(text) {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

const values = {};
const xml = fs.readFileSync(FILE, 'utf8');
for (const match of xml.matchAll(/<fullName>([^<]+)<\/fullName>[\s\S]*?<value>([\s\S]*?)<\/value>/g)) {
  values[match[1].slice(PREFIX.length)] = decode(match[2]);
}
const source = fs.readFileSync(path.join(__dirname, '../iukMonitoringLabels.js'), 'utf8');
const LABELS = {};
for (const match of source.matchAll(/^ {2}(\w+): IUK_Mon_\w+,$/gm)) {
  if (!(match[1] in values)) {
    throw new Error(
      `c/iukMonitoringLabels exports ${match[1]}, but ${FILE} has no label ${PREFIX}${match[1]}.`,
    );
  }
  LABELS[match[1]] = values[match[1]];
}

function formatLabel(label, ...args) {
  return String(label || '').replace(/\{(\d+)\}/g, (whole, index) => {
    const value = args[Number(index)];
    return value === undefined || value === null ? '' : String(value);
  });
}

module.exports = { LABELS, formatLabel };

import { LABELS } from 'c/iukMonitoringLabels';

const { LABELS_FILE, readLabels } = require('iuk-test/jest/labels');

describe('c/iukMonitoringLabels', () => {
  it('exports every IUK_Mon_ label of the labels file, with its value', () => {
    const expected = Object.fromEntries(
      readLabels(LABELS_FILE)
        .filter(([name]) => name.startsWith('IUK_Mon_'))
        .map(([name, value]) => [name.slice('IUK_Mon_'.length), value]),
    );
    expect(Object.keys(expected).length).toBeGreaterThan(50);
    expect(LABELS).toEqual(expected);
    expect(LABELS.Chart_Heading).toBe('Daily API requests');
  });
});

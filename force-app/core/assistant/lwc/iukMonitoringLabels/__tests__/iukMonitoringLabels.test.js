import { LABELS, formatLabel } from 'c/iukMonitoringLabels';

const real = require('./realLabels.cjs');

describe('c/iukMonitoringLabels', () => {
  it('exports one text per label of the Custom Labels file', () => {
    expect(Object.keys(LABELS).sort()).toEqual(Object.keys(real.LABELS).sort());
    expect(real.LABELS.Chart_Heading).toBe('Daily API requests');
  });

  it('fills numbered placeholders and leaves a missing value empty', () => {
    expect(formatLabel('{0} of {1} days', 3, 30)).toBe('3 of 30 days');
    expect(formatLabel('{1}, {0}', 'b', 'a')).toBe('a, b');
    expect(formatLabel('{0} and {2}', 'x')).toBe('x and ');
    expect(formatLabel(undefined)).toBe('');
  });
});

import { createElement } from 'lwc';
import IukRuns from 'c/iukRuns';

const { fixture, flushPromises, resetDom, $, $$ } = require('iuk-test/jest/testing');

function render(runs) {
  const element = createElement('c-iuk-runs', { is: IukRuns });
  element.runs = runs;
  document.body.appendChild(element);
  return element;
}

describe('c-iuk-runs', () => {
  afterEach(resetDom);

  it('lists runs newest first, with readable modes, one date format and drift-report counts', async () => {
    const element = render(fixture('getPageModel').recentRuns);
    await flushPromises();
    const rows = $$(element, 'tbody tr').map((row) =>
      [...row.children].map((cell) => cell.textContent.trim()),
    );
    expect(rows.map((row) => row[0])).toEqual([
      'Nov 29, 2026, 10:00 PM',
      'Nov 29, 2026, 1:30 AM',
      'Nov 28, 2026, 6:02 AM',
    ]);
    expect(rows.map((row) => row[1])).toEqual(['Scheduled drift check', 'Freeze', 'Provisioning']);
    expect(rows[0][3]).toMatch(/^2 in sync, 3 drifted or blocked\./);
    expect(rows[2][3]).toMatch(/^2 succeeded, 0 failed\./);
    await expect(element).toBeAccessible();
  });

  it('says when nothing ran yet', async () => {
    const element = render([]);
    await flushPromises();
    expect($(element, '[data-empty="runs"]')).not.toBeNull();
    expect($(element, 'table')).toBeNull();
  });
});

import { createElement } from 'lwc';
import IukChecklist from 'c/iukChecklist';
import { LABELS } from 'c/iukLabels';

const { fixture, flushPromises, resetDom, $, $$ } = require('iuk-test/jest/testing');

function render(items = fixture('getPageModel').checklist) {
  const element = createElement('c-iuk-checklist', { is: IukChecklist });
  element.items = items;
  document.body.appendChild(element);
  return element;
}

describe('c-iuk-checklist', () => {
  afterEach(resetDom);

  it('lists failures first, then warnings, then passes, each with a labelled icon', async () => {
    const element = render();
    await flushPromises();
    expect($$(element, 'li[data-status]').map((item) => item.dataset.status)).toEqual([
      'FAIL',
      'FAIL',
      'FAIL',
      'WARN',
      'WARN',
      'PASS',
      'PASS',
      'PASS',
    ]);
    expect($(element, '[data-id="summary"]').textContent).toBe('3 passed, 2 warnings, 3 failed.');
    expect($(element, 'li[data-key="API_ONLY"] lightning-icon').alternativeText).toBe(LABELS.checkFailed);
    await expect(element).toBeAccessible();
  });

  it('links every open item to the step that fixes it, with a name of its own', async () => {
    const element = render();
    const steps = [];
    element.addEventListener('gotostep', (event) => steps.push(event.detail.name));
    await flushPromises();
    const links = $$(element, 'lightning-button[data-step]');
    expect(links.map((link) => [link.dataset.step, link.label])).toEqual([
      ['profiles', 'Go to Profiles'],
      ['access', 'Go to Access'],
      ['monitoring', 'Go to Monitoring'],
      ['users', 'Go to Users'],
      ['profiles', 'Go to Profiles'],
    ]);
    expect(new Set(links.map((link) => link.ariaLabel)).size).toBe(links.length);
    expect(links[1].ariaLabel).toBe(
      'Go to Access to fix: Least privilege: no admin permissions, no view-all / modify-all access',
    );
    expect($(element, 'li[data-key="LICENSES"] lightning-button')).toBeNull();
    links[1].click();
    expect(steps).toEqual(['access']);
  });

  it('ends with what to do next, never a dead end', async () => {
    const element = render();
    const refreshes = [];
    element.addEventListener('refresh', () => refreshes.push(true));
    await flushPromises();
    expect($(element, '[data-id="what-next"]').textContent).toContain('5 checks still need attention');
    $(element, '[data-id="checklist-refresh"]').click();
    expect(refreshes).toHaveLength(1);
    const passed = render([{ key: 'LICENSES', label: 'Licences', status: 'PASS', detail: 'ok' }]);
    await flushPromises();
    expect($(passed, '[data-id="what-next"]').textContent).toContain(LABELS.checklistAllPassed);
  });

  it('says when there are no checks', async () => {
    const element = render([]);
    await flushPromises();
    expect($(element, '[data-empty="checklist"]')).not.toBeNull();
  });
});

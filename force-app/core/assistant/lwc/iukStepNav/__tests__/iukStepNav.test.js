import { createElement } from 'lwc';
import IukStepNav from 'c/iukStepNav';

const { flushPromises, resetDom, $$ } = require('iuk-test/jest/testing');

const STEPS = [
  { name: 'licenses', label: 'Licences', count: 1 },
  { name: 'profiles', label: 'Profiles', count: 0 },
  { name: 'access', label: 'Access', count: 2 },
];

function render(props) {
  const element = createElement('c-iuk-step-nav', { is: IukStepNav });
  Object.assign(element, { steps: STEPS, currentStep: 'profiles' }, props);
  document.body.appendChild(element);
  return element;
}

describe('c-iuk-step-nav', () => {
  afterEach(resetDom);

  // The badge's digits are aria-hidden: the accessible name is "1. Licences (1 item to review)".
  it('numbers the steps, marks the current one and gives each count a text alternative', async () => {
    const element = render();
    await flushPromises();
    const buttons = $$(element, 'button');
    expect(buttons.map((button) => button.textContent.replace(/\s+/g, ' ').trim())).toEqual([
      '1. Licences (1 item to review)1',
      '2. Profiles',
      '3. Access (2 items to review)2',
    ]);
    expect(buttons.map((button) => button.getAttribute('aria-current'))).toEqual([null, 'step', null]);
    expect($$(element, '.slds-assistive-text').map((span) => span.textContent)).toEqual([
      '(1 item to review)',
      '(2 items to review)',
    ]);
    await expect(element).toBeAccessible();
  });

  it('raises select with the step name, and is disabled while the page is busy', async () => {
    const element = render();
    const selected = [];
    element.addEventListener('select', (event) => selected.push(event.detail.name));
    await flushPromises();
    $$(element, 'button')[2].click();
    expect(selected).toEqual(['access']);
    element.disabled = true;
    await flushPromises();
    expect($$(element, 'button').every((button) => button.disabled)).toBe(true);
  });
});

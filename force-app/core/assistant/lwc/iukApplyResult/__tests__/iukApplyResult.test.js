import { createElement } from 'lwc';
import IukApplyResult from 'c/iukApplyResult';

const { fixture, flushPromises, resetDom, $, $$ } = require('iuk-test/jest/testing');

function render(result) {
  const element = createElement('c-iuk-apply-result', { is: IukApplyResult });
  Object.assign(element, { result, integrations: fixture('getPageModel').integrations });
  document.body.appendChild(element);
  return element;
}

describe('c-iuk-apply-result', () => {
  afterEach(resetDom);

  it('shows per integration what was done or why it failed', async () => {
    const element = render(fixture('applyProvisioning', 'partialFailure'));
    await flushPromises();
    expect($(element, '[data-id="apply-summary"]').textContent).toBe('1 succeeded, 1 failed.');
    const failed = $(element, '[data-result="Support_Chatbot"]');
    expect(failed.textContent).toContain('Support Chatbot: failed');
    expect(failed.querySelector('.slds-text-color_error').textContent).toContain('USERNAME_TAKEN');
    expect($(element, '[data-result="ERP_Order_Sync"]').textContent).toContain('ERP Order Sync: succeeded');
    await expect(element).toBeAccessible();
  });

  it('takes focus on its heading when asked', async () => {
    const element = render(fixture('applyProvisioning'));
    await flushPromises();
    element.focusHeading();
    expect(element.shadowRoot.activeElement).toBe($(element, '[data-id="result-heading"]'));
    expect($$(element, '[data-result]')).toHaveLength(2);
  });
});

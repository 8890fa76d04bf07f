import { createElement } from 'lwc';
import IukConfirmModal from 'c/iukConfirmModal';
import { LABELS } from 'c/iukLabels';

const { flushPromises, resetDom, $ } = require('iuk-test/jest/testing');

function render(props) {
  const element = createElement('c-iuk-confirm-modal', { is: IukConfirmModal });
  Object.assign(
    element,
    { heading: 'Freeze ERP Order Sync?', confirmLabel: 'Freeze user', confirmVariant: 'destructive' },
    props,
  );
  const events = [];
  element.addEventListener('confirm', (event) => events.push(['confirm', event.detail]));
  element.addEventListener('cancel', () => events.push(['cancel']));
  document.body.appendChild(element);
  return { element, events };
}

const key = (element, name, shiftKey = false) =>
  $(element, 'section').dispatchEvent(new KeyboardEvent('keydown', { key: name, shiftKey, bubbles: true }));

describe('c-iuk-confirm-modal', () => {
  afterEach(resetDom);

  it('is a labelled modal dialog with a header close button and a destructive confirm', async () => {
    const { element } = render({ reasonLabel: LABELS.reasonLabel });
    await flushPromises();
    const dialog = $(element, 'section');
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect($(element, '[data-id="close"]').alternativeText).toBe(LABELS.dialogClose);
    expect($(element, '[data-id="confirm"]').variant).toBe('destructive');
    await expect(element).toBeAccessible();
  });

  it('requires a reason before it confirms, and sends it trimmed', async () => {
    const { element, events } = render({ reasonLabel: LABELS.reasonLabel });
    await flushPromises();
    expect(element.shadowRoot.activeElement).toBe($(element, '[data-id="reason"]'));
    expect($(element, '[data-id="confirm"]').disabled).toBe(true);
    const reason = $(element, '[data-id="reason"]');
    reason.value = '  Rotating credentials ';
    reason.dispatchEvent(new CustomEvent('change'));
    await flushPromises();
    $(element, '[data-id="confirm"]').click();
    expect(events).toEqual([['confirm', { reason: 'Rotating credentials' }]]);
  });

  it('focuses Cancel when no reason is asked', async () => {
    const { element } = render({ confirmVariant: 'brand' });
    await flushPromises();
    expect(element.shadowRoot.activeElement).toBe($(element, '[data-id="cancel"]'));
  });

  it('cancels with Escape, Cancel and the close button', async () => {
    const { element, events } = render();
    await flushPromises();
    key(element, 'Escape');
    $(element, '[data-id="cancel"]').click();
    $(element, '[data-id="close"]').click();
    expect(events).toEqual([['cancel'], ['cancel'], ['cancel']]);
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const { element } = render();
    await flushPromises();
    $(element, '[data-id="confirm"]').focus();
    key(element, 'Tab');
    expect(element.shadowRoot.activeElement).toBe($(element, '[data-id="close"]'));
    key(element, 'Tab', true);
    expect(element.shadowRoot.activeElement).toBe($(element, '[data-id="confirm"]'));
  });
});

import { createElement } from 'lwc';
import IukConfirmModal from 'c/iukConfirmModal';

// A macrotask lets every pending promise chain (Apex mock → handler → refreshApex → re-render) settle.
// eslint-disable-next-line @lwc/lwc/no-async-operation
const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));

function render(props = {}) {
  const element = createElement('c-iuk-confirm-modal', { is: IukConfirmModal });
  Object.assign(element, { heading: 'Freeze ERP Order Sync?', confirmLabel: 'Freeze' }, props);
  document.body.appendChild(element);
  return element;
}

const $ = (element, selector) => element.shadowRoot.querySelector(selector);

describe('c-iuk-confirm-modal', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  it('is a labelled modal dialog', async () => {
    const element = render();
    await flushPromises();
    const dialog = $(element, 'section[role="dialog"]');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect($(element, 'h2').textContent).toBe('Freeze ERP Order Sync?');
    await expect(element).toBeAccessible();
  });

  it('requires a reason before it confirms, and sends it trimmed', async () => {
    const element = render({ reasonLabel: 'Reason' });
    const onConfirm = jest.fn();
    element.addEventListener('confirm', onConfirm);
    await flushPromises();
    const confirm = $(element, '[data-id="confirm"]');
    expect(confirm.disabled).toBe(true);
    confirm.click();
    expect(onConfirm).not.toHaveBeenCalled();

    const reason = $(element, '[data-id="reason"]');
    reason.value = '  Key rotation  ';
    reason.dispatchEvent(new CustomEvent('change'));
    await flushPromises();
    expect(confirm.disabled).toBe(false);
    confirm.click();
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(onConfirm.mock.calls[0][0].detail).toEqual({ reason: 'Key rotation' });
    await expect(element).toBeAccessible();
  });

  it('confirms without a reason when none is asked for', async () => {
    const element = render();
    const onConfirm = jest.fn();
    element.addEventListener('confirm', onConfirm);
    await flushPromises();
    expect($(element, '[data-id="reason"]')).toBeNull();
    $(element, '[data-id="confirm"]').click();
    expect(onConfirm.mock.calls[0][0].detail).toEqual({ reason: '' });
  });

  it('cancels on the Cancel button and on Escape', async () => {
    const element = render();
    const onCancel = jest.fn();
    element.addEventListener('cancel', onCancel);
    await flushPromises();
    $(element, '[data-id="cancel"]').click();
    $(element, 'section').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onCancel).toHaveBeenCalledTimes(2);
  });

  it('moves focus into the dialog once when it opens', async () => {
    const focusSpy = jest.spyOn(HTMLElement.prototype, 'focus');
    const element = render({ reasonLabel: 'Reason' });
    await flushPromises();
    const reason = $(element, '[data-id="reason"]');
    expect(focusSpy.mock.contexts).toEqual([reason]);
    // Typing re-renders the dialog; that must not move focus again.
    reason.value = 'x';
    reason.dispatchEvent(new CustomEvent('change'));
    await flushPromises();
    expect(focusSpy).toHaveBeenCalledTimes(1);
    focusSpy.mockRestore();
  });

  it('keeps Tab inside the dialog', async () => {
    const element = render({ reasonLabel: 'Reason' });
    await flushPromises();
    const reason = $(element, '[data-id="reason"]');
    const cancel = $(element, '[data-id="cancel"]');
    reason.focus = jest.fn();
    cancel.focus = jest.fn();
    // Confirm is disabled (no reason), so Cancel is the last focusable element: Tab from nowhere wraps to the first.
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    $(element, 'section').dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(true);
    expect(reason.focus).toHaveBeenCalled();
    const shiftTab = new KeyboardEvent('keydown', {
      key: 'Tab',
      shiftKey: true,
      bubbles: true,
      cancelable: true,
    });
    $(element, 'section').dispatchEvent(shiftTab);
    expect(cancel.focus).toHaveBeenCalled();
  });
});

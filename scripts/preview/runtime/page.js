/**
 * The preview page around the component: fills in the banner (scenario picker), shows toasts the
 * component fires, and mounts the component, or explains why it cannot (unknown scenario).
 */
import { createElement } from 'lwc';
import { setFeatureForTest } from 'lightning/features';
import { preview } from './state.js';
import { SHOW_TOAST_EVENT } from './platformShowToastEvent.js';

// lightning-base-components' gate stub opens every gate. This one makes lightning-combobox call
// attachInternals(), which synthetic shadow (what base components render in here) refuses, so every
// combobox would throw; the preview keeps it closed, before any component is created.
setFeatureForTest('enableComboboxElementInternals', false);

const TOAST_MS = 10000;
const ICONS = { info: 'info', success: 'success', warning: 'warning', error: 'error' };

function formatToastMessage(toast) {
  const data = toast.messageData || [];
  return String(toast.message || '').replace(/\{(\d+)\}/g, (match, index) => {
    const item = data[Number(index)];
    if (item === undefined) return match;
    return typeof item === 'object' ? item.label || item.url || '' : String(item);
  });
}

function showToast(toast) {
  const variant = ICONS[toast.variant] ? toast.variant : 'info';
  const mode = toast.mode || 'dismissible';
  preview.toasts.push({ title: toast.title || '', message: formatToastMessage(toast), variant, mode });

  const element = document.createElement('div');
  element.className = `slds-notify slds-notify_toast slds-theme_${variant}`;
  element.setAttribute('role', variant === 'error' ? 'alert' : 'status');
  element.dataset.variant = variant;
  const content = document.createElement('div');
  content.className = 'slds-notify__content';
  const title = document.createElement('h2');
  title.className = 'slds-text-heading_small';
  title.textContent = toast.title || '';
  const message = document.createElement('p');
  message.textContent = formatToastMessage(toast);
  content.append(title, message);
  const close = document.createElement('button');
  close.className = 'slds-button slds-notify__close slds-button_icon-inverse';
  close.type = 'button';
  close.textContent = '\u00d7';
  close.title = 'Close';
  close.setAttribute('aria-label', 'Close');
  close.addEventListener('click', () => element.remove());
  element.append(content, close);
  document.getElementById('iuk-toasts').append(element);
  // Like the platform: sticky toasts stay until closed, others go away after a while.
  if (mode !== 'sticky') setTimeout(() => element.remove(), TOAST_MS);
}

function fillBanner() {
  const picker = document.getElementById('iuk-scenario');
  for (const name of preview.scenarios) {
    const option = document.createElement('option');
    option.value = name;
    option.textContent = name;
    option.selected = name === preview.scenario;
    picker.append(option);
  }
  picker.addEventListener('change', () => {
    const url = new URL(window.location.href);
    if (picker.value === 'default') url.searchParams.delete('scenario');
    else url.searchParams.set('scenario', picker.value);
    window.location.assign(url);
  });
}

export function startPreview(tagName, Component) {
  fillBanner();
  document.addEventListener(SHOW_TOAST_EVENT, (event) => showToast(event.detail || {}));
  const host = document.getElementById('iuk-component');
  if (!preview.knownScenario) {
    const problem = document.createElement('div');
    problem.className = 'slds-notify slds-notify_alert slds-theme_error';
    problem.setAttribute('role', 'alert');
    problem.textContent =
      `Unknown scenario "${preview.scenario}". No fixture has that variant; ` +
      `known scenarios: ${preview.scenarios.join(', ')}.`;
    host.append(problem);
    return;
  }
  host.append(createElement(tagName, { is: Component }));
  document.body.dataset.previewReady = 'true';
}

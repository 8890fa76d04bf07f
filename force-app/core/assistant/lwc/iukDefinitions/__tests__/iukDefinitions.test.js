import { createElement } from 'lwc';
import IukDefinitions from 'c/iukDefinitions';
import { LABELS } from 'c/iukLabels';

const { fixture, flushPromises, resetDom, $, $$, textOf } = require('iuk-test/jest/testing');

const INTEGRATIONS = fixture('getPageModel').integrations;

function render(props = {}) {
  const element = createElement('c-iuk-definitions', { is: IukDefinitions });
  Object.assign(element, { integrations: INTEGRATIONS, canAuthor: true, ...props });
  const events = [];
  for (const name of ['newdefinition', 'editdefinition', 'retiredefinition', 'gotostep']) {
    element.addEventListener(name, (event) => events.push({ name, detail: event.detail }));
  }
  document.body.appendChild(element);
  return { element, events };
}

const card = (element, name) => $(element, `[data-definition="${name}"]`);

describe('c-iuk-definitions', () => {
  afterEach(() => {
    resetDom();
  });

  it('tells definitions made here from read-only ones deployed from a repository', async () => {
    const { element } = render();
    await flushPromises();
    const made = card(element, 'Support_Chatbot');
    expect(made.querySelector('[data-id="origin"]').textContent).toBe(LABELS.originOrg);
    expect(made.querySelectorAll('lightning-button')).toHaveLength(2);
    const fromRepository = card(element, 'ERP_Order_Sync');
    expect(fromRepository.querySelector('[data-id="origin"]').textContent).toBe(LABELS.originRepository);
    expect(fromRepository.querySelectorAll('lightning-button')).toHaveLength(0);
    expect(fromRepository.querySelector('[data-id="definition-note"]').textContent).toBe(
      LABELS.definitionsRepositoryNote,
    );
    expect($(element, '[data-id="repository-explained"]')).not.toBeNull();
    await expect(element).toBeAccessible();
  });

  it('raises new, edit and retire with the integration, each button naming it', async () => {
    const { element, events } = render();
    await flushPromises();
    $(element, '[data-id="new-definition"]').click();
    const buttons = [...card(element, 'Support_Chatbot').querySelectorAll('lightning-button')];
    expect(buttons.map((button) => button.ariaLabel)).toEqual([
      'Edit Support Chatbot',
      'Retire Support Chatbot',
    ]);
    buttons[0].click();
    buttons[1].click();
    expect(events).toEqual([
      { name: 'newdefinition', detail: null },
      { name: 'editdefinition', detail: { integration: 'Support_Chatbot' } },
      { name: 'retiredefinition', detail: { integration: 'Support_Chatbot' } },
    ]);
  });

  it('is read-only for a user who may not author, and says what is missing', async () => {
    const { element } = render({ canAuthor: false });
    await flushPromises();
    expect($(element, '[data-id="new-definition"]')).toBeNull();
    expect($$(element, 'lightning-button')).toHaveLength(0);
    expect($(element, '[data-id="authoring-read-only"]').textContent.trim()).toBe(
      LABELS.definitionsNoAuthoring,
    );
  });

  it('shows a deployment in progress, then its result', async () => {
    const { element, events } = render({
      deployment: { integration: 'Billing_Sync', action: 'save', status: 'IN_PROGRESS', errors: [] },
    });
    await flushPromises();
    expect($(element, '[data-id="deploy-progress-text"]').textContent).toBe(
      'Deploying the definition of Billing_Sync...',
    );
    element.deployment = { integration: 'Billing_Sync', action: 'save', status: 'SUCCEEDED', errors: [] };
    await flushPromises();
    expect($(element, '[data-id="deploy-heading"]').textContent.trim()).toBe('Billing_Sync is deployed');
    $(element, '[data-id="go-to-users"]').click();
    expect(events).toEqual([{ name: 'gotostep', detail: { name: 'users' } }]);
    await expect(element).toBeAccessible();
  });

  it('lists every problem of a failed deployment', async () => {
    const failed = fixture('getDeploymentStatus', 'deployFailed');
    const { element } = render({ deployment: { integration: 'Billing_Sync', action: 'save', ...failed } });
    await flushPromises();
    const box = $(element, '[data-id="deploy-failed"]');
    expect(box.getAttribute('role')).toBe('alert');
    expect(textOf(element)).toContain('Value too long for field: Alias__c');
    expect(textOf(element)).toContain(LABELS.deployFailedNext);
  });

  it('says where to look when the deployment takes too long', async () => {
    const { element } = render({
      deployment: {
        integration: 'Billing_Sync',
        action: 'save',
        status: 'IN_PROGRESS',
        timedOut: true,
        errors: [],
      },
    });
    await flushPromises();
    expect($(element, '[data-id="deploy-progress"]')).toBeNull();
    expect(textOf(element)).toContain('Deployment Status');
  });
});

import { createElement } from 'lwc';
import IukDefinitionForm from 'c/iukDefinitionForm';
import { LABELS } from 'c/iukLabels';

const { fixture, flushPromises, resetDom, $, $$, textOf } = require('iuk-test/jest/testing');

const CONTEXT = fixture('getAuthoringContext');
const DRAFT = JSON.parse(fixture('getDefinitionDraft').draftJson);
const FIELDS = fixture('getObjectFields');

function render(props = {}) {
  const element = createElement('c-iuk-definition-form', { is: IukDefinitionForm });
  Object.assign(element, { context: CONTEXT, draft: DRAFT, editing: false, ...props });
  const events = [];
  for (const name of ['check', 'save', 'cancel', 'requestfields']) {
    element.addEventListener(name, (event) => events.push({ name, detail: event.detail }));
  }
  document.body.appendChild(element);
  return { element, events };
}

const field = (element, path) => $(element, `[data-path="${path}"]`);

async function type(element, path, value) {
  const input = field(element, path);
  input.value = value;
  input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
  input.dispatchEvent(new CustomEvent('blur'));
  await flushPromises();
}

function button(element, label) {
  return $$(element, 'lightning-button').find((candidate) => candidate.label === label);
}

describe('c-iuk-definition-form', () => {
  afterEach(() => {
    resetDom();
    jest.clearAllMocks();
  });

  it('shows the draft in its sections, the API name fixed when editing', async () => {
    const { element } = render({ editing: true });
    await flushPromises();
    expect(field(element, 'integration.name').value).toBe('Support_Chatbot');
    expect(field(element, 'integration.name').disabled).toBe(true);
    expect(field(element, 'integration.user.alias').value).toBe('chatbot');
    expect(field(element, 'integration.profile').value).toBe('Integration - Chatbot Restricted');
    expect(field(element, 'profileRestrictions.loginIpRanges.0.start').value).toBe('203.0.113.10');
    expect(field(element, 'profileRestrictions.loginHours.saturday').value).toBe('closed');
    expect($(element, '[data-id="not-verified"]').textContent).toBe(LABELS.formNotVerified);
    expect($(element, '[data-id="form-heading"]').textContent.trim()).toBe('Edit Support Chatbot');
    expect(textOf(element)).toContain(LABELS.formAuthenticationLater);
    await expect(element).toBeAccessible();
  });

  it('guides the admin to clone the standard profile instead of recording restrictions on it', async () => {
    const { element } = render();
    await type(element, 'integration.profile', 'Minimum Access - API Only Integrations');
    expect($(element, '[data-id="clone-guide"]')).not.toBeNull();
    expect($(element, '[data-id="setup-profiles"]').href).toContain('/lightning/setup/EnhancedProfiles/home');
    expect(field(element, 'profileRestrictions.loginIpRanges.0.start')).toBeNull();
    $(element, '[data-id="save-definition"]').click();
    await flushPromises();
  });

  it('sends the draft without restrictions for the standard profile and without empty values', async () => {
    const { element, events } = render();
    await type(element, 'integration.profile', 'Minimum Access - API Only Integrations');
    $(element, '[data-id="save-definition"]').click();
    const sent = events.find((event) => event.name === 'save').detail.draft;
    expect(sent).not.toHaveProperty('profileRestrictions');
    expect(sent.integration.profile).toBe('Minimum Access - API Only Integrations');
  });

  it('checks what the admin types at once and lists every problem after Check, with a way to each field', async () => {
    const { element, events } = render();
    await type(element, 'integration.user.alias', 'chatbotintegration');
    $(element, '[data-id="check-definition"]').click();
    await flushPromises();
    expect(events.find((event) => event.name === 'check').detail.draft.integration.user.alias).toBe(
      'chatbotintegration',
    );
    const summary = $(element, '[data-id="problems"]');
    expect(summary).not.toBeNull();
    expect(textOf(element)).toContain('Too long: 18 characters, at most 8.');
    const goTo = [...summary.querySelectorAll('lightning-button')].find(
      (candidate) => candidate.label === LABELS.formAlias,
    );
    expect(goTo.ariaLabel).toBe(`Go to ${LABELS.formAlias}: Too long: 18 characters, at most 8.`);
    await expect(element).toBeAccessible();
  });

  it("shows the org's problems until the admin changes that field", async () => {
    const { element } = render();
    element.serverProblems = fixture('checkDefinition', 'withProblems').problems;
    await flushPromises();
    expect(textOf(element)).toContain('is also used by ERP_Order_Sync');
    expect(textOf(element)).toContain('needs read access to Account');
    expect($(element, '[data-id="problems-heading"]').textContent).toContain('3 problems to fix');
    await type(element, 'integration.user.username', 'chatbot2.integration@acme.example.com');
    expect(textOf(element)).not.toContain('is also used by ERP_Order_Sync');
    expect($(element, '[data-id="problems-heading"]').textContent).toContain('2 problems to fix');
  });

  it('adds an object from the org, asks for its fields, and grants fields once they are there', async () => {
    const { element, events } = render();
    const search = $(element, '[data-id="object-search"]');
    search.value = 'opp';
    search.dispatchEvent(new CustomEvent('change', { detail: { value: 'opp' } }));
    await flushPromises();
    const add = button(element, 'Opportunity');
    expect(add.ariaLabel).toBe('Add Opportunity');
    add.click();
    await flushPromises();
    expect(events.find((event) => event.name === 'requestfields').detail).toEqual({
      objectName: 'Opportunity',
    });
    expect(field(element, 'integration.objects.2.access').value).toEqual(['read']);

    element.objectFields = { Case: FIELDS.fields };
    await flushPromises();
    const editable = field(element, 'integration.objects.1.fields.edit');
    expect(editable.options.map((option) => option.value)).not.toContain('ClosedDate');
    expect(editable.value).toEqual(['Description', 'Subject']);
  });

  it('asks for a justification once View All or Modify All is granted', async () => {
    const { element } = render();
    expect(field(element, 'integration.objects.1.justification')).toBeNull();
    await type(element, 'integration.objects.1.access', ['read', 'viewAll']);
    expect(field(element, 'integration.objects.1.justification')).not.toBeNull();
  });

  it('adds and removes login IP ranges', async () => {
    const { element } = render();
    $(element, '[data-id="add-range"]').click();
    await flushPromises();
    expect(field(element, 'profileRestrictions.loginIpRanges.1.start')).not.toBeNull();
    $$(element, 'lightning-button')
      .find((candidate) => candidate.ariaLabel === 'Remove range 1')
      .click();
    await flushPromises();
    expect(field(element, 'profileRestrictions.loginIpRanges.1.start')).toBeNull();
  });

  it('cancels', async () => {
    const { element, events } = render();
    $(element, '[data-id="cancel-form"]').click();
    expect(events.map((event) => event.name)).toEqual(['cancel']);
  });
});

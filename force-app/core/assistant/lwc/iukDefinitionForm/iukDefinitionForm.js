import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/iukLabels';
import { format, plural } from 'c/iukFormat';
import { checkDraft } from 'c/iukDefinitionChecks';
import { PERMISSIONS, WEEKDAYS, getIn, namesOf, newDraft, setIn, toSubmission } from 'c/iukDrafts';

const PERMISSION_LABELS = {
  read: LABELS.accessRead,
  create: LABELS.accessCreate,
  edit: LABELS.accessEdit,
  delete: LABELS.accessDelete,
  viewAll: LABELS.accessViewAll,
  modifyAll: LABELS.accessModifyAll,
};

const DAY_LABELS = {
  monday: LABELS.dayMonday,
  tuesday: LABELS.dayTuesday,
  wednesday: LABELS.dayWednesday,
  thursday: LABELS.dayThursday,
  friday: LABELS.dayFriday,
  saturday: LABELS.daySaturday,
  sunday: LABELS.daySunday,
};

/** Setup's Profiles page in Lightning Experience (Setup → Users → Profiles). */
export const SETUP_PROFILES_URL = '/lightning/setup/EnhancedProfiles/home';
const OBJECT_MATCHES = 8;

/**
 * The definition form: one integration in the definitions file's format, with its user, profile (and
 * the login restrictions recorded for it), object and field access, extra permission sets and groups.
 * It holds the draft while the admin edits it and shows every problem at its field: the client-side
 * checks at once (c/iukDefinitionChecks), the org's (every rule) after Check or Deploy. The page makes
 * the calls.
 *
 * Events: check { draft }, save { draft }, cancel, requestfields { objectName }.
 */
export default class IukDefinitionForm extends LightningElement {
  /** AuthoringContext: profiles, picklists, objects, permissions. */
  @api context;
  /** True when the draft edits an existing definition (its API name is fixed). */
  @api editing = false;
  @api busy = false;
  /** Object API name -> its permissionable fields (FieldOption[]), as the page loaded them. */
  @api objectFields = {};

  labels = LABELS;
  state = newDraft();
  /** Paths the admin changed since the org last checked the draft (its problems there are stale). */
  edited = new Set();
  /** Paths the admin has left: client problems show there before any check. */
  touched = new Set();
  submitted = false;
  server = [];
  objectSearch = '';

  @api
  get draft() {
    return this.state;
  }
  set draft(value) {
    this.state = JSON.parse(JSON.stringify(value || newDraft()));
    this.edited = new Set();
    this.touched = new Set();
  }

  /** The org's problems for the draft it last checked (DefinitionProblem[]). */
  @api
  get serverProblems() {
    return this.server;
  }
  set serverProblems(value) {
    this.server = value || [];
    this.edited = new Set();
    this.submitted = true;
  }

  /** Focuses the form's heading (when it opens, and after a check without problems). */
  @api
  focusHeading() {
    const heading = this.template.querySelector('[data-id="form-heading"]');
    if (heading) {
      heading.focus();
    }
  }

  /** Focuses the list of problems (after a check or a refused save). */
  @api
  focusProblems() {
    const heading =
      this.template.querySelector('[data-id="problems-heading"]') ||
      this.template.querySelector('[data-id="form-heading"]');
    if (heading) {
      heading.focus();
    }
  }

  /** Focuses the field of a problem (the summary's links). */
  @api
  focusProblem(path) {
    const element =
      this.template.querySelector(`[data-path="${path}"]`) ||
      this.template.querySelector(`[data-section-path="${path.split('.').slice(0, 3).join('.')}"]`) ||
      this.template.querySelector('[data-id="problems-heading"]');
    if (element) {
      element.focus();
    }
  }

  renderedCallback() {
    for (const element of this.template.querySelectorAll('[data-path]')) {
      if (typeof element.setCustomValidity !== 'function') {
        continue;
      }
      const path = element.dataset.path;
      const message = this.messageFor(path);
      element.setCustomValidity(message || '');
      if (message || this.touched.has(path)) {
        element.reportValidity();
      }
    }
  }

  // ---- problems ----------------------------------------------------------------------------------

  get problems() {
    const server = this.server.filter((problem) => !this.isEdited(problem.path));
    const client = checkDraft(this.submission).filter(
      (problem) => this.submitted || this.touched.has(problem.path),
    );
    const seen = new Set(server.map((problem) => `${problem.code} ${problem.path}`));
    return [...server, ...client.filter((problem) => !seen.has(`${problem.code} ${problem.path}`))];
  }

  isEdited(path) {
    for (const changed of this.edited) {
      if (path === changed || path.startsWith(`${changed}.`) || changed.startsWith(`${path}.`)) return true;
    }
    return false;
  }

  messageFor(path) {
    const problem = this.problems.find((candidate) => candidate.path === path);
    return problem ? problem.message : undefined;
  }

  /** Messages of problems inside a part of the form that has no input of its own (an object, a range). */
  messagesUnder(prefix, exclude = []) {
    return this.problems
      .filter(
        (problem) =>
          (problem.path === prefix || problem.path.startsWith(`${prefix}.`)) &&
          !exclude.includes(problem.path),
      )
      .map((problem, index) => ({ key: `${problem.path}-${index}`, text: problem.message }));
  }

  get summaryItems() {
    return this.problems.map((problem, index) => ({
      key: `${problem.code}-${problem.path}-${index}`,
      path: problem.path,
      text: problem.message,
      isWarning: problem.severity === 'WARNING',
      fieldLabel: this.fieldLabel(problem.path),
      // With the problem in its name: two problems of one field get two distinct buttons.
      goToLabel: format(LABELS.formGoToField, this.fieldLabel(problem.path), problem.message),
    }));
  }

  get hasSummary() {
    return this.submitted && this.problems.length > 0;
  }

  get summaryHeading() {
    const errors = this.problems.filter((problem) => problem.severity !== 'WARNING').length;
    return errors > 0
      ? plural(errors, LABELS.formProblemsOne, LABELS.formProblemsOther)
      : plural(this.problems.length, LABELS.formWarningsOne, LABELS.formWarningsOther);
  }

  /** The form's name for the field at a path, for the summary. */
  fieldLabel(path) {
    const parts = path.split('.');
    const known = {
      'integration.name': LABELS.formName,
      'integration.label': LABELS.formLabel,
      'integration.externalSystem': LABELS.formExternalSystem,
      'integration.direction': LABELS.formDirection,
      'integration.owner.name': LABELS.formOwnerName,
      'integration.owner.email': LABELS.formOwnerEmail,
      'integration.justification': LABELS.formJustification,
      'integration.user.username': LABELS.formUsername,
      'integration.user.email': LABELS.formEmail,
      'integration.user.firstName': LABELS.formFirstName,
      'integration.user.lastName': LABELS.formLastName,
      'integration.user.alias': LABELS.formAlias,
      'integration.user.timeZone': LABELS.formTimeZone,
      'integration.user.locale': LABELS.formLocale,
      'integration.user.language': LABELS.formLanguage,
      'integration.profile': LABELS.formProfile,
      'integration.permissionSets': LABELS.formPermissionSets,
      'integration.permissionSetGroups': LABELS.formPermissionSetGroups,
      'integration.objects': LABELS.formObjectsLegend,
      integration: LABELS.formIntegrationLegend,
    };
    if (known[path]) return known[path];
    if (parts[1] === 'objects' && parts.length >= 3) {
      const entry = getIn(this.state, parts.slice(0, 3).join('.'));
      return format(LABELS.formObjectField, (entry && entry.object) || String(Number(parts[2]) + 1));
    }
    if (parts[0] === 'profileRestrictions' && parts[1] === 'loginIpRanges') {
      return parts.length >= 3
        ? format(LABELS.formRangeNumber, Number(parts[2]) + 1)
        : LABELS.formRangesLegend;
    }
    if (parts[0] === 'profileRestrictions' && parts[1] === 'loginHours') {
      return parts[2] ? DAY_LABELS[parts[2]] || parts[2] : LABELS.formHoursLegend;
    }
    if (known[parts.slice(0, 2).join('.')]) return known[parts.slice(0, 2).join('.')];
    return path || LABELS.formIntegrationLegend;
  }

  // ---- values ------------------------------------------------------------------------------------

  get integration() {
    return this.state.integration || {};
  }

  get user() {
    return this.integration.user || {};
  }

  get owner() {
    return this.integration.owner || {};
  }

  get nameDisabled() {
    return this.editing || this.busy;
  }

  get directionOptions() {
    return [
      { label: LABELS.formDirectionInbound, value: 'inbound' },
      { label: LABELS.formDirectionOutbound, value: 'outbound' },
      { label: LABELS.formDirectionBidirectional, value: 'bidirectional' },
    ];
  }

  get whenInactiveOptions() {
    return [
      { label: LABELS.formWhenInactiveFreeze, value: 'freeze' },
      { label: LABELS.formWhenInactiveDeactivate, value: 'deactivate' },
    ];
  }

  get activeChecked() {
    return this.integration.active !== false;
  }

  get whenInactiveValue() {
    return this.integration.whenInactive || 'freeze';
  }

  get removeUnlistedChecked() {
    return this.integration.removeUnlistedAssignments === true;
  }

  optionsOf(list) {
    return (list || []).map((option) => ({ label: option.label || option.value, value: option.value }));
  }

  get timeZoneOptions() {
    return this.optionsOf(this.context && this.context.timeZones);
  }

  get localeOptions() {
    return this.optionsOf(this.context && this.context.locales);
  }

  get languageOptions() {
    return this.optionsOf(this.context && this.context.languages);
  }

  get profileOptions() {
    return ((this.context && this.context.profiles) || []).map((profile) => ({
      label: profile.standard ? format(LABELS.formProfileStandard, profile.name) : profile.name,
      value: profile.name,
    }));
  }

  get selectedProfile() {
    return ((this.context && this.context.profiles) || []).find(
      (profile) => profile.name === this.integration.profile,
    );
  }

  get isStandardProfile() {
    return !!this.selectedProfile && this.selectedProfile.standard === true;
  }

  get showRestrictions() {
    return !!this.integration.profile && !this.isStandardProfile;
  }

  get setupProfilesUrl() {
    return SETUP_PROFILES_URL;
  }

  get cloneSteps() {
    const standard = (this.context && this.context.defaultProfile) || LABELS.formStandardProfileName;
    return [
      LABELS.formCloneStepOpen,
      format(LABELS.formCloneStepClone, standard),
      LABELS.formCloneStepRanges,
      LABELS.formCloneStepHours,
      LABELS.formCloneStepPick,
    ].map((text, index) => ({ key: `step-${index}`, text }));
  }

  get permissionSetsText() {
    return (this.integration.permissionSets || []).join('\n');
  }

  get permissionSetGroupsText() {
    return (this.integration.permissionSetGroups || []).join('\n');
  }

  get submitLabel() {
    return this.editing ? LABELS.formSaveChanges : LABELS.formCreate;
  }

  get formHeading() {
    return this.editing
      ? format(LABELS.formEditHeading, this.integration.label || this.integration.name)
      : LABELS.formNewHeading;
  }

  // ---- objects -----------------------------------------------------------------------------------

  get objects() {
    return this.integration.objects || [];
  }

  get hasObjects() {
    return this.objects.length > 0;
  }

  get objectRows() {
    const labels = new Map(
      ((this.context && this.context.objects) || []).map((option) => [option.value, option.label]),
    );
    return this.objects.map((entry, index) => {
      const base = `integration.objects.${index}`;
      const access = entry.access || [];
      const fields = this.objectFields ? this.objectFields[entry.object] : undefined;
      const fieldOptions = (fields || []).map((field) => ({
        label: `${field.label} (${field.name})`,
        value: field.name,
      }));
      const editOptions = (fields || [])
        .filter((field) => field.editable)
        .map((field) => ({ label: `${field.label} (${field.name})`, value: field.name }));
      const label = labels.get(entry.object) || entry.object;
      return {
        key: `${base}-${entry.object}`,
        index,
        objectName: entry.object,
        base,
        heading: label === entry.object ? entry.object : `${label} (${entry.object})`,
        accessPath: `${base}.access`,
        accessValue: access,
        accessLabel: format(LABELS.formAccessOf, label),
        justificationPath: `${base}.justification`,
        justification: entry.justification || '',
        showJustification: access.includes('viewAll') || access.includes('modifyAll'),
        readPath: `${base}.fields.read`,
        editPath: `${base}.fields.edit`,
        readValue: (entry.fields && entry.fields.read) || [],
        editValue: (entry.fields && entry.fields.edit) || [],
        fieldsLoaded: !!fields,
        fieldOptions,
        editOptions,
        readLabel: format(LABELS.formReadFields, label),
        editLabel: format(LABELS.formEditFields, label),
        chooseFieldsLabel: format(LABELS.formChooseFields, label),
        removeLabel: format(LABELS.formRemoveObject, label),
        fieldSummary: format(
          LABELS.formFieldSummary,
          ((entry.fields && entry.fields.read) || []).length,
          ((entry.fields && entry.fields.edit) || []).length,
        ),
        messages: this.messagesUnder(base, [`${base}.access`, `${base}.justification`]),
      };
    });
  }

  get permissionOptions() {
    return PERMISSIONS.map((permission) => ({ label: PERMISSION_LABELS[permission], value: permission }));
  }

  get objectMatches() {
    const query = this.objectSearch.trim().toLowerCase();
    if (query.length < 2) return [];
    const taken = new Set(this.objects.map((entry) => String(entry.object).toLowerCase()));
    return ((this.context && this.context.objects) || [])
      .filter(
        (option) =>
          !taken.has(option.value.toLowerCase()) &&
          (option.value.toLowerCase().includes(query) || String(option.label).toLowerCase().includes(query)),
      )
      .slice(0, OBJECT_MATCHES)
      .map((option) => ({
        key: option.value,
        value: option.value,
        text: option.label === option.value ? option.value : `${option.label} (${option.value})`,
        addLabel: format(LABELS.formAddObjectNamed, option.label),
      }));
  }

  get hasObjectMatches() {
    return this.objectMatches.length > 0;
  }

  get noObjectMatches() {
    return this.objectSearch.trim().length >= 2 && this.objectMatches.length === 0;
  }

  get objectsMessages() {
    return this.problems
      .filter((problem) => problem.path === 'integration.objects' || problem.path === 'integration')
      .map((problem, index) => ({ key: `objects-${index}`, text: problem.message }));
  }

  // ---- restrictions ------------------------------------------------------------------------------

  get ranges() {
    return (this.state.profileRestrictions && this.state.profileRestrictions.loginIpRanges) || [];
  }

  get rangeRows() {
    return this.ranges.map((range, index) => {
      const base = `profileRestrictions.loginIpRanges.${index}`;
      const number = index + 1;
      return {
        key: `range-${index}`,
        startPath: `${base}.start`,
        endPath: `${base}.end`,
        descriptionPath: `${base}.description`,
        start: range.start || '',
        end: range.end || '',
        description: range.description || '',
        legend: format(LABELS.formRangeNumber, number),
        removeLabel: format(LABELS.formRemoveRange, number),
        index,
        messages: this.messagesUnder(base, [`${base}.start`, `${base}.end`, `${base}.description`]),
      };
    });
  }

  get hasRanges() {
    return this.ranges.length > 0;
  }

  get hourRows() {
    const hours = (this.state.profileRestrictions && this.state.profileRestrictions.loginHours) || {};
    return WEEKDAYS.map((day) => ({
      key: day,
      path: `profileRestrictions.loginHours.${day}`,
      label: DAY_LABELS[day],
      value: hours[day] || '',
    }));
  }

  get restrictionMessages() {
    return this.problems
      .filter(
        (problem) =>
          problem.path === 'profileRestrictions' || problem.path === 'profileRestrictions.loginHours',
      )
      .map((problem, index) => ({ key: `restrictions-${index}`, text: problem.message }));
  }

  // ---- the draft as sent -------------------------------------------------------------------------

  /** The draft for the org: the form's values without empties; no restrictions on the standard profile. */
  get submission() {
    let draft = this.state;
    const hours = draft.profileRestrictions && draft.profileRestrictions.loginHours;
    if (hours) {
      for (const day of Object.keys(hours)) {
        if (!hours[day]) draft = setIn(draft, `profileRestrictions.loginHours.${day}`, undefined);
      }
    }
    if (this.isStandardProfile) {
      draft = setIn(draft, 'profileRestrictions', undefined);
    }
    return toSubmission(draft);
  }

  // ---- handlers ----------------------------------------------------------------------------------

  change(path, value) {
    this.state = setIn(this.state, path, value);
    this.edited = new Set([...this.edited, path]);
    this.touched = new Set([...this.touched, path]);
  }

  handleValue(event) {
    const target = event.target;
    const kind = target.dataset.kind;
    let value;
    if (kind === 'checkbox') {
      value = event.detail && event.detail.checked !== undefined ? event.detail.checked : target.checked;
    } else if (kind === 'lines') {
      value = namesOf(event.detail ? event.detail.value : target.value);
    } else {
      value = event.detail && event.detail.value !== undefined ? event.detail.value : target.value;
    }
    this.change(target.dataset.path, value);
  }

  handleBlur(event) {
    this.touched = new Set([...this.touched, event.target.dataset.path]);
  }

  handleObjectSearch(event) {
    this.objectSearch = (event.detail && event.detail.value) || event.target.value || '';
  }

  handleAddObject(event) {
    const objectName = event.currentTarget.dataset.object;
    const objects = [...this.objects, { object: objectName, access: ['read'] }];
    this.change('integration.objects', objects);
    this.objectSearch = '';
    this.dispatchEvent(new CustomEvent('requestfields', { detail: { objectName } }));
  }

  handleRemoveObject(event) {
    const index = Number(event.currentTarget.dataset.index);
    this.change(
      'integration.objects',
      this.objects.filter((entry, position) => position !== index),
    );
  }

  handleChooseFields(event) {
    this.dispatchEvent(
      new CustomEvent('requestfields', { detail: { objectName: event.currentTarget.dataset.object } }),
    );
  }

  handleAddRange() {
    this.change('profileRestrictions.loginIpRanges', [
      ...this.ranges,
      { start: '', end: '', description: '' },
    ]);
  }

  handleRemoveRange(event) {
    const index = Number(event.currentTarget.dataset.index);
    this.change(
      'profileRestrictions.loginIpRanges',
      this.ranges.filter((range, position) => position !== index),
    );
  }

  handleGoTo(event) {
    this.focusProblem(event.currentTarget.dataset.target);
  }

  handleCancel() {
    this.dispatchEvent(new CustomEvent('cancel'));
  }

  handleCheck() {
    this.submitted = true;
    this.dispatchEvent(new CustomEvent('check', { detail: { draft: this.submission } }));
  }

  handleSave() {
    this.submitted = true;
    this.dispatchEvent(new CustomEvent('save', { detail: { draft: this.submission } }));
  }
}

/**
 * The assistant's steps, in order: name, texts, and what each step counts as "to review" for its
 * badge. The page component renders the step whose name is current; adding a step is one entry here,
 * one child component, and one lwc:if in integrationUserAssistant.html (docs/setup-assistant.md).
 */
import { LABELS } from 'c/iukLabels';
import { STATUSES_NEEDING_ACTION } from 'c/iukFormat';

// Above this share of the daily API limit an admin should look before integrations start failing.
export const API_WARNING_PERCENT = 80;

const list = (value) => value || [];
const integrationsOf = (model) => list(model && model.integrations);
const createdUsers = (model) => integrationsOf(model).filter((integration) => !!integration.userId);

function licenceNeedsReview(summary) {
  return !summary || !summary.found || !(summary.available > 1);
}

function profileNeedsReview(profile) {
  const unrestricted = list(profile.ipRanges).length === 0 && list(profile.integrations).length > 0;
  return !profile.exists || !profile.onIntegrationLicense || unrestricted;
}

/** Integrations with at least one login from outside the declared IP ranges: one item to review each. */
export function integrationsWithOutsideLogins(model) {
  return createdUsers(model).filter((integration) => (integration.loginsOutsideIpRanges || 0) > 0).length;
}

/** Logins from outside the declared IP ranges, every login of the counted window, across every created user. */
export function outsideIpLoginCount(model) {
  return createdUsers(model).reduce(
    (count, integration) => count + (integration.loginsOutsideIpRanges || 0),
    0,
  );
}

/** Created users that never logged in or stopped logging in. */
export function usersToReview(model) {
  return createdUsers(model).filter((integration) => integration.neverLoggedIn || integration.dormant);
}

export function apiUsageHigh(model) {
  const usage = model && model.apiUsage;
  return !!(usage && usage.max && (usage.percentUsed || 0) >= API_WARNING_PERCENT);
}

export const STEPS = [
  {
    name: 'licenses',
    label: LABELS.stepLicenses,
    title: LABELS.stepLicensesTitle,
    count: (model) =>
      [model.userLicense, model.permissionSetLicense].filter((summary) => licenceNeedsReview(summary)).length,
  },
  {
    name: 'definitions',
    label: LABELS.stepDefinitions,
    title: LABELS.stepDefinitionsTitle,
    // With no definition yet there is nothing to provision: the admin starts here.
    count: (model) => (integrationsOf(model).length === 0 ? 1 : 0),
  },
  {
    name: 'profiles',
    label: LABELS.stepProfiles,
    title: LABELS.stepProfilesTitle,
    count: (model) => list(model.profiles).filter((profile) => profileNeedsReview(profile)).length,
  },
  {
    name: 'access',
    label: LABELS.stepAccess,
    title: LABELS.stepAccessTitle,
    count: (model) =>
      integrationsOf(model).filter((integration) => list(integration.dangerousPermissions).length > 0).length,
  },
  {
    name: 'users',
    label: LABELS.stepUsers,
    title: LABELS.stepUsersTitle,
    count: (model) =>
      integrationsOf(model).filter((integration) => STATUSES_NEEDING_ACTION.includes(integration.status))
        .length,
  },
  {
    name: 'monitoring',
    label: LABELS.stepMonitoring,
    title: LABELS.stepMonitoringTitle,
    count: (model) =>
      integrationsWithOutsideLogins(model) + usersToReview(model).length + (apiUsageHigh(model) ? 1 : 0),
  },
  {
    name: 'checklist',
    label: LABELS.stepChecklist,
    title: LABELS.stepChecklistTitle,
    count: (model) => list(model.checklist).filter((item) => item.status !== 'PASS').length,
  },
];

// ChecklistItem.key (IntegrationUserChecklist.cls) → the step where the admin fixes it.
const CHECK_STEPS = {
  DEDICATED_USER: 'users',
  API_ONLY: 'profiles',
  LEAST_PRIVILEGE: 'access',
  PERMISSION_SETS: 'access',
  IP_RESTRICTIONS: 'profiles',
  MONITORING: 'monitoring',
  LICENSES: 'licenses',
  API_USAGE: 'monitoring',
};

export function stepOf(name) {
  return STEPS.find((step) => step.name === name);
}

/** The step that fixes a checklist item, or undefined when no step does. */
export function stepForCheck(key) {
  return stepOf(CHECK_STEPS[key]);
}

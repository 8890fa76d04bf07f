/**
 * Every state of the assistant that the fixtures reach, as a recipe: how to open the page (scenario
 * or per-test Apex answers) and how to drive it there. The page checks, the keyboard walk and the
 * screenshots all use this one list, so a new state is checked everywhere at once.
 */
import type { Page } from 'playwright-core';
import type { PageModel as EnginePageModel } from '../../org/engine-types.js';
import {
  apexError,
  dialog,
  fixture,
  holdApex,
  setApexResponse,
  settled,
  stepNav,
  type OpenOptions,
} from './harness.js';

export interface ViewState {
  name: string;
  open?: Omit<OpenOptions, 'width'>;
  /** Drives a freshly opened page into the state (the page has settled when it is called). */
  drive?: (page: Page) => Promise<void>;
  /** The state is a modal dialog: checks look at the dialog, which covers the page. */
  dialog?: boolean;
  /** An Apex call is held unanswered: the page never settles, so nothing waits for it. */
  busy?: boolean;
}

/** The engine's response types (generated from the Apex classes) with every value present, as in the fixtures. */
export type Recorded<T> = T extends (infer Item)[]
  ? Recorded<Item>[]
  : T extends object
    ? { [Key in keyof T]-?: Recorded<NonNullable<T[Key]>> }
    : NonNullable<T>;

export type PageModel = Recorded<EnginePageModel>;

export const STEP_LABELS: Record<string, string> = {
  licenses: 'Licences',
  definitions: 'Definitions',
  profiles: 'Profiles',
  access: 'Access',
  users: 'Users',
  monitoring: 'Monitoring',
  checklist: 'Checklist',
};

/**
 * What the controller sends when the org changed between plan and apply: the code, then the engine's
 * message (IntegrationUserAuraErrors; scripts/contracts/error-codes-contract.test.ts compares it).
 */
export const PLAN_CHANGED_MESSAGE =
  'PLAN_CHANGED: The org changed since the plan was made (or the definitions did). Review the new plan and apply again.';

export function defaultModel(): PageModel {
  return fixture<PageModel>('getPageModel');
}

export async function openStep(page: Page, step: string): Promise<void> {
  await stepNav(page, STEP_LABELS[step] ?? step).click();
  await page.locator('[data-id="step-heading"]').waitFor();
  await settled(page);
}

export async function planAll(page: Page): Promise<void> {
  await openStep(page, 'users');
  await page.getByRole('button', { name: /^Plan provisioning for/ }).click();
  await page.locator('[data-id="plan"]').waitFor();
  await settled(page);
}

export async function openApplyDialog(page: Page): Promise<void> {
  await planAll(page);
  await page.locator('[data-id="plan"]').getByRole('button', { name: 'Apply plan' }).click();
  await dialog(page).waitFor();
}

export async function confirmApply(page: Page): Promise<void> {
  await openApplyDialog(page);
  await dialog(page)
    .getByRole('button', { name: /^Apply \d+ change/ })
    .click();
}

/** The user-state dialog for the first integration that offers `verb` (Freeze, Unfreeze, Deactivate). */
export async function openStateDialog(page: Page, verb: string): Promise<void> {
  await openStep(page, 'users');
  await page
    .getByRole('button', { name: new RegExp(`^${verb} `) })
    .first()
    .click();
  await dialog(page).waitFor();
}

/** The definition form for a new definition, opened from the Definitions step. */
export async function openNewDefinition(page: Page): Promise<void> {
  await openStep(page, 'definitions');
  await page.locator('[data-id="new-definition"]').getByRole('button').click();
  await page.locator('[data-id="definition-form"]').waitFor();
  await settled(page);
}

/** The form of the definition made in the org (Support_Chatbot in the fixtures). */
export async function openEditDefinition(page: Page): Promise<void> {
  await openStep(page, 'definitions');
  await page.getByRole('button', { name: 'Edit Support Chatbot' }).click();
  await page.locator('[data-id="definition-form"]').waitFor();
  await settled(page);
}

/** Types the fields of a new definition the way an admin would (the rest keep the form's defaults). */
export async function fillNewDefinition(page: Page): Promise<void> {
  const values: Record<string, string> = {
    'integration.name': 'Billing_Sync',
    'integration.label': 'Billing Sync',
    'integration.externalSystem': 'Contoso Billing',
    'integration.owner.name': 'Priya Raman',
    'integration.owner.email': 'billing-team@acme.example',
    'integration.justification':
      'Creates invoices from closed opportunities and writes the payment status back to the account.',
    'integration.user.username': 'billing.integration@acme.example',
    'integration.user.email': 'billing-team@acme.example',
    'integration.user.lastName': 'Sync Integration',
    'integration.user.alias': 'billint',
  };
  for (const [path, value] of Object.entries(values))
    await page.locator(`[data-path="${path}"]`).locator('input, textarea').first().fill(value);
  await page.locator('[data-path="integration.user.language"]').locator('select').selectOption('en_US');
}

/** Saves the open form and lets the first status poll answer `status` (a getDeploymentStatus variant). */
export async function deployWith(
  page: Page,
  status: 'inProgress' | 'deployFailed' | undefined,
): Promise<void> {
  await setApexResponse(page, 'getDeploymentStatus', fixture('getDeploymentStatus', status));
  await page.locator('[data-id="save-definition"]').getByRole('button').click();
  // Saved: the deployment is under way at once (its result comes with a later poll).
  await page.locator('[data-id="deploy-progress"], [data-id="deploy-heading"]').first().waitFor();
}

const withModel = (change: (model: PageModel) => void): Omit<OpenOptions, 'width'> => {
  const model = defaultModel();
  change(model);
  return { responses: { getPageModel: model } };
};

export const STATES: ViewState[] = [
  ...Object.keys(STEP_LABELS).map((step) => ({
    name: `step ${step}`,
    drive: (page: Page) => openStep(page, step),
  })),
  {
    name: 'access with field access shown',
    drive: async (page) => {
      await openStep(page, 'access');
      for (const toggle of await page.locator('[data-id="toggle-fields"]').all()) await toggle.click();
      await settled(page);
    },
  },
  { name: 'plan shown', drive: planAll },
  { name: 'apply dialog', dialog: true, drive: openApplyDialog },
  { name: 'freeze dialog', dialog: true, drive: (page) => openStateDialog(page, 'Freeze') },
  { name: 'unfreeze dialog', dialog: true, drive: (page) => openStateDialog(page, 'Unfreeze') },
  { name: 'deactivate dialog', dialog: true, drive: (page) => openStateDialog(page, 'Deactivate') },
  {
    name: 'applying (progress)',
    busy: true,
    drive: async (page) => {
      await openApplyDialog(page);
      await holdApex(page, 'applyProvisioning');
      await dialog(page)
        .getByRole('button', { name: /^Apply \d+ change/ })
        .click();
      await page.locator('[data-id="progress"]').waitFor();
    },
  },
  {
    name: 'applied',
    drive: async (page) => {
      await confirmApply(page);
      await page.locator('[data-id="apply-result"]').waitFor();
      await settled(page);
    },
  },
  {
    name: 'partial failure',
    open: { scenario: 'partialFailure' },
    drive: async (page) => {
      await confirmApply(page);
      await page.locator('[data-id="apply-result"]').waitFor();
      await settled(page);
    },
  },
  {
    name: 'org changed since the plan',
    open: { responses: { applyProvisioning: apexError(PLAN_CHANGED_MESSAGE) } },
    drive: async (page) => {
      await confirmApply(page);
      await page.locator('[data-id="replan"]').waitFor();
      await settled(page);
    },
  },
  {
    name: 'generic Apex error',
    open: { responses: { planProvisioning: apexError('Script-thrown exception') } },
    drive: async (page) => {
      await openStep(page, 'users');
      await page.getByRole('button', { name: /^Plan provisioning for/ }).click();
      await page.locator('[data-id="action-error"]').waitFor();
      await settled(page);
    },
  },
  { name: 'load error', open: { responses: { getPageModel: apexError('Apex CPU time limit exceeded') } } },
  { name: 'no permission', open: { scenario: 'noPermission' } },
  { name: 'no definitions: licences', open: { scenario: 'empty' } },
  { name: 'no definitions: users', open: { scenario: 'empty' }, drive: (page) => openStep(page, 'users') },
  {
    name: 'no definitions: checklist',
    open: { scenario: 'empty' },
    drive: (page) => openStep(page, 'checklist'),
  },
  {
    name: 'read-only viewer: users',
    open: withModel((model) => {
      model.canManage = false;
    }),
    drive: (page) => openStep(page, 'users'),
  },
  {
    name: 'no free seats: licences',
    open: withModel((model) => {
      for (const licence of [model.userLicense, model.permissionSetLicense]) {
        licence.used = licence.total;
        licence.available = 0;
      }
    }),
  },
  {
    name: 'deactivated user: reactivate dialog',
    dialog: true,
    open: withModel((model) => {
      const erp = model.integrations.find((item) => item.name === 'ERP_Order_Sync')!;
      Object.assign(erp, { userActive: false, status: 'DEACTIVATED', stateSource: 'OUTSIDE_KIT' });
    }),
    drive: (page) => openStateDialog(page, 'Reactivate'),
  },
  {
    name: 'retired integrations: users',
    open: withModel((model) => {
      Object.assign(model.integrations[0]!, { retired: true, status: 'RETIRED' });
      Object.assign(model.integrations[3]!, { retired: true, removalReady: true, status: 'RETIRED' });
    }),
    drive: (page) => openStep(page, 'users'),
  },
  // The Monitoring step's activity panel (issue 16): its own controller's answers, per scenario.
  {
    name: 'monitoring: numbers and evidence shown',
    drive: async (page) => {
      await openStep(page, 'monitoring');
      await page
        .getByRole('button', { name: /^Show the numbers for / })
        .first()
        .click();
      await page.getByRole('button', { name: 'Show the evidence' }).click();
      await page.locator('[data-id="evidence"] table').first().waitFor();
      await settled(page);
    },
  },
  {
    name: 'monitoring: no API log',
    open: { scenario: 'noLog' },
    drive: (page) => openStep(page, 'monitoring'),
  },
  {
    name: 'monitoring: job cannot read the logs',
    open: { scenario: 'noAccess' },
    drive: (page) => openStep(page, 'monitoring'),
  },
  {
    name: 'monitoring: load error',
    open: { responses: { getMonitoring: apexError('Apex heap size too large: 6291556') } },
    drive: (page) => openStep(page, 'monitoring'),
  },
  { name: 'definitions: new form', drive: openNewDefinition },
  {
    name: 'definitions: problems from the org',
    open: { responses: { saveDefinition: fixture('saveDefinition', 'withProblems') } },
    drive: async (page) => {
      await openNewDefinition(page);
      await page.locator('[data-id="save-definition"]').getByRole('button').click();
      await page.locator('[data-id="problems"]').waitFor();
      await settled(page);
    },
  },
  {
    name: 'definitions: deploying',
    drive: async (page) => {
      await openNewDefinition(page);
      await deployWith(page, 'inProgress');
      await page.locator('[data-id="deploy-progress"]').waitFor();
    },
  },
  {
    name: 'definitions: deploy failed',
    drive: async (page) => {
      await openNewDefinition(page);
      await deployWith(page, 'deployFailed');
      await page.locator('[data-id="deploy-failed"]').waitFor();
      await settled(page);
    },
  },
  { name: 'definitions: edit form', drive: openEditDefinition },
  {
    name: 'definitions: retire dialog',
    dialog: true,
    drive: async (page) => {
      await openStep(page, 'definitions');
      await page.getByRole('button', { name: 'Retire Support Chatbot' }).click();
      await dialog(page).waitFor();
    },
  },
  {
    name: 'definitions: read-only viewer',
    open: withModel((model) => {
      model.canAuthor = false;
    }),
    drive: (page) => openStep(page, 'definitions'),
  },
  {
    name: 'no definitions: definitions',
    open: { scenario: 'empty' },
    drive: (page) => openStep(page, 'definitions'),
  },
  {
    name: 'API limit nearly used: monitoring',
    open: withModel((model) => {
      model.apiUsage = { used: 106_000, max: 115_000, percentUsed: 92.17 };
    }),
    drive: (page) => openStep(page, 'monitoring'),
  },
];

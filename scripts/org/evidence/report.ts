/**
 * The readable report, as a list of neutral blocks (headings, paragraphs, tables, lists) that the
 * Markdown and HTML writers serialize. Everything comes from the evidence document; nothing is looked
 * up or computed that the JSON does not hold, so the report and evidence.json always agree.
 */
import type { EvidenceDocument } from './document.js';
import type {
  DayActivity,
  EvidenceItem,
  Finding,
  IntegrationEvidence,
  LogCoverage,
} from './generated-types.js';

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; id?: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'facts'; entries: [string, string][] }
  | { kind: 'table'; caption: string; headers: string[]; rows: string[][]; status?: number }
  | { kind: 'list'; items: string[] };

const DAY_NAMES: Record<string, string> = {
  MONDAY: 'Monday',
  TUESDAY: 'Tuesday',
  WEDNESDAY: 'Wednesday',
  THURSDAY: 'Thursday',
  FRIDAY: 'Friday',
  SATURDAY: 'Saturday',
  SUNDAY: 'Sunday',
};

const text = (value: unknown, fallback = '-'): string =>
  value === null || value === undefined || value === '' ? fallback : String(value);
const yesNo = (value: boolean | null): string => (value ? 'yes' : 'no');
const number = (value: number | null | undefined): string =>
  value === null || value === undefined ? '-' : value.toLocaleString('en-US');
/** "2026-12-01 05:58 UTC": one format everywhere, in UTC, so two readers never see different times. */
export function when(iso: string | null | undefined): string {
  if (!iso) return '-';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
const minutes = (value: number | null): string =>
  value === null
    ? '-'
    : `${String(Math.floor(value / 60)).padStart(2, '0')}:${String(value % 60).padStart(2, '0')}`;

export function anchorOf(name: string | null): string {
  return `integration-${text(name, 'unnamed').replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

function severityCounts(findings: Finding[]): string {
  const count = (severity: string): number =>
    findings.filter((finding) => finding.severity === severity).length;
  return `${count('HIGH')} high, ${count('MEDIUM')} medium, ${count('LOW') + count('INFO')} other`;
}

function coverageLine(label: string, coverage: LogCoverage | null): [string, string] {
  return [label, coverage ? `${text(coverage.state)}: ${text(coverage.message)}` : 'not reported'];
}

function findingsTable(caption: string, findings: Finding[], withIntegration: boolean): Block {
  return {
    kind: 'table',
    caption,
    headers: [
      ...(withIntegration ? ['Integration'] : []),
      'Severity',
      'Finding',
      'Detail',
      'What to do',
      'Controls',
    ],
    rows: findings.map((finding) => [
      ...(withIntegration ? [text(finding.integration, 'org-wide')] : []),
      text(finding.severity),
      text(finding.title),
      text(finding.detail),
      text(finding.action),
      finding.controls.join(', '),
    ]),
    status: withIntegration ? 1 : 0,
  };
}

function dailyRows(days: DayActivity[]): string[][] {
  return days.map((day) => [
    text(day.day),
    day.hasLog ? number(day.apiRequests) : `no log (${text(day.logStatus)})`,
    day.logins === null ? 'not counted' : number(day.logins),
    day.flaggedLogins === null ? '-' : number(day.flaggedLogins),
  ]);
}

function itemsTable(items: EvidenceItem[]): Block {
  return {
    kind: 'table',
    caption: 'Access review questions, answered, with the controls each answer evidences',
    headers: ['Question', 'Status', 'Evidence', 'Controls'],
    rows: items.map((item) => [
      text(item.label),
      text(item.status),
      text(item.detail),
      item.controls.join(', '),
    ]),
    status: 1,
  };
}

function integrationBlocks(integration: IntegrationEvidence): Block[] {
  const blocks: Block[] = [];
  const activity = integration.activity;
  blocks.push({
    kind: 'heading',
    level: 2,
    text: `${text(integration.label)} (${text(integration.name)})`,
    id: anchorOf(integration.name),
  });
  blocks.push(itemsTable(integration.items));
  blocks.push({ kind: 'heading', level: 3, text: 'Identity and accountability' });
  blocks.push({
    kind: 'facts',
    entries: [
      ['External system', text(integration.externalSystem)],
      ['Direction', text(integration.direction)],
      [
        'Owner',
        `${text(integration.ownerName)} ${integration.ownerEmail ? `<${integration.ownerEmail}>` : ''}`.trim(),
      ],
      ['Business justification', text(integration.justification)],
      ['Definition', integration.definitionActive ? 'active' : 'inactive'],
      ['User', `${text(integration.username)} (${text(integration.userId, 'no user')})`],
      ['User state', text(integration.userState)],
      ['Last login', when(integration.lastLogin)],
      ['Provisioning', `${text(integration.provisioningStatus)}: ${text(integration.provisioningMessage)}`],
      [
        'Authentication',
        [integration.authenticationMethod, integration.authenticationNote]
          .filter((part) => !!part)
          .join(': ') || text(null),
      ],
    ],
  });
  blocks.push({ kind: 'heading', level: 3, text: 'Profile, IP ranges and login hours' });
  blocks.push({
    kind: 'facts',
    entries: [
      ['Profile', text(integration.profileName)],
      ['User licence', text(integration.profileLicense)],
    ],
  });
  blocks.push(
    integration.ipRanges.length === 0
      ? { kind: 'paragraph', text: 'No login IP ranges are declared: the user may log in from any network.' }
      : {
          kind: 'table',
          caption: 'Login IP ranges',
          headers: ['From', 'To', 'Description'],
          rows: integration.ipRanges.map((range) => [
            text(range.startAddress),
            text(range.endAddress),
            text(range.description),
          ]),
        },
  );
  blocks.push(
    integration.loginHours.length === 0
      ? { kind: 'paragraph', text: 'No login hours are declared: the user may log in at any time.' }
      : {
          kind: 'table',
          caption: "Login hours (org's default time zone)",
          headers: ['Day', 'From', 'To'],
          rows: integration.loginHours.map((day) =>
            day.startMinutes === day.endMinutes
              ? [DAY_NAMES[day.day ?? ''] ?? text(day.day), 'closed', 'closed']
              : [
                  DAY_NAMES[day.day ?? ''] ?? text(day.day),
                  minutes(day.startMinutes),
                  minutes(day.endMinutes),
                ],
          ),
        },
  );
  blocks.push({ kind: 'heading', level: 3, text: 'Permission sets, object and field access' });
  blocks.push({
    kind: 'table',
    caption: 'Assignments of the user (a time-boxed one shows when it expires)',
    headers: ['Permission set or group', 'Kind', 'Declared in the definition', 'Expires'],
    rows: integration.assignments.map((assignment) => [
      text(assignment.name),
      assignment.isGroup ? 'group' : 'permission set',
      yesNo(assignment.listed),
      assignment.expirationDate ? when(assignment.expirationDate) : 'never',
    ]),
  });
  blocks.push({
    kind: 'table',
    caption: 'Object access',
    headers: [
      'Object',
      'Via',
      'Read',
      'Create',
      'Edit',
      'Delete',
      'View All',
      'Modify All',
      'Readable fields',
      'Editable fields',
    ],
    rows: integration.objectAccess.map((grant) => [
      text(grant.objectName),
      text(grant.permissionSet),
      yesNo(grant.canRead),
      yesNo(grant.canCreate),
      yesNo(grant.canEdit),
      yesNo(grant.canDelete),
      yesNo(grant.viewAllRecords),
      yesNo(grant.modifyAllRecords),
      number(grant.readableFields),
      number(grant.editableFields),
    ]),
  });
  blocks.push({
    kind: 'table',
    caption: `Field access${integration.fieldAccessTruncated ? ' (truncated: the org holds more)' : ''}`,
    headers: ['Field', 'Via', 'Read', 'Edit'],
    rows: integration.fieldAccess.map((grant) => [
      text(grant.field),
      text(grant.permissionSet),
      yesNo(grant.readable),
      yesNo(grant.editable),
    ]),
  });
  blocks.push(
    integration.dangerousGrants.length === 0
      ? {
          kind: 'paragraph',
          text: 'Dangerous grants: none (no View All Data, Modify All Data, Manage Users, View All or Modify All).',
        }
      : {
          kind: 'table',
          caption: 'Dangerous grants and their written justifications',
          headers: ['Grant', 'Justification', 'Where it is recorded'],
          rows: integration.dangerousGrants.map((grant) => [
            text(grant.grant),
            text(grant.justification, 'not available from the org'),
            text(grant.justificationSource),
          ]),
        },
  );
  blocks.push({ kind: 'heading', level: 3, text: 'API usage' });
  if (activity) {
    const daysWithLog = activity.days.filter((day) => day.hasLog).length;
    blocks.push({
      kind: 'facts',
      entries: [
        [
          'Requests',
          `${number(activity.apiRequests)} on the ${daysWithLog} of ${activity.days.length} days with a log`,
        ],
        ['Failed requests', number(activity.apiFailedRequests)],
        ['Last day with requests', text(activity.lastApiDay)],
        ['Oldest Platform API version', text(activity.oldestApiVersion)],
      ],
    });
    for (const [caption, entries] of [
      ['Requests by API family', activity.apiFamilies],
      ['Requests by API family and version', activity.apiVersions],
      ['Requests by client (connected app)', activity.apiClients],
      ['Requests by source IP', activity.sourceIps],
    ] as const) {
      if (entries.length > 0)
        blocks.push({
          kind: 'table',
          caption,
          headers: ['Key', 'Requests'],
          rows: entries.map((entry) => [text(entry.key), number(entry.count)]),
        });
    }
    blocks.push({
      kind: 'table',
      caption: 'Day by day (UTC days; "no log" means unknown, not zero)',
      headers: ['Day', 'API requests', 'Logins', 'Flagged logins'],
      rows: dailyRows(activity.days),
    });
    blocks.push({ kind: 'heading', level: 3, text: 'Logins' });
    const logins = activity.logins;
    if (!logins || !logins.counted) {
      blocks.push({
        kind: 'paragraph',
        text: 'Logins have not been counted yet (the monitoring job has not run).',
      });
    } else {
      blocks.push({
        kind: 'facts',
        entries: [
          ['Window', `${text(logins.firstDay)} to ${text(logins.lastDay)} (every login, not a sample)`],
          ['Logins', number(logins.total)],
          ['Failed', number(logins.failed)],
          ['From outside the IP ranges', number(logins.outsideIpRanges)],
          ['Outside the login hours', number(logins.outsideLoginHours)],
          ['With a password', number(logins.passwordLogins)],
          ['New networks', logins.newNetworks.length ? logins.newNetworks.join(', ') : 'none'],
        ],
      });
      if (logins.networks.length > 0)
        blocks.push({
          kind: 'table',
          caption: 'Logins by source network',
          headers: ['Network', 'Logins'],
          rows: logins.networks.map((entry) => [text(entry.key), number(entry.count)]),
        });
      if (logins.examples.length > 0)
        blocks.push({
          kind: 'table',
          caption: 'Latest flagged logins',
          headers: ['Time', 'Source IP', 'Status', 'Login type', 'Flags'],
          rows: logins.examples.map((example) => [
            when(example.loginTime),
            text(example.sourceIp),
            text(example.status),
            [example.loginType, example.loginSubType].filter(Boolean).join(' / ') || '-',
            example.flags.join(', '),
          ]),
        });
    }
  } else {
    blocks.push({ kind: 'paragraph', text: 'No monitoring data for this integration.' });
  }
  blocks.push({ kind: 'heading', level: 3, text: 'Findings' });
  blocks.push(
    integration.findings.length === 0
      ? { kind: 'paragraph', text: 'No findings.' }
      : findingsTable(`Findings for ${text(integration.label)}`, integration.findings, false),
  );
  blocks.push({ kind: 'heading', level: 3, text: 'Changes made by the kit' });
  blocks.push(
    integration.runs.length === 0
      ? { kind: 'paragraph', text: 'No kit run in the last year names this integration.' }
      : {
          kind: 'table',
          caption: 'Runs that name this integration, newest first',
          headers: ['Started', 'By', 'Mode', 'Summary', 'About this integration'],
          rows: integration.runs.map((run) => [
            when(run.startedAt),
            text(run.runBy),
            text(run.mode),
            text(run.summary),
            run.lines.join('; '),
          ]),
        },
  );
  return blocks;
}

/** The whole report. */
export function reportBlocks(document: EvidenceDocument): Block[] {
  const evidence = document.evidence;
  const blocks: Block[] = [];
  const allFindings = [
    ...evidence.integrations.flatMap((integration) => integration.findings),
    ...evidence.orgFindings,
  ];
  blocks.push({
    kind: 'heading',
    level: 1,
    text: `Integration user access review: ${text(evidence.orgName)}`,
  });
  blocks.push({
    kind: 'facts',
    entries: [
      [
        'Org',
        `${text(evidence.orgName)} (${text(evidence.orgId)}), ${evidence.isSandbox ? 'sandbox' : 'production'}`,
      ],
      ['Definitions environment', text(evidence.environment)],
      ['Evidence generated in the org', `${when(evidence.generatedAt)} for ${text(evidence.generatedBy)}`],
      [
        'Exported',
        `${when(document.exportedAt)} from ${document.target.org}${document.target.instanceUrl ? ` (${document.target.instanceUrl})` : ''}`,
      ],
      ['Justifications read from', text(document.definitionsFile, 'no definitions file given')],
      coverageLine('API usage log', evidence.apiLog),
      coverageLine('Login history', evidence.loginLog),
    ],
  });
  blocks.push({
    kind: 'paragraph',
    text: 'Machine-readable copy: evidence.json (schema: evidence.schema.json). All times are UTC.',
  });
  blocks.push({ kind: 'heading', level: 2, text: 'Summary' });
  blocks.push({
    kind: 'table',
    caption: 'Every integration user',
    headers: [
      'Integration',
      'External system',
      'Owner',
      'User state',
      'Last login',
      'API requests',
      'Findings',
      'Gaps',
    ],
    rows: evidence.integrations.map((integration) => [
      `${text(integration.label)} (${text(integration.name)})`,
      text(integration.externalSystem),
      text(integration.ownerName, text(integration.ownerEmail)),
      text(integration.userState),
      when(integration.lastLogin),
      number(integration.activity?.apiRequests),
      severityCounts(integration.findings),
      integration.items
        .filter((item) => item.status === 'GAP')
        .map((item) => text(item.label))
        .join('; ') || 'none',
    ]),
  });
  if (allFindings.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: 'Findings to act on' });
    blocks.push(findingsTable('All findings, most severe first', sortFindings(allFindings), true));
  }
  for (const integration of evidence.integrations) blocks.push(...integrationBlocks(integration));
  blocks.push({ kind: 'heading', level: 2, text: 'Controls cited' });
  blocks.push({
    kind: 'table',
    caption: 'Each control this report cites, with its framework and source',
    headers: ['Control', 'Framework', 'Title', 'Source'],
    rows: evidence.controls.map((control) => [
      text(control.id),
      text(control.framework),
      text(control.title),
      text(control.source),
    ]),
  });
  blocks.push({
    kind: 'paragraph',
    text: 'The Security Benchmark for Salesforce is an independent, practitioner-developed benchmark, not a Salesforce product. The mapping shows which control each item is evidence for; it is not a certification.',
  });
  return blocks;
}

const RANK: Record<string, number> = { HIGH: 0, MEDIUM: 1, LOW: 2, INFO: 3 };
function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => (RANK[a.severity ?? ''] ?? 9) - (RANK[b.severity ?? ''] ?? 9));
}

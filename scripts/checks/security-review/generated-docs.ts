/**
 * The parts of docs/security-review.md and docs/packaging.md that are facts about the code, rendered
 * from it: privileged access with its reasons, entry points with their permission checks, the
 * packaged permission sets' grants, the explained scan findings, and the `global` surface. Each sits
 * between markers in the Markdown file; `npm run scan:appexchange -- --update-docs` rewrites them and a
 * test fails when a file and the code disagree.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ComponentSet } from '@salesforce/source-deploy-retrieve';
import { XMLParser } from 'fast-xml-parser';
import * as prettier from 'prettier';
import { readApiSurface } from './api-surface.js';
import { EXPLANATIONS } from './explanations.js';
import { findPrivilegedAccess } from './privileged-access.js';
import { packagedDirectories } from './scan.js';

export const SECURITY_REVIEW_DOC = 'docs/security-review.md';
export const PACKAGING_DOC = 'docs/packaging.md';
export const UPDATE_COMMAND = 'npm run scan:appexchange -- --update-docs';

const start = (name: string) => `<!-- generated: ${name} (${UPDATE_COMMAND}) -->`;
const end = (name: string) => `<!-- end generated: ${name} -->`;

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

export function renderSecurityReviewSections(root: string): Record<string, string> {
  const directories = packagedDirectories(root);
  const access = findPrivilegedAccess(root, directories);
  const surface = readApiSurface(root, directories);
  return {
    'privileged-access': [
      '| Where | What | Reads or writes | Why (from the comment in the code) |',
      '| --- | --- | --- | --- |',
      ...access.map(
        (entry) =>
          `| \`${entry.where}\` ([${path.basename(entry.file)}:${entry.line}](../${entry.file}#L${entry.line})) | ${entry.kind} | ${entry.target ? `\`${cell(entry.target)}\`` : ''} | ${entry.reason ? cell(entry.reason) : '**NO REASON GIVEN: add a comment that says why**'} |`,
      ),
    ].join('\n'),
    'entry-points': [
      '| Entry point | Access | Kind | Permission check |',
      '| --- | --- | --- | --- |',
      ...surface.entryPoints.map(
        (entry) =>
          `| \`${entry.name}\` | ${entry.access} | ${entry.annotations.join(' ') || 'global method'} | ${entry.checks.length > 0 ? entry.checks.map((check) => `\`IntegrationUserAccess.${check}()\``).join(', ') : '**none**'} |`,
      ),
    ].join('\n'),
    'permission-sets': renderPermissionSets(root, directories),
    explanations:
      EXPLANATIONS.length === 0
        ? 'No finding remains: every one was fixed.'
        : [
            '| Rule | File | Why it is not a vulnerability |',
            '| --- | --- | --- |',
            ...EXPLANATIONS.map(
              (explanation) =>
                `| \`${explanation.rule}\` | \`${explanation.file}\` | ${cell(explanation.reason)} |`,
            ),
          ].join('\n'),
  };
}

/** The type the engine reads, whose field manageability the subscriber and the ISV live with. */
export const DEFINITION_TYPE_DIR = 'force-app/core/definitions/objects/Integration_User_Definition__mdt';

const MANAGEABILITY: Record<string, string> = {
  DeveloperControlled: 'the package developer, by an upgrade',
  SubscriberControlled: "the subscriber's admin; upgrades keep the value",
  Locked: 'nobody, once released',
};

function renderFieldManageability(root: string): string {
  const component = ComponentSet.fromSource({ fsPaths: [path.join(root, DEFINITION_TYPE_DIR)] })
    .getSourceComponents()
    .toArray()[0];
  if (!component) return `No type in ${DEFINITION_TYPE_DIR}.`;
  const rows = component
    .getChildren()
    .filter((child) => child.type.name === 'CustomField' && child.xml)
    .map((child) => {
      const field = (
        parser.parse(readFileSync(child.xml!, 'utf8')) as {
          CustomField: { fieldManageability?: string; label?: string };
        }
      ).CustomField;
      const manageability = field.fieldManageability ?? 'DeveloperControlled';
      return `| \`${child.fullName.split('.')[1]}\` | ${cell(field.label ?? '')} | ${manageability} | ${MANAGEABILITY[manageability] ?? manageability} |`;
    })
    .sort();
  return [
    '| Field | Label | Manageability | Who can change it on an installed record |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

export function renderPackagingSections(root: string): Record<string, string> {
  const surface = readApiSurface(root, packagedDirectories(root));
  return {
    'field-manageability': renderFieldManageability(root),
    'global-surface':
      surface.globals.length === 0
        ? 'Nothing is `global`.'
        : [
            '| Global member | Kind | Annotations | File |',
            '| --- | --- | --- | --- |',
            ...surface.globals.map(
              (member) =>
                `| \`${cell(member.name)}\` | ${member.kind} | ${member.annotations.join(' ')} | \`${member.file}\` |`,
            ),
          ].join('\n'),
  };
}

const parser = new XMLParser({
  ignoreAttributes: true,
  isArray: (name) =>
    [
      'customPermissions',
      'objectPermissions',
      'fieldPermissions',
      'classAccesses',
      'tabSettings',
      'customMetadataTypeAccesses',
      'userPermissions',
    ].includes(name),
});

interface PermissionSetXml {
  label?: string;
  description?: string;
  license?: string;
  customPermissions?: { name: string; enabled: boolean }[];
  objectPermissions?: Record<string, string | boolean>[];
  fieldPermissions?: { field: string; readable: boolean; editable: boolean }[];
  classAccesses?: { apexClass: string; enabled: boolean }[];
  tabSettings?: { tab: string; visibility: string }[];
  customMetadataTypeAccesses?: { name: string; enabled: boolean }[];
  userPermissions?: { name: string; enabled: boolean }[];
}

function renderPermissionSets(root: string, directories: string[]): string {
  const components = ComponentSet.fromSource({
    fsPaths: directories.map((directory) => path.resolve(root, directory)),
  })
    .getSourceComponents()
    .toArray()
    .filter((component) => component.type.name === 'PermissionSet' && component.xml)
    .sort((a, b) => a.fullName.localeCompare(b.fullName));
  const sections: string[] = [];
  for (const component of components) {
    const xml = (parser.parse(readFileSync(component.xml!, 'utf8')) as { PermissionSet: PermissionSetXml })
      .PermissionSet;
    const relative = path.relative(root, component.xml!).split(path.sep).join('/');
    const lines = [
      `**${component.fullName}** (\`${relative}\`): ${cell(xml.description ?? xml.label ?? '')}`,
      '',
    ];
    const enabled = <T extends { enabled: boolean }>(items: T[] | undefined) =>
      (items ?? []).filter((item) => item.enabled);
    const list = (label: string, values: string[]) => {
      if (values.length > 0) lines.push(`- ${label}: ${values.map((value) => `\`${value}\``).join(', ')}`);
    };
    list(
      'custom permissions',
      enabled(xml.customPermissions).map((item) => item.name),
    );
    list(
      'objects',
      (xml.objectPermissions ?? []).map((item) => {
        const rights = [
          ['allowRead', 'read'],
          ['allowCreate', 'create'],
          ['allowEdit', 'edit'],
          ['allowDelete', 'delete'],
          ['viewAllRecords', 'view all'],
          ['modifyAllRecords', 'modify all'],
        ]
          .filter(([key]) => item[key!] === true)
          .map(([, label]) => label);
        return `${String(item.object)} (${rights.join(', ') || 'no access'})`;
      }),
    );
    list(
      'fields',
      (xml.fieldPermissions ?? [])
        .filter((item) => item.readable || item.editable)
        .map((item) => `${item.field} (${item.editable ? 'edit' : 'read'})`),
    );
    list(
      'custom metadata types',
      enabled(xml.customMetadataTypeAccesses).map((item) => item.name),
    );
    list(
      'Apex classes',
      enabled(xml.classAccesses).map((item) => item.apexClass),
    );
    list(
      'tabs',
      (xml.tabSettings ?? []).map((item) => `${item.tab} (${item.visibility})`),
    );
    list(
      'user permissions',
      enabled(xml.userPermissions).map((item) => item.name),
    );
    if (xml.license)
      lines.push(`- licence: \`${xml.license}\` (cannot be packaged: the packaging rules check fails on it)`);
    sections.push(lines.join('\n'));
  }
  return sections.join('\n\n');
}

/** Replaces each generated section's body; lists the sections the file lacks markers for. */
export function applySections(
  text: string,
  sections: Record<string, string>,
): { text: string; missing: string[] } {
  let result = text;
  const missing: string[] = [];
  for (const [name, body] of Object.entries(sections)) {
    const from = result.indexOf(start(name));
    const to = result.indexOf(end(name));
    if (from === -1 || to === -1 || to < from) {
      missing.push(name);
      continue;
    }
    result = `${result.slice(0, from)}${start(name)}\n\n${body}\n\n${result.slice(to)}`;
  }
  return { text: result, missing };
}

/** The markers of an empty section, for writing a new document. */
export function sectionMarkers(name: string): string {
  return `${start(name)}\n${end(name)}`;
}

export interface GeneratedDocState {
  file: string;
  current: string;
  expected: string;
  missing: string[];
}

/** Each document as it is and as the code says it should be (formatted as `npm run format` would). */
export async function generatedDocStates(root: string): Promise<GeneratedDocState[]> {
  const documents = [
    { file: SECURITY_REVIEW_DOC, sections: renderSecurityReviewSections(root) },
    { file: PACKAGING_DOC, sections: renderPackagingSections(root) },
  ];
  return Promise.all(
    documents.map(async ({ file, sections }) => {
      const absolute = path.join(root, file);
      const current = readFileSync(absolute, 'utf8');
      const applied = applySections(current, sections);
      const options = (await prettier.resolveConfig(absolute)) ?? {};
      const expected = await prettier.format(applied.text, { ...options, filepath: absolute });
      return { file, current, expected, missing: applied.missing };
    }),
  );
}

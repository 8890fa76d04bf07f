/**
 * Check: every field and relationship path in static SOQL exists on its object. apexlink checks field
 * references in Apex expressions but not inside SOQL, so this check writes one Apex expression per
 * SOQL path into a probe class (`((Profile) null).UserLicense.Name;`), lets apexlink resolve the
 * probe against its standard SObject schema (API 61) and the project's own objects and custom
 * metadata types, and reports what does not resolve at the position of the path in the query.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApexProject } from '../apex-project.js';
import { applyAllowList, runApexlink } from '../apexlink/semantics-check.js';
import { preparePatchedClasspath } from '../apexlink/java17-classpath.js';
import type { AllowListEntry } from '../apexlink/allow-list.js';
import type { ApexCheck, Finding } from '../finding.js';
import { SOQL_FIELDS_ALLOW_LIST } from './allow-list.js';
import { soqlPaths, type SoqlFieldPath, type SoqlObjectReference } from './soql-paths.js';

export const SOQL_FIELDS_RULE = 'soql-fields';
export const PROBE_CLASS = 'IukSoqlFieldProbe';
const ALLOW_LIST_FILE = fileURLToPath(new URL('./allow-list.ts', import.meta.url));

/** A probe line and what it stands for. */
type ProbeLine = { kind: 'object'; reference: SoqlObjectReference } | { kind: 'path'; path: SoqlFieldPath };

export interface SoqlInventory {
  queries: number;
  objects: SoqlObjectReference[];
  paths: SoqlFieldPath[];
  skipped: Finding[];
}

/** Every static query of the project's parsable Apex files. */
export function soqlInventory(project: ApexProject): SoqlInventory {
  const inventory: SoqlInventory = { queries: 0, objects: [], paths: [], skipped: [] };
  for (const file of project.files) {
    const parsed = project.parse(file);
    if (parsed.errors.length > 0) continue; // the syntax check reports it
    const report = soqlPaths(file, parsed.tree);
    inventory.queries += report.queries;
    inventory.objects.push(...report.objects);
    inventory.paths.push(...report.paths);
    inventory.skipped.push(
      ...report.skipped.map((entry) => ({
        file: file.path,
        line: entry.line,
        column: entry.column,
        rule: `${SOQL_FIELDS_RULE}:not-checked`,
        message: `${entry.what} is not checked`,
      })),
    );
  }
  return inventory;
}

/** The probe class: one statement per distinct FROM object, then one per path. */
export function renderProbe(inventory: SoqlInventory): { source: string; lines: Map<number, ProbeLine> } {
  const body: string[] = [];
  const lines = new Map<number, ProbeLine>();
  const firstLine = 3; // line 1: class, line 2: method
  const seenObjects = new Set<string>();
  for (const reference of inventory.objects) {
    const key = reference.object.toLowerCase();
    if (seenObjects.has(key)) continue;
    seenObjects.add(key);
    lines.set(firstLine + body.length, { kind: 'object', reference });
    body.push(`        ${reference.object} o${body.length} = null;`);
  }
  for (const fieldPath of inventory.paths) {
    lines.set(firstLine + body.length, { kind: 'path', path: fieldPath });
    body.push(`        Object p${body.length} = ${expressionFor(fieldPath)};`);
  }
  const source = [
    `public with sharing class ${PROBE_CLASS} {`,
    '    public static void probe() {',
    ...body,
    '    }',
    '}',
    '',
  ].join('\n');
  return { source, lines };
}

/** `((Profile) null).UserLicense.Name`; in a child subquery `((Account) null).Contacts[0].LastName`. */
export function expressionFor(fieldPath: SoqlFieldPath): string {
  const start = `((${fieldPath.object}) null)`;
  const child = fieldPath.childRelationship ? `.${fieldPath.childRelationship}[0]` : '';
  return `${start}${child}.${fieldPath.segments.join('.')}`;
}

export function createSoqlFieldsCheck(
  allowList: readonly AllowListEntry[] = SOQL_FIELDS_ALLOW_LIST,
): ApexCheck {
  return {
    name: SOQL_FIELDS_RULE,
    description:
      'every field and relationship path in static SOQL exists (apexlink schema: API 61 + project objects)',
    async run(project) {
      const inventory = soqlInventory(project);
      const summary = `${inventory.queries} queries, ${inventory.paths.length} field paths`;
      if (inventory.paths.length === 0 && inventory.objects.length === 0) {
        return { findings: [], warnings: inventory.skipped, summary };
      }
      const probe = renderProbe(inventory);
      const workspace = createWorkspace(project, probe.source);
      try {
        const { classpath } = preparePatchedClasspath();
        const report = await runApexlink(classpath, workspace.root);
        const findings = mapFindings(report.files, workspace.probeFile, probe.lines);
        const filtered = applyAllowList(findings, allowList, project.root, ALLOW_LIST_FILE);
        return {
          findings: filtered.findings,
          warnings: [...(filtered.warnings ?? []), ...inventory.skipped],
          summary,
        };
      } finally {
        rmSync(workspace.root, { recursive: true, force: true });
      }
    },
  };
}

export const soqlFieldsCheck = createSoqlFieldsCheck();

/**
 * A throwaway SFDX project with the project's namespace and API version, every `objects` folder of its
 * package directories (custom objects, fields, custom metadata types), and the probe class: nothing
 * else, so apexlink reports only on the probe.
 */
function createWorkspace(project: ApexProject, probeSource: string): { root: string; probeFile: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'soql-fields-'));
  writeFileSync(
    path.join(root, 'sfdx-project.json'),
    JSON.stringify({
      packageDirectories: [{ path: 'force-app', default: true }],
      namespace: project.namespace ?? '',
      sourceApiVersion: project.sourceApiVersion,
    }),
  );
  const objectsTarget = path.join(root, 'force-app', 'main', 'default', 'objects');
  mkdirSync(objectsTarget, { recursive: true });
  for (const directory of project.packageDirectories) {
    for (const objects of objectFolders(directory)) {
      cpSync(objects, objectsTarget, { recursive: true });
    }
  }
  const classes = path.join(root, 'force-app', 'main', 'default', 'classes');
  mkdirSync(classes, { recursive: true });
  const probeFile = path.join(classes, `${PROBE_CLASS}.cls`);
  writeFileSync(probeFile, probeSource);
  writeFileSync(
    `${probeFile}-meta.xml`,
    `<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>${project.sourceApiVersion}</apiVersion>\n    <status>Active</status>\n</ApexClass>\n`,
  );
  return { root, probeFile };
}

function objectFolders(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name.startsWith('.')) return [];
    const full = path.join(directory, entry.name);
    return entry.name === 'objects' ? [full] : objectFolders(full);
  });
}

function mapFindings(
  files: { path: string; messages: { start: { line: number }; category: string; message: string }[] }[],
  probeFile: string,
  lines: Map<number, ProbeLine>,
): Finding[] {
  const findings: Finding[] = [];
  const missingObjects = new Set<string>();
  const missingRelationships = new Set<string>();
  const messages = files
    .filter((file) => path.resolve(file.path) === path.resolve(probeFile))
    .flatMap((file) => file.messages)
    .sort((a, b) => a.start.line - b.start.line);
  for (const message of messages) {
    const line = lines.get(message.start.line);
    if (!line) {
      throw new Error(
        `apexlink reported on line ${message.start.line} of the SOQL probe, which maps to no query: ${message.message}`,
      );
    }
    if (line.kind === 'object') {
      missingObjects.add(line.reference.object.toLowerCase());
      findings.push({
        file: line.reference.file,
        line: line.reference.line,
        column: line.reference.column,
        rule: SOQL_FIELDS_RULE,
        message: `FROM ${line.reference.object}: no such object (${message.message}). Fix the object name, or add the object to the project if it is ours.`,
      });
      continue;
    }
    const fieldPath = line.path;
    if (missingObjects.has(fieldPath.object.toLowerCase())) continue; // already reported on its FROM
    const relationshipKey =
      `${fieldPath.object}.${fieldPath.childRelationship ?? fieldPath.segments[0]}`.toLowerCase();
    if (fieldPath.childRelationship && missingRelationships.has(relationshipKey)) continue; // reported on the relationship
    if (!fieldPath.childRelationship && fieldPath.segments.length === 1)
      missingRelationships.add(relationshipKey);
    const where = fieldPath.childRelationship
      ? `${fieldPath.object}.${fieldPath.childRelationship}`
      : fieldPath.object;
    findings.push({
      file: fieldPath.file,
      line: fieldPath.line,
      column: fieldPath.column,
      rule: SOQL_FIELDS_RULE,
      message: `${fieldPath.text} on ${where} does not exist (${message.message}). Fix the field or relationship name, or add the field to the project if it is ours.`,
    });
  }
  return findings;
}

/**
 * The code names the assistant turns into labels (status badges, action labels, checklist icons, ...)
 * against the Apex enumerations they stand for. A label map is an object literal assigned to a
 * variable in the assistant's JavaScript whose keys are all UPPER_CASE codes; it stands for the Apex
 * enumeration its keys overlap most. Every key must be a value of that enumeration (no stale or made-up
 * code), and a map for an enumeration the admin reads as labels must label every value.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { Enumeration } from './engine-types.js';

export const LWC_DIR = 'force-app/core/assistant/lwc';

/** Enumerations every value of which the assistant must label, once it labels any of them. */
export const LABELLED_COMPLETELY = new Set(['ACTION', 'STATUS', 'CHECK', 'BLOCKER', 'SOURCE', 'ORIGIN']);
/** Enumerations the assistant must label at all (a missing map fails). */
export const LABELS_REQUIRED = ['ACTION', 'STATUS', 'CHECK'];

export interface LabelMap {
  file: string;
  name: string;
  line: number;
  keys: string[];
}

const CODE = /^[A-Z][A-Z0-9_]*$/;

/** Every label map in one JavaScript source. */
export function findLabelMaps(source: string, file: string): LabelMap[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const maps: LabelMap[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isVariableDeclaration(node) &&
      node.initializer &&
      ts.isObjectLiteralExpression(node.initializer)
    ) {
      const keys = node.initializer.properties.flatMap((property) => {
        if (!ts.isPropertyAssignment(property)) return [''];
        const name = property.name;
        if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return [name.text];
        return [''];
      });
      if (keys.length >= 2 && keys.every((key) => CODE.test(key))) {
        maps.push({
          file,
          name: node.name.getText(sourceFile),
          line: sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1,
          keys,
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return maps;
}

/** The label maps of the assistant's components (tests excluded). */
export function assistantLabelMaps(root: string): LabelMap[] {
  const lwc = path.join(root, LWC_DIR);
  const maps: LabelMap[] = [];
  for (const component of readdirSync(lwc, { withFileTypes: true })) {
    if (!component.isDirectory()) continue;
    for (const file of readdirSync(path.join(lwc, component.name))) {
      if (!file.endsWith('.js')) continue;
      const full = path.join(lwc, component.name, file);
      maps.push(...findLabelMaps(readFileSync(full, 'utf8'), path.relative(root, full)));
    }
  }
  return maps;
}

/**
 * The enumeration a map stands for: the one its keys overlap most, when that is most of its keys
 * (undefined: it is no map of these codes; a map of another class's codes may share a word, FAILED).
 */
export function enumerationFor(map: LabelMap, enumerations: Enumeration[]): Enumeration | undefined {
  let best: Enumeration | undefined;
  let bestOverlap = Math.floor(map.keys.length / 2);
  for (const enumeration of enumerations) {
    const overlap = map.keys.filter((key) => enumeration.values.includes(key)).length;
    if (overlap > bestOverlap) {
      best = enumeration;
      bestOverlap = overlap;
    }
  }
  return best;
}

/** Every difference between the label maps and the enumerations, as messages naming file, map and fix. */
export function labelProblems(maps: LabelMap[], enumerations: Enumeration[]): string[] {
  const problems: string[] = [];
  const labelled = new Set<string>();
  for (const map of maps) {
    const enumeration = enumerationFor(map, enumerations);
    if (!enumeration) continue;
    labelled.add(enumeration.prefix);
    const where = `${map.file}:${map.line} ${map.name}`;
    for (const key of map.keys.filter((candidate) => !enumeration.values.includes(candidate))) {
      problems.push(
        `${where}: ${key} is not a value of the Apex ${enumeration.prefix}_ constants (IntegrationUserModels); remove it or add the constant`,
      );
    }
    if (LABELLED_COMPLETELY.has(enumeration.prefix)) {
      for (const value of enumeration.values.filter((candidate) => !map.keys.includes(candidate))) {
        problems.push(
          `${where}: no label for ${value} (IntegrationUserModels.${enumeration.prefix}_ constants); add one so admins never see the raw code`,
        );
      }
    }
  }
  for (const prefix of LABELS_REQUIRED) {
    if (!labelled.has(prefix)) {
      problems.push(
        `${LWC_DIR}: no label map for the Apex ${prefix}_ constants; the assistant must turn them into labels`,
      );
    }
  }
  return problems;
}

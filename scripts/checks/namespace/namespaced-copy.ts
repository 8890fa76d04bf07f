/**
 * A temporary copy of an SFDX project as the platform would see it under a namespace:
 * - `sfdx-project.json` carries `namespace` (apexlink reads it: `ns__Obj__c` and `ns.Class` resolve,
 *   and nothing else changes for code that is namespace-safe);
 * - the test data (JSON that .forceignore keeps out of deploys: Jest fixtures) has this project's custom field names prefixed, as an
 *   SObject serialised by a namespaced package would (wrapper-class properties keep their names);
 * - `@salesforce/schema/...` imports resolve to prefixed names, as they do in a namespaced org.
 * A component that reads a custom field by string then fails its own Jest tests in the copy.
 * Nothing is written outside the temporary folder; `node_modules` is a link to the original.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listFiles } from './rules/javascript-rules.js';
import {
  CUSTOM_SUFFIX,
  customFieldNames,
  loadProjectSchema,
  sourceTrees,
  testDataFiles,
  type ProjectSchema,
} from './project-schema.js';

/** The namespace the check builds under: any valid prefix works; this one says what it is. */
export const TEST_NAMESPACE = 'iuktest';

/** Where the copy keeps its generated module stubs (never part of a package directory). */
export const STUBS_FOLDER = '.namespace-stubs';

export interface NamespacedCopy {
  root: string;
  namespace: string;
  /** The original project. */
  source: string;
  /** Jest config of the copy (the original's, plus the namespaced schema imports). */
  jestConfig: string;
  /** Fixture files whose keys were prefixed, relative to the copy. */
  namespacedFixtures: string[];
  remove(): void;
}

const PROJECT_FILES = ['sfdx-project.json', '.forceignore', 'jest.config.js'];
const COPY_SKIPPED = new Set(['node_modules', '.preview-build', '.localdevserver']);

export function createNamespacedCopy(source: string, namespace = TEST_NAMESPACE): NamespacedCopy {
  if (!/^[A-Za-z][A-Za-z0-9]{0,14}$/.test(namespace)) {
    throw new Error(
      `namespace "${namespace}": a namespace is 1-15 letters and digits, starting with a letter.`,
    );
  }
  const schema = loadProjectSchema(source);
  const root = mkdtempSync(path.join(os.tmpdir(), 'iuk-namespace-'));
  try {
    for (const file of PROJECT_FILES) {
      if (existsSync(path.join(source, file))) cpSync(path.join(source, file), path.join(root, file));
    }
    if (existsSync(path.join(source, 'config'))) {
      cpSync(path.join(source, 'config'), path.join(root, 'config'), { recursive: true });
    }
    // The whole source trees: Jest's setup files, stubs and shared fixtures live beside the metadata.
    for (const tree of sourceTrees(schema)) {
      cpSync(tree, path.join(root, path.relative(source, tree)), {
        recursive: true,
        filter: (file) => !file.split(path.sep).some((part) => COPY_SKIPPED.has(part)),
      });
    }
    if (existsSync(path.join(source, 'node_modules'))) {
      symlinkSync(path.join(source, 'node_modules'), path.join(root, 'node_modules'), 'dir');
    }
    const project = JSON.parse(readFileSync(path.join(root, 'sfdx-project.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    project.namespace = namespace;
    writeFileSync(path.join(root, 'sfdx-project.json'), `${JSON.stringify(project, null, 2)}\n`);

    const copySchema = { ...schema, root, namespace };
    const namespacedFixtures = prefixFixtures(root, copySchema, namespace);
    writeSchemaStubs(root, copySchema, namespace);
    const jestConfig = writeJestConfig(root, source);
    return {
      root,
      namespace,
      source,
      jestConfig,
      namespacedFixtures,
      remove: () => rmSync(root, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}

/** Prefixes the keys that are this project's custom field names, at any depth. */
export function prefixKeys(value: unknown, fields: Set<string>, namespace: string): unknown {
  if (Array.isArray(value)) return value.map((item) => prefixKeys(item, fields, namespace));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      fields.has(key.toLowerCase()) ? `${namespace}__${key}` : key,
      prefixKeys(item, fields, namespace),
    ]),
  );
}

function prefixFixtures(root: string, schema: ProjectSchema, namespace: string): string[] {
  const fields = customFieldNames(schema);
  const objects = new Set(schema.objects.keys());
  const changed: string[] = [];
  for (const file of testDataFiles(schema, root)) {
    const text = readFileSync(file, 'utf8');
    const json = JSON.parse(text) as unknown;
    const prefixed = prefixKeys(json, new Set([...fields, ...objects]), namespace);
    if (JSON.stringify(prefixed) !== JSON.stringify(json)) {
      writeFileSync(file, `${JSON.stringify(prefixed, null, 2)}\n`);
      changed.push(path.relative(root, file));
    }
  }
  return changed.sort();
}

/** `@salesforce/schema/Obj__c.Field__c` → a module whose default export carries the prefixed names. */
function writeSchemaStubs(root: string, schema: ProjectSchema, namespace: string): void {
  const custom = new RegExp(`__${CUSTOM_SUFFIX}$`, 'i');
  const ownObjects = new Set(schema.objects.keys());
  const ownFields = customFieldNames(schema);
  const prefix = (name: string, own: Set<string>) =>
    custom.test(name) && own.has(name.toLowerCase()) ? `${namespace}__${name}` : name;
  const folder = path.join(root, STUBS_FOLDER, 'schema');
  mkdirSync(folder, { recursive: true });
  for (const directory of schema.directories) {
    const copied = path.join(root, directory.relative);
    for (const file of listFiles(
      copied,
      (candidate) => candidate.endsWith('.js') && /[\\/]lwc[\\/]/.test(candidate),
    )) {
      for (const match of readFileSync(file, 'utf8').matchAll(/['"]@salesforce\/schema\/([\w.]+)['"]/g)) {
        const [objectName, fieldName] = match[1]!.split('.') as [string, string | undefined];
        const value = {
          objectApiName: prefix(objectName, ownObjects),
          ...(fieldName ? { fieldApiName: prefix(fieldName, ownFields) } : {}),
        };
        writeFileSync(
          path.join(folder, `${match[1]}.js`),
          `module.exports = { default: ${JSON.stringify(value)} };\n`,
        );
      }
    }
  }
}

function writeJestConfig(root: string, source: string): string {
  const file = path.join(root, 'jest.namespace.config.js');
  const base = existsSync(path.join(root, 'jest.config.js'))
    ? `require(${JSON.stringify(path.join(root, 'jest.config.js'))})`
    : `{ ...require('@salesforce/sfdx-lwc-jest/config').jestConfig, roots: ['<rootDir>'] }`;
  writeFileSync(
    file,
    `// Written by scripts/checks/namespace/namespaced-copy.ts: the project's Jest config, under a namespace.
const path = require('node:path');
const fs = require('node:fs');
const base = ${base};
const original = ${JSON.stringify(source)};
// Setup files that are tooling (not copied) stay where they are in the original project.
const setupFilesAfterEnv = (base.setupFilesAfterEnv || []).map((entry) => {
  const inCopy = entry.replace('<rootDir>', __dirname);
  return fs.existsSync(inCopy) ? entry : entry.replace('<rootDir>', original);
});
module.exports = {
  ...base,
  rootDir: __dirname,
  setupFilesAfterEnv,
  moduleNameMapper: {
    ...(base.moduleNameMapper || {}),
    '^@salesforce/schema/(.+)$': path.join(__dirname, ${JSON.stringify(STUBS_FOLDER)}, 'schema', '$1'),
  },
};
`,
  );
  return file;
}

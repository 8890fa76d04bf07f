/**
 * Test support: a small SFDX project in the temp folder, namespace-safe as written
 * (`__fixtures__/widgets/`, every file kept with a `.txt` suffix so no tool of this repository treats it
 * as source), with files replaced or added to plant one defect. `node_modules` links to the
 * repository's, so Jest and Salesforce's libraries resolve as in the real project.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPOSITORY_ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  '..',
);
const BASE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '__fixtures__', 'widgets');

export interface Fixture {
  root: string;
  file(relative: string): string;
  remove(): void;
}

/** The base project with `files` (relative path → content) written over it. */
export function createFixture(files: Record<string, string> = {}): Fixture {
  const root = mkdtempSync(path.join(os.tmpdir(), 'iuk-namespace-fixture-'));
  cpSync(BASE, root, { recursive: true });
  stripTxtSuffix(root);
  for (const [relative, content] of Object.entries(files)) {
    const target = path.join(root, relative);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  symlinkSync(path.join(REPOSITORY_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return {
    root,
    file: (relative) => path.join(root, relative),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

function stripTxtSuffix(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) stripTxtSuffix(full);
    else if (entry.name.endsWith('.txt')) renameSync(full, full.slice(0, -'.txt'.length));
  }
}

/** A base fixture file with `from` replaced by `to` (the test fails loudly when `from` is absent). */
export function edited(relative: string, from: string, to: string): Record<string, string> {
  const original = readFileSync(path.join(BASE, `${relative}.txt`), 'utf8');
  if (!original.includes(from))
    throw new Error(`fixture ${relative} does not contain ${JSON.stringify(from)}`);
  return { [relative]: original.replace(from, to) };
}

export const CLASS_META = `<?xml version="1.0" encoding="UTF-8"?>
<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>63.0</apiVersion>
    <status>Active</status>
</ApexClass>
`;

/** An Apex class (with its -meta.xml) in the fixture's package directory. */
export function apexClass(name: string, body: string): Record<string, string> {
  return {
    [`pkg/classes/${name}.cls`]: `public with sharing class ${name} {\n${body}\n}\n`,
    [`pkg/classes/${name}.cls-meta.xml`]: CLASS_META,
  };
}

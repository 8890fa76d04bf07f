/**
 * Test support: builds a throwaway SFDX project in the temp folder from the `.cls.txt` /
 * `.trigger.txt` fixtures (kept as text so no tool treats them as the project's Apex), with the
 * repository's sourceApiVersion and, when asked, the real Integration_User_Definition__mdt type so
 * apexlink sees the same schema as the engine.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const DEFINITION_TYPE = 'force-app/core/definitions/objects/Integration_User_Definition__mdt';

export interface FixtureProject {
  root: string;
  /** Absolute path of the Apex file made from a fixture, by its name without extension ('NoSharing'). */
  file(name: string): string;
  remove(): void;
}

export interface FixtureProjectOptions {
  /** Fixture names without extension: 'NoSharing' reads __fixtures__/NoSharing.cls.txt (or .trigger.txt). */
  fixtures: string[];
  /** Copy the real custom metadata type (for apexlink). */
  withDefinitionType?: boolean;
  /** Skip writing -meta.xml for these fixtures. */
  withoutMetaXml?: string[];
  /** Write this apiVersion into the -meta.xml of these fixtures instead of sourceApiVersion. */
  apiVersionOverrides?: Record<string, string>;
}

export function sourceApiVersion(): string {
  const project = JSON.parse(readFileSync(path.join(REPOSITORY_ROOT, 'sfdx-project.json'), 'utf8')) as {
    sourceApiVersion: string;
  };
  return project.sourceApiVersion;
}

export function readFixture(name: string): { source: string; kind: 'cls' | 'trigger' } {
  for (const kind of ['cls', 'trigger'] as const) {
    try {
      return { source: readFileSync(path.join(FIXTURES, `${name}.${kind}.txt`), 'utf8'), kind };
    } catch {
      // try the other kind
    }
  }
  throw new Error(`${FIXTURES}: no fixture ${name}.cls.txt or ${name}.trigger.txt`);
}

export function createFixtureProject(options: FixtureProjectOptions): FixtureProject {
  const root = mkdtempSync(path.join(os.tmpdir(), 'apex-checks-'));
  const apiVersion = sourceApiVersion();
  // The repository's shape: package directory, no namespace, same sourceApiVersion.
  writeFileSync(
    path.join(root, 'sfdx-project.json'),
    JSON.stringify(
      {
        packageDirectories: [{ path: 'force-app', default: true }],
        namespace: '',
        sourceApiVersion: apiVersion,
      },
      null,
      2,
    ),
  );
  const files = new Map<string, string>();
  for (const name of options.fixtures) {
    const { source, kind } = readFixture(name);
    const folder = path.join(root, 'force-app', 'main', 'default', kind === 'cls' ? 'classes' : 'triggers');
    mkdirSync(folder, { recursive: true });
    const file = path.join(folder, `${name}.${kind}`);
    writeFileSync(file, source);
    files.set(name, file);
    if (!options.withoutMetaXml?.includes(name)) {
      const version = options.apiVersionOverrides?.[name] ?? apiVersion;
      const type = kind === 'cls' ? 'ApexClass' : 'ApexTrigger';
      writeFileSync(
        `${file}-meta.xml`,
        `<?xml version="1.0" encoding="UTF-8"?>\n<${type} xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>${version}</apiVersion>\n    <status>Active</status>\n</${type}>\n`,
      );
    }
  }
  if (options.withDefinitionType) {
    cpSync(
      path.join(REPOSITORY_ROOT, DEFINITION_TYPE),
      path.join(root, 'force-app', 'main', 'default', 'objects', path.basename(DEFINITION_TYPE)),
      {
        recursive: true,
      },
    );
  }
  return {
    root,
    file(name) {
      const file = files.get(name);
      if (!file) throw new Error(`fixture ${name} is not part of this project`);
      return file;
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

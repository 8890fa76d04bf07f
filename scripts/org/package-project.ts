/**
 * The package stage (scripts/ci/package-stage.sh) works on a copy of the project, never on the
 * checkout: `sf package version create` rewrites sfdx-project.json (it adds version aliases), and the
 * copy needs what only packaging needs: the namespace, the package ids from the Dev Hub, and the
 * definitions generated for an org that installed the package (`settings.namespace`).
 *
 *   tsx scripts/org/package-project.ts prepare --to <dir> --namespace <ns> --package-id 0Ho... [--connector-package-id 0Ho...]
 *   tsx scripts/org/package-project.ts pin --project <dir> --core-version 04t...
 *
 * `pin` makes the connector depend on the core version just created (by its 04t id), so the
 * connector's version is built against exactly that core, not whatever "LATEST" resolves to.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyEdits, modify } from 'jsonc-parser';
import { runWhenStarted } from '../run-script.js';

const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What the copy holds: the project file, the config, and every package directory. */
export const COPIED = ['sfdx-project.json', '.forceignore', 'config'];
export const CORE_PACKAGE = 'Integration User Kit';
export const CONNECTOR_PACKAGE = 'Integration User Kit Example Connector';
export const DEFINITIONS_FILE = 'config/integration-definitions.json';

const NAMESPACE = /^[A-Za-z][A-Za-z0-9]{0,14}$/;
const PACKAGE_ID = /^0Ho[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?$/;
const VERSION_ID = /^04t[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?$/;

export interface PrepareOptions {
  to: string;
  namespace: string;
  packageId: string;
  connectorPackageId?: string;
}

interface ProjectFile {
  namespace?: string;
  packageDirectories: {
    path: string;
    package?: string;
    dependencies?: { package: string; versionNumber?: string }[];
  }[];
  packageAliases?: Record<string, string>;
}

export class PackageProjectError extends Error {}

export function prepare(source: string, options: PrepareOptions): void {
  if (!NAMESPACE.test(options.namespace)) {
    throw new PackageProjectError(
      `IUK_PACKAGE_NAMESPACE "${options.namespace}" is not a namespace prefix (1-15 letters and digits, starting with a letter).`,
    );
  }
  for (const [name, id] of [
    ['IUK_PACKAGE_ID', options.packageId],
    ['IUK_CONNECTOR_PACKAGE_ID', options.connectorPackageId],
  ] as const) {
    if (id !== undefined && !PACKAGE_ID.test(id)) {
      throw new PackageProjectError(
        `${name} "${id}" is not a package id (0Ho followed by 12 or 15 letters and digits): create the package once with sf package create (docs/packaging.md).`,
      );
    }
  }
  if (existsSync(options.to))
    throw new PackageProjectError(`${options.to} exists already: give an empty path.`);
  mkdirSync(options.to, { recursive: true });
  for (const entry of COPIED) {
    if (existsSync(path.join(source, entry)))
      cpSync(path.join(source, entry), path.join(options.to, entry), { recursive: true });
  }
  const project = JSON.parse(readFileSync(path.join(source, 'sfdx-project.json'), 'utf8')) as ProjectFile;
  for (const directory of project.packageDirectories) {
    cpSync(path.join(source, directory.path), path.join(options.to, directory.path), { recursive: true });
  }
  project.namespace = options.namespace;
  project.packageAliases = {
    ...project.packageAliases,
    [CORE_PACKAGE]: options.packageId,
    ...(options.connectorPackageId ? { [CONNECTOR_PACKAGE]: options.connectorPackageId } : {}),
  };
  writeJson(path.join(options.to, 'sfdx-project.json'), project);

  // The definitions as an org that installed the package needs them: ns__Integration_User_Definition.
  const definitions = path.join(options.to, DEFINITIONS_FILE);
  const text = readFileSync(definitions, 'utf8');
  writeFileSync(
    definitions,
    applyEdits(text, modify(text, ['settings', 'namespace'], options.namespace, {})),
  );
}

export function pin(projectDir: string, coreVersionId: string): void {
  if (!VERSION_ID.test(coreVersionId)) {
    throw new PackageProjectError(`"${coreVersionId}" is not a package version id (04t...).`);
  }
  const file = path.join(projectDir, 'sfdx-project.json');
  const project = JSON.parse(readFileSync(file, 'utf8')) as ProjectFile;
  let pinned = 0;
  for (const directory of project.packageDirectories) {
    for (const dependency of directory.dependencies ?? []) {
      if (dependency.package === CORE_PACKAGE) {
        dependency.package = coreVersionId;
        delete dependency.versionNumber;
        pinned++;
      }
    }
  }
  if (pinned === 0)
    throw new PackageProjectError(`${file}: no package directory depends on "${CORE_PACKAGE}".`);
  writeJson(file, project);
}

function writeJson(file: string, value: unknown): void {
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

export function main(argv: string[], source = REPOSITORY_ROOT): number {
  const [verb, ...rest] = argv;
  const option = (name: string): string | undefined => {
    const index = rest.indexOf(name);
    return index >= 0 ? rest[index + 1] : undefined;
  };
  try {
    if (verb === 'prepare' && option('--to') && option('--namespace') && option('--package-id')) {
      const connector = option('--connector-package-id');
      prepare(source, {
        to: path.resolve(option('--to')!),
        namespace: option('--namespace')!,
        packageId: option('--package-id')!,
        ...(connector ? { connectorPackageId: connector } : {}),
      });
      return 0;
    }
    if (verb === 'pin' && option('--project') && option('--core-version')) {
      pin(path.resolve(option('--project')!), option('--core-version')!);
      return 0;
    }
  } catch (error) {
    if (error instanceof PackageProjectError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  console.error(
    'usage: package-project.ts prepare --to <dir> --namespace <ns> --package-id 0Ho... [--connector-package-id 0Ho...]\n       package-project.ts pin --project <dir> --core-version 04t...',
  );
  return 2;
}

runWhenStarted(import.meta.url, (argv) => main(argv));

/**
 * The ISV connector example (examples/isv-connector/): its definition record and its permission set
 * are rendered by the kit's own generator from examples/isv-connector/integration-definitions.json, so
 * the example shows exactly what an ISV gets, and a test fails when the committed files and the
 * definitions disagree. What a package cannot carry is refused here before it reaches the package
 * directory: a profile (2GP never installs profiles), a permission set bound to a licence, user
 * permissions in a packaged permission set.
 *
 *   tsx scripts/examples/isv-connector.ts            write the rendered files into the package directory
 *   tsx scripts/examples/isv-connector.ts --check    write nothing; exit 1 when they differ
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDefinitions } from '../definitions/load.js';
import { APP_COMPONENT_TYPES } from '../metadata/eca/components.js';
import { renderPackageableApp } from '../metadata/eca/render.js';
import { renderTree } from '../metadata/render.js';
import { runWhenStarted } from '../run-script.js';

/** The External Client App folders: of an app, a package carries only its package-safe part. */
const APP_DIRECTORIES = new Set(APP_COMPONENT_TYPES.map((type) => type.directory));

export const EXAMPLE_DIR = 'examples/isv-connector';
export const EXAMPLE_DEFINITIONS = `${EXAMPLE_DIR}/integration-definitions.json`;
export const EXAMPLE_PACKAGE_DIR = `${EXAMPLE_DIR}/force-app`;

const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface RenderedExample {
  /** Path relative to the repository root → content. */
  files: Map<string, string>;
  /** Why the definitions cannot be packaged; empty when they can. */
  problems: string[];
}

export async function renderExample(
  root = REPOSITORY_ROOT,
  definitionsFile = EXAMPLE_DEFINITIONS,
): Promise<RenderedExample> {
  const loaded = await loadDefinitions(definitionsFile, { cwd: root });
  if (!loaded.ok) {
    return {
      files: new Map(),
      problems: loaded.problems.map(
        (problem) => `${problem.file}: ${problem.path.join('.')}: ${problem.message}`,
      ),
    };
  }
  const problems: string[] = [];
  const files = new Map<string, string>();
  // The app's header (distributed as Packaged) and OAuth settings; its global OAuth settings and
  // policies belong to the subscriber org (docs/authentication.md, "What ships where").
  const packageableApps = new Map<string, string>();
  for (const integration of loaded.definitions.integrations) {
    if (integration.authentication.app && !integration.retired)
      for (const [file, content] of renderPackageableApp(integration)) packageableApps.set(file, content);
  }
  for (const [file, generated] of renderTree(loaded.definitions)) {
    let content = generated;
    if (APP_DIRECTORIES.has(file.split('/')[0]!)) {
      const packageable = packageableApps.get(file);
      if (packageable === undefined) continue;
      content = packageable;
    }
    if (file.startsWith('profiles/')) {
      problems.push(
        `${definitionsFile}: ${file} would be generated, but a package never installs a profile: give the integration an existing profile ("existing": true), such as Minimum Access - API Only Integrations.`,
      );
      continue;
    }
    if (file.startsWith('permissionsets/') && /<license>/.test(content)) {
      problems.push(
        `${definitionsFile}: ${file} is bound to a licence, which cannot be packaged: unset settings.permissionSetLicenseElement.`,
      );
    }
    if (file.startsWith('permissionsets/') && /<userPermissions>/.test(content)) {
      problems.push(
        `${definitionsFile}: ${file} grants user permissions, which packaged permission sets cannot carry: remove userPermissions.`,
      );
    }
    files.set(`${EXAMPLE_PACKAGE_DIR}/${file}`, content);
  }
  return { files, problems };
}

/** Files that differ between the rendering and the repository, as messages; empty when in sync. */
export function differences(root: string, rendered: RenderedExample): string[] {
  const messages = [...rendered.problems];
  for (const [file, content] of rendered.files) {
    const absolute = path.join(root, file);
    if (!existsSync(absolute)) messages.push(`${file}: missing; run tsx scripts/examples/isv-connector.ts`);
    else if (readFileSync(absolute, 'utf8') !== content) {
      messages.push(
        `${file}: differs from what ${EXAMPLE_DEFINITIONS} generates; run tsx scripts/examples/isv-connector.ts`,
      );
    }
  }
  return messages;
}

export async function main(
  argv: string[],
  out: (line: string) => void,
  root = REPOSITORY_ROOT,
): Promise<number> {
  const check = argv.includes('--check');
  const rendered = await renderExample(root);
  if (rendered.problems.length > 0) {
    for (const problem of rendered.problems) out(problem);
    return 1;
  }
  const stale = differences(root, rendered);
  if (check) {
    for (const line of stale) out(line);
    out(stale.length === 0 ? `${EXAMPLE_PACKAGE_DIR}: up to date` : `${stale.length} file(s) out of date`);
    return stale.length === 0 ? 0 : 1;
  }
  for (const [file, content] of rendered.files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  out(`${EXAMPLE_PACKAGE_DIR}: ${rendered.files.size} file(s) rendered from ${EXAMPLE_DEFINITIONS}`);
  return 0;
}

runWhenStarted(import.meta.url, main);

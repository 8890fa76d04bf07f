/**
 * Offline proof that the metadata (hand-written and generated) is what Salesforce's own tooling
 * expects: source-deploy-retrieve resolves every component and converts the tree to Metadata API
 * format, the way `sf project deploy` would. SDR does not reject malformed XML or stray files, so we
 * check those ourselves: every XML file parses, and every file under a package directory belongs to a
 * component (or is ignored by .forceignore). Packaging rules are checked too: the packageable core must
 * hold nothing that a 2GP package cannot carry.
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  ComponentSet,
  ForceIgnore,
  MetadataConverter,
  type SourceComponent,
} from '@salesforce/source-deploy-retrieve';
import { XMLValidator } from 'fast-xml-parser';
import { packageProblems } from '../checks/packaging/package-rules.js';
import { scanForSecrets } from './secret-scan.js';

export interface VerifyOptions {
  /** Repository root (where sfdx-project.json is). */
  root: string;
  /** Package directories to check, relative to root. */
  packageDirectories: string[];
  /** The package directory that becomes the 2GP package. */
  packagedDirectory?: string;
  /** Every package directory that becomes a package (the core, an ISV's connector); includes packagedDirectory. */
  packagedDirectories?: string[];
  /** Convert to Metadata API format as well (what `sf project convert source` does). */
  convert?: boolean;
  /** Scan the whole project (root) for private keys and consumer secrets (default true). */
  scanSecrets?: boolean;
}

export interface VerifyFinding {
  file: string;
  message: string;
}

export interface VerifyResult {
  ok: boolean;
  components: number;
  byType: Record<string, number>;
  files: number;
  findings: VerifyFinding[];
  convertedFiles?: number;
  milliseconds: number;
}

/** Metadata types a second-generation package can never carry (salesforce-facts.md §2, §3). */
const UNPACKAGEABLE_TYPES = new Set(['Profile']);

export async function verifyMetadata(options: VerifyOptions): Promise<VerifyResult> {
  const started = performance.now();
  const findings: VerifyFinding[] = [];
  const forceIgnore = ForceIgnore.findAndCreate(options.root);
  const directories = options.packageDirectories.map((directory) => path.resolve(options.root, directory));

  const files = (await Promise.all(directories.map((directory) => listFiles(directory)))).flat();
  const relevant = files.filter((file) => !forceIgnore.denies(file));

  // 1. Well-formed XML: SDR would happily read a broken file and fail only at deploy time.
  //    Read synchronously: hundreds of small files, where one awaited read each costs more than the read.
  for (const file of relevant.filter((name) => name.endsWith('.xml'))) {
    const result = XMLValidator.validate(readFileSync(file, 'utf8'));
    if (result !== true) {
      findings.push({
        file: relativeTo(options.root, file),
        message: `Malformed XML at line ${result.err.line}, column ${result.err.col}: ${result.err.msg}`,
      });
    }
  }

  // 2. Resolve components with SDR, as `sf project deploy start` does.
  let components: SourceComponent[] = [];
  let componentSet: ComponentSet | undefined;
  try {
    componentSet = ComponentSet.fromSource({ fsPaths: directories });
    components = componentSet.getSourceComponents().toArray();
  } catch (error) {
    findings.push({
      file: '(package directories)',
      message: `source-deploy-retrieve cannot resolve the source: ${(error as Error).message}`,
    });
  }

  // 3. Every file belongs to a component. A stray file is either a mistake or something SDR skips silently.
  //    Code files without their -meta.xml get the more precise finding of step 4 instead.
  const lonelyCode = relevant.filter(
    (file) => /\.(cls|trigger)$/.test(file) && !relevant.includes(`${file}-meta.xml`),
  );
  const owned = new Set<string>();
  for (const component of components)
    for (const file of componentFiles(component)) owned.add(path.resolve(file));
  for (const file of relevant) {
    if (!owned.has(path.resolve(file)) && !lonelyCode.includes(file)) {
      findings.push({
        file: relativeTo(options.root, file),
        message:
          'Belongs to no metadata component: a misplaced or misnamed file (or add it to .forceignore if it is tooling).',
      });
    }
  }

  // 4. Apex and other bundles need their -meta.xml; SDR resolves a lone .cls without complaint.
  for (const file of lonelyCode) {
    findings.push({
      file: relativeTo(options.root, file),
      message: `Missing ${path.basename(file)}-meta.xml next to it.`,
    });
  }

  // 5. Packaging: each package directory carries nothing a 2GP package cannot install.
  const packagedDirectories = [
    ...new Set([
      ...(options.packagedDirectory ? [options.packagedDirectory] : []),
      ...(options.packagedDirectories ?? []),
    ]),
  ];
  for (const packagedDirectory of packagedDirectories) {
    const packaged = path.resolve(options.root, packagedDirectory);
    for (const component of components) {
      const location = component.xml ?? component.content ?? '';
      if (!path.resolve(location).startsWith(packaged + path.sep)) continue;
      if (UNPACKAGEABLE_TYPES.has(component.type.name)) {
        findings.push({
          file: relativeTo(options.root, location),
          message: `${component.type.name} components cannot be packaged: move it out of ${packagedDirectory}.`,
        });
      }
      if (component.type.name === 'PermissionSet' && component.xml) {
        const text = await readFile(component.xml, 'utf8');
        if (/<license>/.test(text)) {
          findings.push({
            file: relativeTo(options.root, component.xml),
            message:
              'A permission set tied to a licence cannot be packaged: keep licence-bound permission sets in the generated directory.',
          });
        }
      }
    }
    // What else a package cannot carry or would carry wrongly (scripts/checks/packaging/package-rules.ts).
    findings.push(...(await packageProblems(components, packaged, options.root)));
  }

  const byType: Record<string, number> = {};
  for (const component of components) byType[component.type.name] = (byType[component.type.name] ?? 0) + 1;

  // 6. Convert to Metadata API format, exactly what a deploy sends: a zip, built in memory as
  //    `sf project deploy` builds it (half the time of writing ~300 files to a folder and removing them).
  let convertedFiles: number | undefined;
  if (options.convert && componentSet && findings.length === 0) {
    try {
      const converted = await new MetadataConverter().convert(componentSet, 'metadata', { type: 'zip' });
      convertedFiles = converted.zipFileCount;
    } catch (error) {
      findings.push({
        file: '(conversion)',
        message: `Conversion to Metadata API format failed: ${(error as Error).message}`,
      });
    }
  }

  // 7. No private key, consumer key or consumer secret anywhere in the project (secret-scan.ts).
  //    It reads every file of the project, not only the package directories.
  for (const secret of options.scanSecrets === false ? [] : scanForSecrets(options.root))
    findings.push({ file: `${secret.file}:${secret.line}`, message: secret.message });

  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return {
    ok: findings.length === 0,
    components: components.length,
    byType,
    files: relevant.length,
    findings,
    ...(convertedFiles !== undefined ? { convertedFiles } : {}),
    milliseconds: Math.round(performance.now() - started),
  };
}

function componentFiles(component: SourceComponent): string[] {
  const files = [component.xml, ...component.walkContent()].filter((file): file is string => Boolean(file));
  // Only a decomposed component (one with a content folder: a custom object and its fields) keeps
  // children in files of their own. The children of CustomLabels and the like live in the parent's
  // file, and listing them would parse that file only to learn nothing new.
  if (component.content) for (const child of component.getChildren()) files.push(...componentFiles(child));
  return files;
}

async function listFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
}

function relativeTo(root: string, file: string): string {
  return path.relative(root, file) || file;
}

/**
 * Reads what the preview needs from the Salesforce source tree: LWC bundles (for `c/*`), custom
 * labels, custom permissions and the `@AuraEnabled` signatures of Apex classes. Imports the
 * component makes must exist here, as they must in an org, so the preview fails where a deploy would.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';

export interface LwcBundle {
  name: string;
  dir: string;
  /** The bundle's entry module: `<name>.js`, or `<name>.css` for a CSS-only module. */
  entry: string;
}

export interface ApexMethodInfo {
  auraEnabled: boolean;
  cacheable: boolean;
}

export interface ApexClassInfo {
  file: string;
  methods: Map<string, ApexMethodInfo>;
}

export interface SalesforceSource {
  root: string;
  bundles: Map<string, LwcBundle>;
  /** Custom label API name -> value (en_US as written in the source). */
  labels: Map<string, string>;
  labelFiles: string[];
  customPermissions: Set<string>;
  apexClasses: Map<string, ApexClassInfo>;
}

const SKIPPED_DIRS = new Set(['node_modules', '__tests__', '.git', '.sfdx', '.sf']);

async function walk(dir: string, visit: (file: string, isDir: boolean) => void): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (SKIPPED_DIRS.has(entry.name)) continue;
      visit(full, true);
      await walk(full, visit);
    } else {
      visit(full, false);
    }
  }
}

export async function readSalesforceSource(root: string): Promise<SalesforceSource> {
  const lwcDirs: string[] = [];
  const labelFiles: string[] = [];
  const permissionFiles: string[] = [];
  const classFiles: string[] = [];
  await walk(root, (file, isDir) => {
    const base = path.basename(file);
    if (isDir) {
      if (base === 'lwc') lwcDirs.push(file);
    } else if (base.endsWith('.labels-meta.xml')) labelFiles.push(file);
    else if (base.endsWith('.customPermission-meta.xml')) permissionFiles.push(file);
    else if (base.endsWith('.cls')) classFiles.push(file);
  });

  const bundles = new Map<string, LwcBundle>();
  for (const lwcDir of lwcDirs) {
    for (const entry of await readdir(lwcDir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      const dir = path.join(lwcDir, entry.name);
      const files = await readdir(dir);
      // A bundle is a module (`<name>.js`) or a CSS-only module (`<name>.css`) that other
      // components' CSS imports with `@import 'c/<name>';`.
      const entryName = [`${entry.name}.js`, `${entry.name}.css`].find((file) => files.includes(file));
      if (!entryName) continue;
      const entryFile = path.join(dir, entryName);
      const existing = bundles.get(entry.name);
      if (existing) {
        throw new Error(`Two LWC bundles are named "${entry.name}": ${existing.dir} and ${dir}. Rename one.`);
      }
      bundles.set(entry.name, { name: entry.name, dir, entry: entryFile });
    }
  }

  const labels = new Map<string, string>();
  for (const file of labelFiles) {
    for (const [name, value] of parseCustomLabels(await readFile(file, 'utf8'), file))
      labels.set(name, value);
  }

  const customPermissions = new Set(
    permissionFiles.map((file) => path.basename(file, '.customPermission-meta.xml')),
  );

  const apexClasses = new Map<string, ApexClassInfo>();
  for (const file of classFiles) {
    apexClasses.set(path.basename(file, '.cls'), {
      file,
      methods: parseAuraEnabledMethods(await readFile(file, 'utf8')),
    });
  }
  return { root, bundles, labels, labelFiles, customPermissions, apexClasses };
}

export function parseCustomLabels(xml: string, file: string): Map<string, string> {
  const parser = new XMLParser({ isArray: (name) => name === 'labels', parseTagValue: false });
  const parsed = parser.parse(xml) as { CustomLabels?: { labels?: { fullName?: string; value?: string }[] } };
  const result = new Map<string, string>();
  for (const label of parsed.CustomLabels?.labels ?? []) {
    if (!label.fullName) throw new Error(`${file}: a <labels> element has no <fullName>. Add one.`);
    result.set(String(label.fullName), String(label.value ?? ''));
  }
  return result;
}

/** Strips comments and string literals so a method named in a comment is not mistaken for one. */
function stripApexNoise(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/[^\n]*/g, ' ')
    .replace(/'(?:\\.|[^'\\])*'/g, "''");
}

/**
 * Finds the methods of an Apex class and whether each is `@AuraEnabled` (and cacheable). This is a
 * scan, not a parser: enough to catch an import of a method that does not exist or is not exposed.
 */
export function parseAuraEnabledMethods(source: string): Map<string, ApexMethodInfo> {
  const code = stripApexNoise(source);
  const methods = new Map<string, ApexMethodInfo>();
  const methodPattern =
    /((?:@\w+(?:\s*\([^)]*\))?\s*)*)\b(?:(?:public|global|private|protected|static|override|virtual)\s+)+[\w.<>, \[\]]+?\s+(\w+)\s*\(/g;
  for (const match of code.matchAll(methodPattern)) {
    const annotations = match[1] ?? '';
    const name = match[2] ?? '';
    const aura = /@AuraEnabled\b\s*(\(([^)]*)\))?/i.exec(annotations);
    const cacheable = aura ? /cacheable\s*=\s*true/i.test(aura[2] ?? '') : false;
    const previous = methods.get(name);
    methods.set(name, {
      auraEnabled: Boolean(aura) || Boolean(previous?.auraEnabled),
      cacheable: cacheable || Boolean(previous?.cacheable),
    });
  }
  return methods;
}

/**
 * What an SFDX project defines, by name, as source-deploy-retrieve resolves it: custom objects and
 * their fields, custom permissions, labels, static resources, permission sets, Apex classes and custom
 * metadata records, each with the package directory it lives in. The namespace rules compare the
 * names used in code with these.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ComponentSet, ForceIgnore, type SourceComponent } from '@salesforce/source-deploy-retrieve';

export interface PackageDirectory {
  /** Absolute path. */
  path: string;
  /** As written in sfdx-project.json. */
  relative: string;
  /** The 2GP package it becomes, if any. */
  packageName?: string;
}

export interface CustomObjectInfo {
  name: string;
  directory: PackageDirectory;
  /** Field API names as written (`Summary__c`). */
  fields: string[];
}

export interface RecordInfo {
  /** `Integration_User_Definition` or `ns__Integration_User_Definition`, as in the file name. */
  type: string;
  name: string;
  file: string;
  directory: PackageDirectory;
}

export interface ProjectSchema {
  root: string;
  /** `namespace` of sfdx-project.json ('' when none). */
  namespace: string;
  directories: PackageDirectory[];
  /** Keyed by lower-case API name. */
  objects: Map<string, CustomObjectInfo>;
  customPermissions: Set<string>;
  labels: Set<string>;
  staticResources: Set<string>;
  permissionSets: Set<string>;
  apexClasses: Set<string>;
  records: RecordInfo[];
}

interface ProjectFile {
  namespace?: unknown;
  packageDirectories?: { path?: unknown; package?: unknown }[];
}

/** Custom names end in a suffix that says what they are (`__c` fields and objects, `__mdt` types, ...). */
export const CUSTOM_SUFFIX = '(?:c|mdt|e|b|x|r|share|history|feed|kav)';

export function readProjectFile(root: string): ProjectFile {
  const file = path.join(root, 'sfdx-project.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ProjectFile;
  } catch (error) {
    throw new Error(
      `${file}: cannot read it (${(error as Error).message}); run the namespace check from an SFDX project root.`,
    );
  }
}

export function loadProjectSchema(root: string): ProjectSchema {
  const project = readProjectFile(root);
  const directories = (project.packageDirectories ?? []).map((entry, index): PackageDirectory => {
    if (typeof entry.path !== 'string') {
      throw new Error(
        `${path.join(root, 'sfdx-project.json')}: packageDirectories[${index}].path is missing.`,
      );
    }
    return {
      path: path.resolve(root, entry.path),
      relative: entry.path,
      ...(typeof entry.package === 'string' ? { packageName: entry.package } : {}),
    };
  });
  const schema: ProjectSchema = {
    root,
    namespace: typeof project.namespace === 'string' ? project.namespace.trim() : '',
    directories,
    objects: new Map(),
    customPermissions: new Set(),
    labels: new Set(),
    staticResources: new Set(),
    permissionSets: new Set(),
    apexClasses: new Set(),
    records: [],
  };
  for (const directory of directories) {
    let components: SourceComponent[];
    try {
      components = ComponentSet.fromSource({ fsPaths: [directory.path] })
        .getSourceComponents()
        .toArray();
    } catch {
      continue; // a missing or empty directory defines nothing; the metadata stage reports real problems
    }
    for (const component of components) addComponent(schema, directory, component);
  }
  return schema;
}

function addComponent(schema: ProjectSchema, directory: PackageDirectory, component: SourceComponent): void {
  const name = component.fullName;
  switch (component.type.name) {
    case 'CustomObject':
      schema.objects.set(name.toLowerCase(), {
        name,
        directory,
        fields: component
          .getChildren()
          .filter((child) => child.type.name === 'CustomField')
          .map((child) => child.fullName.split('.')[1]!),
      });
      break;
    case 'CustomPermission':
      schema.customPermissions.add(name.toLowerCase());
      break;
    case 'CustomLabels':
      for (const child of component.getChildren()) schema.labels.add(child.fullName.toLowerCase());
      break;
    case 'CustomLabel':
      schema.labels.add(name.toLowerCase());
      break;
    case 'StaticResource':
      schema.staticResources.add(name.toLowerCase());
      break;
    case 'PermissionSet':
      schema.permissionSets.add(name.toLowerCase());
      break;
    case 'ApexClass':
      schema.apexClasses.add(name.toLowerCase());
      break;
    case 'CustomMetadata': {
      const dot = name.indexOf('.');
      schema.records.push({
        type: name.slice(0, dot),
        name: name.slice(dot + 1),
        file: component.xml ?? '',
        directory,
      });
      break;
    }
    default:
      break;
  }
}

/** The project's custom object that owns `field` (`Summary__c`), when exactly one does. */
export function objectsWithField(schema: ProjectSchema, field: string): CustomObjectInfo[] {
  const wanted = field.toLowerCase();
  return [...schema.objects.values()].filter((object) =>
    object.fields.some((candidate) => candidate.toLowerCase() === wanted),
  );
}

/** Every custom field name of the project, lower case. */
export function customFieldNames(schema: ProjectSchema): Set<string> {
  const names = new Set<string>();
  for (const object of schema.objects.values())
    for (const field of object.fields) names.add(field.toLowerCase());
  return names;
}

/**
 * The top-level folders that hold the package directories (`force-app`, `examples`): the source trees,
 * with the tooling that lives beside the metadata (Jest helpers, fixtures) included.
 */
export function sourceTrees(schema: ProjectSchema): string[] {
  const trees = new Set<string>();
  for (const directory of schema.directories) {
    const top = path.relative(schema.root, directory.path).split(path.sep)[0];
    if (top && top !== '..' && existsSync(path.join(schema.root, top)))
      trees.add(path.join(schema.root, top));
  }
  return [...trees].sort();
}

/**
 * Test data of the source trees: JSON files that .forceignore keeps out of every deploy (Jest
 * fixtures next to a component, shared fixtures such as force-app/test/**), never a static resource.
 */
export function testDataFiles(schema: ProjectSchema, root = schema.root): string[] {
  const forceIgnore = ForceIgnore.findAndCreate(root);
  return sourceTrees({
    ...schema,
    root,
    directories: schema.directories.map((directory) => ({
      ...directory,
      path: path.join(root, directory.relative),
    })),
  })
    .flatMap((tree) => listJsonFiles(tree))
    .filter((file) => forceIgnore.denies(file))
    .sort();
}

function listJsonFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED.has(entry.name) ? [] : listJsonFiles(full);
    return entry.isFile() && entry.name.endsWith('.json') ? [full] : [];
  });
}

const SKIPPED = new Set(['node_modules', '.git', '.sf', '.sfdx', '.preview-build', '.localdevserver']);

/** The package directory that holds `file`, if any. */
export function directoryOf(schema: ProjectSchema, file: string): PackageDirectory | undefined {
  const absolute = path.resolve(file);
  return schema.directories.find((directory) => absolute.startsWith(directory.path + path.sep));
}

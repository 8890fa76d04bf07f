/** Reads sfdx-project.json: which package directories exist and which one is the package. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface ProjectLayout {
  packageDirectories: string[];
  /** The directory that is a 2GP package (has a "package" name). */
  packagedDirectory?: string;
  sourceApiVersion: string;
}

export async function readProjectLayout(root: string): Promise<ProjectLayout> {
  const project = JSON.parse(await readFile(path.join(root, 'sfdx-project.json'), 'utf8')) as {
    packageDirectories: { path: string; package?: string }[];
    sourceApiVersion: string;
  };
  const packaged = project.packageDirectories.find((directory) => directory.package);
  return {
    packageDirectories: project.packageDirectories.map((directory) => directory.path),
    ...(packaged ? { packagedDirectory: packaged.path } : {}),
    sourceApiVersion: project.sourceApiVersion,
  };
}

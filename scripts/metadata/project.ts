/** Reads sfdx-project.json: which package directories exist and which ones are packages. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface ProjectLayout {
  packageDirectories: string[];
  /** The directory that is the kit's 2GP package: the default one with a "package" name, else the first. */
  packagedDirectory?: string;
  /** Every directory with a "package" name: the core and, for example, an ISV's connector package. */
  packagedDirectories: string[];
  /**
   * What `deploy` sends from source: the kit's package and every unpackaged directory. Other packages
   * (an ISV connector) reach an org by package install, never with the admin's deploy.
   */
  deployDirectories: string[];
  sourceApiVersion: string;
}

export async function readProjectLayout(root: string): Promise<ProjectLayout> {
  const project = JSON.parse(await readFile(path.join(root, 'sfdx-project.json'), 'utf8')) as {
    packageDirectories: { path: string; package?: string; default?: boolean }[];
    sourceApiVersion: string;
  };
  const packages = project.packageDirectories.filter((directory) => directory.package);
  const packaged = packages.find((directory) => directory.default) ?? packages[0];
  return {
    packageDirectories: project.packageDirectories.map((directory) => directory.path),
    ...(packaged ? { packagedDirectory: packaged.path } : {}),
    packagedDirectories: packages.map((directory) => directory.path),
    deployDirectories: project.packageDirectories
      .filter((directory) => !directory.package || directory === packaged)
      .map((directory) => directory.path),
    sourceApiVersion: project.sourceApiVersion,
  };
}

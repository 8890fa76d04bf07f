/**
 * The repository root: the nearest folder above the working directory with an sfdx-project.json.
 * Found from the working directory (npm scripts run at the root) rather than import.meta, which the
 * project's tsconfig does not allow while package.json has no "type": "module".
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

function findProjectRoot(start: string): string {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(dir, 'sfdx-project.json')) && existsSync(path.join(dir, 'package.json')))
      return dir;
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`No sfdx-project.json above ${start}: run the preview from the repository.`);
    }
    dir = parent;
  }
}

export const PROJECT_ROOT = findProjectRoot(process.cwd());

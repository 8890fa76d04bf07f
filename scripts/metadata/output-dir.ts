/**
 * Where the generator may write. Its output directory must be a directory of its own inside the
 * project: not the project root (or above it), not inside or around a packaged directory (a 2GP
 * package must never pick up org-specific profiles and records, and the generator must never delete
 * anything there), not reached through a symbolic link, and not outside the project unless the
 * caller allows it explicitly (`--allow-outside-project`, for scratch output in a temporary folder).
 */
import { lstat, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';

export interface OutputDirProblem {
  code: string;
  message: string;
  fix: string;
}

export interface OutputDirOptions {
  /** The project root: where sfdx-project.json is (the working directory). */
  root: string;
  outputDir: string;
  allowOutsideProject?: boolean;
}

/** Always protected, whatever sfdx-project.json says: the kit's own package. */
const CORE_DIRECTORY = 'force-app/core';

export async function checkOutputDir(options: OutputDirOptions): Promise<OutputDirProblem[]> {
  const root = await realpath(options.root);
  const target = await resolveReal(options.outputDir);
  const problems: OutputDirProblem[] = [];
  const fixOutputDir = 'Pass --output-dir <dir> naming a directory of its own, such as force-app/generated.';
  const info = await lstat(options.outputDir).catch(() => undefined);
  if (info && !info.isDirectory() && !info.isSymbolicLink()) {
    problems.push({
      code: 'output-dir-not-directory',
      message: 'The output directory is a file, not a directory.',
      fix: `${fixOutputDir} Or move the file away.`,
    });
    return problems;
  }
  const link = await firstSymlink(options.root, options.outputDir);
  if (link) {
    problems.push({
      code: 'output-dir-symlink',
      message: `The output directory is reached through the symbolic link ${link}; the generator writes only into real directories.`,
      fix: `${fixOutputDir} Or replace the link with a real directory.`,
    });
    return problems;
  }
  if (isInside(target, root) === 'equal' || isInside(root, target) === 'inside') {
    problems.push({
      code: 'output-dir-is-project-root',
      message:
        'The output directory is the project root (or above it); the generator would own the whole project.',
      fix: fixOutputDir,
    });
    return problems;
  }
  if (!isInside(target, root) && !options.allowOutsideProject) {
    problems.push({
      code: 'output-dir-outside-project',
      message: `The output directory ${target} is outside the project (${root}).`,
      fix: `${fixOutputDir} To write somewhere else on purpose, add --allow-outside-project.`,
    });
    return problems;
  }
  const { packaged, all, problem } = await packageDirectories(options.root);
  if (problem) problems.push(problem);
  for (const directory of packaged) {
    const real = await resolveReal(path.resolve(options.root, directory));
    if (isInside(target, real)) {
      problems.push({
        code: 'output-dir-in-package',
        message: `The output directory is inside the packaged directory ${directory}: generated profiles and records would be packaged, and the generator could delete files there.`,
        fix: fixOutputDir,
      });
    }
  }
  for (const directory of all) {
    const real = await resolveReal(path.resolve(options.root, directory));
    if (isInside(real, target) === 'inside') {
      problems.push({
        code: 'output-dir-contains-package',
        message: `The output directory contains the package directory ${directory}.`,
        fix: fixOutputDir,
      });
    }
  }
  return problems;
}

/** The output directory as the project names it (forward slashes), for the manifest. */
export function projectRelative(root: string, outputDir: string): string {
  return path.relative(root, outputDir).split(path.sep).join('/') || '.';
}

async function packageDirectories(
  root: string,
): Promise<{ packaged: string[]; all: string[]; problem?: OutputDirProblem }> {
  const defaults = { packaged: [CORE_DIRECTORY], all: [CORE_DIRECTORY] };
  let text: string;
  try {
    text = await readFile(path.join(root, 'sfdx-project.json'), 'utf8');
  } catch {
    return defaults;
  }
  try {
    const project = JSON.parse(text) as { packageDirectories?: unknown };
    const entries = Array.isArray(project.packageDirectories) ? project.packageDirectories : [];
    const directories = entries.filter(
      (entry): entry is { path: string; package?: unknown } =>
        entry !== null && typeof entry === 'object' && typeof (entry as { path?: unknown }).path === 'string',
    );
    const unique = (paths: string[]) => [...new Set(paths.map((entry) => path.normalize(entry)))];
    return {
      packaged: unique([
        CORE_DIRECTORY,
        ...directories.filter((entry) => typeof entry.package === 'string').map((entry) => entry.path),
      ]),
      all: unique([CORE_DIRECTORY, ...directories.map((entry) => entry.path)]),
    };
  } catch {
    return {
      ...defaults,
      problem: {
        code: 'project-file-invalid',
        message:
          'sfdx-project.json is not valid JSON, so the generator cannot tell which directories are packaged.',
        fix: 'Correct sfdx-project.json, then run generate again.',
      },
    };
  }
}

/** The real path of a directory that may not exist yet: its nearest existing ancestor, resolved. */
async function resolveReal(target: string): Promise<string> {
  const missing: string[] = [];
  let current = path.resolve(target);
  for (;;) {
    try {
      return path.join(await realpath(current), ...missing.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return path.resolve(target);
      missing.push(path.basename(current));
      current = parent;
    }
  }
}

/**
 * The first symbolic link on the way from the project root down to the output directory (for an
 * output directory outside the project, only the directory itself is looked at).
 */
async function firstSymlink(root: string, outputDir: string): Promise<string | undefined> {
  const absoluteRoot = path.resolve(root);
  const absolute = path.resolve(outputDir);
  const inside = isInside(absolute, absoluteRoot) === 'inside';
  const segments = inside ? path.relative(absoluteRoot, absolute).split(path.sep) : [];
  const candidates = inside
    ? segments.map((_, index) => path.join(absoluteRoot, ...segments.slice(0, index + 1)))
    : [absolute];
  for (const candidate of candidates) {
    const info = await lstat(candidate).catch(() => undefined);
    if (!info) return undefined;
    if (info.isSymbolicLink()) return inside ? path.relative(absoluteRoot, candidate) : candidate;
  }
  return undefined;
}

/** macOS and Windows file systems ignore letter case: Force-App/Core is force-app/core there. */
const CASE_INSENSITIVE = process.platform === 'darwin' || process.platform === 'win32';

/** 'equal' when the same, 'inside' when `child` is below `parent`, false otherwise. */
function isInside(child: string, parent: string): 'equal' | 'inside' | false {
  const relative = CASE_INSENSITIVE
    ? path.relative(parent.toLowerCase(), child.toLowerCase())
    : path.relative(parent, child);
  if (relative === '') return 'equal';
  return !relative.startsWith('..') && !path.isAbsolute(relative) ? 'inside' : false;
}

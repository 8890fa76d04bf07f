/**
 * Check 2: apexlink's semantic analysis (unknown variables, methods, fields and types; it reads the
 * project's own objects, fields and custom metadata types from the SFDX package directories). It runs
 * on Java 17 through the relabelled classpath from java17-classpath.ts.
 */
import { execFile, type ExecFileException } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApexCheck, CheckOutcome, Finding } from '../finding.js';
import { JVM_FLAGS, javaBinary } from '../java-command.js';
import { APEXLINK_ALLOW_LIST, type AllowListEntry } from './allow-list.js';
import { preparePatchedClasspath } from './java17-classpath.js';

const MAIN_CLASS = 'io.github.apexdevtools.apexls.CheckForIssues';

export interface ApexlinkReport {
  files: {
    path: string;
    messages: { start: { line: number; offset: number }; category: string; message: string }[];
  }[];
}

export function createSemanticsCheck(allowList: readonly AllowListEntry[] = APEXLINK_ALLOW_LIST): ApexCheck {
  return {
    name: 'semantics',
    description: 'apexlink: unknown variables, methods, fields and types (Java 17, relabelled jars)',
    async run(project) {
      const { classpath } = preparePatchedClasspath();
      const report = await runApexlink(classpath, project.root);
      return applyAllowList(toFindings(report), allowList, project.root);
    },
  };
}

export const semanticsCheck = createSemanticsCheck();

/** Runs apexlink's CheckForIssues over an SFDX workspace and returns its JSON report. */
export async function runApexlink(classpath: string, workspace: string): Promise<ApexlinkReport> {
  // -n: no cache in the home folder, so every run sees the files as they are now.
  const args = [
    ...JVM_FLAGS,
    '-cp',
    classpath,
    MAIN_CLASS,
    '--format',
    'json',
    '--nocache',
    '--workspace',
    workspace,
  ];
  const { stdout, stderr, error } = await new Promise<{
    stdout: string;
    stderr: string;
    error: ExecFileException | null;
  }>((resolve) =>
    execFile(javaBinary(), args, { maxBuffer: 64 * 1024 * 1024 }, (err, out, errOut) =>
      resolve({ stdout: out, stderr: errOut, error: err }),
    ),
  );
  if (error?.code === 'ENOENT') {
    throw new Error(
      `apexlink needs Java 17 or newer and \`${javaBinary()}\` was not found; install openjdk-17-jdk-headless or set JAVA_HOME.`,
    );
  }
  // apexlink exits 4 when it found issues; anything it printed as JSON is its report.
  const json = stdout.slice(stdout.indexOf('{'));
  try {
    return JSON.parse(json) as ApexlinkReport;
  } catch {
    const hint = /UnsupportedClassVersionError/.test(stderr)
      ? ' (a class is newer than this Java: delete node_modules/.cache/apexlink-java17 and rerun)'
      : '';
    throw new Error(
      `apexlink did not produce a report${hint}: exit ${error?.code ?? 0}; ${(stderr || stdout).trim().slice(0, 2000)}`,
    );
  }
}

export function toFindings(report: ApexlinkReport): Finding[] {
  return report.files.flatMap((file) =>
    file.messages.map((message) => ({
      file: file.path,
      line: Math.max(1, message.start.line),
      column: message.start.offset + 1,
      rule: `apexlink:${message.category}`,
      message: message.message,
    })),
  );
}

export function applyAllowList(
  findings: Finding[],
  allowList: readonly AllowListEntry[],
  root: string,
  allowListFile = fileURLToPath(new URL('./allow-list.ts', import.meta.url)),
): CheckOutcome {
  const used = new Set<AllowListEntry>();
  const kept = findings.filter((finding) => {
    const relative = path.relative(root, finding.file).split(path.sep).join('/');
    const entry = allowList.find(
      (candidate) =>
        candidate.message.test(finding.message) && (!candidate.file || candidate.file.test(relative)),
    );
    if (entry) used.add(entry);
    return !entry;
  });
  const warnings = allowList
    .filter((entry) => !used.has(entry))
    .map((entry) => ({
      file: allowListFile,
      line: 1,
      column: 1,
      rule: 'apexlink:stale-allow-list-entry',
      message: `${entry.message} matched nothing; remove it if the code no longer needs it (${entry.reason})`,
    }));
  return { findings: kept, warnings };
}

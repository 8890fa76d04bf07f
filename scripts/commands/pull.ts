import path from 'node:path';
import type { PullMerge } from '../definitions/pull-merge.js';
import { defineCommand, ExitCode, outcome, type CommandIo } from './command.js';
import { definitionFlags, engineFlags, flag } from './flags.js';
import { describeOrg, engineFor, openOrg, orgSummary, type OrgSummary } from './org-command.js';
import { printProblems, problemsJson, type ProblemJson } from './output.js';

export type IukPullResult =
  | { file: string; problems: ProblemJson[] }
  | ({
      org: OrgSummary;
      file: string;
      /** The file did not exist and was created. */
      created: boolean;
      /** false with --dry-run, or when the merge changed nothing. */
      written: boolean;
    } & Omit<PullMerge, 'file'>);

export const pullFlags = {
  ...engineFlags(2),
  config: definitionFlags.config,
  prefer: flag.option({ options: ['file', 'org'] as const }),
  'dry-run': flag.boolean({}),
} as const;

/**
 * Reads the org's definitions (GET .../v1/definitions) and merges them into the definitions file:
 * adds what only the org has, keeps everything the file has, reports every difference. The merged
 * file is checked with the file's own rules before it is written, and written whole or not at all.
 */
export const pullCommand = defineCommand({
  name: 'pull',
  messages: 'pull',
  flags: pullFlags,
  async run({ io, flags }) {
    const [{ mergePull, orgDefinitionsOf, emptyDefinitionsFile }, { loadDefinitionsText }, files] =
      await Promise.all([
        import('../definitions/pull-merge.js'),
        import('../definitions/load.js'),
        import('./pull-files.js'),
      ]);
    const absolute = path.resolve(io.cwd, flags.config);
    const shown = path.relative(io.cwd, absolute) || absolute;

    // The file first: an invalid file is the admin's to fix before anything is merged into it.
    const current = await files.readDefinitionsIfPresent(absolute);
    let base: Record<string, unknown>;
    if (current === undefined) {
      base = emptyDefinitionsFile(files.schemaReferenceFor(absolute));
    } else {
      const loaded = loadDefinitionsText(shown, current, { cwd: io.cwd });
      if (!loaded.ok) {
        printProblems(io, loaded.problems);
        io.log(`Nothing was pulled: fix ${shown} first (npm run validate), then pull again.`);
        return outcome<IukPullResult>(
          { file: shown, problems: problemsJson(loaded.problems) },
          ExitCode.invalidInput,
        );
      }
      base = JSON.parse(current) as Record<string, unknown>;
    }

    const open = await openOrg(flags['target-org']);
    io.log(`Pulling the definitions of ${describeOrg(open)} into ${shown}`);
    const list = await (await engineFor(open, flags.namespace, flags.wait)).definitions();
    let definitions;
    try {
      definitions = orgDefinitionsOf(list);
    } catch (error) {
      const { OrgError } = await import('../org/errors.js');
      throw new OrgError(
        'failed',
        'BAD_ANSWER',
        `The org's definitions cannot be read: ${(error as Error).message}.`,
        'Check that the kit in the org is the version this command expects (status), then pull again.',
      );
    }
    const merge = mergePull(base, definitions, flags.prefer ?? 'file');
    const text = await files.formatDefinitions(absolute, merge.file);

    // The merged file passes the file's rules, or nothing is written.
    const checked = loadDefinitionsText(shown, text, { cwd: io.cwd });
    if (!checked.ok) {
      printProblems(io, checked.problems);
      io.log(`Nothing was written: the merged file would not be valid. ${shown} is unchanged.`);
      return outcome<IukPullResult>(
        { file: shown, problems: problemsJson(checked.problems) },
        ExitCode.invalidInput,
      );
    }
    const changed = current === undefined || text !== current;
    const write = changed && !flags['dry-run'];
    if (write) await files.writeAtomically(absolute, text);

    printMerge(io, merge, shown);
    io.log(
      flags['dry-run']
        ? `Dry run: ${shown} was not written.`
        : write
          ? `${current === undefined ? 'Created' : 'Updated'} ${shown}. Review it (git diff), then deploy it: npm run iuk -- deploy --target-org ${open.session.target}`
          : `${shown} already has every definition of the org: nothing to write.`,
    );
    return outcome<IukPullResult>({
      org: orgSummary(open),
      file: shown,
      created: current === undefined && write,
      written: write,
      added: merge.added,
      updated: merge.updated,
      unchanged: merge.unchanged,
      onlyInFile: merge.onlyInFile,
      conflicts: merge.conflicts,
      profilesAdded: merge.profilesAdded,
      notes: merge.notes,
    });
  },
});

function printMerge(io: CommandIo, merge: PullMerge, shown: string): void {
  const line = (label: string, names: string[]) => {
    if (names.length) io.log(`${label}: ${names.join(', ')}`);
  };
  line('Added from the org', merge.added);
  line('Profiles added', merge.profilesAdded);
  line('Replaced by the org version (--prefer org)', merge.updated);
  line('Unchanged', merge.unchanged);
  line(`Only in ${shown} (kept)`, merge.onlyInFile);
  for (const conflict of merge.conflicts) {
    const where = conflict.paths.join(', ');
    if (conflict.kept === 'org') {
      warn(
        io,
        'PullReplaced',
        `${conflict.integration}: the org's version replaced the file's (differed at ${where}).`,
      );
    } else if (conflict.definedIn === 'ORG') {
      warn(
        io,
        'PullConflict',
        `Conflict: ${conflict.integration} was changed in the org and differs from ${shown} at ${where}. The file's version is kept; to take the org's, pull again with --prefer org.`,
      );
    } else {
      warn(
        io,
        'PullDeployedDiffers',
        `${conflict.integration} was deployed from a repository and differs from ${shown} at ${where}: the file is kept (deploy it to bring the org in line).`,
      );
    }
  }
  for (const note of merge.notes) warn(io, 'PullNote', note);
}

function warn(io: CommandIo, name: string, message: string): void {
  io.warn({ name, message });
}

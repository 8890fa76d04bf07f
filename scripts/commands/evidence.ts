import type { ExportSummary } from '../org/evidence/export.js';
import { defineCommand, ExitCode, outcome } from './command.js';
import { commandError } from './errors.js';
import { engineFlags, flag } from './flags.js';
import { describeOrg, engineFor, openOrg, orgSummary, type OrgSummary } from './org-command.js';
import { table } from './output.js';

export interface IukEvidenceResult extends ExportSummary {
  org: OrgSummary;
}

/**
 * Writes the access-review evidence of every integration (GET .../v1/evidence) as evidence.json with
 * its schema, evidence.md and evidence.html. The work is scripts/org/evidence/export.ts.
 */
export const evidenceCommand = defineCommand({
  name: 'evidence',
  messages: 'evidence',
  flags: {
    ...engineFlags(5),
    out: flag.directory({ char: 'd', required: true }),
    config: flag.file({ char: 'c' }),
  },
  async run({ io, flags }) {
    const [{ exportEvidence }, { isEvidenceError }] = await Promise.all([
      import('../org/evidence/export.js'),
      import('../org/evidence/write.js'),
    ]);
    const open = await openOrg(flags['target-org']);
    const engine = await engineFor(open, flags.namespace, flags.wait);
    let summary: ExportSummary;
    try {
      summary = await exportEvidence(engine, {
        out: flags.out,
        ...(flags.config ? { config: flags.config } : {}),
        cwd: io.cwd,
        target: {
          org: open.session.target,
          username: open.session.username,
          instanceUrl: open.session.connection.instanceUrl ?? null,
        },
      });
    } catch (error) {
      if (isEvidenceError(error)) {
        throw commandError({
          name: 'EvidenceNotWritten',
          message: error.message,
          exitCode: /definitions file has errors|--out/.test(error.message)
            ? ExitCode.invalidInput
            : ExitCode.orgFailed,
          actions: [error.fix],
        });
      }
      throw error;
    }
    io.log(`Evidence of ${describeOrg(open)}`);
    const rows = summary.integrations.map((integration) => [
      integration.name,
      String(integration.gaps),
      String(integration.high),
      String(integration.medium),
    ]);
    for (const line of table([['INTEGRATION', 'GAPS', 'HIGH FINDINGS', 'MEDIUM FINDINGS'], ...rows]))
      io.log(line);
    io.log(
      summary.definitionsFile
        ? `Justifications of dangerous grants read from ${summary.definitionsFile}.`
        : 'No definitions file: dangerous grants are listed without their justifications.',
    );
    io.log(`Wrote ${summary.files.length} files to ${summary.outDir}: open evidence.html in a browser.`);
    return outcome<IukEvidenceResult>({ org: orgSummary(open), ...summary });
  },
});

import { verifyMetadata } from '../metadata/verify.js';
import { readProjectLayout } from '../metadata/project.js';
import { ExitCode, type Command } from './command.js';
import { parseFlags } from './flags.js';
import { printJson } from './output.js';

/** Proves the whole source tree with Salesforce's source-deploy-retrieve, offline. */
export const verifyCommand: Command = {
  name: 'verify',
  summary:
    'Check every package directory offline: well-formed XML, components resolve and convert, packaging rules.',
  usage: ['--json                 machine-readable output'],
  async run(context) {
    const { values } = parseFlags(context.argv, {
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    const layout = await readProjectLayout(context.cwd);
    const result = await verifyMetadata({
      root: context.cwd,
      packageDirectories: layout.packageDirectories,
      packagedDirectories: layout.packagedDirectories,
      convert: true,
    });
    const status = result.ok ? ExitCode.ok : ExitCode.verificationFailed;
    if (values.json) {
      printJson(context, status, result);
      return status;
    }
    for (const finding of result.findings) context.err(`${finding.file}: ${finding.message}`);
    const types = Object.entries(result.byType)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([type, count]) => `${count} ${type}`)
      .join(', ');
    context.out(
      result.ok
        ? `verified ${result.components} components in ${layout.packageDirectories.join(' + ')} (${types}); converted to ${result.convertedFiles} Metadata API files in ${result.milliseconds} ms.`
        : `verification failed: ${result.findings.length} finding(s).`,
    );
    return status;
  },
};

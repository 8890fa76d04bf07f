import type { VerifyResult as MetadataVerifyResult } from '../metadata/verify.js';
import { defineCommand, ExitCode, outcome } from './command.js';

export type IukVerifyResult = MetadataVerifyResult;

/** Proves the whole source tree with Salesforce's source-deploy-retrieve, offline. */
export const verifyCommand = defineCommand({
  name: 'verify',
  messages: 'verify',
  flags: {},
  async run({ io }) {
    const { layout, result } = await verifyProject(io.cwd);
    const status = result.ok ? ExitCode.ok : ExitCode.verificationFailed;
    for (const finding of result.findings) io.logToStderr(`${finding.file}: ${finding.message}`);
    const types = Object.entries(result.byType)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([type, count]) => `${count} ${type}`)
      .join(', ');
    io.log(
      result.ok
        ? `verified ${result.components} components in ${layout.packageDirectories.join(' + ')} (${types}); converted to ${result.convertedFiles} Metadata API files in ${result.milliseconds} ms.`
        : `verification failed: ${result.findings.length} finding(s).`,
    );
    return outcome<IukVerifyResult>(result, status);
  },
});

/** Verifies every package directory of the project at `root`, converting as `sf project convert source` would. */
export async function verifyProject(root: string) {
  const [{ readProjectLayout }, { verifyMetadata }] = await Promise.all([
    import('../metadata/project.js'),
    import('../metadata/verify.js'),
  ]);
  const layout = await readProjectLayout(root);
  const result = await verifyMetadata({
    root,
    packageDirectories: layout.packageDirectories,
    ...(layout.packagedDirectory ? { packagedDirectory: layout.packagedDirectory } : {}),
    convert: true,
  });
  return { layout, result };
}

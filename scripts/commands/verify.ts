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

/**
 * Verifies the project at `root`, converting as `sf project convert source` would: every package
 * directory, or (`deploy`) only what `deploy` sends: the core and the unpackaged directories.
 */
export async function verifyProject(root: string, scope: 'all' | 'deploy' = 'all') {
  const [{ readProjectLayout }, { verifyMetadata }] = await Promise.all([
    import('../metadata/project.js'),
    import('../metadata/verify.js'),
  ]);
  const layout = await readProjectLayout(root);
  const result = await verifyMetadata({
    root,
    packageDirectories: scope === 'deploy' ? layout.deployDirectories : layout.packageDirectories,
    ...(layout.packagedDirectory ? { packagedDirectory: layout.packagedDirectory } : {}),
    // The packaging rules for every package (the core, an ISV's connector) in scope.
    packagedDirectories: layout.packagedDirectories.filter(
      (directory) => scope === 'all' || layout.deployDirectories.includes(directory),
    ),
    convert: true,
  });
  return { layout, result };
}

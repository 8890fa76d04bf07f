import type { VerifyResult as MetadataVerifyResult } from '../metadata/verify.js';
import { defineCommand, ExitCode, outcome } from './command.js';
import { keepSalesforceLogInMemory } from './offline-logging.js';

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
 * Verifies every package directory of the project at `root`, converting as `sf project convert
 * source` would, or (`scope: 'deploy'`) only what `deploy` sends: the core and the unpackaged
 * directories. With `reuse` (npm start), a passing result recorded for exactly this content is
 * returned instead (metadata/verify-record.ts), and `reused` says so, as long as the project still
 * holds no secret.
 */
export async function verifyProject(
  root: string,
  options: { reuse?: boolean; scope?: 'all' | 'deploy' } = {},
) {
  const scope = options.scope ?? 'all';
  const { readProjectLayout } = await import('../metadata/project.js');
  const layout = await readProjectLayout(root);
  const verifyOptions = {
    root,
    packageDirectories: scope === 'deploy' ? layout.deployDirectories : layout.packageDirectories,
    ...(layout.packagedDirectory ? { packagedDirectory: layout.packagedDirectory } : {}),
    // The packaging rules for every package (the core, an ISV's connector) in scope.
    packagedDirectories: layout.packagedDirectories.filter(
      (directory) => scope === 'all' || layout.deployDirectories.includes(directory),
    ),
    convert: true,
  };
  const started = performance.now();
  const record = options.reuse ? await import('../metadata/verify-record.js') : undefined;
  const key = record?.verificationKey(verifyOptions);
  const recorded = key ? record?.recordedVerification(root, key) : undefined;
  // The record covers the package directories, but a private key or a consumer secret can land
  // anywhere in the project: the secret scan (~35 ms) runs every time, and a finding means a full
  // verification, which reports it with everything else.
  if (recorded && (await import('../metadata/secret-scan.js')).scanForSecrets(root).length === 0) {
    return {
      layout,
      result: { ...recorded, milliseconds: Math.round(performance.now() - started) },
      reused: true,
    };
  }
  // Before source-deploy-retrieve loads @salesforce/core and its logger.
  keepSalesforceLogInMemory();
  const { verifyMetadata } = await import('../metadata/verify.js');
  const result = await verifyMetadata(verifyOptions);
  if (key && result.ok) record?.recordVerification(root, key, result);
  return { layout, result, reused: false };
}

import path from 'node:path';
import { defineCommand, ExitCode, outcome } from './command.js';
import { definitionFlags } from './flags.js';
import { generatedFiles, printChanges, type GeneratedFiles } from './generate.js';
import { printProblems, problemsJson, reportWarnings, type ProblemJson } from './output.js';
import { verifyProject, type IukVerifyResult } from './verify.js';

export type IukStartResult =
  | { problems: ProblemJson[] }
  | (GeneratedFiles & {
      verification: IukVerifyResult;
      /** The tree was exactly what the last passing verification saw: its result was reused. */
      verificationReused: boolean;
      timings: { generateMs: number; verifyMs: number };
    });

/**
 * The main job without an org: validate, generate, verify with Salesforce's libraries, summarise.
 * A convenience of the clone (`npm start`), not an sf command: in sf the same is `sf iuk generate`
 * followed by `sf iuk verify`.
 */
export const startCommand = defineCommand({
  name: 'start',
  messages: 'start',
  launcherOnly: true,
  flags: definitionFlags,
  async run({ io, flags }) {
    const [{ generate }, { syncSchemaFile }, { describeModel }] = await Promise.all([
      import('../metadata/generate.js'),
      import('../definitions/schema-file.js'),
      import('./summary.js'),
    ]);
    const started = performance.now();
    const result = await generate({
      configPath: flags.config,
      cwd: io.cwd,
      ...(flags.environment ? { environment: flags.environment } : {}),
    });
    if (!result.ok) {
      printProblems(io, result.problems);
      return outcome<IukStartResult>({ problems: problemsJson(result.problems) }, ExitCode.invalidInput);
    }
    const generatedAt = performance.now();
    const schemaChanged = await syncSchemaFile(io.cwd);
    // What deploy sends: the core and the generated metadata (`verify` also checks other packages).
    const { result: verification, reused } = await verifyProject(io.cwd, { reuse: true, scope: 'deploy' });
    const status = verification.ok ? ExitCode.ok : ExitCode.verificationFailed;
    const timings = { generateMs: Math.round(generatedAt - started), verifyMs: verification.milliseconds };
    const figures = result.summary.figures;
    const environment = result.summary.environment;
    reportWarnings(io, result.warnings);
    io.log(
      `Integration User Kit: ${path.relative(io.cwd, path.resolve(io.cwd, flags.config))}` +
        (environment ? ` (environment ${environment})` : ''),
    );
    io.log(
      `${figures.integrations} integration(s) (${figures.activeIntegrations} active${figures.retiredIntegrations ? `, ${figures.retiredIntegrations} retired` : ''}), ${figures.objects} object grant(s), ${figures.fieldPermissions} field permission(s); ` +
        `${figures.generatedProfiles} generated profile(s) with ${figures.ipRanges} login IP range(s) and login hours on ${figures.loginHourDays} day(s).`,
    );
    for (const line of describeModel(result.summary)) io.log(line);
    await printChanges(io, result, schemaChanged, false);
    for (const finding of verification.findings) io.logToStderr(`${finding.file}: ${finding.message}`);
    const summary = {
      ...generatedFiles(result, schemaChanged),
      verification,
      verificationReused: reused,
      timings,
    };
    if (!verification.ok) {
      io.logToStderr(
        `Offline verification failed: ${verification.findings.length} finding(s). Nothing is ready to deploy.`,
      );
      return outcome<IukStartResult>(summary, status);
    }
    io.log(
      reused
        ? `Verified offline with @salesforce/source-deploy-retrieve: ${verification.components} components resolve and convert (${verification.convertedFiles} Metadata API files); the source tree is unchanged since that verification, so it was not converted again. ` +
            `Generated in ${timings.generateMs} ms, checked in ${timings.verifyMs} ms.`
        : `Verified offline with @salesforce/source-deploy-retrieve: ${verification.components} components resolve and convert (${verification.convertedFiles} Metadata API files). ` +
            `Generated in ${timings.generateMs} ms, verified in ${timings.verifyMs} ms.`,
    );
    io.log('');
    io.log('Next: deploy to an org you have authorised with `sf org login web --alias my-org`:');
    io.log(
      '  npm run iuk -- deploy --target-org my-org        (validates, runs Apex tests, then deploys core + generated)',
    );
    io.log(
      '  npm run iuk -- provision --target-org my-org     (creates the users, then deploys each app with its OAuth policy)',
    );
    io.log(
      '  or: sf project deploy start --source-dir force-app/core --source-dir force-app/generated --target-org my-org',
    );
    io.log('      (the apps then still need their OAuth policies: run provision once the users exist)');
    return outcome<IukStartResult>(summary, status);
  },
});

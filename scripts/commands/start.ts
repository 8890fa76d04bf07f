import path from 'node:path';
import { DEFAULT_CONFIG } from '../definitions/load.js';
import { syncSchemaFile } from '../definitions/schema-file.js';
import { generate } from '../metadata/generate.js';
import { readProjectLayout } from '../metadata/project.js';
import { verifyMetadata } from '../metadata/verify.js';
import { ExitCode, type Command } from './command.js';
import { commonDefinitionFlags, parseFlags } from './flags.js';
import { printJson, printProblems, problemsJson } from './output.js';
import { generateJson, printChanges } from './generate.js';
import { describeModel } from './summary.js';

/** The main job without an org: validate, generate, verify with Salesforce's libraries, summarise. */
export const startCommand: Command = {
  name: 'start',
  summary: 'Validate the definitions, generate the metadata, verify it offline and show the next step.',
  usage: [
    '--config <file>        definitions file (default config/integration-definitions.json)',
    '--environment <name>   environment to generate for (default: the one marked "default")',
    '--json                 machine-readable output',
  ],
  async run(context) {
    const { values } = parseFlags(context.argv, commonDefinitionFlags);
    const started = performance.now();
    const configPath = values.config ?? DEFAULT_CONFIG;
    const result = await generate({
      configPath,
      cwd: context.cwd,
      ...(values.environment ? { environment: values.environment } : {}),
    });
    if (!result.ok) {
      if (values.json) printJson(context, ExitCode.invalidInput, { problems: problemsJson(result.problems) });
      else printProblems(context, result.problems);
      return ExitCode.invalidInput;
    }
    const generatedAt = performance.now();
    const schemaChanged = await syncSchemaFile(context.cwd);
    const layout = await readProjectLayout(context.cwd);
    const verification = await verifyMetadata({
      root: context.cwd,
      packageDirectories: layout.packageDirectories,
      ...(layout.packagedDirectory ? { packagedDirectory: layout.packagedDirectory } : {}),
      convert: true,
    });
    const status = verification.ok ? ExitCode.ok : ExitCode.verificationFailed;
    const timings = { generateMs: Math.round(generatedAt - started), verifyMs: verification.milliseconds };
    if (values.json) {
      printJson(
        context,
        status,
        { ...generateJson(result, schemaChanged), verification, timings },
        problemsJson(result.warnings),
      );
      return status;
    }
    const figures = result.summary.figures;
    printProblems(context, result.warnings);
    context.out(
      `Integration User Kit: ${path.relative(context.cwd, path.resolve(context.cwd, configPath))}` +
        (result.summary.environment ? ` (environment ${result.summary.environment})` : ''),
    );
    context.out(
      `${figures.integrations} integration(s) (${figures.activeIntegrations} active${figures.retiredIntegrations ? `, ${figures.retiredIntegrations} retired` : ''}), ${figures.objects} object grant(s), ${figures.fieldPermissions} field permission(s); ` +
        `${figures.generatedProfiles} generated profile(s) with ${figures.ipRanges} login IP range(s) and login hours on ${figures.loginHourDays} day(s).`,
    );
    for (const line of describeModel(result.summary)) context.out(line);
    printChanges(context, result, schemaChanged, false);
    for (const finding of verification.findings) context.err(`${finding.file}: ${finding.message}`);
    if (!verification.ok) {
      context.err(
        `Offline verification failed: ${verification.findings.length} finding(s). Nothing is ready to deploy.`,
      );
      return status;
    }
    context.out(
      `Verified offline with @salesforce/source-deploy-retrieve: ${verification.components} components resolve and convert (${verification.convertedFiles} Metadata API files). ` +
        `Generated in ${timings.generateMs} ms, verified in ${timings.verifyMs} ms.`,
    );
    context.out('');
    context.out('Next: deploy to an org you have authorised with `sf org login web --alias my-org`:');
    context.out(
      '  npm run iuk -- deploy --target-org my-org        (validates, runs Apex tests, then deploys core + generated)',
    );
    context.out(
      '  or: sf project deploy start --source-dir force-app/core --source-dir force-app/generated --target-org my-org',
    );
    return status;
  },
};

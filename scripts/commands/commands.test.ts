/**
 * The CLI's offline commands (start, validate, generate, verify) driven through main() with captured
 * output, on temporary copies of the repository's configuration. Exit codes are the contract scripts
 * and CI rely on: 0 ok, 1 invalid input (nothing written), 2 usage, 3 verification failed,
 * 6 `generate --check` out of date.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { main } from '../cli.js';
import { ExitCode } from './command.js';
import { minimalProject, REPO_ROOT, snapshotTree, writeFiles } from '../metadata/testing/temp-tree.js';
import { capture } from './testing/capture.js';

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(cwd: string, ...argv: string[]): Promise<Run> {
  const captured = capture();
  const code = await main(argv, { cwd, root: REPO_ROOT, streams: captured.streams });
  return { code, out: captured.out.join('\n'), err: captured.err.join('\n') };
}

/** Parses a --json run: exactly one JSON document on stdout, in the {status, result, warnings} envelope. */
function envelope(result: Run): { status: number; result: Record<string, unknown>; warnings: unknown[] } {
  const parsed = JSON.parse(result.out) as {
    status: number;
    result: Record<string, unknown>;
    warnings: unknown[];
  };
  assert.deepEqual(Object.keys(parsed), ['status', 'result', 'warnings']);
  assert.equal(parsed.status, result.code, 'the envelope status is the exit code');
  assert.ok(Array.isArray(parsed.warnings));
  return parsed;
}

const CONFIG = 'config/integration-definitions.json';
const GENERATED = 'force-app/generated';

type Definitions = {
  integrations: {
    name: string;
    label: string;
    user: { alias: string };
    direction?: string;
    objects?: { object: string; access: string[] }[];
  }[];
};

function editDefinitions(root: string, edit: (document: Definitions) => void): void {
  const file = path.join(root, CONFIG);
  const document = JSON.parse(readFileSync(file, 'utf8')) as Definitions;
  edit(document);
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
}

/** Two mistakes at once: an alias over 8 characters, and "edit" without "read". */
function breakDefinitions(root: string): void {
  editDefinitions(root, (document) => {
    document.integrations[0]!.user.alias = 'muchtoolongalias';
    document.integrations[1]!.objects = [{ object: 'Account', access: ['edit'] }];
    // Writing integrations are not outbound (that would add a warning to the two planted errors).
    document.integrations[1]!.direction = 'bidirectional';
  });
}

describe('cli main()', () => {
  describe('usage errors exit 2', () => {
    it('no command prints the help and exits 2; `help` exits 0', async () => {
      const root = minimalProject('cli-help');
      const bare = await run(root);
      assert.equal(bare.code, ExitCode.usage);
      for (const command of ['start', 'validate', 'generate', 'verify'])
        assert.match(bare.out, new RegExp(`^  ${command} `, 'm'));
      assert.equal((await run(root, 'help')).code, ExitCode.ok);
    });

    it('an unknown command exits 2 and lists the commands', async () => {
      const result = await run(minimalProject('cli-unknown'), 'genrate');
      assert.equal(result.code, ExitCode.usage);
      assert.match(result.err, /Unknown command "genrate"\. Commands: start, validate, generate, verify/);
    });

    for (const command of ['start', 'validate', 'generate', 'verify']) {
      it(`${command} with an unknown flag exits 2, names the flag and writes nothing`, async () => {
        const root = minimalProject(`cli-flag-${command}`);
        const before = snapshotTree(root);
        const result = await run(root, command, '--no-such-flag');
        assert.equal(result.code, ExitCode.usage);
        assert.match(result.err, /Nonexistent flag: --no-such-flag\nSee more help with --help/);
        assert.deepEqual(snapshotTree(root), before);
      });

      it(`${command} --json with an unknown flag prints sf's JSON error envelope on stdout`, async () => {
        const result = await run(
          minimalProject(`cli-json-flag-${command}`),
          command,
          '--json',
          '--no-such-flag',
        );
        assert.equal(result.code, ExitCode.usage);
        assert.equal(result.err, '');
        const error = JSON.parse(result.out) as Record<string, unknown>;
        assert.equal(error.status, ExitCode.usage);
        assert.equal(error.exitCode, ExitCode.usage);
        assert.equal(error.message, 'Nonexistent flag: --no-such-flag\nSee more help with --help');
        assert.equal(error.commandName, command.charAt(0).toUpperCase() + command.slice(1));
      });
    }

    it('--json with an unknown command prints a JSON error too', async () => {
      const result = await run(minimalProject('cli-json-unknown'), 'genrate', '--json');
      assert.equal(result.code, ExitCode.usage);
      const error = JSON.parse(result.out) as Record<string, unknown>;
      assert.equal(error.name, 'UnknownCommandError');
      assert.equal(error.exitCode, ExitCode.usage);
    });

    it('--help on a command prints its flags and exits 0', async () => {
      const result = await run(minimalProject('cli-command-help'), 'generate', '--help');
      assert.equal(result.code, ExitCode.ok);
      assert.match(result.out, /--check/);
      assert.match(result.out, /--output-dir/);
    });
  });

  describe('validate', () => {
    it('exits 0 on the bundled definitions and writes nothing', async () => {
      const root = minimalProject('validate-ok');
      const before = snapshotTree(root);
      const result = await run(root, 'validate');
      assert.equal(result.code, ExitCode.ok, result.err);
      assert.match(
        result.out,
        /^config\/integration-definitions\.json is valid \(environment production\): 2 integration\(s\)/,
      );
      assert.deepEqual(snapshotTree(root), before);
    });

    it('--json answers with the envelope', async () => {
      const root = minimalProject('validate-json');
      const json = envelope(await run(root, 'validate', '--json'));
      assert.equal(json.status, 0);
      assert.equal(json.result.valid, true);
      assert.equal(json.result.environment, 'production');
      assert.equal(json.result.integrations, 2);
    });

    it('resolves another environment with --environment', async () => {
      const json = envelope(
        await run(minimalProject('validate-env'), 'validate', '--environment', 'uat', '--json'),
      );
      assert.equal(json.result.environment, 'uat');
    });

    it('exits 1 on invalid definitions, naming file, line, field and fix for every problem, and writes nothing', async () => {
      const root = minimalProject('validate-invalid');
      breakDefinitions(root);
      const before = snapshotTree(root);
      const result = await run(root, 'validate');
      assert.equal(result.code, ExitCode.invalidInput);
      assert.match(
        result.err,
        /config\/integration-definitions\.json:\d+:\d+ error integrations\[0\]\.user\.alias: /,
      );
      assert.match(result.err, /integrations\[1\]\.objects\[0\]\.access: "edit" on Account needs "read"/);
      assert.match(result.err, /fix: /);
      assert.match(result.err, /2 error\(s\)\. Nothing was written\./);
      assert.deepEqual(snapshotTree(root), before);
    });

    it('--json on invalid definitions lists the problems with file, path and fix', async () => {
      const root = minimalProject('validate-invalid-json');
      breakDefinitions(root);
      const json = envelope(await run(root, 'validate', '--json'));
      assert.equal(json.status, ExitCode.invalidInput);
      assert.equal(json.result.valid, false);
      const problems = json.result.problems as {
        file: string;
        path: (string | number)[];
        line: number;
        fix: string;
        severity: string;
      }[];
      assert.equal(problems.length, 2);
      for (const problem of problems) {
        assert.equal(problem.file, CONFIG);
        assert.equal(problem.severity, 'error');
        assert.ok(problem.line > 0 && problem.fix.length > 0);
      }
      assert.deepEqual(
        problems.map((problem) => problem.path.slice(0, 2)),
        [
          ['integrations', 0],
          ['integrations', 1],
        ],
      );
    });

    it('exits 1 for an unknown environment or a missing definitions file', async () => {
      const root = minimalProject('validate-missing');
      const environment = await run(root, 'validate', '--environment', 'nowhere');
      assert.equal(environment.code, ExitCode.invalidInput);
      assert.match(environment.err, /There is no environment named "nowhere"/);
      const missing = await run(root, 'validate', '--config', 'config/absent.json');
      assert.equal(missing.code, ExitCode.invalidInput);
      assert.match(missing.err, /config\/absent\.json .*The definitions file does not exist/);
    });
  });

  describe('generate', () => {
    it('writes the tree, then a re-run writes nothing and --check exits 0', async () => {
      const root = minimalProject('generate-ok');
      const first = await run(root, 'generate');
      assert.equal(first.code, ExitCode.ok, first.err);
      assert.match(
        first.out,
        /wrote +force-app\/generated\/permissionsets\/IUK_ERP_Order_Sync\.permissionset-meta\.xml/,
      );
      assert.match(
        first.out,
        /force-app\/generated \(environment production\): 14 written, 0 unchanged, 0 removed\./,
      );
      for (const file of [
        '.iuk-manifest.json',
        'profiles/Integration - ERP Restricted.profile-meta.xml',
        'customMetadata/Integration_User_Definition.Marketing_Automation.md-meta.xml',
      ]) {
        assert.ok(existsSync(path.join(root, GENERATED, file)), file);
      }
      const before = snapshotTree(root);
      const second = await run(root, 'generate');
      assert.equal(second.code, ExitCode.ok);
      assert.match(second.out, /0 written, 14 unchanged, 0 removed\./);
      const check = await run(root, 'generate', '--check');
      assert.equal(check.code, ExitCode.ok);
      assert.deepEqual(snapshotTree(root), before, 'neither the re-run nor --check touched a file');
    });

    it('matches the committed force-app/generated for the bundled definitions', async () => {
      const root = minimalProject('generate-committed');
      await run(root, 'generate');
      const committed = snapshotTree(path.join(__dirname, '..', '..', GENERATED)).files;
      assert.deepEqual(snapshotTree(path.join(root, GENERATED)).files, committed);
    });

    it('--check exits 6 when the definitions changed, lists what it would write, and writes nothing', async () => {
      const root = minimalProject('generate-stale');
      assert.equal((await run(root, 'generate')).code, ExitCode.ok);
      editDefinitions(root, (document) => {
        document.integrations[0]!.label = 'Marketing Automation Renamed';
      });
      const before = snapshotTree(root);
      const check = await run(root, 'generate', '--check');
      assert.equal(check.code, ExitCode.outOfDate);
      assert.match(
        check.out,
        /would write +force-app\/generated\/permissionsets\/IUK_Marketing_Automation\.permissionset-meta\.xml/,
      );
      assert.match(check.err, /out of date: run `npm run generate`/);
      const json = envelope(await run(root, 'generate', '--check', '--json'));
      assert.equal(json.status, ExitCode.outOfDate);
      // The label also names the app and its settings.
      assert.deepEqual(json.result.written, [
        'customMetadata/Integration_User_Definition.Marketing_Automation.md-meta.xml',
        'externalClientApps/IUK_Marketing_Automation.eca-meta.xml',
        'extlClntAppGlobalOauthSets/IUK_Marketing_Automation_glbloauth.ecaGlblOauth-meta.xml',
        'extlClntAppOauthSettings/IUK_Marketing_Automation_oauth.ecaOauth-meta.xml',
        'extlClntAppPolicies/IUK_Marketing_Automation_plcy.ecaPlcy-meta.xml',
        'permissionsets/IUK_Marketing_Automation.permissionset-meta.xml',
      ]);
      assert.deepEqual(snapshotTree(root), before);
    });

    it('--check exits 6 when a generated file is missing or edited by hand', async () => {
      const root = minimalProject('generate-edited');
      await run(root, 'generate');
      writeFiles(root, { [`${GENERATED}/profiles/Integration - API Only.profile-meta.xml`]: '<edited/>\n' });
      const check = await run(root, 'generate', '--check');
      assert.equal(check.code, ExitCode.outOfDate);
      assert.match(check.err, /had been edited by hand/);
      const fixed = await run(root, 'generate');
      assert.equal(fixed.code, ExitCode.ok);
      assert.match(
        fixed.err,
        /Integration - API Only\.profile-meta\.xml had been edited by hand; the definitions file wins/,
      );
    });

    it('--json reports written, unchanged and removed files and the model figures', async () => {
      const root = minimalProject('generate-json');
      const json = envelope(await run(root, 'generate', '--json'));
      assert.equal(json.status, 0);
      // 2 records, 2 permission sets, 2 profiles, and 4 files for each of the 2 External Client Apps.
      assert.equal((json.result.written as string[]).length, 14);
      assert.equal(json.result.environment, 'production');
      assert.equal(json.result.integrations, 2);
      assert.equal(json.result.generatedProfiles, 2);
      assert.equal(json.result.ipRanges, 3);
    });

    it('exits 1 on invalid definitions and writes nothing (not even the output folder)', async () => {
      const root = minimalProject('generate-invalid');
      breakDefinitions(root);
      const before = snapshotTree(root);
      const result = await run(root, 'generate');
      assert.equal(result.code, ExitCode.invalidInput);
      assert.match(result.err, /Nothing was written/);
      assert.deepEqual(snapshotTree(root), before);
      assert.equal(existsSync(path.join(root, GENERATED)), false);
    });

    it('exits 1 when a hand-written file stands where it must write, and writes nothing', async () => {
      const root = minimalProject('generate-conflict');
      const handWritten = `${GENERATED}/permissionsets/IUK_ERP_Order_Sync.permissionset-meta.xml`;
      writeFiles(root, { [handWritten]: '<PermissionSet>hand-written</PermissionSet>\n' });
      const before = snapshotTree(root);
      const result = await run(root, 'generate');
      assert.equal(result.code, ExitCode.invalidInput);
      assert.match(
        result.err,
        new RegExp(`${handWritten.replace(/\//g, '\\/')} error .*nothing was changed`),
      );
      assert.deepEqual(snapshotTree(root), before);
      const json = envelope(await run(root, 'generate', '--json'));
      assert.deepEqual(
        (json.result.problems as { code: string }[]).map((problem) => problem.code),
        ['hand-written-file-in-output'],
      );
    });

    it('--output-dir and --environment choose where and for which org', async () => {
      const root = minimalProject('generate-output-dir');
      const result = await run(root, 'generate', '--output-dir', 'out/uat', '--environment', 'uat');
      assert.equal(result.code, ExitCode.ok, result.err);
      const record = readFileSync(
        path.join(root, 'out/uat/customMetadata/Integration_User_Definition.ERP_Order_Sync.md-meta.xml'),
        'utf8',
      );
      assert.match(record, /<value xsi:type="xsd:string">uat<\/value>/);
      assert.match(record, /erp-team\+uat@acme\.example/);
      assert.equal(existsSync(path.join(root, GENERATED)), false);
    });
  });

  describe('start', () => {
    it('validates, generates, verifies, prints the summary and the next step', async () => {
      const root = minimalProject('start-ok');
      const result = await run(root, 'start');
      assert.equal(result.code, ExitCode.ok, result.err);
      assert.match(
        result.out,
        /^Integration User Kit: config\/integration-definitions\.json \(environment production\)$/m,
      );
      assert.match(
        result.out,
        /2 integration\(s\) \(2 active\), 6 object grant\(s\), 24 field permission\(s\); 2 generated profile\(s\) with 3 login IP range\(s\) and login hours on 7 day\(s\)\./,
      );
      assert.match(result.out, /^ {2}ERP_Order_Sync \(Northwind ERP, outbound\)$/m);
      assert.match(
        result.out,
        /profile "Integration - ERP Restricted" \(3 IP range\(s\), login hours on 7 day\(s\)\)/,
      );
      assert.match(
        result.out,
        /Verified offline with @salesforce\/source-deploy-retrieve: \d+ components resolve and convert/,
      );
      assert.match(result.out, /^Next: deploy to an org/m);
      assert.match(
        result.out,
        /sf project deploy start --source-dir force-app\/core --source-dir force-app\/generated/,
      );
      assert.equal(result.err, '', 'no warnings or findings');
      assert.ok(existsSync(path.join(root, GENERATED, '.iuk-manifest.json')));
    });

    it('every `npm run iuk -- <command>` it suggests as the next step is a registered command', async () => {
      const root = minimalProject('start-next-step');
      const suggested = [...(await run(root, 'start')).out.matchAll(/npm run iuk -- (\S+)/g)].map(
        (match) => match[1]!,
      );
      assert.ok(suggested.length > 0);
      for (const command of suggested)
        assert.equal(
          (await run(root, command, '--help')).code,
          ExitCode.ok,
          `\`${command}\` is not a command`,
        );
    });

    it('--json carries generation, verification and timings', async () => {
      const json = envelope(await run(minimalProject('start-json'), 'start', '--json'));
      assert.equal(json.status, 0);
      const verification = json.result.verification as {
        ok: boolean;
        findings: unknown[];
        byType: Record<string, number>;
      };
      assert.equal(verification.ok, true);
      assert.deepEqual(verification.findings, []);
      assert.deepEqual(verification.byType, {
        CustomMetadata: 2,
        CustomObject: 1,
        ExternalClientApplication: 2,
        ExtlClntAppConfigurablePolicies: 2,
        ExtlClntAppGlobalOauthSettings: 2,
        ExtlClntAppOauthSettings: 2,
        PermissionSet: 2,
        Profile: 2,
      });
      assert.ok(typeof (json.result.timings as { verifyMs: number }).verifyMs === 'number');
    });

    it('exits 1 on invalid definitions and writes nothing', async () => {
      const root = minimalProject('start-invalid');
      breakDefinitions(root);
      const before = snapshotTree(root);
      const result = await run(root, 'start');
      assert.equal(result.code, ExitCode.invalidInput);
      assert.doesNotMatch(result.out, /Next:/);
      assert.deepEqual(snapshotTree(root), before);
    });

    it('exits 3 and shows no next step when the offline verification fails', async () => {
      const root = minimalProject('start-unverified');
      writeFiles(root, {
        'force-app/core/security/profiles/Packaged.profile-meta.xml':
          '<Profile xmlns="http://soap.sforce.com/2006/04/metadata"><custom>true</custom></Profile>\n',
      });
      const result = await run(root, 'start');
      assert.equal(result.code, ExitCode.verificationFailed);
      assert.match(result.err, /Packaged\.profile-meta\.xml: Profile components cannot be packaged/);
      assert.match(result.err, /Offline verification failed: 1 finding\(s\)/);
      assert.doesNotMatch(result.out, /Next:/);
    });
  });

  describe('verify', () => {
    it('exits 0 on a generated project and summarises the components', async () => {
      const root = minimalProject('verify-ok');
      await run(root, 'generate');
      const result = await run(root, 'verify');
      assert.equal(result.code, ExitCode.ok, result.err);
      assert.match(
        result.out,
        /^verified 20 components in force-app\/core \+ force-app\/generated \+ examples\/isv-connector\/force-app \(3 CustomMetadata, 2 CustomObject, 3 ExternalClientApplication, 2 ExtlClntAppConfigurablePolicies, 2 ExtlClntAppGlobalOauthSettings, 3 ExtlClntAppOauthSettings, 3 PermissionSet, 2 Profile\); converted to \d+ Metadata API files/,
      );
    });

    it('exits 3 on malformed XML, naming the file (and in --json)', async () => {
      const root = minimalProject('verify-bad');
      await run(root, 'generate');
      const file = `${GENERATED}/profiles/Integration - API Only.profile-meta.xml`;
      writeFiles(root, {
        [file]: '<Profile xmlns="http://soap.sforce.com/2006/04/metadata"><custom>true</custom>\n',
      });
      const result = await run(root, 'verify');
      assert.equal(result.code, ExitCode.verificationFailed);
      assert.match(result.err, new RegExp(`^${file}: Malformed XML`, 'm'));
      const json = envelope(await run(root, 'verify', '--json'));
      assert.equal(json.status, ExitCode.verificationFailed);
      assert.deepEqual(
        (json.result.findings as { file: string }[]).map((finding) => finding.file),
        [file],
      );
    });
  });
});

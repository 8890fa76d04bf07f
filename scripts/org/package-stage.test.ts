/**
 * scripts/ci/package-stage.sh without an org: the SKIPPED lines, and whole runs against recording
 * stubs of the sf CLI and the kit's launcher (IUK_SF_BIN, IUK_CLI_BIN) that answer like the real ones.
 * What the stubs cannot show (that Salesforce accepts the versions, the install, the provisioning) is
 * the org stage's to prove; the flags themselves are checked against the pinned CLI in
 * ci-cli-flags.test.ts.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { repoRoot } from './testing/salesforce-test-context.js';

const run = promisify(execFile);
const NS = 'iukns';
const CORE_ID = '0Ho000000000001AAA';
const CONNECTOR_ID = '0Ho000000000002AAA';

interface Call {
  argv: string[];
  cwd: string;
  /** sfdx-project.json of the working directory when a version was created. */
  project?: {
    namespace?: string;
    packageAliases?: Record<string, string>;
    packageDirectories: { dependencies?: unknown[] }[];
  };
  /** The definitions' settings when the launcher generated. */
  settings?: { namespace?: string };
}

/** A stub that records each call as a JSON line and answers from `answer(argv)`. */
function stub(dir: string, name: string, log: string, answer: string): string {
  const file = join(dir, name);
  writeFileSync(
    file,
    `#!/usr/bin/env node
const fs = require('fs');
const argv = process.argv.slice(2);
const call = { argv, cwd: process.cwd() };
if (argv.slice(0, 3).join(' ') === 'package version create') call.project = JSON.parse(fs.readFileSync('sfdx-project.json', 'utf8'));
if (argv[0] === 'generate') call.settings = JSON.parse(fs.readFileSync('config/integration-definitions.json', 'utf8').replace(/,(\\s*[}\\]])/g, '$1')).settings;
fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify(call) + '\\n');
const flag = (name) => argv[argv.indexOf(name) + 1];
${answer}
`,
  );
  chmodSync(file, 0o755);
  return file;
}

const SF_ANSWERS = `
const command = argv.filter((word) => !word.startsWith('-')).slice(0, 3).join(' ');
const out = (result) => process.stdout.write(JSON.stringify({ status: 0, result }));
if (command === 'package version create') out({ Status: 'Success', SubscriberPackageVersionId: flag('--package') === 'Integration User Kit' ? '04t000000000001AAA' : '04t000000000002AAA' });
else if (command === 'package version report') out({ HasPassedCodeCoverageCheck: process.env.STUB_COVERAGE_PASSED !== 'false', CodeCoverage: { apexCodeCoveragePercentage: Number(process.env.STUB_COVERAGE || 88) } });
else out({});
`;

const CLI_ANSWERS = `
if (argv.includes('--json') && argv[0] === 'plan') process.stdout.write(JSON.stringify({ status: 0, result: { actions: [], blockers: [] } }));
else if (argv.includes('--json') && argv[0] === 'status') process.stdout.write(JSON.stringify({ status: 0, result: { integrations: [
  { name: 'ERP_Order_Sync', userActive: true },
  { name: '${NS}__Commerce_Sync', userActive: process.env.STUB_CONNECTOR_ACTIVE !== 'false' },
] } }));
else console.log(argv[0] + ': ok');
`;

async function packageStage(env: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'iuk-package-stage-'));
  const log = join(dir, 'calls.jsonl');
  writeFileSync(log, '');
  const fullEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    IUK_SF_BIN: stub(dir, 'sf', log, SF_ANSWERS),
    IUK_CLI_BIN: stub(dir, 'iuk', log, CLI_ANSWERS),
    IUK_ORG_ALIAS: 'iuk-ci-test',
    ...env,
  };
  let code = 0;
  let stdout = '';
  let stderr = '';
  try {
    ({ stdout, stderr } = await run('bash', ['scripts/ci/package-stage.sh'], {
      cwd: repoRoot(),
      env: fullEnv,
      timeout: 120_000,
    }));
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    ({ code, stdout, stderr } = failed);
  }
  const calls = readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Call);
  rmSync(dir, { recursive: true, force: true });
  return { code, stdout, stderr, calls };
}

const configured = { IUK_DEVHUB_ALIAS: 'iuk-devhub', IUK_PACKAGE_NAMESPACE: NS, IUK_PACKAGE_ID: CORE_ID };
const words = (call: Call) => call.argv.join(' ');

describe('scripts/ci/package-stage.sh', () => {
  it('prints one SKIPPED line without a namespace and a package id', async () => {
    const result = await packageStage({ IUK_DEVHUB_ALIAS: 'iuk-devhub' });
    assert.equal(result.code, 0);
    assert.equal(
      result.stdout,
      "package stage: SKIPPED (no IUK_PACKAGE_NAMESPACE and IUK_PACKAGE_ID: a Dev Hub with a namespace and the package's id are needed; see docs/packaging.md)\n",
    );
    assert.deepEqual(result.calls, []);
  });

  it('prints one SKIPPED line when only an org (no Dev Hub) is configured', async () => {
    const result = await packageStage({ IUK_PACKAGE_NAMESPACE: NS, IUK_PACKAGE_ID: CORE_ID });
    assert.equal(result.code, 0);
    assert.match(result.stdout, /^package stage: SKIPPED \(no Dev Hub: .*\)\n$/);
  });

  it('creates the versions with code coverage, installs them in a fresh org without the namespace and provisions there', async () => {
    const result = await packageStage({ ...configured, IUK_CONNECTOR_PACKAGE_ID: CONNECTOR_ID });
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /package stage: PASSED\n$/);
    const sf = result.calls.filter(
      (call) => !['generate', 'plan', 'provision', 'status'].includes(call.argv[0]!),
    );
    assert.deepEqual(
      sf.map((call) =>
        call.argv
          .filter((word) => !word.startsWith('-'))
          .slice(0, 3)
          .join(' '),
      ),
      [
        'package version create',
        'package version report',
        'package version create',
        'org create scratch',
        'package install 04t000000000001AAA',
        'package install 04t000000000002AAA',
        'org assign permset',
        'project deploy start',
        'org delete scratch',
      ],
    );
    const [core, , connector] = sf;
    assert.match(
      words(core!),
      /--package Integration User Kit --code-coverage --installation-key-bypass --target-dev-hub iuk-devhub/,
    );
    assert.equal(core!.project?.namespace, NS, 'versions are created from a copy that carries the namespace');
    assert.deepEqual(core!.project?.packageAliases, {
      'Integration User Kit': CORE_ID,
      'Integration User Kit Example Connector': CONNECTOR_ID,
    });
    assert.notEqual(core!.cwd, repoRoot(), 'never in the checkout');
    assert.match(words(connector!), /--package Integration User Kit Example Connector --code-coverage/);
    assert.deepEqual(connector!.project?.packageDirectories[2]?.dependencies, [
      { package: '04t000000000001AAA' },
    ]);
    const scratch = sf.find((call) => words(call).startsWith('org create scratch'))!;
    assert.match(words(scratch), /--duration-days 1 --no-namespace/);
    assert.match(
      words(sf.find((call) => words(call).startsWith('org assign permset'))!),
      new RegExp(`--name ${NS}__Integration_User_Kit_Admin`),
    );
    const generate = result.calls.find((call) => call.argv[0] === 'generate')!;
    assert.equal(generate.settings?.namespace, NS, 'the definitions are generated for the namespaced type');
    for (const call of result.calls.filter((entry) =>
      ['plan', 'provision', 'status'].includes(entry.argv[0]!),
    )) {
      assert.match(words(call), new RegExp(`--namespace ${NS}`), `${words(call)} calls the packaged engine`);
    }
    assert.match(words(sf.at(-1)!), /^org delete scratch --target-org iuk-ci-test-pkg --no-prompt$/);
  });

  it('fails at the coverage step when the version did not pass the coverage check, and creates no org', async () => {
    const result = await packageStage({ ...configured, STUB_COVERAGE: '70', STUB_COVERAGE_PASSED: 'false' });
    assert.notEqual(result.code, 0);
    assert.match(result.stdout, /Integration User Kit: code coverage 70%, coverage check passed: false/);
    assert.match(result.stdout, /package stage: FAILED at step 'coverage of the core version'/);
    assert.ok(!result.calls.some((call) => words(call).startsWith('org create scratch')));
  });

  it("fails when the connector's integration is not provisioned", async () => {
    const result = await packageStage({
      ...configured,
      IUK_CONNECTOR_PACKAGE_ID: CONNECTOR_ID,
      STUB_CONNECTOR_ACTIVE: 'false',
    });
    assert.notEqual(result.code, 0);
    assert.match(result.stdout, new RegExp(`${NS}__Commerce_Sync has no active user after provisioning`));
    assert.match(words(result.calls.at(-1)!), /^org delete scratch/, 'the org is deleted on failure too');
  });

  it('refuses a namespace or package id that is not one, before calling Salesforce', async () => {
    const result = await packageStage({ ...configured, IUK_PACKAGE_ID: 'not-an-id' });
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /IUK_PACKAGE_ID "not-an-id" is not a package id/);
    assert.deepEqual(result.calls, []);
    assert.ok(
      !existsSync(
        join(
          repoRoot(),
          'force-app',
          'generated',
          'customMetadata',
          `${NS}__Integration_User_Definition.ERP_Order_Sync.md-meta.xml`,
        ),
      ),
    );
  });
});

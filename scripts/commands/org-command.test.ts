import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { repoRoot } from '../org/testing/salesforce-test-context.js';
import { ExitCode } from './command.js';
import { cell } from './output.js';

const run = promisify(execFile);

/**
 * The real CLI in a child process whose home has no sf state at all: exactly a machine where nobody
 * ran `sf org login`. (TestContext cannot show this: its stubbed auth files accept any username.)
 */
describe('every org command on a machine with no authorised org', () => {
  const home = mkdtempSync(join(tmpdir(), 'iuk-no-org-'));
  after(() => rmSync(home, { recursive: true, force: true }));

  interface Result {
    argv: string[];
    code: number;
    stdout: string;
    stderr: string;
  }

  async function cli(commandLines: string[][]): Promise<Result[]> {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'scripts/commands/testing/run-cli-commands.ts', JSON.stringify(commandLines)],
      {
        cwd: repoRoot(),
        timeout: 180_000,
        env: {
          ...process.env,
          HOME: home,
          USERPROFILE: home,
          SF_DISABLE_AUTOUPDATE: 'true',
          SF_SKIP_NEW_VERSION_CHECK: 'true',
          SF_DISABLE_TELEMETRY: 'true',
          SF_DISABLE_LOG_FILE: 'true',
        },
      },
    );
    return JSON.parse(stdout) as Result[];
  }

  const commands = [
    ['deploy'],
    ['plan'],
    ['provision', '--yes'],
    ['status'],
    ['freeze', 'ERP_Order_Sync', '--reason', 'test'],
    ['unfreeze', 'ERP_Order_Sync', '--reason', 'test'],
    ['deactivate', 'ERP_Order_Sync', '--reason', 'test'],
    ['reactivate', 'ERP_Order_Sync', '--reason', 'test'],
  ];

  it('stops with exit 4 and the sf login command for the alias asked for', async () => {
    const results = await cli(commands.map((args) => [...args, '--target-org', 'ci-org']));
    assert.equal(results.length, commands.length);
    results.forEach((result) => {
      assert.equal(result.code, ExitCode.orgUnavailable, `${result.argv.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, /No org is authorised as "ci-org"/);
      assert.match(result.stderr, /sf org login web --alias ci-org/);
    });
  });

  it('says how to set a default org when no --target-org is given (JSON too)', async () => {
    const [result] = await cli([['status', '--json']]);
    assert.ok(result);
    assert.equal(result.code, ExitCode.orgUnavailable);
    // sf's error envelope: name and code are the kit's stable code, actions say what to run.
    const document = JSON.parse(result.stdout) as {
      status: number;
      exitCode: number;
      name: string;
      code: string;
      actions: string[];
    };
    assert.equal(document.status, ExitCode.orgUnavailable);
    assert.equal(document.exitCode, ExitCode.orgUnavailable);
    assert.equal(document.name, 'ORG_NOT_AUTHORISED');
    assert.equal(document.code, 'ORG_NOT_AUTHORISED');
    assert.match(document.actions[0] ?? '', /sf org login web --alias my-org --set-default/);
  });

  it('takes whole minutes of at least 1, as the duration flag of sf does', async () => {
    const results = await cli([
      ['plan', '--wait', '0', '--json'],
      ['plan', '--wait', 'soon', '--json'],
    ]);
    assert.deepEqual(
      results.map((result) => [result.code, (JSON.parse(result.stdout) as { name: string }).name]),
      [
        [ExitCode.usage, 'DurationBoundsMinError'],
        [ExitCode.usage, 'InvalidDurationError'],
      ],
    );
  });
});

describe('cell', () => {
  it('shows booleans as yes/no and nulls as empty', () => {
    assert.deepEqual([cell(true), cell(false), cell(null), cell(3)], ['yes', 'no', '', '3']);
  });
});

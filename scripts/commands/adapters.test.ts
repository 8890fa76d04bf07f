/**
 * The same command lines through both adapters: the SfCommand classes that `sf iuk` loads
 * (src/commands/iuk/*.ts, run with oclif's Command.run) and the launcher behind `npm run iuk`
 * (commands/launcher.ts). Their JSON envelopes (success and error), exit codes and human output must
 * be identical, apart from stack traces. Org commands run against @salesforce/core's TestContext, so
 * Flags.requiredOrg and the launcher resolve the same stubbed auth files and aliases.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { Config } from '@oclif/core';
import { minimalProject } from '../metadata/testing/temp-tree.js';
import { fixture, repoRoot } from '../org/testing/salesforce-test-context.js';
import type { AnyCommandSpec } from './command.js';
import { commandLoaders, type CommandName } from './index.js';
import { runCommand } from './launcher.js';
import { capture } from './testing/capture.js';
import { ALIAS, orgCommandHarness } from './testing/org-command-harness.js';

const ROOT = repoRoot();
// Every SfCommand run adds its own signal listeners to the process.
process.setMaxListeners(100);

interface Answer {
  code: number;
  stdout: string;
  stderr: string;
}

type SfCommandClass = { run(argv: string[], config: Config): Promise<unknown> };

let config: Config | undefined;

/** Runs `sf iuk <name> ...argv` in this process, capturing what it writes and the exit code it sets. */
async function viaSf(name: CommandName, argv: string[], cwd: string): Promise<Answer> {
  config ??= await Config.load({ root: ROOT });
  const module = (await import(path.join(ROOT, 'src/commands/iuk', `${name}.ts`))) as {
    default: SfCommandClass;
  };
  const stdout: string[] = [];
  const stderr: string[] = [];
  const writes = {
    out: process.stdout.write.bind(process.stdout),
    err: process.stderr.write.bind(process.stderr),
  };
  const previous = { cwd: process.cwd(), exitCode: process.exitCode };
  // Commands write strings; the test runner's own messages to its parent are buffers and pass through.
  const tap = (lines: string[], original: typeof process.stdout.write) =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) =>
      typeof chunk === 'string'
        ? lines.push(chunk) > 0
        : (original as (...a: unknown[]) => boolean).call(
            process.stdout,
            chunk,
            ...rest,
          )) as typeof process.stdout.write;
  process.stdout.write = tap(stdout, writes.out);
  process.stderr.write = tap(stderr, writes.err);
  process.exitCode = undefined;
  process.chdir(cwd);
  let code: number;
  try {
    await module.default.run(argv, config);
    code = typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    code = (error as { exitCode?: number }).exitCode ?? -1;
  } finally {
    process.stdout.write = writes.out;
    process.stderr.write = writes.err;
    process.chdir(previous.cwd);
    process.exitCode = previous.exitCode;
  }
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

async function viaLauncher(name: CommandName, argv: string[], cwd: string): Promise<Answer> {
  const captured = capture();
  const spec = (await commandLoaders[name]()) as AnyCommandSpec;
  const code = await runCommand(spec, argv, { cwd, root: ROOT, streams: captured.streams });
  const text = (lines: string[]) => (lines.length ? `${lines.join('\n')}\n` : '');
  return { code, stdout: text(captured.out), stderr: text(captured.err) };
}

/** The parsed JSON document without what legitimately differs (stack traces, the inspected cause). */
function envelope(answer: Answer): Record<string, unknown> {
  const document = JSON.parse(answer.stdout) as Record<string, unknown>;
  delete document.stack;
  delete document.cause;
  return document;
}

async function both(name: CommandName, argv: string[], cwd = ROOT): Promise<[Answer, Answer]> {
  return [await viaSf(name, argv, cwd), await viaLauncher(name, argv, cwd)];
}

function assertSameJson([sf, launcher]: [Answer, Answer], expectedCode: number): Record<string, unknown> {
  assert.equal(sf.code, expectedCode, `sf iuk: ${sf.stdout}${sf.stderr}`);
  assert.equal(launcher.code, expectedCode, `launcher: ${launcher.stdout}${launcher.stderr}`);
  const document = envelope(sf);
  assert.deepEqual(envelope(launcher), document);
  assert.equal(document.status, expectedCode, 'the envelope status is the exit code');
  return document;
}

describe('sf iuk and npm run iuk answer alike', () => {
  describe('offline commands', () => {
    it('validate: the same success envelope and the same human line', async () => {
      const document = assertSameJson(await both('validate', ['--json']), 0);
      assert.deepEqual(Object.keys(document), ['status', 'result', 'warnings']);
      const [sf, launcher] = await both('validate', []);
      assert.equal(launcher.stdout, sf.stdout);
      assert.match(sf.stdout, /config\/integration-definitions\.json is valid \(environment production\)/);
    });

    it('validate on invalid definitions: status 1 with the same problems', async () => {
      const root = minimalProject('adapters-invalid');
      writeFileSync(
        path.join(root, 'config/integration-definitions.json'),
        '{ "version": 1, "profiles": [ }',
      );
      const document = assertSameJson(await both('validate', ['--json'], root), 1);
      assert.equal((document.result as { valid: boolean }).valid, false);
    });

    it('generate --check with nothing generated yet: status 6 with the same file lists', async () => {
      const root = minimalProject('adapters-stale');
      const [sf, launcher] = await both('generate', ['--check', '--json'], root);
      assertSameJson([sf, launcher], 6);
    });

    it('verify: the same result', async () => {
      const [sf, launcher] = await both('verify', ['--json']);
      const strip = (answer: Answer) => {
        const document = envelope(answer);
        delete (document.result as Record<string, unknown>).milliseconds;
        return document;
      };
      assert.equal(sf.code, 0);
      assert.equal(launcher.code, 0);
      assert.deepEqual(strip(launcher), strip(sf));
    });
  });

  describe('usage errors: the same sf error envelope, exit 2', () => {
    const cases: [CommandName, string[], RegExp][] = [
      ['validate', ['--no-such-flag'], /^Nonexistent flag: --no-such-flag\nSee more help with --help$/],
      ['validate', ['--config'], /^Flag --config expects a value$/],
      ['deploy', ['--test-level', 'Sometimes'], /^Expected --test-level=Sometimes to be one of: NoTestRun,/],
      ['plan', ['--wait', '0'], /^Parsing --wait \n\tThe value must be at least 1\./],
      ['plan', ['--wait', 'soon'], /^Parsing --wait \n\tThe value must be an integer\./],
    ];
    for (const [name, argv, message] of cases) {
      it(`${name} ${argv.join(' ')}`, async () => {
        const document = assertSameJson(await both(name, [...argv, '--json']), 2);
        assert.match(String(document.message), message);
        assert.equal(document.exitCode, 2);
      });
    }
  });

  describe('org commands against TestContext', () => {
    const harness = orgCommandHarness();
    let env: string | undefined;
    beforeEach(() => {
      env = process.env.SF_TARGET_ORG;
      delete process.env.SF_TARGET_ORG;
    });
    afterEach(() => {
      if (env !== undefined) process.env.SF_TARGET_ORG = env;
    });

    it('plan: the engine plan as the result', async () => {
      await harness.authorise();
      harness.answer(() => fixture('engine/v1-plan.Plan.json'));
      const document = assertSameJson(await both('plan', ['-o', ALIAS, '--json']), 0);
      assert.deepEqual(document.result, fixture('engine/v1-plan.Plan.json'));
      const [sf, launcher] = await both('plan', ['-o', ALIAS]);
      assert.equal(launcher.stdout, sf.stdout);
    });

    it('status and freeze', async () => {
      await harness.authorise();
      harness.answer((request) =>
        fixture(
          request.method === 'GET'
            ? 'engine/v1-status.PageModel.json'
            : 'engine/v1-user-state.freeze.UserStateResult.json',
        ),
      );
      assertSameJson(await both('status', ['-o', ALIAS, '--json']), 0);
      assertSameJson(await both('freeze', ['ERP_Order_Sync', '-r', 'rotation', '-o', ALIAS, '--json']), 0);
    });

    it('evidence: the same summary (but the export time) and the same files', async () => {
      await harness.authorise();
      harness.answer(() => fixture('evidence/v1-evidence.EvidenceModel.json'));
      const root = minimalProject('adapters-evidence');
      const [sf, launcher] = await both('evidence', ['-o', ALIAS, '--out', 'evidence', '--json'], root);
      const withoutTime = (answer: Answer): Record<string, unknown> => {
        const document = envelope(answer);
        delete (document.result as Record<string, unknown>).exportedAt;
        return document;
      };
      assert.equal(sf.code, 0, sf.stdout + sf.stderr);
      assert.deepEqual(withoutTime(launcher), withoutTime(sf));
    });

    it('freeze without a reason or an integration: the same parse errors', async () => {
      await harness.authorise();
      harness.answer(() => assert.fail('no request may reach the engine'));
      const missingFlag = assertSameJson(await both('freeze', ['ERP_Order_Sync', '-o', ALIAS, '--json']), 2);
      assert.match(String(missingFlag.message), /Missing required flag reason/);
      const missingArg = assertSameJson(await both('freeze', ['-r', 'x', '-o', ALIAS, '--json']), 2);
      assert.match(String(missingArg.message), /^Missing 1 required arg:\nintegration/);
      const extraArg = assertSameJson(await both('freeze', ['A', 'B', '-r', 'x', '-o', ALIAS, '--json']), 2);
      assert.match(String(extraArg.message), /^Unexpected argument: B/);
    });

    it('provision without --yes off a terminal: CONFIRMATION_REQUIRED with the plan in data', async () => {
      await harness.authorise();
      harness.answer(() => fixture('engine/v1-plan.Plan.json'));
      const document = assertSameJson(await both('provision', ['-o', ALIAS, '--json']), 2);
      assert.equal(document.name, 'CONFIRMATION_REQUIRED');
      assert.deepEqual(document.actions, ['Review the plan, then re-run with --yes.']);
    });
  });
});

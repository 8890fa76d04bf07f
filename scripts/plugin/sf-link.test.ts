/**
 * The plugin in the real, pinned sf (node_modules/.bin/sf, 2.146.3): `sf plugins link . --no-install`
 * into a throw-away sf home (HOME, XDG_* and SF_* point into a temporary folder, so nothing is left
 * linked in the user's own sf), then `sf iuk ...` as an admin would run it. --no-install matters:
 * without it sf runs `npm install` in this folder. The launcher must answer the same.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { minimalProject } from '../metadata/testing/temp-tree.js';
import { repoRoot } from '../org/testing/salesforce-test-context.js';

const exec = promisify(execFile);
const ROOT = repoRoot();
const SF = path.join(ROOT, 'node_modules/.bin/sf');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment of a machine where sf was just installed: its own empty home, no telemetry or updates. */
export function throwAwaySfEnvironment(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(SF_|SFDX_)/.test(key)) env[key] = value;
  }
  return {
    ...env,
    HOME: home,
    USERPROFILE: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local/share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    SF_DISABLE_AUTOUPDATE: 'true',
    SF_AUTOUPDATE_DISABLE: 'true',
    SF_SKIP_NEW_VERSION_CHECK: 'true',
    SF_DISABLE_TELEMETRY: 'true',
    SF_DISABLE_LOG_FILE: 'true',
  };
}

describe('sf plugins link . with the pinned sf', () => {
  const home = mkdtempSync(path.join(tmpdir(), 'iuk-sf-home-'));
  const env = throwAwaySfEnvironment(home);
  const lockHash = () =>
    createHash('sha256')
      .update(readFileSync(path.join(ROOT, 'node_modules/.package-lock.json')))
      .digest('hex');
  let lockBefore = '';

  async function run(command: string, args: string[], cwd = ROOT): Promise<Run> {
    try {
      const { stdout, stderr } = await exec(command, args, { cwd, env, timeout: 120_000 });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code?: number; stdout?: string; stderr?: string };
      return {
        code: typeof failed.code === 'number' ? failed.code : -1,
        stdout: failed.stdout ?? '',
        stderr: failed.stderr ?? '',
      };
    }
  }
  const sf = (args: string[], cwd?: string) => run(SF, args, cwd);
  const launcher = (args: string[], cwd?: string) =>
    run(process.execPath, [path.join(ROOT, 'scripts/run-cli.cjs'), ...args], cwd);

  before(async () => {
    const { build, isFresh } = (await import(path.join(ROOT, 'scripts/plugin/build.mjs'))) as {
      build: () => void;
      isFresh: () => boolean;
    };
    if (!isFresh()) build();
    lockBefore = lockHash();
    const linked = await sf(['plugins', 'link', ROOT, '--no-install']);
    assert.equal(linked.code, 0, linked.stderr);
  });
  after(() => rmSync(home, { recursive: true, force: true }));

  it('links into the throw-away home only, and installs nothing into this folder', async () => {
    assert.equal(lockHash(), lockBefore, 'node_modules is untouched (no npm install ran)');
    const userConfig = JSON.parse(readFileSync(path.join(home, '.local/share/sf/package.json'), 'utf8')) as {
      oclif: { plugins: { name: string; type: string; root: string }[] };
    };
    assert.deepEqual(userConfig.oclif.plugins, [{ name: 'integration-user-kit', root: ROOT, type: 'link' }]);
  });

  it('sf iuk generate --json writes the metadata and answers with the success envelope', async () => {
    const project = minimalProject('sf-link-generate');
    const answer = await sf(['iuk', 'generate', '--json'], project);
    assert.equal(answer.code, 0, answer.stdout + answer.stderr);
    const envelope = JSON.parse(answer.stdout) as {
      status: number;
      result: { written: string[] };
      warnings: unknown[];
    };
    assert.equal(envelope.status, 0);
    assert.equal(envelope.result.written.length, 6);
    assert.deepEqual(envelope.warnings, []);
  });

  it('sf iuk and the launcher give the same answers: validate, a usage error, no org', async () => {
    const project = minimalProject('sf-link-same');
    for (const args of [
      ['validate', '--json'],
      ['validate', '--json', '--no-such-flag'],
      ['status', '--json'],
      ['freeze', 'ERP_Order_Sync', '--reason', 'test', '--target-org', 'nowhere', '--json'],
    ]) {
      const [viaSf, viaLauncher] = [await sf(['iuk', ...args], project), await launcher(args, project)];
      assert.equal(viaSf.code, viaLauncher.code, args.join(' '));
      const strip = (text: string) => {
        const document = JSON.parse(text) as Record<string, unknown>;
        delete document.stack;
        delete document.cause;
        return document;
      };
      assert.deepEqual(strip(viaLauncher.stdout), strip(viaSf.stdout), args.join(' '));
    }
  });

  it('sf iuk --help lists the commands under the iuk topic, with summaries from messages/', async () => {
    const help = await sf(['iuk', '--help']);
    for (const command of [
      'validate',
      'generate',
      'verify',
      'deploy',
      'plan',
      'provision',
      'status',
      'freeze',
      'unfreeze',
      'deactivate',
    ])
      assert.match(help.stdout, new RegExp(`iuk ${command}\\s`), command);
    const validate = await sf(['iuk', 'validate', '--help']);
    assert.match(validate.stdout, /Check the integration definitions file; write nothing\./);
    assert.match(validate.stdout, /ERROR CODES/);
  });
});

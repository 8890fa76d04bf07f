/**
 * The plugin in the real, pinned sf (node_modules/.bin/sf, 2.146.3): `sf plugins link . --no-install`
 * into a throw-away sf home (HOME, XDG_* and SF_* point into a temporary folder, so nothing is left
 * linked in the user's own sf), then `sf iuk ...` as an admin would run it. --no-install matters:
 * without it sf runs `npm install` in this folder. The launcher must answer the same.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { minimalProject } from '../metadata/testing/temp-tree.js';
import { repoRoot } from '../org/testing/salesforce-test-context.js';
import { createSfHome } from './sf-home.js';

const exec = promisify(execFile);

const ROOT = repoRoot();

describe('sf plugins link . with the pinned sf', () => {
  const sfHome = createSfHome(ROOT);
  const home = sfHome.home;
  const lockHash = () =>
    createHash('sha256')
      .update(readFileSync(path.join(ROOT, 'node_modules/.package-lock.json')))
      .digest('hex');
  let lockBefore = '';

  const sf = (args: string[], cwd?: string) => sfHome.run(args, cwd);
  const launcher = async (args: string[], cwd: string) => {
    try {
      const { stdout, stderr } = await exec(
        process.execPath,
        [path.join(ROOT, 'scripts/run-cli.cjs'), ...args],
        { cwd, env: sfHome.env },
      );
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };

  before(async () => {
    const { build, isFresh } = (await import(path.join(ROOT, 'scripts/plugin/build.mjs'))) as {
      build: () => Promise<void>;
      isFresh: () => boolean;
    };
    if (!isFresh()) await build();
    lockBefore = lockHash();
    await sfHome.link(ROOT);
  });
  after(() => sfHome.remove());

  it('links into the throw-away home only, and installs nothing into this folder', () => {
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
    // 2 records, 2 permission sets, 2 profiles and 4 files for each of the 2 External Client Apps.
    assert.equal(envelope.result.written.length, 14);
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
      'reactivate',
    ])
      assert.match(help.stdout, new RegExp(`iuk ${command}\\s`), command);
    const validate = await sf(['iuk', 'validate', '--help']);
    assert.match(validate.stdout, /Check the integration definitions file; write nothing\./);
    assert.match(validate.stdout, /ERROR CODES/);
  });
});

/**
 * The offline commands keep Salesforce's debug log in memory unless the user chose a log setting:
 * the decision on its own, and `npm start` (generate, then verify) run as an admin runs it, watched in a throw-away home folder
 * (a log file there would be the 0.2 s worker this saves).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../contracts/repo-root.js';
import { minimalProject, tempDir } from '../metadata/testing/temp-tree.js';
import { keepSalesforceLogInMemory } from './offline-logging.js';

const exec = promisify(execFile);

describe('keepSalesforceLogInMemory', () => {
  it('turns the log file off when the user set nothing', () => {
    const env: NodeJS.ProcessEnv = { PATH: '/usr/bin' };
    keepSalesforceLogInMemory(env);
    assert.equal(env.SF_DISABLE_LOG_FILE, 'true');
  });

  for (const [name, value] of [
    ['SF_DISABLE_LOG_FILE', 'false'],
    ['SFDX_DISABLE_LOG_FILE', 'false'],
    ['SF_LOG_LEVEL', 'debug'],
    ['SFDX_LOG_LEVEL', 'trace'],
  ] as const) {
    it(`leaves the choice to the user who set ${name}`, () => {
      const env: NodeJS.ProcessEnv = { [name]: value };
      keepSalesforceLogInMemory(env);
      assert.deepEqual(env, { [name]: value });
    });
  }
});

describe('start through the launcher', () => {
  /** The log files Salesforce's libraries wrote under `home`. */
  async function logFilesAfterStart(extraEnv: NodeJS.ProcessEnv): Promise<string[]> {
    const home = tempDir('offline-logging-home');
    const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, ...extraEnv };
    for (const name of ['SF_DISABLE_LOG_FILE', 'SFDX_DISABLE_LOG_FILE', 'SF_LOG_LEVEL', 'SFDX_LOG_LEVEL'])
      if (!(name in extraEnv)) delete env[name];
    await exec(process.execPath, [path.join(REPO_ROOT, 'scripts/run-cli.cjs'), 'start'], {
      cwd: minimalProject('offline-logging'),
      env,
    });
    const sfDir = path.join(home, '.sf');
    return existsSync(sfDir) ? readdirSync(sfDir).filter((name) => name.endsWith('.log')) : [];
  }

  it('writes no log file by default', async () => {
    assert.deepEqual(await logFilesAfterStart({}), []);
  });

  it('writes the log file when the user asks for a log level (the check above can fail)', async () => {
    assert.equal((await logFilesAfterStart({ SF_LOG_LEVEL: 'warn' })).length, 1);
  });
});

/**
 * A throw-away sf home: the pinned CLI (node_modules/.bin/sf) with HOME, XDG_* and every SF_/SFDX_
 * variable pointing into a temporary folder, so that linking the plugin (tests, bench) never touches
 * the user's own sf configuration. Updates, telemetry and the log file are off (the log writer alone
 * adds about a second at exit).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export interface SfHome {
  home: string;
  env: NodeJS.ProcessEnv;
  sf: string;
  /** Runs the pinned sf with this home; never throws, returns the exit code and output. */
  run(args: string[], cwd?: string): Promise<{ code: number; stdout: string; stderr: string }>;
  /** `sf plugins link <root> --no-install`: without --no-install sf would run `npm install` in root. */
  link(root: string): Promise<void>;
  remove(): void;
}

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

export function createSfHome(root: string): SfHome {
  const home = mkdtempSync(path.join(tmpdir(), 'iuk-sf-home-'));
  const env = throwAwaySfEnvironment(home);
  const sf = path.join(root, 'node_modules/.bin/sf');
  const run: SfHome['run'] = async (args, cwd = root) => {
    try {
      const { stdout, stderr } = await exec(sf, args, {
        cwd,
        env,
        timeout: 120_000,
        maxBuffer: 16 * 1024 * 1024,
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code?: number; stdout?: string; stderr?: string };
      return {
        code: typeof failed.code === 'number' ? failed.code : -1,
        stdout: failed.stdout ?? '',
        stderr: failed.stderr ?? '',
      };
    }
  };
  return {
    home,
    env,
    sf,
    run,
    async link(pluginRoot) {
      const linked = await run(['plugins', 'link', pluginRoot, '--no-install']);
      if (linked.code !== 0) throw new Error(`sf plugins link failed (${linked.code}): ${linked.stderr}`);
    },
    remove: () => rmSync(home, { recursive: true, force: true }),
  };
}

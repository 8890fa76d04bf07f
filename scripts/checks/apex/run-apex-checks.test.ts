import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { createFixtureProject, type FixtureProject } from './fixture-project.js';

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'run-apex-checks.ts');
/** The in-process checks; the Java-backed ones are proved once each in their own test files. */
const FAST_CHECKS = 'syntax,meta-xml,formatting,project-rules';
// tsx by its resolved URL: the child runs in the temp project, where the name 'tsx' would not resolve.
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

function runChecks(cwd: string, args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', TSX_LOADER, SCRIPT, ...args], { cwd }, (error, stdout) =>
      resolve({ code: error ? Number(error.code) : 0, stdout }),
    );
  });
}

/** The summary must close the output: CI and people read the result there. */
function lastLine(stdout: string): string | undefined {
  return stdout.trimEnd().split('\n').at(-1);
}

describe('npm run test:apex (the runner as a process)', () => {
  let broken: FixtureProject;
  let clean: FixtureProject;

  before(() => {
    broken = createFixtureProject({
      fixtures: ['CleanController', 'IntegrationUserAccess', 'NoSharing', 'BareDml', 'SyntaxError'],
    });
    clean = createFixtureProject({ fixtures: ['CleanController', 'IntegrationUserAccess'] });
  });
  after(() => {
    broken.remove();
    clean.remove();
  });

  it('exits 1 on a deliberately broken file, printing path:line:col rule message and the summary', async () => {
    const { code, stdout } = await runChecks(broken.root, ['--project', broken.root, '--only', FAST_CHECKS]);
    assert.equal(code, 1, stdout);
    const lines = stdout.split('\n');
    assert.ok(
      lines.includes(
        "force-app/main/default/classes/NoSharing.cls:1:8 sharing class NoSharing declares no sharing; add `with sharing` (`inherited sharing` for a helper that runs in its caller's context, `without sharing` only with a comment on the line above saying why)",
      ),
      stdout,
    );
    assert.ok(
      lines.some((line) =>
        /^force-app\/main\/default\/classes\/BareDml\.cls:3:9 dml-access-level /.test(line),
      ),
      stdout,
    );
    assert.ok(
      lines.some((line) => /^force-app\/main\/default\/classes\/SyntaxError\.cls:3:31 syntax /.test(line)),
      stdout,
    );
    // 4 checks x 5 files; NoSharing and BareDml fail project-rules, SyntaxError fails syntax and formatting.
    assert.equal(lastLine(stdout), 'apex checks: 16 passed, 4 failed', stdout);
  });

  it('exits 0 when every file passes', async () => {
    const { code, stdout } = await runChecks(clean.root, ['--project', clean.root, '--only', FAST_CHECKS]);
    assert.equal(code, 0, stdout);
    assert.equal(lastLine(stdout), 'apex checks: 8 passed, 0 failed', stdout);
  });

  it('exits 2 on an unknown check name', async () => {
    const { code, stdout } = await runChecks(clean.root, ['--project', clean.root, '--only', 'spelling']);
    assert.equal(code, 2);
    assert.match(
      stdout,
      /unknown check\(s\) spelling; choose from semantics, soql-fields, code-analyzer, syntax/,
    );
  });
});

/**
 * The README is the contract: the `npm start` output it shows is what `start` prints on a copy of this
 * repository (timings aside). Run `npm start` and paste its output into the README when this fails.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { main } from '../cli.js';
import { copyFromRepo, REPO_ROOT, tempDir } from '../metadata/testing/temp-tree.js';
import { ExitCode } from './command.js';
import { capture } from './testing/capture.js';

const INTRO = '`npm start` prints what it generated and the next step:\n\n```\n';

/** The block of start output the README shows. */
function readmeStartBlock(readme: string): string {
  const start = readme.indexOf(INTRO);
  assert.ok(start >= 0, 'README.md has no "`npm start` prints what it generated" block');
  const from = start + INTRO.length;
  return readme.slice(from, readme.indexOf('```', from));
}

/** Start output without what differs from run to run: timings, and whether verification was reused. */
function comparable(output: string): string {
  return output
    .slice(output.indexOf('Integration User Kit:'))
    .replace(/; the source tree is unchanged since that verification, so it was not converted again/, '')
    .replace(/Generated in \d+ ms, (verified|checked) in \d+ ms\./, 'Generated in <ms>, verified in <ms>.')
    .trim();
}

describe('README', () => {
  it('shows what npm start prints on this repository', async () => {
    const root = tempDir('readme-start');
    copyFromRepo(root, [
      'sfdx-project.json',
      '.forceignore',
      'config',
      'force-app',
      'examples/isv-connector',
    ]);
    const captured = capture();
    const code = await main(['start'], { cwd: root, root: REPO_ROOT, streams: captured.streams });
    assert.equal(code, ExitCode.ok, captured.err.join('\n'));
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    assert.equal(comparable(readmeStartBlock(readme)), comparable(captured.out.join('\n')));
  });

  it('notices a stale component count', () => {
    const shown =
      'Integration User Kit: x\nVerified offline: 143 components. Generated in 5 ms, verified in 9 ms.';
    const printed =
      'Integration User Kit: x\nVerified offline: 163 components. Generated in 7 ms, checked in 2 ms.';
    assert.notEqual(comparable(shown), comparable(printed));
    assert.equal(comparable(printed.replace('163', '143')), comparable(shown));
  });
});

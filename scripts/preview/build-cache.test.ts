import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildKey, buildPreviewCached } from './build-cache.js';
import type { PreviewConfig } from './preview-config.js';

describe('preview build cache', () => {
  let root: string;
  let config: PreviewConfig;

  before(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'iuk-preview-cache-'));
    config = {
      sourceRoot: path.join(root, 'src'),
      component: 'page',
      fixturesDir: path.join(root, 'fixtures'),
      outDir: path.join(root, 'out'),
    };
    await mkdir(path.join(config.sourceRoot, 'lwc', 'page'), { recursive: true });
    await mkdir(config.fixturesDir, { recursive: true });
    await writeFile(path.join(config.sourceRoot, 'lwc', 'page', 'page.js'), 'export default class {}\n');
    await writeFile(path.join(config.fixturesDir, 'Controller.method.json'), '{}\n');
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('keys the build by content: a touched file keeps the key, a changed byte changes it', async () => {
    const file = path.join(config.sourceRoot, 'lwc', 'page', 'page.js');
    const key = await buildKey(config);
    const later = new Date(Date.now() + 60_000);
    await utimes(file, later, later);
    assert.equal(await buildKey(config), key, 'only the mtime changed');

    await writeFile(file, 'export default class {} \n');
    const changed = await buildKey(config);
    assert.notEqual(changed, key, 'one byte of the source changed');

    await writeFile(path.join(config.fixturesDir, 'Controller.method.json'), '{"a":1}\n');
    assert.notEqual(await buildKey(config), changed, 'a fixture changed');
    assert.notEqual(
      await buildKey({ ...config, component: 'other' }),
      await buildKey(config),
      'the config changed',
    );
  });

  it('reuses a complete build whose key matches, without loading the compiler', async () => {
    const key = await buildKey(config);
    await mkdir(path.join(config.outDir, 'assets', 'js'), { recursive: true });
    await writeFile(path.join(config.outDir, 'index.html'), '<p>built</p>');
    await writeFile(path.join(config.outDir, 'assets', 'js', 'main.js'), '');
    const summary = {
      outDir: config.outDir,
      durationMs: 12_000,
      component: 'page',
      fixturesDir: config.fixturesDir,
      scenarios: ['default'],
      apexMethods: ['Controller.method'],
      notices: [],
    };
    await writeFile(
      path.join(config.outDir, '.iuk-preview-manifest.json'),
      JSON.stringify({ format: 'iuk-preview-cache/1', key, summary }),
    );
    const reused = await buildPreviewCached(config);
    assert.equal(reused.cached, true);
    assert.deepEqual(reused.scenarios, ['default']);
    assert.ok(reused.durationMs < 2000, `checked in ${reused.durationMs} ms`);
    assert.equal(
      await readFile(path.join(config.outDir, 'index.html'), 'utf8'),
      '<p>built</p>',
      'nothing rebuilt',
    );
  });

  it('does not reuse an incomplete build even when the key matches', async () => {
    await rm(path.join(config.outDir, 'assets', 'js', 'main.js'));
    // The source tree here is not a real LWC project, so a rebuild is attempted and fails: proof that
    // the missing bundle was not served as if it were complete.
    await assert.rejects(buildPreviewCached(config));
  });
});

import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { PreviewPortError, resolveRequestPath, startPreviewServer } from './server.js';

describe('resolveRequestPath', () => {
  it('maps paths inside the root and refuses to leave it', () => {
    assert.equal(resolveRequestPath('/srv', '/'), '/srv/index.html');
    assert.equal(resolveRequestPath('/srv', '/assets/js/main.js?x=1'), '/srv/assets/js/main.js');
    assert.equal(resolveRequestPath('/srv', '/../etc/passwd'), '/srv/etc/passwd');
    assert.equal(resolveRequestPath('/srv', '/%2e%2e/%2e%2e/etc/passwd'), '/srv/etc/passwd');
    assert.equal(resolveRequestPath('/srv', '/..%2f..%2fetc/passwd'), undefined);
    assert.equal(resolveRequestPath('/srv', '/%E0%A4%A'), undefined);
  });
});

describe('startPreviewServer', () => {
  it('serves the build on 127.0.0.1 only', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'iuk-serve-'));
    await writeFile(path.join(dir, 'index.html'), '<p>preview</p>');
    const server = await startPreviewServer(dir, 0);
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await fetch(server.url);
      assert.equal(page.status, 200);
      assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
      assert.equal(await page.text(), '<p>preview</p>');
      assert.equal((await fetch(new URL('missing.js', server.url))).status, 404);
    } finally {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('explains a busy port with the fix instead of an EADDRINUSE stack', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'iuk-serve-'));
    const first = await startPreviewServer(dir, 0);
    try {
      await assert.rejects(startPreviewServer(dir, first.port), (error: Error) => {
        assert.ok(error instanceof PreviewPortError);
        assert.match(error.message, new RegExp(`Port ${first.port} on 127\\.0\\.0\\.1 is already in use`));
        assert.match(error.message, /--port 0 for any free port/);
        assert.doesNotMatch(error.message, /EADDRINUSE|\n\s+at /);
        return true;
      });
    } finally {
      await first.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

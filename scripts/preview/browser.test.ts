import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findBrowser, isCi } from './browser.js';

describe('findBrowser', () => {
  const onDisk =
    (...files: string[]) =>
    (file: string) =>
      files.includes(file);

  it('prefers CHROMIUM_PATH, then CHROME_PATH', () => {
    const exists = onDisk('/opt/a', '/opt/b', '/usr/bin/chromium');
    assert.equal(
      findBrowser({ CHROMIUM_PATH: '/opt/a', CHROME_PATH: '/opt/b' }, exists).executablePath,
      '/opt/a',
    );
    assert.equal(findBrowser({ CHROME_PATH: '/opt/b' }, exists).executablePath, '/opt/b');
  });

  it('reports a variable that points at nothing instead of falling back silently', () => {
    const found = findBrowser({ CHROMIUM_PATH: '/opt/missing' }, onDisk('/usr/bin/chromium'));
    assert.equal(found.executablePath, undefined);
    assert.match(found.detail, /CHROMIUM_PATH=\/opt\/missing does not exist/);
  });

  it('falls back to the usual install locations in order', () => {
    assert.equal(
      findBrowser({}, onDisk('/usr/bin/google-chrome', '/usr/bin/chromium-browser')).executablePath,
      '/usr/bin/chromium-browser',
    );
    assert.equal(findBrowser({}, onDisk()).executablePath, undefined);
  });
});

describe('isCi', () => {
  it('reads CI=true', () => {
    assert.equal(isCi({ CI: 'true' }), true);
    assert.equal(isCi({}), false);
  });
});

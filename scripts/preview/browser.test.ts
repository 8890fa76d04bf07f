import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findBrowser, isCi, launchBrowser } from './browser.js';

describe('findBrowser', () => {
  const onDisk =
    (...files: string[]) =>
    (file: string) =>
      files.includes(file);
  const bundled = async () => '/cache/chromium';
  const noBundle = async () => {
    throw new Error('ENOENT: no such file or directory, open .../chromium.br');
  };

  it('prefers CHROMIUM_PATH, then CHROME_PATH, over the bundled browser', async () => {
    const exists = onDisk('/opt/a', '/opt/b');
    const both = await findBrowser(
      { CHROMIUM_PATH: '/opt/a', CHROME_PATH: '/opt/b' },
      { exists, extractBundled: bundled },
    );
    assert.equal(both.executablePath, '/opt/a');
    const chrome = await findBrowser({ CHROME_PATH: '/opt/b' }, { exists, extractBundled: bundled });
    assert.equal(chrome.executablePath, '/opt/b');
  });

  it('reports a variable that points at nothing instead of falling back silently', async () => {
    const found = await findBrowser(
      { CHROMIUM_PATH: '/opt/missing' },
      { exists: onDisk(), extractBundled: bundled },
    );
    assert.equal(found.executablePath, undefined);
    assert.match(found.detail, /CHROMIUM_PATH=\/opt\/missing does not exist/);
  });

  it('uses the npm-bundled Chromium when no variable is set', async () => {
    const found = await findBrowser({}, { exists: onDisk(), extractBundled: bundled });
    assert.equal(found.executablePath, '/cache/chromium');
    assert.match(found.detail, /@sparticuz\/chromium/);
  });

  it('says why the bundled browser is unavailable and what to set instead', async () => {
    const found = await findBrowser({}, { exists: onDisk(), extractBundled: noBundle });
    assert.equal(found.executablePath, undefined);
    assert.match(found.detail, /could not be unpacked: ENOENT/);
    assert.match(found.detail, /CHROMIUM_PATH/);
  });
});

describe('launchBrowser', () => {
  it('turns a browser that cannot start into an error that names it and the override', async () => {
    await assert.rejects(launchBrowser('/nonexistent/chromium'), (error: Error) => {
      assert.match(error.message, /The browser at \/nonexistent\/chromium could not start/);
      assert.match(error.message, /CHROMIUM_PATH/);
      return true;
    });
  });
});

describe('isCi', () => {
  it('reads CI=true', () => {
    assert.equal(isCi({ CI: 'true' }), true);
    assert.equal(isCi({}), false);
  });
});

import assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  apexlinkJarsDir,
  entriesNewerThanJava17,
  preparePatchedClasspath,
  verifyPatchedJar,
  type PatchedClasspath,
} from './java17-classpath.js';

describe('apexlink jars relabelled for Java 17', () => {
  const jarsDir = apexlinkJarsDir();
  let cacheRoot: string;
  let prepared: PatchedClasspath;

  before(() => {
    // A private cache, so this test proves a build from scratch and never disturbs the shared one.
    cacheRoot = mkdtempSync(path.join(os.tmpdir(), 'apexlink-java17-test-'));
    prepared = preparePatchedClasspath(jarsDir, cacheRoot);
  });
  after(() => rmSync(cacheRoot, { recursive: true, force: true }));

  it('relabels exactly the Java 21 classes of apex-ls and leaves no class newer than Java 17', () => {
    assert.equal(prepared.patched.length, 1);
    const [patched] = prepared.patched;
    assert.match(patched!.jar, /^apex-ls_/);
    assert.deepEqual(entriesNewerThanJava17(path.join(jarsDir, patched!.jar)), patched!.entries);
    assert.ok(patched!.entries.length > 0);
    assert.deepEqual(entriesNewerThanJava17(path.join(prepared.cacheDir, patched!.jar)), []);
  });

  it('puts the patched jar and every other original jar on the classpath', () => {
    const entries = prepared.classpath.split(path.delimiter);
    assert.equal(entries.length, readdirSync(jarsDir).filter((name) => name.endsWith('.jar')).length);
    assert.equal(entries[0], path.join(prepared.cacheDir, prepared.patched[0]!.jar));
    assert.ok(!entries.includes(path.join(jarsDir, prepared.patched[0]!.jar)));
  });

  it('reuses a verified cache and rebuilds one whose jar was altered', () => {
    assert.equal(preparePatchedClasspath(jarsDir, cacheRoot).cacheDir, prepared.cacheDir);
    appendFileSync(path.join(prepared.cacheDir, prepared.patched[0]!.jar), 'tampered');
    const rebuilt = preparePatchedClasspath(jarsDir, cacheRoot);
    assert.deepEqual(entriesNewerThanJava17(path.join(rebuilt.cacheDir, rebuilt.patched[0]!.jar)), []);
  });

  it('refuses a jar that was not relabelled', () => {
    const [patched] = prepared.patched;
    const original = path.join(jarsDir, patched!.jar);
    const unpatched = path.join(cacheRoot, 'unpatched.jar');
    copyFileSync(original, unpatched);
    assert.throws(
      () => verifyPatchedJar(original, unpatched, patched!.entries),
      /is still class-file major 65/,
    );
  });
});

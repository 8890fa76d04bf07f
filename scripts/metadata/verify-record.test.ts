/**
 * npm start reuses a passing verification only for exactly the content it verified: any byte, file,
 * folder or link that differs under a package directory (or in .forceignore / sfdx-project.json)
 * means a real verification, and `verify` itself never reuses one.
 */
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { verifyProject } from '../commands/verify.js';
import { privateKeyMarker } from '../definitions/rules/private-key.js';
import { copyFromRepo, tempDir, writeFiles } from './testing/temp-tree.js';
import { verificationKey } from './verify-record.js';

const CLASS_META =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>63.0</apiVersion>\n    <status>Active</status>\n</ApexClass>\n';

function project(prefix: string): string {
  const root = tempDir(prefix);
  copyFromRepo(root, ['.forceignore', 'force-app/core/definitions']);
  // The project's own sfdx-project.json lists more package directories than this tree holds.
  writeFiles(root, {
    'sfdx-project.json': JSON.stringify({
      packageDirectories: [{ path: 'force-app/core', default: true }, { path: 'force-app/generated' }],
      sourceApiVersion: '63.0',
    }),
    'force-app/core/engine/classes/Sample.cls': 'public with sharing class Sample {}\n',
    'force-app/core/engine/classes/Sample.cls-meta.xml': CLASS_META,
  });
  mkdirSync(path.join(root, 'force-app/generated'), { recursive: true });
  mkdirSync(path.join(root, 'node_modules'));
  return root;
}

const options = (root: string) => ({
  root,
  packageDirectories: ['force-app/core', 'force-app/generated'],
  packagedDirectory: 'force-app/core',
  convert: true,
});

describe('the verification key', () => {
  it('is the same for the same content and differs for any change', () => {
    const root = project('verify-key');
    const key = verificationKey(options(root));
    assert.match(key ?? '', /^[0-9a-f]{64}$/);
    assert.equal(verificationKey(options(root)), key);
    const changes: [string, () => void][] = [
      [
        'a byte in a class',
        () =>
          writeFiles(root, {
            'force-app/core/engine/classes/Sample.cls': 'public with sharing class Sample { }\n',
          }),
      ],
      ['a new file', () => writeFiles(root, { 'force-app/generated/extra.txt': 'x\n' })],
      ['an empty folder', () => mkdirSync(path.join(root, 'force-app/core/empty'))],
      ['a symlink', () => symlinkSync('/etc/hostname', path.join(root, 'force-app/core/link'))],
      ['.forceignore', () => writeFiles(root, { '.forceignore': '**/*.md\n' })],
      ['sfdx-project.json', () => writeFiles(root, { 'sfdx-project.json': '{"packageDirectories":[]}\n' })],
    ];
    const seen = new Set([key]);
    for (const [what, change] of changes) {
      change();
      const next = verificationKey(options(root));
      assert.ok(!seen.has(next), `${what} changes the key`);
      seen.add(next);
    }
  });
});

describe('verifyProject with reuse (npm start)', () => {
  it('reuses a passing result only while the tree is unchanged', async () => {
    const root = project('verify-reuse');
    const first = await verifyProject(root, { reuse: true });
    assert.equal(first.result.ok, true, JSON.stringify(first.result.findings));
    assert.equal(first.reused, false);
    const second = await verifyProject(root, { reuse: true });
    assert.equal(second.reused, true);
    assert.deepEqual({ ...second.result, milliseconds: 0 }, { ...first.result, milliseconds: 0 });
    writeFiles(root, {
      'force-app/core/engine/classes/Sample.cls': 'public with sharing class Sample { }\n',
    });
    assert.equal((await verifyProject(root, { reuse: true })).reused, false);
    assert.equal((await verifyProject(root)).reused, false, 'verify itself always verifies');
  });

  it('scans for secrets even when the package directories are unchanged', async () => {
    const root = project('verify-secret');
    assert.equal((await verifyProject(root, { reuse: true })).result.ok, true);
    assert.equal((await verifyProject(root, { reuse: true })).reused, true);
    // Outside every package directory, so not part of the record's key.
    writeFiles(root, { 'config/certificates/erp.key': `${privateKeyMarker()}\nMIIB\n` });
    const after = await verifyProject(root, { reuse: true });
    assert.equal(after.reused, false);
    assert.equal(after.result.ok, false);
    assert.deepEqual(
      after.result.findings.map((finding) => finding.file),
      ['config/certificates/erp.key:1'],
    );
  });

  it('never keeps a failing result', async () => {
    const root = project('verify-failing');
    writeFileSync(path.join(root, 'force-app/core/engine/classes/Sample.cls-meta.xml'), '<ApexClass>');
    const first = await verifyProject(root, { reuse: true });
    assert.equal(first.result.ok, false);
    const second = await verifyProject(root, { reuse: true });
    assert.equal(second.reused, false);
    assert.equal(second.result.ok, false, 'the finding is reported again');
    rmSync(path.join(root, 'node_modules'), { recursive: true });
  });
});

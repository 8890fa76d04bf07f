/**
 * The project holds no credential: the real repository scans clean, and planted keys and consumer
 * secrets (made at run time, never committed) are found by file and line, in any folder, without the
 * finding repeating the secret.
 */
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { describe, it } from 'node:test';
import { privateKeyMarker } from '../definitions/rules/private-key.js';
import { scanForSecrets } from './secret-scan.js';
import { verifyMetadata } from './verify.js';
import { copyFromRepo, REPO_ROOT, tempDir, writeFiles } from './testing/temp-tree.js';

/** A real private key in PEM, generated for the test and thrown away with its temporary folder. */
function freshPrivateKey(type: 'pkcs8' | 'pkcs1' = 'pkcs8'): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
  return privateKey.export({ type, format: 'pem' }).toString();
}

const SECRET = 'F1E2D3C4B5A6978812345678SECRETSENTINEL';
/** Assembled so that this file itself never holds a filled-in element for the repository scan to find. */
const SECRET_ELEMENT = ['<consumer', 'Secret>', SECRET, '</consumerSecret>'].join('');

describe('scanForSecrets', () => {
  it('finds nothing in this repository', () => {
    assert.deepEqual(scanForSecrets(REPO_ROOT), []);
  });

  it('finds a private key anywhere in the project, PKCS#8 or PKCS#1, with its line', () => {
    const root = tempDir('secret-scan');
    writeFiles(root, {
      'config/certificates/erp.key': freshPrivateKey(),
      'docs/notes.txt': `line one\nline two\n${freshPrivateKey('pkcs1')}`,
      'node_modules/some-package/test.pem': freshPrivateKey(),
    });
    const findings = scanForSecrets(root);
    assert.deepEqual(
      findings.map((finding) => `${finding.file}:${finding.line}`),
      ['config/certificates/erp.key:1', 'docs/notes.txt:3'],
      'node_modules is not the project',
    );
    assert.match(findings[0]!.message, /private key/);
  });

  it('finds a consumer key or secret in a retrieved global OAuth settings file, without echoing it', () => {
    const root = tempDir('secret-scan-consumer');
    writeFiles(root, {
      'force-app/generated/extlClntAppGlobalOauthSets/IUK_X_glbloauth.ecaGlblOauth-meta.xml': `<?xml version="1.0" encoding="UTF-8"?>
<ExtlClntAppGlobalOauthSettings xmlns="http://soap.sforce.com/2006/04/metadata">
    ${SECRET_ELEMENT}
</ExtlClntAppGlobalOauthSettings>
`,
      'docs/authentication.md': 'The file never has <consumerSecret></consumerSecret> filled in.\n',
    });
    const findings = scanForSecrets(root);
    assert.equal(findings.length, 1, 'an empty element in documentation is not a secret');
    assert.equal(findings[0]!.line, 3);
    assert.match(findings[0]!.message, /consumerSecret/);
    assert.doesNotMatch(JSON.stringify(findings), new RegExp(SECRET));
  });

  it('makes verify fail, so npm start and the metadata stage stop on it', async () => {
    const root = tempDir('secret-scan-verify');
    copyFromRepo(root, ['sfdx-project.json', '.forceignore', 'force-app/core/definitions']);
    writeFiles(root, { 'config/certificates/erp.crt': `${privateKeyMarker()}\nMIIB\n` });
    const result = await verifyMetadata({ root, packageDirectories: ['force-app/core'] });
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.findings.map((finding) => finding.file),
      ['config/certificates/erp.crt:1'],
    );
  });
});

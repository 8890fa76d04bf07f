/**
 * How integrations authenticate (rules/authentication.ts, rules/certificate.ts): defaults, every
 * refusal with its field and fix, and the resolved model the app renderers consume. Each test breaks
 * the fixture in one place; certificates are copied from __fixtures__ (public certificates only) or
 * built at run time, and private keys are generated for the test and never written to the repository.
 */
import assert from 'node:assert/strict';
import { generateKeyPairSync, X509Certificate } from 'node:crypto';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { tempDir } from '../../metadata/testing/temp-tree.js';
import type { LoadOptions } from '../load.js';
import {
  assertCodes,
  expectProblem,
  load,
  loadValid,
  problemsOf,
  setAt,
  validDocument,
} from '../testing/fixtures.js';

const ALPHA = ['integrations', 0];
const BETA = ['integrations', 1];
const AUTH = [...ALPHA, 'authentication'];
const FIXTURES = path.join(__dirname, '__fixtures__');
const JUSTIFIED = 'Posts case updates to the feed through the Connect REST API, which needs it.';

/** A project folder with certificates under config/certificates/, and the options to load against it. */
function project(certificates: Record<string, string | Buffer> = {}): LoadOptions & { root: string } {
  const root = tempDir('auth-rules');
  mkdirSync(path.join(root, 'config', 'certificates'), { recursive: true });
  for (const [name, content] of Object.entries(certificates))
    writeFileSync(path.join(root, 'config', 'certificates', name), content);
  return { root, cwd: root };
}

const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

function withAuthentication(authentication: unknown) {
  const document = validDocument();
  setAt(document, AUTH, authentication);
  return document;
}

function alpha(options: LoadOptions, authentication: unknown) {
  return loadValid(withAuthentication(authentication), options).integrations.find(
    (integration) => integration.name === 'Alpha_Sync',
  )!;
}

describe('authentication', () => {
  describe('defaults', () => {
    it('an inbound or bidirectional integration gets a client credentials app with "api" only', () => {
      const definitions = loadValid(validDocument());
      const alphaSync = definitions.integrations.find((integration) => integration.name === 'Alpha_Sync')!;
      assert.deepEqual(alphaSync.authentication, {
        method: 'clientCredentials',
        app: 'IUK_Alpha_Sync',
        scopes: ['api'],
      });
    });

    it('an outbound integration that states nothing gets no app, and a warning that says what to declare', () => {
      const document = validDocument();
      delete (document.integrations[1] as { authentication?: unknown }).authentication;
      const problems = problemsOf(document);
      assertCodes(problems, ['authentication-unstated']);
      expectProblem(problems, {
        code: 'authentication-unstated',
        path: BETA,
        severity: 'warning',
        message: ['Beta_Sync is outbound', 'no app is generated'],
        fix: ['"clientCredentials"', '"jwtBearer"', '"none"'],
      });
      const result = load(document);
      assert.ok(result.ok);
      const beta = result.definitions.integrations.find((integration) => integration.name === 'Beta_Sync')!;
      assert.deepEqual(beta.authentication, { method: 'none', scopes: [] });
    });
  });

  describe('none and external', () => {
    for (const method of ['none', 'external'] as const) {
      it(`${method} needs a reason, and generates no app`, () => {
        expectProblem(problemsOf(withAuthentication({ method })), {
          code: 'authentication-reason-missing',
          path: [...AUTH, 'reason'],
          message: [method === 'none' ? 'never logs in' : 'does not manage'],
          fix: ['Add "reason"'],
        });
        const resolved = alpha(project(), {
          method,
          reason: 'Salesforce calls out to Alpha; the user owns its records.',
        });
        assert.equal(resolved.authentication.app, undefined);
        assert.deepEqual(resolved.authentication.scopes, []);
      });
    }

    it('refuses options that would silently do nothing', () => {
      const problems = problemsOf(
        withAuthentication({
          method: 'none',
          reason: 'Salesforce calls out to Alpha; the user owns its records.',
          scopes: ['api'],
          certificate: 'certificates/alpha.crt',
        }),
      );
      assertCodes(problems, ['authentication-option-unused', 'authentication-option-unused']);
      expectProblem(problems, {
        code: 'authentication-option-unused',
        path: [...AUTH, 'scopes'],
        message: ['"scopes" has no effect with method "none"'],
        fix: ['Remove "scopes"'],
      });
    });

    it('refuses a reason or a certificate on a client credentials app', () => {
      const problems = problemsOf(
        withAuthentication({
          method: 'clientCredentials',
          reason: 'A reason that belongs to none and external methods only.',
          certificate: 'certificates/alpha.crt',
        }),
      );
      assertCodes(problems, ['authentication-option-unused', 'authentication-option-unused']);
      expectProblem(problems, {
        code: 'authentication-option-unused',
        path: [...AUTH, 'certificate'],
        message: ['consumer key and secret'],
        fix: ['Remove "certificate"'],
      });
    });
  });

  describe('scopes', () => {
    it('"api" needs nothing more; the Metadata spelling is refused with the OAuth name to write', () => {
      expectProblem(problemsOf(withAuthentication({ method: 'clientCredentials', scopes: ['Api'] })), {
        code: 'authentication-scope-unknown',
        path: [...AUTH, 'scopes', 0],
        message: ["Metadata API's spelling"],
        fix: ['Write "api"'],
      });
      expectProblem(problemsOf(withAuthentication({ method: 'clientCredentials', scopes: ['apii'] })), {
        code: 'authentication-scope-unknown',
        path: [...AUTH, 'scopes', 0],
        message: ['"apii" is not an OAuth scope'],
        fix: ['Write "api"'],
      });
    });

    it('anything beyond "api" needs a written justification, naming what it grants', () => {
      expectProblem(
        problemsOf(withAuthentication({ method: 'clientCredentials', scopes: ['api', 'full'] })),
        {
          code: 'authentication-scope-unjustified',
          path: [...AUTH, 'scopes'],
          message: ['"full" (everything the user can access', 'beyond "api"'],
          fix: ['"scopeJustification"'],
        },
      );
      const resolved = alpha(project(), {
        method: 'clientCredentials',
        scopes: ['chatter_api', 'api'],
        scopeJustification: JUSTIFIED,
      });
      assert.deepEqual(resolved.authentication.scopes, ['api', 'chatter_api'], 'in the policy order');
      assert.equal(resolved.authentication.scopeJustification, JUSTIFIED);
    });

    it('a justification made of spaces justifies nothing', () => {
      expectProblem(
        problemsOf(
          withAuthentication({
            method: 'clientCredentials',
            scopes: ['web'],
            scopeJustification: ' '.repeat(30),
          }),
        ),
        { code: 'authentication-scope-unjustified', path: [...AUTH, 'scopes'], message: ['"web"'], fix: [] },
      );
    });

    it('refresh scopes have no effect in these flows: a warning', () => {
      const problems = problemsOf(
        withAuthentication({
          method: 'clientCredentials',
          scopes: ['api', 'refresh_token'],
          scopeJustification: JUSTIFIED,
        }),
      );
      assertCodes(problems, ['authentication-scope-no-effect']);
      expectProblem(problems, {
        code: 'authentication-scope-no-effect',
        path: [...AUTH, 'scopes', 1],
        severity: 'warning',
        message: ['never issues a refresh token'],
        fix: ['Remove "refresh_token"'],
      });
    });
  });

  describe('JWT bearer certificates', () => {
    const jwt = (certificate?: string) => ({ method: 'jwtBearer', ...(certificate ? { certificate } : {}) });

    it('resolves the certificate: one-line base64 of the DER, subject, dates, fingerprint', () => {
      const options = project({ 'alpha.crt': fixture('rsa-2048.crt') });
      const resolved = alpha(options, jwt('certificates/alpha.crt'));
      const expected = new X509Certificate(fixture('rsa-2048.crt'));
      assert.equal(resolved.authentication.certificate?.base64, expected.raw.toString('base64'));
      assert.equal(resolved.authentication.certificate?.fingerprint256, expected.fingerprint256);
      assert.match(resolved.authentication.certificate!.subject, /RSA test certificate/);
      assert.equal(resolved.authentication.app, 'IUK_Alpha_Sync');
    });

    it('a JWT integration without a certificate is an error', () => {
      expectProblem(problemsOf(withAuthentication(jwt())), {
        code: 'authentication-certificate-missing',
        path: AUTH,
        message: ['jwtBearer but names no certificate'],
        fix: ['"certificate"', 'never the private key'],
      });
    });

    it('a missing file, an absolute path, a path out of the project and a folder are refused', () => {
      const options = project();
      const cases: [string, string, RegExp][] = [
        [
          'certificates/missing.crt',
          'certificate-not-found',
          /does not exist \(looked for config\/certificates\/missing\.crt\)/,
        ],
        ['/etc/ssl/cert.pem', 'certificate-path-absolute', /absolute/],
        ['../../outside.crt', 'certificate-outside-project', /outside the project/],
        ['certificates', 'certificate-not-file', /not a regular file/],
      ];
      for (const [file, code, message] of cases) {
        const problems = problemsOf(withAuthentication(jwt(file)), options);
        assertCodes(problems, [code]);
        assert.match(problems[0]!.message, message);
        assert.deepEqual(problems[0]!.path, [...AUTH, 'certificate']);
      }
    });

    it('refuses a symbolic link that leads out of the project', () => {
      const options = project();
      const outside = tempDir('auth-outside');
      writeFileSync(path.join(outside, 'x.crt'), fixture('rsa-2048.crt'));
      symlinkSync(path.join(outside, 'x.crt'), path.join(options.root, 'config', 'certificates', 'link.crt'));
      assertCodes(problemsOf(withAuthentication(jwt('certificates/link.crt')), options), [
        'certificate-outside-project',
      ]);
    });

    it('a private key in the certificate file is an error that never echoes the key', () => {
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
      const key = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
      const options = project({ 'alpha.pem': `${fixture('rsa-2048.crt')}${key}` });
      const problems = problemsOf(withAuthentication(jwt('certificates/alpha.pem')), options);
      assertCodes(problems, ['certificate-private-key']);
      expectProblem(problems, {
        code: 'certificate-private-key',
        path: [...AUTH, 'certificate'],
        message: ['contains a private key', 'log in as this integration user'],
        fix: ['generate a new key pair', 'never the -keyout file'],
      });
      const body = key.split('\n')[1]!;
      assert.ok(!JSON.stringify(problems).includes(body), 'no part of the key in any problem');
    });

    it('refuses what is not exactly one PEM X.509 certificate', () => {
      const cases: [string, string | Buffer, RegExp][] = [
        ['der.crt', new X509Certificate(fixture('rsa-2048.crt')).raw, /not a PEM certificate/],
        ['two.crt', `${fixture('rsa-2048.crt')}${fixture('rsa-2048-other.crt')}`, /holds 2 certificates/],
        [
          'broken.crt',
          '-----BEGIN CERTIFICATE-----\nTm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n',
          /not a valid X\.509/,
        ],
        ['huge.crt', 'A'.repeat(70 * 1024), /a certificate is a few kilobytes/],
      ];
      const options = project(Object.fromEntries(cases.map(([name, content]) => [name, content])));
      for (const [name, , message] of cases) {
        const problems = problemsOf(withAuthentication(jwt(`certificates/${name}`)), options);
        assertCodes(problems, ['certificate-invalid']);
        assert.match(problems[0]!.message, message, name);
      }
    });

    it('warns on an expired, a not yet valid, or a soon expiring certificate (clock injected)', () => {
      const options = project({ 'alpha.crt': fixture('rsa-2048.crt') });
      const certificate = new X509Certificate(fixture('rsa-2048.crt'));
      const validTo = new Date(certificate.validTo).getTime();
      const validFrom = new Date(certificate.validFrom).getTime();
      const at = (time: number) =>
        problemsOf(withAuthentication(jwt('certificates/alpha.crt')), { ...options, now: new Date(time) });
      assertCodes(at(validTo + 86_400_000), ['certificate-expired']);
      assertCodes(at(validFrom - 86_400_000), ['certificate-not-yet-valid']);
      assertCodes(at(validTo - 10 * 86_400_000), ['certificate-expires-soon']);
      assertCodes(at(validFrom + 86_400_000), []);
      assert.equal(at(validTo + 86_400_000)[0]!.severity, 'warning');
    });

    it('warns on a key the JWT bearer flow cannot use (EC) or a small RSA key', () => {
      const options = project({ 'ec.crt': fixture('ec-p256.crt'), 'small.crt': fixture('rsa-1024.crt') });
      assertCodes(problemsOf(withAuthentication(jwt('certificates/ec.crt')), options), [
        'certificate-key-type',
      ]);
      assertCodes(problemsOf(withAuthentication(jwt('certificates/small.crt')), options), [
        'certificate-key-size',
      ]);
    });

    it('warns when two integrations trust the same certificate', () => {
      const options = project({ 'alpha.crt': fixture('rsa-2048.crt') });
      const document = withAuthentication(jwt('certificates/alpha.crt'));
      setAt(document, [...BETA, 'authentication'], jwt('certificates/alpha.crt'));
      const problems = problemsOf(document, options);
      assertCodes(problems, ['certificate-shared']);
      assert.match(problems[0]!.message, /Beta_Sync and Alpha_Sync trust the same certificate/);
    });
  });
});

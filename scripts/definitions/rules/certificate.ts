/**
 * The public certificate of a JWT bearer integration: the external system signs its JWT with the
 * private key, Salesforce checks the signature with this certificate (ExtlClntAppGlobalOauthSettings
 * `certificate`, which enables the JWT bearer flow). The file is untrusted input like the definitions
 * themselves: it must be a regular file inside the project, small, text, exactly one PEM X.509
 * certificate, and never carry a private key. Expiry is a warning (the flow stops working when it
 * expires, but the admin may be rotating it).
 */
import { X509Certificate } from 'node:crypto';
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { PathSegment, ProblemList } from '../problems.js';
import { privateKeyOffset } from './private-key.js';

/** Far larger than any certificate (a 4096-bit RSA certificate is about 2 KB of PEM). */
export const MAX_CERTIFICATE_BYTES = 64 * 1024;
/** A certificate that expires within this many days gets a warning. */
export const EXPIRY_WARNING_DAYS = 30;

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----\r?\n([A-Za-z0-9+/=\r\n]+?)-----END CERTIFICATE-----/g;

export interface ResolvedCertificate {
  /** The path as the definitions file wrote it. */
  file: string;
  /** The DER bytes in base64, one line: what the global OAuth settings' `certificate` carries. */
  base64: string;
  subject: string;
  /** ISO dates. */
  notBefore: string;
  notAfter: string;
  /** SHA-256 fingerprint, colon-separated hex: two integrations sharing a key show the same one. */
  fingerprint256: string;
}

export interface CertificateContext {
  /** Directory relative certificate paths start from (the definitions file's directory). */
  baseDir: string;
  /** The project root: a certificate outside it is refused. */
  root: string;
  /** The clock (tests fix it). */
  now: Date;
}

/** Reads and checks one certificate file; every finding goes to `problems` at `at`. */
export function readCertificate(
  file: string,
  at: PathSegment[],
  context: CertificateContext,
  problems: ProblemList,
): ResolvedCertificate | undefined {
  const fail = (code: string, message: string, fix: string) => {
    problems.error(code, at, message, fix);
    return undefined;
  };
  if (path.isAbsolute(file) || /^[A-Za-z]:/.test(file)) {
    return fail(
      'certificate-path-absolute',
      `The certificate path "${file}" is absolute; it would not exist on another machine.`,
      'Write the path relative to the definitions file, e.g. "certificates/erp.crt".',
    );
  }
  const absolute = path.resolve(context.baseDir, file);
  const root = path.resolve(context.root);
  if (absolute !== root && !absolute.startsWith(root + path.sep)) {
    return fail(
      'certificate-outside-project',
      `The certificate "${file}" is outside the project (${root}).`,
      'Keep the public certificate in the repository, next to the definitions (e.g. config/certificates/).',
    );
  }
  let bytes: Buffer;
  try {
    const info = lstatSync(absolute);
    if (info.isSymbolicLink()) {
      const target = realpathSync(absolute);
      if (target !== root && !target.startsWith(root + path.sep)) {
        return fail(
          'certificate-outside-project',
          `The certificate "${file}" is a symbolic link to a file outside the project.`,
          'Copy the public certificate into the repository instead of linking to it.',
        );
      }
    }
    const target = info.isSymbolicLink() ? lstatSync(realpathSync(absolute)) : info;
    if (!target.isFile()) {
      return fail(
        'certificate-not-file',
        `The certificate "${file}" is not a regular file.`,
        'Point "certificate" at the PEM file of the public certificate.',
      );
    }
    if (target.size > MAX_CERTIFICATE_BYTES) {
      return fail(
        'certificate-invalid',
        `The certificate "${file}" is ${target.size} bytes; a certificate is a few kilobytes.`,
        'Point "certificate" at the PEM file of the public certificate (BEGIN CERTIFICATE).',
      );
    }
    bytes = readFileSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(
      'certificate-not-found',
      code === 'ENOENT'
        ? `The certificate file "${file}" does not exist (looked for ${path.relative(root, absolute) || absolute}).`
        : `The certificate file "${file}" cannot be read (${code ?? String(error)}).`,
      'Commit the public certificate at that path (relative to the definitions file), or correct the path.',
    );
  }
  return checkCertificateText(file, bytes, at, context.now, problems);
}

/** The checks on the file's content, separate from the file system so that tests can feed any bytes. */
export function checkCertificateText(
  file: string,
  bytes: Buffer,
  at: PathSegment[],
  now: Date,
  problems: ProblemList,
): ResolvedCertificate | undefined {
  const text = bytes.toString('latin1');
  if (privateKeyOffset(text) >= 0) {
    // Never echo any part of it: the message names the file only.
    problems.error(
      'certificate-private-key',
      at,
      `"${file}" contains a private key. The repository must hold only the public certificate; anyone who can read the key can log in as this integration user.`,
      'Remove the key from the file and from the repository history, generate a new key pair (the old one is compromised), and commit only the certificate (openssl req -x509 ... -out cert.pem; never the -keyout file).',
    );
    return undefined;
  }
  const blocks = [...text.matchAll(PEM_CERTIFICATE)];
  if (blocks.length === 0) {
    problems.error(
      'certificate-invalid',
      at,
      `"${file}" is not a PEM certificate (no "-----BEGIN CERTIFICATE-----" block).`,
      'Export the public certificate in PEM format (openssl x509 -in cert.der -inform der -out cert.pem).',
    );
    return undefined;
  }
  if (blocks.length > 1) {
    problems.error(
      'certificate-invalid',
      at,
      `"${file}" holds ${blocks.length} certificates; the app trusts exactly one.`,
      'Keep only the certificate the external system signs with (not its chain).',
    );
    return undefined;
  }
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(blocks[0]![0]);
  } catch {
    problems.error(
      'certificate-invalid',
      at,
      `"${file}" has a certificate block that is not a valid X.509 certificate.`,
      'Export the certificate again (openssl x509 -in <file> -noout -text must read it).',
    );
    return undefined;
  }
  const notBefore = new Date(certificate.validFrom);
  const notAfter = new Date(certificate.validTo);
  const key = certificate.publicKey;
  if (key.asymmetricKeyType !== 'rsa') {
    problems.warning(
      'certificate-key-type',
      at,
      `The certificate in "${file}" has a ${key.asymmetricKeyType ?? 'unknown'} key; Salesforce's JWT bearer flow verifies RS256 signatures, which need an RSA key.`,
      'Use an RSA certificate (openssl req -x509 -newkey rsa:2048 ...).',
    );
  } else if ((key.asymmetricKeyDetails?.modulusLength ?? 2048) < 2048) {
    problems.warning(
      'certificate-key-size',
      at,
      `The certificate in "${file}" has a ${key.asymmetricKeyDetails?.modulusLength}-bit RSA key; 2048 bits is the minimum considered safe.`,
      'Generate a new key pair with at least 2048 bits and replace the certificate.',
    );
  }
  if (notAfter.getTime() < now.getTime()) {
    problems.warning(
      'certificate-expired',
      at,
      `The certificate in "${file}" expired on ${notAfter.toISOString().slice(0, 10)}; Salesforce rejects JWTs signed with its key.`,
      'Have the external system generate a new key pair and commit its new public certificate.',
    );
  } else if (notBefore.getTime() > now.getTime()) {
    problems.warning(
      'certificate-not-yet-valid',
      at,
      `The certificate in "${file}" is valid only from ${notBefore.toISOString().slice(0, 10)}.`,
      'Check the clock of the machine that created it, or wait until that date before switching the integration over.',
    );
  } else if (notAfter.getTime() - now.getTime() < EXPIRY_WARNING_DAYS * 86_400_000) {
    problems.warning(
      'certificate-expires-soon',
      at,
      `The certificate in "${file}" expires on ${notAfter.toISOString().slice(0, 10)}, in less than ${EXPIRY_WARNING_DAYS} days.`,
      'Rotate it now: a new key pair on the external system, the new public certificate here, then deploy.',
    );
  }
  return {
    file,
    base64: certificate.raw.toString('base64'),
    subject: certificate.subject.replace(/\n/g, ', '),
    notBefore: notBefore.toISOString(),
    notAfter: notAfter.toISOString(),
    fingerprint256: certificate.fingerprint256,
  };
}

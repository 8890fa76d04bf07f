/**
 * Recognises private keys in text: PEM blocks of every kind OpenSSL and OpenSSH write (PKCS#8,
 * encrypted PKCS#8, PKCS#1 RSA, SEC1 EC, DSA, OpenSSH). A JWT bearer integration needs only the
 * public certificate in the repository; its private key belongs to the external system, and a copy
 * in the repository (or in the certificate file) lets anyone with the repository act as the user.
 *
 * The marker is assembled from parts on purpose: this file must not itself contain the text it
 * looks for, or every scan (the project's own pre-commit checks included) would flag it.
 */
const KEY_WORDS = ['PRIV', 'ATE KEY'].join('');
const PRIVATE_KEY_BLOCK = new RegExp(`-----BEGIN (?:[A-Z0-9]+ )*${KEY_WORDS}-----`);

/** Offset of the first private key block in the text, or -1. */
export function privateKeyOffset(text: string): number {
  const match = PRIVATE_KEY_BLOCK.exec(text);
  return match ? match.index : -1;
}

export function containsPrivateKey(text: string): boolean {
  return privateKeyOffset(text) >= 0;
}

/** The label of a private key block ("RSA ... KEY"), for tests that build one; never in committed files. */
export function privateKeyMarker(kind = ''): string {
  return `-----BEGIN ${kind ? `${kind} ` : ''}${KEY_WORDS}-----`;
}

/**
 * Which generator code made a run: part of the key under which an unchanged re-run is skipped, so a
 * change to any script or dependency makes the next run do the work again. The launcher's bundle
 * carries it as a constant, computed by sourceVersion() when the bundle was built; from source (tsx,
 * the tests) it is computed on first use.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

declare const __IUK_BUILD_ID__: string | undefined;

let fromSource: string | null | undefined;

/** undefined when the code cannot be identified (then no run is ever skipped). */
export function generatorVersion(): string | undefined {
  if (typeof __IUK_BUILD_ID__ === 'string') return __IUK_BUILD_ID__;
  // From source this file is scripts/metadata/generator-version.ts (ES module bundles have no __dirname).
  fromSource ??=
    typeof __dirname === 'string' ? (sourceVersion(path.resolve(__dirname, '../..')) ?? null) : null;
  return fromSource ?? undefined;
}

/**
 * sha256 over every script (scripts/**\/*.ts except tests and test data) and the lockfile, which
 * pins every dependency (ajv, ipaddr.js, source-deploy-retrieve...); undefined without scripts.
 */
export function sourceVersion(root: string): string | undefined {
  const files: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('__')) walk(child);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) files.push(child);
    }
  };
  try {
    walk('scripts');
  } catch {
    return undefined;
  }
  if (files.length === 0) return undefined;
  const hash = createHash('sha256');
  for (const file of [...files.sort(), 'package-lock.json']) {
    let content: Buffer;
    try {
      content = readFileSync(path.join(root, file));
    } catch {
      continue;
    }
    hash.update(`${file}\0${content.length}\0`).update(content);
  }
  return hash.digest('hex');
}

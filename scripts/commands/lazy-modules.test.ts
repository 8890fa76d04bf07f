/**
 * The modules the commands load on demand (`await import('../org/...')`) must initialise inside the
 * launcher's CommonJS bundle (scripts/run-cli.cjs), where `import.meta.url` is empty: a module that
 * finds the repository from it at load time throws only when its command runs against an org, which
 * no other offline test does through the bundle. Each module is bundled as the launcher bundles it,
 * and loaded.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import * as esbuild from 'esbuild';
import { REPO_ROOT } from '../contracts/repo-root.js';

const SCRIPTS = path.join(REPO_ROOT, 'scripts');
// The bundler the kit uses for work at build time: CommonJS, dependencies external, as the launcher's.
const { loadTypeScript } = createRequire(import.meta.url)('../bundle.cjs') as {
  loadTypeScript: (bundler: typeof esbuild, relative: string) => unknown;
};
const PLANTED = mkdtempSync(path.join(os.tmpdir(), 'iuk-lazy-modules-'));

/** Every module a command (or the CLI) imports on demand, as a path under scripts/. */
function lazyModules(): string[] {
  const sources = [
    path.join(SCRIPTS, 'cli.ts'),
    ...readdirSync(path.join(SCRIPTS, 'commands'))
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .map((name) => path.join(SCRIPTS, 'commands', name)),
  ];
  const modules = new Set<string>();
  for (const source of sources) {
    for (const match of readFileSync(source, 'utf8').matchAll(/import\('(\.{1,2}\/[^']+)\.js'\)/g)) {
      modules.add(path.relative(SCRIPTS, path.resolve(path.dirname(source), `${match[1]}.ts`)));
    }
  }
  return [...modules].sort();
}

after(() => rmSync(PLANTED, { recursive: true, force: true }));

describe("modules the commands load on demand, inside the launcher's bundle", () => {
  const modules = lazyModules();

  it('finds them (the evidence export among them)', () => {
    assert.ok(modules.includes(path.join('org', 'evidence', 'export.ts')), modules.join(', '));
    assert.ok(modules.length >= 10, modules.join(', '));
  });

  for (const module of modules) {
    it(`${module} initialises`, () => {
      assert.doesNotThrow(() => loadTypeScript(esbuild, module));
    });
  }

  it('a module that finds the repository from import.meta.url at load time fails (planted defect)', () => {
    const file = path.join(PLANTED, 'planted.ts');
    writeFileSync(
      file,
      "import path from 'node:path';\nimport { fileURLToPath } from 'node:url';\n" +
        'export const ROOT = path.dirname(fileURLToPath(import.meta.url));\n',
    );
    assert.throws(
      () => loadTypeScript(esbuild, path.relative(SCRIPTS, file)),
      /"path" argument must be of type string/,
    );
  });
});

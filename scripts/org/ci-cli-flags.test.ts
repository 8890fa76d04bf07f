/**
 * Every `sf` command line in the org CI scripts, the workflow and the packaging docs names a command
 * and flags that the pinned CLI really has, read from the oclif manifests of the plugins it bundles
 * (what `sf <command> --help` prints comes from the same manifests). No org and no process needed: a
 * misspelt or removed flag fails here instead of in a Dev Hub an hour into CI.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from './testing/salesforce-test-context.js';

interface ManifestFlag {
  name: string;
  char?: string;
  aliases?: string[];
}
interface ManifestCommand {
  id: string;
  aliases?: string[];
  flags: Record<string, ManifestFlag>;
}

/** Command id (`package:version:create`) → its flag names, aliases and one-letter forms. */
function pinnedCommands(): Map<string, Set<string>> {
  const commands = new Map<string, Set<string>>();
  const scope = join(repoRoot(), 'node_modules', '@salesforce');
  for (const entry of readdirSync(scope)) {
    let manifest: { commands: Record<string, ManifestCommand> };
    try {
      manifest = JSON.parse(
        readFileSync(join(scope, entry, 'oclif.manifest.json'), 'utf8'),
      ) as typeof manifest;
    } catch {
      continue;
    }
    for (const command of Object.values(manifest.commands)) {
      const flags = new Set<string>();
      for (const flag of Object.values(command.flags)) {
        flags.add(`--${flag.name}`);
        for (const alias of flag.aliases ?? []) flags.add(`--${alias}`);
        if (flag.char) flags.add(`-${flag.char}`);
      }
      for (const id of [command.id, ...(command.aliases ?? [])]) commands.set(id, flags);
    }
  }
  return commands;
}

export interface SfInvocation {
  file: string;
  line: number;
  words: string[];
}

/** `sf ...` command lines in a shell script, YAML or Markdown text (continuation lines joined). */
export function sfInvocations(file: string, text: string): SfInvocation[] {
  const found: SfInvocation[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    let line = lines[index]!;
    const start = index;
    while (line.endsWith('\\') && index + 1 < lines.length)
      line = `${line.slice(0, -1)} ${lines[++index]!.trim()}`;
    if (/^\s*#/.test(line)) continue;
    // In command position only: at the start, or after `(`, `|`, `;`, `&&`, `$(` or a YAML `run:`.
    for (const match of line.matchAll(
      /(?:^\s*|[;&|(]\s*|run:\s+)(?:npx (?:--no-install )?)?sf\s+([a-z][^|;&><)`]*)/g,
    )) {
      const words = tokenize(match[1]!);
      if (words.length === 0 || words[0] === '"$@"' || words[0]!.startsWith('$')) continue;
      found.push({ file, line: start + 1, words });
    }
  }
  return found;
}

function tokenize(text: string): string[] {
  return [...text.matchAll(/"(?:[^"\\]|\\.)*"|'[^']*'|\S+/g)].map((match) => match[0]);
}

function check(invocation: SfInvocation, commands: Map<string, Set<string>>): string[] {
  const topics: string[] = [];
  for (const word of invocation.words) {
    if (!/^[a-z][a-z-]*$/.test(word)) break;
    topics.push(word);
  }
  let id: string | undefined;
  for (let length = topics.length; length > 0 && !id; length--) {
    const candidate = topics.slice(0, length).join(':');
    if (commands.has(candidate)) id = candidate;
  }
  const where = `${invocation.file}:${invocation.line}`;
  if (!id) return [`${where}: "sf ${topics.join(' ')}" is not a command of the pinned CLI`];
  const flags = commands.get(id)!;
  return invocation.words
    .filter((word) => /^--?[a-z]/.test(word))
    .map((word) => word.split('=')[0]!)
    .filter((flag) => !flags.has(flag))
    .map((flag) => `${where}: sf ${id.replace(/:/g, ' ')} has no flag ${flag}`);
}

const FILES = [
  'scripts/ci/org-stage.sh',
  'scripts/ci/package-stage.sh',
  '.github/workflows/org-ci.yml',
  'docs/packaging.md',
];

describe('sf command lines against the pinned CLI', () => {
  const commands = pinnedCommands();
  const invocations = FILES.flatMap((file) =>
    sfInvocations(file, readFileSync(join(repoRoot(), file), 'utf8')),
  );

  it('reads the manifests of the bundled plugins', () => {
    assert.ok(commands.get('package:version:create')?.has('--code-coverage'));
    assert.ok(commands.get('package:install')?.has('--publish-wait'));
    assert.ok(commands.get('org:create:scratch')?.has('--no-namespace'));
  });

  it('finds the command lines, joined across continuation lines', () => {
    const lines = invocations.map(
      (invocation) => `${invocation.file} ${invocation.words.slice(0, 3).join(' ')}`,
    );
    for (const expected of [
      'scripts/ci/package-stage.sh package version create',
      'scripts/ci/package-stage.sh package install --package',
      'scripts/ci/package-stage.sh org create scratch',
      'scripts/ci/org-stage.sh apex run test',
      '.github/workflows/org-ci.yml org delete scratch',
    ]) {
      assert.ok(lines.includes(expected), `${expected} in:\n${lines.join('\n')}`);
    }
    const scratch = invocations.find(
      (invocation) =>
        invocation.file.endsWith('package-stage.sh') &&
        invocation.words[1] === 'create' &&
        invocation.words[2] === 'scratch',
    );
    assert.ok(scratch?.words.includes('--no-namespace'), 'a continuation line is part of its command');
  });

  it('uses only commands and flags the pinned CLI has', () => {
    assert.deepEqual(
      invocations.flatMap((invocation) => check(invocation, commands)),
      [],
    );
  });

  it('fails a misspelt flag and an unknown command (planted)', () => {
    const planted = sfInvocations(
      'planted.sh',
      'sf package version create --package "X" --code-coverag \\\n  --wait 5\nsf package promote-all --yes\n',
    );
    assert.deepEqual(
      planted.flatMap((invocation) => check(invocation, commands)),
      [
        'planted.sh:1: sf package version create has no flag --code-coverag',
        'planted.sh:3: "sf package promote-all" is not a command of the pinned CLI',
      ],
    );
  });
});

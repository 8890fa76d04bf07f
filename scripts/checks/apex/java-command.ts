/**
 * How the checks start Java. apexlink and PMD are short batch runs on a 2-core machine: the C1-only
 * JIT and the serial collector halve their CPU time (measured: PMD 16 s -> 8 s, apexlink 9.7 s ->
 * 5 s of CPU) without changing a result.
 */
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const JVM_FLAGS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

/** `$JAVA_HOME/bin/java` when JAVA_HOME is set, else `java` from the PATH. */
export function javaBinary(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

/**
 * A launcher script that runs Java with JVM_FLAGS, for tools that take only a command name (Code
 * Analyzer's `java_command`). Kept in node_modules/.cache/apex-checks and rewritten when it changes.
 */
export function javaLauncherWithFlags(): string {
  const require = createRequire(import.meta.url);
  const nodeModules = path.resolve(path.dirname(require.resolve('prettier/package.json')), '..');
  const folder = path.join(nodeModules, '.cache', 'apex-checks');
  const launcher = path.join(folder, 'java-batch');
  const script = `#!/bin/sh\nexec ${shellQuote(javaBinary())} ${JVM_FLAGS.join(' ')} "$@"\n`;
  let current = '';
  try {
    current = readFileSync(launcher, 'utf8');
  } catch {
    // not written yet
  }
  if (current !== script) {
    mkdirSync(folder, { recursive: true });
    const temporary = `${launcher}.${process.pid}`;
    writeFileSync(temporary, script);
    chmodSync(temporary, 0o755);
    renameSync(temporary, launcher);
  }
  return launcher;
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

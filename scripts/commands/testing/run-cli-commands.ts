/**
 * Test driver: runs several CLI command lines in this one process (so the slow module loading is paid
 * once) and prints their exit codes and output as JSON. Usage: tsx run-cli-commands.ts '<json argv[][]>'
 */
import { main } from '../../cli.js';
import { capture } from './capture.js';

async function runAll(commandLines: string[][]) {
  const results = [];
  for (const argv of commandLines) {
    const captured = capture();
    const code = await main(argv, { cwd: process.cwd(), streams: captured.streams });
    results.push({ argv, code, stdout: captured.out.join('\n'), stderr: captured.err.join('\n') });
  }
  return results;
}

runAll(JSON.parse(process.argv[2] ?? '[]') as string[][]).then(
  (results) => process.stdout.write(JSON.stringify(results)),
  (error: unknown) => {
    process.stderr.write(String(error instanceof Error ? error.stack : error));
    process.exitCode = 70;
  },
);

/**
 * One measured generator run in a fresh process (so start-up and memory are the real ones): load and
 * validate a definitions file, render, write the tree. Prints one JSON line with phase timings,
 * process CPU time and peak memory.
 */
import { loadDefinitions } from '../definitions/load.js';
import { renderTree } from '../metadata/render.js';
import { writeTree } from '../metadata/tree-writer.js';

async function main() {
  const [configPath, outputDir] = process.argv.slice(2);
  if (!configPath || !outputDir) throw new Error('usage: bench-worker <config> <outputDir>');
  const t0 = performance.now();
  const loaded = await loadDefinitions(configPath);
  if (!loaded.ok) throw new Error(`definitions invalid: ${loaded.problems[0]?.message}`);
  const t1 = performance.now();
  const files = renderTree(loaded.definitions);
  const t2 = performance.now();
  const changes = await writeTree(outputDir, files);
  const t3 = performance.now();
  const cpu = process.cpuUsage();
  process.stdout.write(
    `${JSON.stringify({
      loadMs: t1 - t0,
      renderMs: t2 - t1,
      writeMs: t3 - t2,
      totalMs: t3 - t0,
      cpuMs: (cpu.user + cpu.system) / 1000,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      files: files.size,
      written: changes.written.length,
      fieldPermissions: loaded.definitions.integrations.reduce(
        (sum, integration) => sum + integration.fieldPermissions.count,
        0,
      ),
    })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});

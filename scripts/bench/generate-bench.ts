/**
 * `npm run bench`: how fast and how lean the generator is, against Salesforce's own converter.
 *
 * 1. A synthetic 100 integrations x 200 objects x 20 fields definition (400,000 field permissions) is
 *    generated from scratch in a fresh process (targets: under 5 s, under 1 GB), then again unchanged
 *    (must write 0 files).
 * 2. `sf project convert source` runs on the same generated output in the same run, for the ratio.
 * 3. The bundled example is generated into a temporary directory (target: well under a second of CPU).
 * 4. Start-up: the launcher's --help, validate and start, and `sf iuk validate` with the plugin linked
 *    (scripts/bench/startup.ts; `npm run bench:startup` runs only these).
 * Figures are printed as a table and as JSON (--json). A benchmark, not a test: it fails only when the
 * generator itself fails, never on a slow machine.
 */
import { spawn } from 'node:child_process';
import { buildSync } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { formatTimings, startupTimings } from './startup.js';
import { syntheticDefinitions, type SyntheticSize } from './synthetic.js';

const root = path.resolve(__dirname, '../..');
const size: SyntheticSize = { integrations: 100, objects: 200, fields: 20 };

interface WorkerFigures {
  loadMs: number;
  renderMs: number;
  writeMs: number;
  totalMs: number;
  cpuMs: number;
  maxRssMb: number;
  files: number;
  written: number;
  fieldPermissions: number;
}

async function main() {
  buildSync({
    entryPoints: [path.join(__dirname, 'bench-worker.ts')],
    outfile: workerBundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    logLevel: 'warning',
  });
  const json = process.argv.includes('--json');
  const work = await mkdtemp(path.join(os.tmpdir(), 'iuk-bench-'));
  try {
    const configPath = path.join(work, 'definitions.json');
    await writeFile(configPath, JSON.stringify(syntheticDefinitions(size), null, 2));
    await writeFile(
      path.join(work, 'sfdx-project.json'),
      JSON.stringify({
        packageDirectories: [{ path: 'force-app/generated', default: true }],
        sourceApiVersion: '63.0',
      }),
    );
    const outputDir = path.join(work, 'force-app/generated');

    const cold = await measure(() => worker(configPath, outputDir));
    const rerun = await measure(() => worker(configPath, outputDir));
    const convert = await measure(() =>
      exec(
        path.join(root, 'node_modules/.bin/sf'),
        [
          'project',
          'convert',
          'source',
          '--source-dir',
          'force-app/generated',
          '--output-dir',
          path.join(work, 'mdapi'),
          '--json',
        ],
        work,
      ),
    );
    const exampleDir = path.join(work, 'example/force-app/generated');
    const example = await measure(() =>
      worker(path.join(root, 'config/integration-definitions.json'), exampleDir),
    );

    const figures = {
      size: { ...size, fieldPermissions: cold.value.fieldPermissions, files: cold.value.files },
      synthetic: { wallMs: cold.wallMs, ...cold.value },
      unchangedRerun: { wallMs: rerun.wallMs, ...rerun.value },
      sfConvertSource: { wallMs: convert.wallMs },
      ratioGeneratorToConvert: cold.wallMs / convert.wallMs,
      bundledExample: { wallMs: example.wallMs, ...example.value },
      startup: await startupTimings(root),
    };
    if (json) {
      process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
      return;
    }
    const row = (label: string, wallMs: number, cpuMs?: number, rssMb?: number, extra = '') =>
      `${label.padEnd(44)} ${fmt(wallMs).padStart(9)} ${cpuMs === undefined ? '         ' : fmt(cpuMs).padStart(9)} ${rssMb === undefined ? '       ' : `${rssMb.toFixed(0).padStart(5)} MB`}  ${extra}`;
    console.log(
      `Generator benchmark: ${size.integrations} integrations x ${size.objects} objects x ${size.fields} fields = ${cold.value.fieldPermissions.toLocaleString('en-US')} field permissions, ${cold.value.files} files`,
    );
    console.log(`${'run'.padEnd(44)} ${'wall'.padStart(9)} ${'cpu'.padStart(9)} ${'peak RSS'.padStart(8)}`);
    console.log(
      row(
        'generate, fresh process, empty output',
        cold.wallMs,
        cold.value.cpuMs,
        cold.value.maxRssMb,
        `load ${fmt(cold.value.loadMs)}, render ${fmt(cold.value.renderMs)}, write ${fmt(cold.value.writeMs)}; ${cold.value.written} written`,
      ),
    );
    console.log(
      row(
        'generate again, unchanged input',
        rerun.wallMs,
        rerun.value.cpuMs,
        rerun.value.maxRssMb,
        `${rerun.value.written} written`,
      ),
    );
    console.log(row('sf project convert source, same output', convert.wallMs));
    console.log(
      row(
        'bundled example (config/)',
        example.wallMs,
        example.value.cpuMs,
        example.value.maxRssMb,
        `${example.value.files} files`,
      ),
    );
    console.log(`ratio generate / sf project convert source: ${figures.ratioGeneratorToConvert.toFixed(2)}`);
    console.log('');
    for (const line of formatTimings(figures.startup)) console.log(line);
    console.log(
      `targets: synthetic under 5000 ms and 1024 MB -> ${cold.wallMs < 5000 && cold.value.maxRssMb < 1024 ? 'met' : 'NOT met'}; unchanged re-run writes 0 files -> ${rerun.value.written === 0 ? 'met' : 'NOT met'}`,
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function measure<T>(action: () => Promise<T>): Promise<{ wallMs: number; value: T }> {
  const started = performance.now();
  const value = await action();
  return { wallMs: performance.now() - started, value };
}

/** The worker runs as plain JavaScript, as `npm run generate` does (scripts/run-cli.cjs), not under tsx. */
const workerBundle = path.join(root, 'node_modules/.cache/integration-user-kit/bench-worker.cjs');

async function worker(configPath: string, outputDir: string): Promise<WorkerFigures> {
  const output = await exec(process.execPath, [workerBundle, configPath, outputDir], root);
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as WorkerFigures;
}

function exec(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: {
        ...process.env,
        SF_DISABLE_AUTOUPDATE: 'true',
        SF_SKIP_NEW_VERSION_CHECK: 'true',
        SF_DISABLE_TELEMETRY: 'true',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) =>
      code === 0
        ? resolve(stdout)
        : reject(
            new Error(`${path.basename(command)} ${args.join(' ')} exited ${code}: ${stderr || stdout}`),
          ),
    );
  });
}

function fmt(ms: number): string {
  return `${ms.toFixed(0)} ms`;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

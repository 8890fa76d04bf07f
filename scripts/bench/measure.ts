/**
 * One benchmark row: a command run several times in fresh processes. Wall time is measured around
 * each process; CPU time (user + system, summed over every Node.js process the run starts, such as
 * npm and its child) and peak memory (the largest resident set of any of them) come from rusage.cjs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Spread {
  min: number;
  median: number;
  max: number;
}

export interface Row {
  label: string;
  runs: number;
  wallMs: Spread;
  cpuMs: Spread;
  peakRssMiB: Spread;
  /** The last run's standard output (for checks such as "0 files written"). */
  lastOutput: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  runs: number;
  /** Runs before each measured run, outside the timing (for example: a fresh output directory). */
  before?: (run: number) => { args?: string[] } | void;
  /** Unmeasured runs first (fills the file cache, builds the bundle). */
  warmUp?: number;
}

const RUSAGE = path.join(__dirname, 'rusage.cjs');

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0] ?? 0, median: sorted[Math.floor(sorted.length / 2)] ?? 0, max: sorted.at(-1) ?? 0 };
}

export function timeRuns(label: string, command: string, args: string[], options: RunOptions): Row {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'iuk-rusage-'));
  const walls: number[] = [];
  const cpus: number[] = [];
  const peaks: number[] = [];
  let lastOutput = '';
  try {
    for (let run = -(options.warmUp ?? 0); run < options.runs; run++) {
      const extra = options.before?.(run) ?? {};
      const usageFile = path.join(scratch, `run-${run}.jsonl`);
      const env = {
        ...(options.env ?? process.env),
        IUK_BENCH_RUSAGE: usageFile,
        NODE_OPTIONS: `${options.env?.NODE_OPTIONS ?? ''} --require ${RUSAGE}`.trim(),
      };
      const started = performance.now();
      const result = spawnSync(command, extra.args ?? args, {
        cwd: options.cwd,
        env,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
      const wall = performance.now() - started;
      if (result.status !== 0) {
        throw new Error(
          `${label}: exited ${result.status}\n${(result.stderr || result.stdout).slice(0, 2000)}`,
        );
      }
      if (run < 0) continue;
      walls.push(wall);
      let cpu = 0;
      let peak = 0;
      for (const line of readFileSync(usageFile, 'utf8').split('\n').filter(Boolean)) {
        const usage = JSON.parse(line) as { cpuMs: number; maxRssKb: number };
        cpu += usage.cpuMs;
        peak = Math.max(peak, usage.maxRssKb / 1024);
      }
      cpus.push(cpu);
      peaks.push(peak);
      lastOutput = result.stdout;
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return {
    label,
    runs: options.runs,
    wallMs: spread(walls),
    cpuMs: spread(cpus),
    peakRssMiB: spread(peaks),
    lastOutput,
  };
}

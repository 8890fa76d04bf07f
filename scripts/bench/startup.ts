/**
 * Start-up rows of `npm run bench`: whole fresh processes, several runs each, min/median/max wall time.
 * The launcher runs as npm scripts run it (`node scripts/run-cli.cjs ...`, without npm's own ~0.3 s);
 * `sf iuk validate` runs in the pinned sf with the plugin linked into a throw-away home and sf's log
 * file disabled (its writer otherwise adds a wait at exit). `sf --version` is sf's own floor.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createSfHome } from '../plugin/sf-home.js';

export interface Timing {
  label: string;
  runs: number;
  minMs: number;
  medianMs: number;
  maxMs: number;
}

function timeRuns(
  label: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; runs: number },
): Timing {
  const walls: number[] = [];
  // One warm-up run (builds the launcher bundle if a source changed, fills the file cache).
  spawnSync(command, args, { cwd: options.cwd, env: options.env, stdio: 'ignore' });
  for (let run = 0; run < options.runs; run++) {
    const started = performance.now();
    const result = spawnSync(command, args, { cwd: options.cwd, env: options.env, stdio: 'ignore' });
    walls.push(performance.now() - started);
    if (result.status !== 0) throw new Error(`${label} exited ${result.status}`);
  }
  walls.sort((a, b) => a - b);
  return {
    label,
    runs: options.runs,
    minMs: walls[0] ?? 0,
    medianMs: walls[Math.floor(walls.length / 2)] ?? 0,
    maxMs: walls.at(-1) ?? 0,
  };
}

export async function startupTimings(root: string, runs = 9): Promise<Timing[]> {
  const launcher = path.join(root, 'scripts/run-cli.cjs');
  const env = {
    ...process.env,
    SF_DISABLE_AUTOUPDATE: 'true',
    SF_SKIP_NEW_VERSION_CHECK: 'true',
    SF_DISABLE_TELEMETRY: 'true',
  };
  const options = { cwd: root, env, runs };
  const rows = [
    timeRuns('launcher --help', process.execPath, [launcher, '--help'], options),
    timeRuns('launcher validate (bundled example)', process.execPath, [launcher, 'validate'], options),
    timeRuns('launcher start (npm start without npm)', process.execPath, [launcher, 'start'], {
      ...options,
      runs: Math.min(runs, 5),
    }),
  ];
  const sfHome = createSfHome(root);
  try {
    await sfHome.link(root);
    const sfOptions = { cwd: root, env: sfHome.env, runs };
    rows.push(
      timeRuns('sf --version (sf alone)', sfHome.sf, ['--version'], sfOptions),
      timeRuns('sf iuk validate (linked)', sfHome.sf, ['iuk', 'validate'], sfOptions),
      timeRuns('sf iuk validate --help (linked)', sfHome.sf, ['iuk', 'validate', '--help'], sfOptions),
    );
  } finally {
    sfHome.remove();
  }
  return rows;
}

export function formatTimings(rows: Timing[]): string[] {
  const ms = (value: number) => `${value.toFixed(0)} ms`.padStart(8);
  return [
    `${'start-up (fresh processes)'.padEnd(44)} ${'min'.padStart(8)} ${'median'.padStart(8)} ${'max'.padStart(8)}  runs`,
    ...rows.map(
      (row) => `${row.label.padEnd(44)} ${ms(row.minMs)} ${ms(row.medianMs)} ${ms(row.maxMs)}  ${row.runs}`,
    ),
  ];
}

if (require.main === module) {
  void startupTimings(path.resolve(__dirname, '../..'), Number(process.argv[2] ?? 9)).then((rows) => {
    if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    else for (const line of formatTimings(rows)) console.log(line);
  });
}

/**
 * `npm run bench`: every row of issue 13's table, in fresh processes, several runs each.
 *
 * - generate on synthetic definitions (synthetic.ts): 400,000 field permissions from an empty output
 *   directory, the same again unchanged, 4x the workload, and 10,000 integrations (fresh and unchanged);
 * - `sf project convert source` on the same 400,000-permission output, in the same run, for the ratio
 *   (the pinned sf, in a throw-away home, with SF_DISABLE_LOG_FILE=true: its log writer otherwise adds
 *   a wait of about a second at exit);
 * - `npm start` on the bundled example, first (no run or verification record) and unchanged, and the
 *   same through the launcher alone; the launcher's --help and validate; sf alone and `sf iuk validate`
 *   with the plugin linked (startup.ts).
 *
 * Each row gives min/median/max of wall time, CPU time (user + system, every process of the run) and
 * peak memory, plus the ratio of its median to sf's conversion; the figures and the targets are written
 * as JSON (--out, default bench-results.json) for a script to compare (--compare <older.json>).
 * `--baseline <checkout>` runs another checkout of the kit (for example main before a change) on the
 * same rows, alternating its runs with this one's. A benchmark, not a test: it fails only when a command
 * fails, never because a machine is slow.
 *
 * Flags: --runs N (default 9), --quick (3 runs), --only generator|startup (`npm run bench:startup`), --dir <folder> for the work files (default the system
 * temporary folder; its file system matters: say which), --json, --out <file>, --compare <file>,
 * --baseline <checkout>, --no-sf.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSfHome } from '../plugin/sf-home.js';
import { spread, timeRuns, type Row, type RunOptions } from './measure.js';
import { syntheticDefinitions, type SyntheticSize } from './synthetic.js';

const root = path.resolve(__dirname, '../..');

const WORKLOADS = {
  /** 400,000 field permissions (each integration's Object_Access__c record field stays under 32,768). */
  synthetic: { integrations: 200, objects: 100, fields: 20 },
  synthetic4x: { integrations: 800, objects: 100, fields: 20 },
  integrations10k: { integrations: 10_000, objects: 2, fields: 2 },
} satisfies Record<string, SyntheticSize>;

/** Issue 13's targets, on the median. */
const TARGETS: {
  row: string;
  metric: 'wallMs' | 'peakRssMiB';
  limit: number | ((rows: Rows) => number);
  text: string;
}[] = [
  { row: 'generateFresh', metric: 'wallMs', limit: 600, text: '<= 0.60 s' },
  { row: 'generateFresh', metric: 'peakRssMiB', limit: 170, text: '<= 170 MiB' },
  { row: 'generateUnchanged', metric: 'wallMs', limit: 150, text: '<= 0.15 s' },
  {
    row: 'generateFresh4x',
    metric: 'wallMs',
    limit: (rows) => 4.2 * (rows.generateFresh?.wallMs.median ?? Infinity),
    text: '<= 4.2x the 1x time',
  },
  { row: 'generateFresh4x', metric: 'peakRssMiB', limit: 320, text: '<= 320 MiB' },
  { row: 'generate10kFresh', metric: 'wallMs', limit: 3000, text: '<= 3 s' },
  { row: 'generate10kUnchanged', metric: 'wallMs', limit: 500, text: '<= 0.5 s' },
  { row: 'npmStartFirst', metric: 'wallMs', limit: 1000, text: '<= 1.0 s' },
  { row: 'npmStartUnchanged', metric: 'wallMs', limit: 500, text: '<= 0.5 s' },
  { row: 'help', metric: 'wallMs', limit: 250, text: '<= 0.25 s' },
  { row: 'validate', metric: 'wallMs', limit: 200, text: '<= 0.20 s' },
];

type Rows = Record<string, Row>;

interface Flags {
  runs: number;
  json: boolean;
  out: string;
  dir: string;
  compare?: string;
  baseline?: string;
  sf: boolean;
  /** Only the generator rows, or only the start-up rows. */
  only?: 'generator' | 'startup';
}

function parseFlags(argv: string[]): Flags {
  const value = (name: string) => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const runs = argv.includes('--quick') ? 3 : Number(value('--runs') ?? 9);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of at least 1');
  return {
    runs,
    json: argv.includes('--json'),
    out: path.resolve(value('--out') ?? 'bench-results.json'),
    dir: path.resolve(value('--dir') ?? os.tmpdir()),
    ...(value('--compare') ? { compare: path.resolve(value('--compare')!) } : {}),
    ...(value('--baseline') ? { baseline: path.resolve(value('--baseline')!) } : {}),
    sf: !argv.includes('--no-sf'),
    ...(value('--only') === 'generator' || value('--only') === 'startup'
      ? { only: value('--only') as 'generator' | 'startup' }
      : {}),
  };
}

/** A throw-away project holding one synthetic definitions file (and node_modules, for run records). */
function workProject(base: string, name: string, size: SyntheticSize): string {
  const project = path.join(base, name);
  mkdirSync(path.join(project, 'node_modules'), { recursive: true });
  writeFileSync(path.join(project, 'definitions.json'), JSON.stringify(syntheticDefinitions(size), null, 2));
  writeFileSync(
    path.join(project, 'sfdx-project.json'),
    JSON.stringify({
      packageDirectories: [{ path: 'force-app/generated', default: true }],
      sourceApiVersion: '63.0',
    }),
  );
  return project;
}

/** One checkout of the kit under test: its launcher, and where its records live. */
interface Kit {
  name: string;
  root: string;
  launcher: string;
}

/**
 * Runs each kit's variant of a row, alternating one run of each, so that a change in the machine's
 * load falls on both alike. Returns one row per kit.
 */
function alternate(
  kits: Kit[],
  label: string,
  spec: (kit: Kit) => { command: string; args: string[]; options: Omit<RunOptions, 'runs'> },
  runs: number,
): Row[] {
  const samples = kits.map(() => [] as Row[]);
  for (let run = 0; run < runs; run++) {
    kits.forEach((kit, index) => {
      const { command, args, options } = spec(kit);
      samples[index]!.push(
        timeRuns(label, command, args, {
          ...options,
          runs: 1,
          warmUp: run === 0 ? (options.warmUp ?? 0) : 0,
        }),
      );
    });
  }
  return samples.map((rows, index) => ({
    label: kits.length > 1 ? `${label} [${kits[index]!.name}]` : label,
    runs,
    wallMs: spread(rows.map((row) => row.wallMs.median)),
    cpuMs: spread(rows.map((row) => row.cpuMs.median)),
    peakRssMiB: spread(rows.map((row) => row.peakRssMiB.median)),
    lastOutput: rows.at(-1)?.lastOutput ?? '',
  }));
}

function filesystemOf(folder: string): string {
  try {
    return (
      execFileSync('df', ['-T', folder], { encoding: 'utf8' }).trim().split('\n').at(-1)!.split(/\s+/)[1] ??
      'unknown'
    );
  } catch {
    return 'unknown';
  }
}

function writtenCount(output: string): number {
  const envelope = JSON.parse(output) as { result?: { written?: unknown[] } };
  return envelope.result?.written?.length ?? -1;
}

async function main() {
  const flags = parseFlags(process.argv.slice(2));
  const kits: Kit[] = [{ name: 'this', root, launcher: path.join(root, 'scripts/run-cli.cjs') }];
  if (flags.baseline)
    kits.push({
      name: 'baseline',
      root: flags.baseline,
      launcher: path.join(flags.baseline, 'scripts/run-cli.cjs'),
    });
  const loadBefore = os.loadavg();
  const work = mkdtempSync(path.join(flags.dir, 'iuk-bench-'));
  const rows: Rows = {};
  const baselineRows: Rows = {};
  const keep = (key: string, measured: Row[]) => {
    rows[key] = measured[0]!;
    if (measured[1]) baselineRows[key] = measured[1];
  };
  const env = {
    ...process.env,
    SF_DISABLE_AUTOUPDATE: 'true',
    SF_SKIP_NEW_VERSION_CHECK: 'true',
    SF_DISABLE_TELEMETRY: 'true',
  };
  try {
    // The generator on synthetic workloads: a new output directory for every fresh run.
    const projects = Object.fromEntries(
      Object.entries(WORKLOADS).map(([name, size]) => [name, workProject(work, name, size)]),
    ) as Record<keyof typeof WORKLOADS, string>;
    let fresh = 0;
    const generatorRows = flags.only !== 'startup';
    const generate =
      (project: string, outputDir: (kit: Kit) => string, warmUp = 0) =>
      (kit: Kit) => ({
        command: process.execPath,
        args: [],
        options: {
          cwd: project,
          env,
          warmUp,
          before: () => ({
            args: [
              kit.launcher,
              'generate',
              '--config',
              'definitions.json',
              '--output-dir',
              outputDir(kit),
              '--json',
            ],
          }),
        },
      });
    // Each fresh run gets a new output directory, and all of them stay until the end: removing
    // 20,000 files between runs makes ext4's next file creations several times slower (measured:
    // 10,000 integrations 1.7 s, or 5-12 s in kernel time after a removal). Before each one, outside
    // the timing, the disk is settled (`sync`), so that no run pays for the writeback of the gigabytes
    // the runs before it wrote.
    const freshDir = (kit: Kit) => {
      settleDisk();
      return `force-app/fresh-${kit.name}-${fresh++}`;
    };
    if (generatorRows) {
      keep(
        'generateFresh',
        alternate(
          kits,
          'generate, 400,000 field permissions, empty output',
          generate(projects.synthetic, freshDir, 1),
          flags.runs,
        ),
      );
      keep(
        'generateUnchanged',
        alternate(
          kits,
          'the same, unchanged re-run',
          generate(projects.synthetic, (kit) => `force-app/generated-${kit.name}`, 1),
          flags.runs,
        ),
      );
      for (const row of [rows.generateUnchanged, baselineRows.generateUnchanged])
        if (row && writtenCount(row.lastOutput) !== 0)
          throw new Error(`${row.label}: the unchanged re-run wrote files`);
      keep(
        'generateFresh4x',
        alternate(
          kits,
          'generate, 4x the workload (1,600,000)',
          generate(projects.synthetic4x, freshDir),
          flags.runs,
        ),
      );
      keep(
        'generate10kFresh',
        alternate(
          kits,
          'generate, 10,000 integrations (20,010 files)',
          generate(projects.integrations10k, freshDir),
          flags.runs,
        ),
      );
      keep(
        'generate10kUnchanged',
        alternate(
          kits,
          'the same, unchanged re-run',
          generate(projects.integrations10k, (kit) => `force-app/generated-${kit.name}`, 1),
          flags.runs,
        ),
      );
      // Only now: a removal before a measured run would slow its file creations (see freshDir).
      for (const project of [projects.synthetic4x, projects.integrations10k])
        rmSync(path.join(project, 'force-app'), { recursive: true, force: true });
    }

    // Start-up on the bundled example, in the repository as the README runs it.
    const records = (kit: Kit) => path.join(kit.root, 'node_modules/.cache/integration-user-kit');
    const forgetRecords = (kit: Kit) => {
      rmSync(path.join(records(kit), 'verification.json'), { force: true });
      rmSync(path.join(records(kit), 'generate'), { recursive: true, force: true });
    };
    const npm = process.env.npm_execpath
      ? { command: process.execPath, args: [process.env.npm_execpath] }
      : { command: 'npm', args: [] };
    const npmStart = (first: boolean) => (kit: Kit) => ({
      command: npm.command,
      args: [...npm.args, 'start', '--silent'],
      options: { cwd: kit.root, env, warmUp: 1, ...(first ? { before: () => forgetRecords(kit) } : {}) },
    });
    if (flags.only !== 'generator') {
      keep('npmStartFirst', alternate(kits, 'npm start, bundled example, first', npmStart(true), flags.runs));
      keep('npmStartUnchanged', alternate(kits, 'npm start, unchanged', npmStart(false), flags.runs));
      const launcher =
        (args: string[], first = false) =>
        (kit: Kit) => ({
          command: process.execPath,
          args: [kit.launcher, ...args],
          options: { cwd: kit.root, env, warmUp: 1, ...(first ? { before: () => forgetRecords(kit) } : {}) },
        });
      keep(
        'launcherStartFirst',
        alternate(kits, 'launcher start (no npm), first', launcher(['start'], true), flags.runs),
      );
      keep(
        'launcherStartUnchanged',
        alternate(kits, 'launcher start (no npm), unchanged', launcher(['start']), flags.runs),
      );
      keep('help', alternate(kits, 'launcher --help', launcher(['--help']), flags.runs));
      keep(
        'validate',
        alternate(kits, 'launcher validate, bundled example', launcher(['validate']), flags.runs),
      );
    }

    if (flags.sf) {
      const sfHome = createSfHome(root);
      try {
        const sfEnv = { ...sfHome.env, SF_DISABLE_LOG_FILE: 'true' };
        const source = path.join(projects.synthetic, 'force-app/generated-this');
        let conversion = 0;
        if (generatorRows)
          rows.sfConvertSource = timeRuns(
            'sf project convert source, same output, log file disabled',
            sfHome.sf,
            [],
            {
              cwd: projects.synthetic,
              env: sfEnv,
              runs: flags.runs,
              warmUp: 1,
              before: () => ({
                args: [
                  'project',
                  'convert',
                  'source',
                  '--source-dir',
                  path.relative(projects.synthetic, source),
                  '--output-dir',
                  `mdapi-${conversion++}`,
                  '--json',
                ],
              }),
            },
          );
        if (flags.only !== 'generator') {
          await sfHome.link(root);
          rows.sfVersion = timeRuns('sf --version (sf alone)', sfHome.sf, ['--version'], {
            cwd: root,
            env: sfEnv,
            runs: flags.runs,
            warmUp: 1,
          });
          rows.sfIukValidate = timeRuns('sf iuk validate (plugin linked)', sfHome.sf, ['iuk', 'validate'], {
            cwd: root,
            env: sfEnv,
            runs: flags.runs,
            warmUp: 1,
          });
        }
      } finally {
        sfHome.remove();
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  const convert = rows.sfConvertSource?.wallMs.median;
  // Only the rows this run measured (`--only` leaves some out): an absent row is neither met nor missed.
  const targets = TARGETS.flatMap((target) => {
    const row = rows[target.row];
    if (!row) return [];
    const limit = typeof target.limit === 'function' ? target.limit(rows) : target.limit;
    const value = row[target.metric].median;
    return [
      { row: target.row, metric: target.metric, target: target.text, limit, value, met: value <= limit },
    ];
  });
  const strip = (set: Rows) =>
    Object.fromEntries(
      Object.entries(set).map(([key, { lastOutput: _output, ...row }]) => [
        key,
        { ...row, ...(convert ? { ratioToSfConvert: row.wallMs.median / convert } : {}) },
      ]),
    );
  const figures = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    loadAverage: { before: loadBefore, after: os.loadavg() },
    workFilesystem: filesystemOf(flags.dir),
    runs: flags.runs,
    workloads: WORKLOADS,
    sfLogFileDisabled: true,
    rows: strip(rows),
    ...(flags.baseline ? { baseline: { checkout: flags.baseline, rows: strip(baselineRows) } } : {}),
    targets,
  };
  writeFileSync(flags.out, `${JSON.stringify(figures, null, 2)}\n`);
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
    return;
  }
  for (const line of formatReport(figures.rows, figures.baseline?.rows, targets)) console.log(line);
  console.log(
    `load average ${loadBefore.map((value) => value.toFixed(2)).join(' ')} before, ${os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(
        ' ',
      )} after; ${os.cpus().length} CPUs; work files on ${figures.workFilesystem}; ${flags.runs} runs per row.`,
  );
  console.log(`Figures written to ${path.relative(process.cwd(), flags.out) || flags.out}.`);
  if (flags.compare) for (const line of compare(flags.compare, figures.rows)) console.log(line);
}

/** Writes every dirty page to disk (`sync`; where there is no such command, nothing). */
function settleDisk(): void {
  if (process.platform !== 'win32') execFileSync('sync', { stdio: 'ignore' });
}

type Figures = Record<string, Omit<Row, 'lastOutput'> & { ratioToSfConvert?: number }>;

function formatReport(
  rows: Figures,
  baseline: Figures | undefined,
  targets: { row: string; metric: string; target: string; value: number; met: boolean }[],
): string[] {
  const ms = (spreadMs: { min: number; median: number; max: number }) =>
    `${(spreadMs.median / 1000).toFixed(2)} s (${(spreadMs.min / 1000).toFixed(2)}-${(spreadMs.max / 1000).toFixed(2)})`;
  const lines = [
    `${'run'.padEnd(58)} ${'wall median (min-max)'.padEnd(24)} ${'CPU median'.padEnd(11)} ${'peak RSS'.padEnd(9)} ratio to sf convert`,
  ];
  const row = (label: string, figures: Figures[string]) =>
    `${label.slice(0, 58).padEnd(58)} ${ms(figures.wallMs).padEnd(24)} ${`${(figures.cpuMs.median / 1000).toFixed(2)} s`.padEnd(11)} ${`${figures.peakRssMiB.median.toFixed(0)} MiB`.padEnd(9)} ${figures.ratioToSfConvert ? `${figures.ratioToSfConvert.toFixed(2)}x` : ''}`;
  for (const [key, figures] of Object.entries(rows)) {
    lines.push(row(figures.label, figures));
    if (baseline?.[key]) lines.push(row(`  ${baseline[key]!.label}`, baseline[key]!));
  }
  lines.push(
    '',
    `targets (issue 13, on the median; ${targets.length} of ${TARGETS.length} measured in this run):`,
  );
  for (const target of targets) {
    const value =
      target.metric === 'wallMs' ? `${(target.value / 1000).toFixed(2)} s` : `${target.value.toFixed(0)} MiB`;
    lines.push(
      `  ${target.met ? 'met    ' : 'NOT met'} ${target.row} ${target.metric === 'wallMs' ? 'wall' : 'memory'} ${target.target}: ${value}`,
    );
  }
  return lines;
}

/** Median wall time of each row against an earlier figures file. */
function compare(file: string, rows: Figures): string[] {
  if (!existsSync(file)) return [`No figures to compare at ${file}.`];
  const older = (JSON.parse(readFileSync(file, 'utf8')) as { rows: Figures }).rows;
  const lines = [`Against ${file} (median wall time, this / that):`];
  for (const [key, figures] of Object.entries(rows)) {
    const before = older[key];
    if (before)
      lines.push(`  ${key.padEnd(24)} ${(figures.wallMs.median / before.wallMs.median).toFixed(2)}x`);
  }
  return lines;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

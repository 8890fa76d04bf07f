// `npm test`: the whole offline suite, stage by stage. Every stage runs even when an earlier one
// failed, so one run shows every problem; the exit code is non-zero when any stage failed.
// `npm test -- --only unit,lwc` runs a subset (names below).
import { spawn } from 'node:child_process';

const stages = [
  { name: 'format', script: 'format:check', what: 'prettier (TypeScript, LWC, Apex)' },
  { name: 'lint', script: 'lint', what: 'eslint (scripts and LWC)' },
  { name: 'types', script: 'typecheck', what: 'tsc --noEmit' },
  {
    name: 'generated',
    script: 'generate',
    args: ['--check'],
    what: 'committed metadata equals what the definitions generate',
  },
  {
    name: 'unit',
    script: 'test:unit',
    what: 'node:test unit, golden-file, contract, command and sf plugin tests',
  },
  {
    name: 'metadata',
    script: 'test:metadata',
    what: 'source-deploy-retrieve resolves and converts every component',
  },
  {
    name: 'apex',
    script: 'test:apex',
    what: 'Apex syntax, apexlink semantics, Code Analyzer, formatting, project rules',
  },
  {
    name: 'namespace',
    script: 'test:namespace',
    what: 'the core under a test namespace: Apex, LWC, scripts, records, Jest, contracts, generator',
  },
  { name: 'lwc', script: 'test:lwc', what: 'Jest tests of the setup assistant (with accessibility checks)' },
  {
    name: 'browser',
    script: 'test:browser',
    what: 'the assistant in headless Chromium against the fixtures',
  },
];

const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex > 0 ? new Set(process.argv[onlyIndex + 1].split(',')) : undefined;
const selected = stages.filter((stage) => !only || only.has(stage.name));
const results = [];

for (const stage of selected) {
  const started = Date.now();
  console.log(
    `\n=== ${stage.name}: ${stage.what} (npm run ${stage.script}${stage.args ? ` -- ${stage.args.join(' ')}` : ''})`,
  );
  const code = await run('npm', [
    'run',
    '--silent',
    stage.script,
    ...(stage.args ? ['--', ...stage.args] : []),
  ]);
  results.push({ ...stage, code, seconds: (Date.now() - started) / 1000 });
}

console.log('\n=== summary');
for (const result of results) {
  console.log(
    `${result.code === 0 ? 'PASS' : 'FAIL'}  ${result.name.padEnd(10)} ${result.seconds.toFixed(1).padStart(6)} s  ${result.what}`,
  );
}
const failed = results.filter((result) => result.code !== 0).length;
console.log(`stages: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: process.env });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    child.on('error', () => resolve(127));
  });
}

// Preloaded into every Node.js process a benchmark run starts (NODE_OPTIONS=--require): at exit, it
// appends that process's CPU time and peak memory to the file named by IUK_BENCH_RUSAGE, one JSON line
// per process, so a run through npm or sf (several processes) is measured whole.
'use strict';
const file = process.env.IUK_BENCH_RUSAGE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const line = JSON.stringify({
      cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
      maxRssKb: usage.maxRSS,
    });
    require('node:fs').appendFileSync(file, `${line}\n`);
  });
}

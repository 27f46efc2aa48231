/**
 * Preloaded into a measured child (`node -r lib/bench/cli/reportUsage.js …`) when /usr/bin/time is
 * missing: on exit, writes the process's CPU time and peak RSS as JSON to $FUPAN_BENCH_USAGE.
 */
import { writeFileSync } from 'node:fs';

const target = process.env.FUPAN_BENCH_USAGE;
if (target) {
  process.on('exit', (code) => {
    const usage = process.resourceUsage();
    const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
    writeFileSync(target, JSON.stringify({ cpuSeconds, maxRssKb: usage.maxRSS, exitCode: code }));
  });
}

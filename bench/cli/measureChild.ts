import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

export const TIME_TOOL = '/usr/bin/time';

export type UsageMethod = 'time -v' | 'resourceUsage';

/** One child process: wall time measured here, CPU time and peak RSS from /usr/bin/time -v or a preload. */
export interface ChildRun {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly maxRssMb: number;
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  /** 1-minute load average when the child started. */
  readonly load1: number;
}

export function usageMethod(): UsageMethod {
  return existsSync(TIME_TOOL) ? 'time -v' : 'resourceUsage';
}

/**
 * Runs `node <args>` in a fresh process and measures it. Stdout is captured or discarded (`> /dev/null`);
 * a child that fails is reported by its exit code and stderr, not thrown.
 */
export async function measureChild(args: readonly string[], captureStdout: boolean): Promise<ChildRun> {
  const method = usageMethod();
  const report = join(tmpdir(), `fupan-bench-usage-${process.pid}-${Date.now()}`);
  const [command, argv, env] =
    method === 'time -v'
      ? [TIME_TOOL, ['-v', '-o', report, process.execPath, ...args], process.env]
      : [
          process.execPath,
          ['-r', join(__dirname, 'reportUsage.js'), ...args],
          { ...process.env, FUPAN_BENCH_USAGE: report },
        ];
  const load1 = loadavg()[0] ?? 0;
  const start = process.hrtime.bigint();
  const child = spawn(command, argv, { env, stdio: ['ignore', captureStdout ? 'pipe' : 'ignore', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout?.on('data', (b: Buffer) => out.push(b));
  child.stderr?.on('data', (b: Buffer) => err.push(b));
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const usage = existsSync(report) ? readFileSync(report, 'utf8') : '';
  rmSync(report, { force: true });
  const parsed = method === 'time -v' ? parseTimeV(usage) : parsePreload(usage);
  return {
    wallMs,
    cpuMs: parsed.cpuMs,
    maxRssMb: Math.round(parsed.maxRssKb / 1024),
    exitCode,
    stdout: Buffer.concat(out).toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8').slice(-2000),
    load1,
  };
}

function parseTimeV(text: string): { cpuMs: number; maxRssKb: number } {
  const field = (label: string): number => {
    const line = text.split('\n').find((l) => l.trim().startsWith(label));
    return line ? Number(line.slice(line.lastIndexOf(':') + 1).trim()) : NaN;
  };
  return {
    cpuMs: (field('User time (seconds)') + field('System time (seconds)')) * 1000,
    maxRssKb: field('Maximum resident set size (kbytes)'),
  };
}

function parsePreload(text: string): { cpuMs: number; maxRssKb: number } {
  if (text === '') return { cpuMs: NaN, maxRssKb: NaN };
  const usage = JSON.parse(text) as { cpuSeconds: number; maxRssKb: number };
  return { cpuMs: usage.cpuSeconds * 1000, maxRssKb: usage.maxRssKb };
}

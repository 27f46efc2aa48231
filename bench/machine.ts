import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { join, resolve } from 'node:path';
import { canCollect } from './measure/collect';

/** The repository root, from lib/bench/. */
export const ROOT = resolve(__dirname, '..', '..');

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGb: number;
  readonly os: string;
  readonly node: string;
  readonly v8: string;
  readonly exposeGc: boolean;
  readonly heapLimitMb: number;
  readonly versions: Readonly<Record<string, string>>;
  /** HEAD, and how many files of the working tree differ from it (the build measured includes them). */
  readonly commit: string | null;
  readonly changedFiles: number | null;
}

export interface LoadMark {
  readonly at: string;
  /** 1, 5 and 15-minute load averages. */
  readonly load: readonly number[];
}

export function loadMark(at: string): LoadMark {
  return { at, load: loadavg().map((l) => Number(l.toFixed(2))) };
}

export function machine(heapLimitMb: number): Machine {
  return {
    cpu: cpuModel(),
    cores: cpus().length,
    memoryGb: Number((totalmem() / 2 ** 30).toFixed(1)),
    os: `${osType()} ${release()}`,
    node: process.version,
    v8: process.versions.v8,
    exposeGc: canCollect(),
    heapLimitMb,
    versions: Object.fromEntries(
      ['arquero', '@duckdb/node-api', 'exceljs', 'typescript'].map((name) => [name, packageVersion(name)]),
    ),
    ...gitState(),
  };
}

function cpuModel(): string {
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8');
    const model = /^model name\s*:\s*(.+)$/m.exec(info)?.[1]?.trim();
    if (model) return model;
  } catch {
    // not Linux: os.cpus() below
  }
  return cpus()[0]?.model ?? 'unknown';
}

function packageVersion(name: string): string {
  try {
    const json = readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8');
    return (JSON.parse(json) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

/** Read-only git queries (no index refresh), so that a run never touches the repository. */
function gitState(): { commit: string | null; changedFiles: number | null } {
  const git = (...args: string[]) =>
    execFileSync('git', ['--no-optional-locks', ...args], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
  try {
    const commit = git('rev-parse', '--short', 'HEAD').trim();
    const changed = git('status', '--porcelain').split('\n').filter(Boolean).length;
    return { commit, changedFiles: changed };
  } catch {
    return { commit: null, changedFiles: null };
  }
}

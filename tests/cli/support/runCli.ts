import { join } from 'node:path';
import { main } from '../../../src/cli/main';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the command line in-process, as `bin/fupan.js` does, and captures what it writes on stdout and
 * stderr (the streams are spied on, so nothing reaches the test runner's output).
 */
export async function runCli(args: readonly string[]): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const capture =
    (into: string[]) =>
    (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
      into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      const callback = rest.find((r): r is () => void => typeof r === 'function');
      callback?.();
      return true;
    };
  const out = jest.spyOn(process.stdout, 'write').mockImplementation(capture(stdout) as never);
  const err = jest.spyOn(process.stderr, 'write').mockImplementation(capture(stderr) as never);
  try {
    const code = await main(args);
    return { code, stdout: stdout.join(''), stderr: stderr.join('') };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** Runs `kpis --json` and parses what it printed; fails the test with stderr when it did not succeed. */
export async function kpisJsonOf(args: readonly string[]): Promise<KpisJson> {
  const run = await runCli(['kpis', '--json', ...args]);
  if (run.code !== 0) throw new Error(`kpis exited with ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as KpisJson;
}

/** A stack trace line, which the command must never print. */
export const STACK_LINE = /^\s+at .+\(.+:\d+:\d+\)$|^\s+at .+:\d+:\d+$/m;

/** The `kpis --json` document (schema 'fupan.kpis/1', docs/cli.md), as the tests read it. */
export interface KpisJson {
  readonly schema: string;
  readonly input: string;
  readonly tables: readonly {
    readonly kind: string;
    readonly sheet: string;
    readonly table: string | null;
    readonly header_row: number;
    readonly rows_read: number;
    readonly rows_used: number;
    readonly rows_rejected: number;
    readonly mapping: Readonly<Record<string, string>>;
  }[];
  readonly rejected_rows: {
    readonly total: number;
    readonly by_table: Readonly<Record<string, number>>;
    readonly rows: readonly {
      readonly kind: string;
      readonly sheet: string;
      readonly row: number;
      readonly column: string | null;
      readonly code: string;
      readonly reason: string;
    }[];
  };
  readonly warnings: readonly string[];
  readonly period: { readonly start: string; readonly end: string } | null;
  readonly baseline: { readonly start: string; readonly end: string } | null;
  readonly kpis: Readonly<Record<string, number | null>>;
  readonly missing: Readonly<Record<string, string>>;
  readonly baseline_kpis: Readonly<Record<string, number | null>> | null;
  readonly by_channel: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
  readonly by_day: Readonly<Record<string, Readonly<Record<string, number | string | null>>>>;
  readonly targets: readonly {
    readonly metric: string;
    readonly kpi: string | null;
    readonly channel: string | null;
    readonly target: number;
    readonly actual: number | null;
    readonly attainment: number | null;
    readonly status: string;
  }[];
  readonly verdict: string | null;
  readonly metric_warnings: readonly string[];
}

/**
 * `fupan demo` with the smallest sample (5,000 order rows) into `dir`/samples and `dir`/out, as
 * `npm run demo` does; throws with its stderr when it fails. Returns the output folder.
 */
export async function runSmallDemo(dir: string): Promise<string> {
  const out = join(dir, 'out');
  const run = await runCli([
    'demo',
    '--orders',
    '5000',
    '--samples-dir',
    join(dir, 'samples'),
    '--out-dir',
    out,
  ]);
  if (run.code !== 0) throw new Error(run.stderr);
  return out;
}

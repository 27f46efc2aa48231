import { parseArgs } from 'node:util';

export const SECTIONS = ['engine', 'relational', 'baselines', 'cli'] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchOptions {
  readonly quick: boolean;
  /** Order rows of the engine's campaign; the CLI's workbook stops at a full sheet (1,048,575). */
  readonly orderRows: number;
  /** Days of traffic and spend. */
  readonly days: number;
  /** Timed runs after the warm-up: engine, baselines, CLI children. */
  readonly runs: number;
  readonly baselineRuns: number;
  readonly cliRuns: number;
  readonly sections: ReadonlySet<Section>;
  /** The CLI's workbook: writeSourceWorkbook's inline strings (default) or a shared-string table. */
  readonly sharedStrings: boolean;
  /** Where the JSON report and the cached workbook go. */
  readonly outFile: string;
  readonly cacheDir: string;
}

export const USAGE = `npm run bench [-- options]

  --quick              100,000 order rows and fewer runs: a sanity run of a minute or so
  --rows <n>           order rows (default 1,048,576; the generator gives up to 1,048,575, one more is built)
  --runs <n>           timed engine runs after the warm-up (default 5, quick 3)
  --baseline-runs <n>  timed runs of each baseline (default 3, quick 2)
  --cli-runs <n>       runs of each CLI child process (default 1)
  --only <list>        sections to run, of engine,relational,baselines,cli (default all)
  --shared-strings     the CLI's workbook with a shared-string table, as Excel saves it (default: as
                       writeSourceWorkbook writes it, inline strings)
  --out <file>         JSON report (default out/bench.json)
`;

const FULL_ROWS = 1_048_576;
const QUICK_ROWS = 100_000;

export function parseOptions(argv: readonly string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: 'boolean', default: false },
      rows: { type: 'string' },
      runs: { type: 'string' },
      'baseline-runs': { type: 'string' },
      'cli-runs': { type: 'string' },
      only: { type: 'string' },
      'shared-strings': { type: 'boolean', default: false },
      out: { type: 'string', default: 'out/bench.json' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return 'help';
  const quick = values.quick ?? false;
  const sections = (values.only ?? SECTIONS.join(',')).split(',').map((s) => s.trim());
  for (const s of sections) {
    if (!(SECTIONS as readonly string[]).includes(s)) throw new Error(`--only: unknown section "${s}"`);
  }
  return {
    quick,
    orderRows: count('--rows', values.rows, quick ? QUICK_ROWS : FULL_ROWS),
    days: 90,
    runs: count('--runs', values.runs, quick ? 3 : 5),
    baselineRuns: count('--baseline-runs', values['baseline-runs'], quick ? 2 : 3),
    cliRuns: count('--cli-runs', values['cli-runs'], 1),
    sections: new Set(sections as Section[]),
    sharedStrings: values['shared-strings'] ?? false,
    outFile: values.out ?? 'out/bench.json',
    cacheDir: 'out/bench-cache',
  };
}

function count(flag: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text.replace(/[_,]/g, ''));
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} must be a positive integer, not "${text}"`);
  return n;
}

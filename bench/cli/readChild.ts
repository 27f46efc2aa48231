/**
 * A measured child of the CLI benchmark: reads a workbook and prints what it saw, as JSON.
 *
 *   node lib/bench/cli/readChild.js fupan   <file.xlsx>   Fupan's readWorkbook (every sheet's cells), then,
 *                                                         on those cells, ingest, KPIs and analyses, each
 *                                                         timed: the stages of `fupan kpis`
 *   node lib/bench/cli/readChild.js exceljs <file.xlsx>   exceljs's streaming WorkbookReader, every row and
 *                                                         cell visited, nothing kept
 *   node lib/bench/cli/readChild.js floor   <file.xlsx>   the reader's floor: every sheet inflated as a
 *                                                         stream and scanned once for its cells (readerFloor)
 */
import ExcelJS from 'exceljs';
import { ANALYSES } from '../../src/core/analysis';
import { ingest } from '../../src/core/ingest';
import { computeKpis } from '../../src/core/metrics';
import type { CampaignData } from '../../src/core/model/campaign';
import type { RawTable } from '../../src/core/model/raw';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { readerFloor, type FloorCount } from './readerFloor';

export interface ReadCount {
  readonly rows: number;
  /** Non-empty cells, header rows included. */
  readonly cells: number;
  /** The read, timed inside the process (no node start-up). */
  readonly ms: number;
  /** Peak RSS of the process when the read ended: the reader's own peak. */
  readonly peakRssMb: number;
  /** Fupan only: ingest, KPIs and analyses of the cells read, in ms. */
  readonly stages?: { readonly ingest: number; readonly kpis: number; readonly analyses: number };
  /** The floor only: the sheets' inflated bytes. */
  readonly inflatedBytes?: number;
}

const now = () => Number(process.hrtime.bigint()) / 1e6;
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function fupanStages(path: string): Promise<ReadCount> {
  const start = now();
  const result = await readWorkbook(path);
  if (!result.ok) throw new Error(result.error.message['en-US']);
  const ms = now() - start;
  const peak = peakRssMb();
  const tables: readonly RawTable[] = result.tables;
  let rows = 0;
  let cells = 0;
  for (const table of tables) {
    rows += table.rows.length + 1;
    cells += table.header.length;
    for (const row of table.rows) for (const cell of row) if (cell !== null && cell !== '') cells++;
  }
  const t0 = now();
  const data = ingest(tables).data;
  if (!data) throw new Error('no usable orders');
  const t1 = now();
  computeKpis(data);
  const t2 = now();
  for (const analysis of Object.values(ANALYSES) as { run(d: CampaignData): unknown }[]) analysis.run(data);
  const t3 = now();
  return { rows, cells, ms, peakRssMb: peak, stages: { ingest: t1 - t0, kpis: t2 - t1, analyses: t3 - t2 } };
}

async function exceljsStream(path: string): Promise<ReadCount> {
  const start = now();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let rows = 0;
  let cells = 0;
  for await (const sheet of reader) {
    for await (const row of sheet) {
      rows++;
      row.eachCell(() => cells++);
    }
  }
  return { rows, cells, ms: now() - start, peakRssMb: peakRssMb() };
}

async function floor(path: string): Promise<ReadCount> {
  const start = now();
  const count: FloorCount = await readerFloor(path);
  const ms = now() - start;
  return { rows: 0, cells: count.cells, ms, peakRssMb: peakRssMb(), inflatedBytes: count.inflatedBytes };
}

const VARIANTS = { fupan: fupanStages, exceljs: exceljsStream, floor } as const;

async function main(): Promise<void> {
  const [, , variant, path] = process.argv;
  if (!variant || !(variant in VARIANTS) || !path) {
    throw new Error('usage: readChild.js fupan|exceljs|floor <file.xlsx>');
  }
  const count = await VARIANTS[variant as keyof typeof VARIANTS](path);
  process.stdout.write(JSON.stringify(count) + '\n');
}

if (require.main === module) {
  // A reader that stops without settling lets node exit on an empty event loop: make that exit a failure.
  process.exitCode = 3;
  process.on('exit', (code) => {
    if (code === 3) process.stderr.write('the read never finished (the event loop emptied first)\n');
  });
  main()
    .then(() => (process.exitCode = 0))
    .catch((err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    });
}

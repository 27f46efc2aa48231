/**
 * Reading a full-height sheet: 1,048,575 order rows × 12 columns under a header row, with Fupan's
 * reader and with exceljs's streaming WorkbookReader, each in a fresh process so that peak RSS is its
 * own. Both keep every value, as a host reader must.
 *
 *   npm run build:cli && node lib/bench/xlsx-read.js [rows]
 *
 * The workbook is generated once (with exceljs's streaming writer: shared strings, a date column) into
 * the system temp folder and reused.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbook } from '../src/xlsx/readWorkbook';

const CHANNELS = ['抖音', '天猫', '京东', '小红书', '微信'];
const STATUSES = ['paid', 'refunded', 'cancelled'];
const REGIONS = ['华东', '华南', '华北', '西南'];

async function generate(path: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: true,
    useStyles: true,
  });
  const ws = wb.addWorksheet('orders');
  ws.addRow([
    'order_id',
    'order_time',
    'user_id',
    'channel',
    'product',
    'qty',
    'price',
    'amount',
    'discount',
    'coupon',
    'status',
    'region',
  ]).commit();
  for (let i = 0; i < rows; i++) {
    const qty = 1 + (i % 4);
    const row = ws.addRow([
      `O${1_000_000 + i}`,
      45600 + i / 50_000,
      `U${i % 200_000}`,
      CHANNELS[i % 5],
      `SKU-${i % 3000}`,
      qty,
      99.5,
      qty * 99.5,
      i % 7 === 0 ? 10 : 0,
      i % 7 === 0 ? 'NEW10' : null,
      STATUSES[i % 3],
      REGIONS[i % 4],
    ]);
    row.getCell(2).numFmt = 'yyyy-mm-dd hh:mm';
    row.commit();
  }
  await wb.commit();
}

async function readWithFupan(path: string): Promise<number> {
  const result = await readWorkbook(path);
  if (!result.ok) throw new Error(result.error.message['en-US']);
  return result.tables.reduce((n, t) => n + t.rows.length, 0);
}

async function readWithExcelJs(path: string): Promise<number> {
  const rows: unknown[][] = [];
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  for await (const sheet of reader) {
    for await (const row of sheet) rows.push((row.values as unknown[]).slice(1));
  }
  return rows.length - 1;
}

async function child(variant: string, path: string): Promise<void> {
  const start = process.hrtime.bigint();
  const rows = variant === 'fupan' ? await readWithFupan(path) : await readWithExcelJs(path);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const usage = process.resourceUsage();
  // CPU time as well as wall time: on a shared machine the wall clock also counts other processes.
  const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  const round = (n: number): number => Number(n.toFixed(2));
  const peakRssMb = Math.round(usage.maxRSS / 1024);
  console.log(
    JSON.stringify({ variant, rows, seconds: round(seconds), cpuSeconds: round(cpuSeconds), peakRssMb }),
  );
}

async function main(): Promise<void> {
  const [, script, variant, childPath] = process.argv;
  if (variant === 'fupan' || variant === 'exceljs') return child(variant, childPath as string);
  const rows = Number(variant ?? 1_048_575);
  const path = join(tmpdir(), `fupan-bench-orders-${rows}.xlsx`);
  if (!existsSync(path)) {
    console.log(`generating ${path} …`);
    await generate(path, rows);
  }
  for (const v of ['fupan', 'exceljs']) {
    process.stdout.write(
      execFileSync(process.execPath, ['--max-old-space-size=8192', script as string, v, path]),
    );
  }
}

void main();

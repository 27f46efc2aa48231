import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import * as iconv from 'iconv-lite';
import type { Locale } from '../../../src/core/locale';
import type { CellValue } from '../../../src/core/model/raw';
import { generateSampleCampaign } from '../../../src/core/sample/generateSampleCampaign';
import type { SampleCampaign, SampleSheet } from '../../../src/core/sample/types';
import type { SampleTableKind } from '../../../src/core/sample/vocabulary';
import { writeSourceWorkbook, type SourceSheet } from '../../../src/xlsx/writeSourceWorkbook';

/** A fresh folder under the system temp folder. */
export function tempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `fupan-cli-${label}-`));
}

const samples = new Map<string, SampleCampaign>();

/** The seeded sample campaign with the smallest orders table (5,000 rows), generated once per test file. */
export function smallSample(locale: Locale = 'zh-CN', orders = 5_000): SampleCampaign {
  const key = `${locale}/${orders}`;
  let sample = samples.get(key);
  if (!sample) {
    sample = generateSampleCampaign({ locale, orders });
    samples.set(key, sample);
  }
  return sample;
}

export interface SampleFileOptions {
  /** Tables of the sample to leave out, e.g. ['traffic'] for a campaign without traffic data. */
  readonly drop?: readonly SampleTableKind[];
}

function keptSheets(sample: SampleCampaign, options: SampleFileOptions): SampleSheet[] {
  return sample.sheets.filter((s) => !(options.drop ?? []).includes(s.kind));
}

/** The sample's sheets as `writeSourceWorkbook` takes them (Excel tables with number formats). */
export function sourceSheets(sample: SampleCampaign, options: SampleFileOptions = {}): SourceSheet[] {
  return keptSheets(sample, options).map((s) => ({
    name: s.name,
    ...(s.table.source.table ? { tableName: s.table.source.table } : {}),
    header: s.table.header,
    rows: s.table.rows,
    ...(s.numberFormats ? { numberFormats: s.numberFormats } : {}),
  }));
}

/** Written source workbooks, shared by the test files of a run and the next runs (see writeSampleWorkbook). */
const WORKBOOK_CACHE = join(tmpdir(), 'fupan-test-workbooks');
const WRITER = join(__dirname, '..', '..', '..', 'src', 'xlsx', 'writeSourceWorkbook.ts');
/** exceljs's package.json: its version and build. */
const EXCELJS = require.resolve('exceljs/package.json');
/** Larger sheets go through the streaming writer: not worth keeping on disk. */
const CACHED_ROWS = 200_000;

/** What the written bytes depend on: the sheets, the writer's source and the exceljs it drives. */
function workbookKey(sheets: readonly SourceSheet[]): string {
  return createHash('sha1')
    .update(readFileSync(WRITER))
    .update(readFileSync(EXCELJS))
    .update(serialize(sheets))
    .digest('hex');
}

/**
 * Writes the sample campaign as an .xlsx source workbook, as `npm run demo` does. Writing one takes exceljs
 * about 2 s of CPU, more than the command the test then runs on it, and the CLI suites write the same few
 * workbooks some twenty times: a workbook once written is kept in the system temp folder, keyed by its
 * sheets and the writer's source, and copied from there.
 */
export async function writeSampleWorkbook(
  path: string,
  sample: SampleCampaign,
  options: SampleFileOptions = {},
): Promise<string> {
  const sheets = sourceSheets(sample, options);
  if (sheets.some((s) => s.rows.length > CACHED_ROWS)) {
    await writeSourceWorkbook(path, sheets);
    return path;
  }
  const cached = join(WORKBOOK_CACHE, `${workbookKey(sheets)}.xlsx`);
  if (existsSync(cached)) {
    copyFileSync(cached, path);
    return path;
  }
  await writeSourceWorkbook(path, sheets);
  // Copied under a temporary name, then renamed: a test file reading at the same time sees all or nothing.
  mkdirSync(WORKBOOK_CACHE, { recursive: true });
  const partial = `${cached}.${process.pid}.tmp`;
  copyFileSync(path, partial);
  renameSync(partial, cached);
  return path;
}

/**
 * Writes each table of the sample as `<kind>.csv` in `dir`, as an analyst's export would hold it: dates as
 * 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM:SS' text, numbers in full precision, in the given encoding. Throws when
 * the encoding cannot hold a character (so a test never reads back '?' by accident).
 */
export function writeSampleCsvFolder(
  dir: string,
  sample: SampleCampaign,
  encoding: 'utf-8' | 'gbk',
  options: SampleFileOptions = {},
): string {
  for (const sheet of keptSheets(sample, options)) {
    writeFileSync(join(dir, `${sheet.kind}.csv`), csvBytes(sheetCsv(sheet), encoding));
  }
  return dir;
}

/** One sheet of the sample as CSV text (CRLF line ends, RFC 4180 quoting). */
export function sheetCsv(sheet: SampleSheet): string {
  const formats = sheet.numberFormats ?? [];
  const lines = [sheet.table.header, ...sheet.table.rows].map((row, r) =>
    row.map((value, c) => csvField(r === 0 ? value : cellText(value, formats[c] ?? null))).join(','),
  );
  return lines.join('\r\n') + '\r\n';
}

export function csvBytes(text: string, encoding: 'utf-8' | 'gbk'): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  const bytes = iconv.encode(text, 'gbk');
  if (iconv.decode(bytes, 'gbk') !== text) throw new Error('the text holds characters GBK cannot encode');
  return bytes;
}

function cellText(value: CellValue, format: string | null): string {
  if (value === null) return '';
  if (typeof value === 'number' && format !== null && /y/.test(format))
    return serialText(value, /h/.test(format));
  return String(value);
}

/** An Excel serial (1900 system) as 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM:SS', to the second. */
export function serialText(serial: number, withTime: boolean): string {
  const ms = Math.round((serial - 25_569) * 86_400) * 1000;
  const iso = new Date(ms).toISOString();
  return withTime ? `${iso.slice(0, 10)} ${iso.slice(11, 19)}` : iso.slice(0, 10);
}

function csvField(value: CellValue): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

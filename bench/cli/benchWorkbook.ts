import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { writeSourceWorkbook, type SourceSheet } from '../../src/xlsx/writeSourceWorkbook';
import type { BenchCampaign } from '../data/benchCampaign';
import { timeAsync } from '../measure/timing';

/**
 * How strings are stored: 'inline' is what writeSourceWorkbook writes for large sheets (each cell holds its
 * text); 'shared' is what Excel writes (one table of distinct strings, cells point into it).
 */
export type StringStorage = 'inline' | 'shared';

export interface BenchWorkbook {
  readonly path: string;
  readonly strings: StringStorage;
  readonly orderRows: number;
  readonly bytes: number;
  /** Time to write it in this run; null when it came from the cache. */
  readonly writeMs: number | null;
}

/**
 * The campaign as an .xlsx source workbook, written once and cached under `cacheDir` — with
 * writeSourceWorkbook (the orders sheet through exceljs's streaming writer, inline strings), or with a
 * shared-string table as Excel saves it. The name carries what the data depends on; delete the folder after
 * changing the sample generator. Orders stop at the generator's rows, i.e. at most a full sheet (1,048,575
 * data rows under the header; Excel has no row 1,048,577).
 */
export async function benchWorkbook(
  campaign: BenchCampaign,
  cacheDir: string,
  strings: StringStorage,
): Promise<BenchWorkbook> {
  const orderRows = campaign.generatedOrderRows;
  const name = `campaign-${campaign.locale}-${orderRows}-orders-${campaign.days}-days`;
  const path = join(cacheDir, `${name}${strings === 'shared' ? '-shared-strings' : ''}.xlsx`);
  let writeMs: number | null = null;
  if (!existsSync(path)) {
    mkdirSync(cacheDir, { recursive: true });
    const partial = `${path}.${process.pid}.partial`;
    const sheets: SourceSheet[] = campaign.sheets.map((s) => ({
      name: s.name,
      header: s.table.header,
      rows: s === campaign.orders ? s.table.rows.slice(0, orderRows) : s.table.rows,
      ...(s.numberFormats ? { numberFormats: s.numberFormats } : {}),
    }));
    const write = strings === 'shared' ? writeSharedStrings : writeSourceWorkbook;
    const written = await timeAsync(() => write(partial, sheets));
    renameSync(partial, path);
    writeMs = written.sample.wallMs;
  }
  return { path, strings, orderRows, bytes: statSync(path).size, writeMs };
}

/** The same sheets through exceljs's streaming writer with its shared-string table. */
async function writeSharedStrings(path: string, sheets: readonly SourceSheet[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: true,
  });
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.numberFormats?.forEach((format, i) => {
      if (format) ws.getColumn(i + 1).numFmt = format;
    });
    ws.addRow([...sheet.header]).commit();
    for (const row of sheet.rows) ws.addRow([...row]).commit();
    ws.commit();
  }
  await workbook.commit();
}

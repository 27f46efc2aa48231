import type { CellValue } from '../../src/core/model/raw';
import { FORMAT } from '../../src/core/sample/formats';
import type { SampleSheet } from '../../src/core/sample/types';

/**
 * A daily sheet (traffic or spend) extended backwards by `extra` days: each new day copies the row of the
 * same channel `extra` days later, at 90 % (counts stay whole, money stays in cents; rates and text are
 * copied). The sample covers 60 days; the benchmark's campaign has 90 days of traffic and spend, the first
 * 30 before the baseline, so ingest reads them and the KPI window leaves them out, as with any export that
 * covers more than the campaign.
 */
export function extendDays(sheet: SampleSheet, dateColumn: number, extra: number): SampleSheet {
  const rows = sheet.table.rows;
  const first = Math.min(...rows.map((row) => Number(row[dateColumn])));
  const formats = sheet.numberFormats ?? [];
  const early = rows
    .filter((row) => Number(row[dateColumn]) < first + extra)
    .map((row) => row.map((cell, c) => (c === dateColumn ? Number(cell) - extra : scaled(cell, formats[c]))));
  return { ...sheet, table: { ...sheet.table, rows: [...early, ...rows] } };
}

function scaled(cell: CellValue, format: string | null | undefined): CellValue {
  if (typeof cell !== 'number') return cell;
  if (format === FORMAT.count) return Math.round(cell * 0.9);
  if (format === FORMAT.money) return Math.round(cell * 90) / 100;
  return cell;
}

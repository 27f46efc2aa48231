import { rejectedRowsCapped } from '../../messages/cells';
import type { Locale } from '../../locale';
import type { IngestResult } from '../../model/campaign';
import { cellAddress } from '../a1';
import { cutCellRows, type CutCell } from '../cutCells';
import { TABLE_KIND_SHORT_NAMES } from '../../messages/names';
import { label } from '../labels';
import { numberFormats } from '../numberFormats';
import { SheetBuilder } from '../sheetBuilder';
import { sheetName, sheetTitle } from '../sheetNames';
import { COLORS, STYLES } from '../theme';
import type { PlanCell, SheetPlan } from '../types';
import { missingTables } from '../../retro/missingTables';

/**
 * Rejected rows listed on the sheet. Past it the sheet says how many there are and where the full list
 * is: 200,000 rejected rows cost the writer 41 s and 2.5 GB, for a list nobody reads in a sheet.
 */
export const MAX_LISTED_REJECTIONS = 1_000;

/**
 * The data-quality sheet: what was recognised (kind, rows read / used / rejected, column mapping) and every
 * rejected row with its reason. The balance column is a live formula, so the accounting can be audited.
 * For a campaign without orders it first says which tables are missing and what each would unlock
 * (`missing.<kind>` anchors in `anchors`, for the retro's links).
 */
export function planQualitySheet(
  ingest: IngestResult,
  locale: Locale,
  anchors: Record<string, string> = {},
  /** Texts of the other sheets cut to Excel's cell limit: listed in full at the end (plan/cutCells.ts). */
  cut: readonly CutCell[] = [],
): SheetPlan {
  const fmt = numberFormats(locale);
  const sheet = new SheetBuilder('quality', sheetName('quality', locale), COLORS.muted);
  sheet.title(sheetTitle('quality', locale), label('qualitySubtitle', locale));

  const missing = missingTables(ingest);
  if (missing.length > 0) {
    sheet.section(label('missingTables', locale), 10);
    for (const m of missing) {
      const { row } = sheet.put([[TABLE_KIND_SHORT_NAMES[m.kind][locale], m.text[locale]]]);
      anchors[`missing.${m.kind}`] = cellAddress(row, 1);
      if (m.kind === 'orders') sheet.format(cellAddress(row, 1), undefined, { fontColor: COLORS.bad });
    }
    sheet.skip();
  }

  sheet.section(label('recognisedTables', locale), 10);
  // The balance column is a formula over the counts beside it (read = used + rejected); the table's
  // first data row is the row after the cursor.
  const dataRow = sheet.nextRow + 1;
  const tableRows: PlanCell[][] = ingest.tables.map((t, i) => [
    TABLE_KIND_SHORT_NAMES[t.kind][locale],
    t.source.sheet,
    t.source.table ?? null,
    t.source.headerRow,
    t.rowsRead,
    t.rowsUsed,
    t.rowsRejected,
    {
      kind: 'formula',
      formula: `=${cellAddress(dataRow + i, 4)}=${cellAddress(dataRow + i, 5)}+${cellAddress(dataRow + i, 6)}`,
      value: t.rowsRead === t.rowsUsed + t.rowsRejected ? 'TRUE' : 'FALSE',
    },
    Object.entries(t.mapping)
      .map(([field, header]) => `${field} ← ${header}`)
      .join('; '),
    t.unmappedHeaders.join('; '),
  ]);
  const placed = sheet.table({
    name: 'Fupan_Quality_Tables',
    header: [
      label('kind', locale),
      label('sheet', locale),
      label('excelTable', locale),
      label('headerRow', locale),
      label('rowsRead', locale),
      label('rowsUsed', locale),
      label('rowsRejected', locale),
      label('balanced', locale),
      label('mapping', locale),
      label('unmapped', locale),
    ],
    rows: tableRows,
    formats: [undefined, undefined, undefined, fmt.count, fmt.count, fmt.count, fmt.count],
  });
  if (ingest.tables.length > 0) {
    sheet.conditional({
      kind: 'cellValue',
      range: placed.columnRange(6),
      operator: 'greaterThan',
      formula1: '0',
      fontColor: COLORS.bad,
      fill: COLORS.badFill,
    });
  }

  sheet.section(label('warnings', locale), 10);
  if (ingest.warnings.length === 0) sheet.put([[label('noWarnings', locale)]], 0, STYLES.muted);
  else sheet.put(ingest.warnings.map((w) => [w.text[locale]]));
  sheet.skip();

  sheet.section(label('rejectedRows', locale), 10);
  if (ingest.rejected.length === 0) {
    sheet.put([[label('noRejected', locale)]], 0, STYLES.muted);
  } else {
    sheet.table({
      name: 'Fupan_Quality_Rejected',
      header: [
        label('kind', locale),
        label('sheet', locale),
        label('row', locale),
        label('column', locale),
        label('code', locale),
        label('reason', locale),
      ],
      rows: ingest.rejected
        .slice(0, MAX_LISTED_REJECTIONS)
        .map((r) => [
          TABLE_KIND_SHORT_NAMES[r.kind][locale],
          r.sheet,
          r.row,
          r.column,
          r.code,
          r.reason[locale],
        ]),
      formats: [undefined, undefined, fmt.count],
    });
    if (ingest.rejected.length > MAX_LISTED_REJECTIONS) {
      const note = rejectedRowsCapped(MAX_LISTED_REJECTIONS, ingest.rejected.length, locale);
      sheet.put([[note]], 0, STYLES.muted);
    }
  }

  if (cut.length > 0) {
    sheet.skip();
    sheet.section(label('cutCells', locale), 10);
    const { rows, note } = cutCellRows(cut, locale);
    sheet.table({
      name: 'Fupan_Quality_CutCells',
      header: [
        label('sheet', locale),
        label('cell', locale),
        label('part', locale),
        label('fullText', locale),
      ],
      rows,
    });
    if (note !== null) sheet.put([[note]], 0, STYLES.muted);
  }

  [14, 18, 16, 10, 12, 12, 12, 10, 60, 30].forEach((w, i) => sheet.width(i, w));
  return sheet.build();
}

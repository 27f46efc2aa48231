import type { Locale } from '../core/locale';
import type { IngestResult } from '../core/model/campaign';
import type { LocalizedText } from '../core/model/text';

/**
 * What every JSON document of the command says about its input (docs/cli.md): the tables recognised with
 * their row accounting, every rejected row, and the warnings. Shared by `kpis --json` and `analyze --json`.
 */
export function sourceJson(ingest: IngestResult, locale: Locale, readerWarnings: readonly LocalizedText[]) {
  const byTable: Record<string, number> = {};
  for (const r of ingest.rejected) byTable[r.kind] = (byTable[r.kind] ?? 0) + 1;
  return {
    tables: ingest.tables.map((t) => ({
      kind: t.kind,
      sheet: t.source.sheet,
      table: t.source.table ?? null,
      header_row: t.source.headerRow,
      rows_read: t.rowsRead,
      rows_used: t.rowsUsed,
      rows_rejected: t.rowsRejected,
      mapping: t.mapping,
    })),
    rejected_rows: {
      total: ingest.rejected.length,
      by_table: byTable,
      // In ingest's order: table by table, each by worksheet row.
      rows: ingest.rejected.map((r) => ({
        kind: r.kind,
        sheet: r.sheet,
        row: r.row,
        column: r.column,
        code: r.code,
        reason: r.reason[locale],
      })),
    },
    warnings: [...readerWarnings.map((w) => w[locale]), ...ingest.warnings.map((w) => w.text[locale])],
  };
}

import type { IngestResult } from '../model/campaign';
import type { RawTable } from '../model/raw';
import { TABLE_KINDS, type TableKind } from '../model/tableKinds';
import type { LocalizedText } from '../model/text';
import { isOrderPart, SAME_UNLOCKS_AS, UNLOCKS, type OrderPart } from './unlocks';

/**
 * The key of a source table: its sheet, then '/' and the Excel table name when there is one, or '/' and the
 * block's address for one of several blocks of a sheet (table names cannot look like cell addresses).
 */
export function sourceKey(source: {
  readonly sheet: string;
  readonly table?: string;
  readonly block?: string;
}): string {
  const within = source.table ?? source.block;
  return within === undefined ? source.sheet : `${source.sheet}/${within}`;
}

export interface WorkbookDescription {
  readonly unrecognised: readonly {
    sheet: string;
    table?: string;
    block?: string;
    headers: readonly string[];
    rows: number;
  }[];
  readonly missing: readonly { kind: TableKind; unlocks: LocalizedText }[];
  readonly headers: Readonly<Record<string, readonly string[]>>;
}

/**
 * What the task pane shows beside the ingest result: the tables that were not recognised, the optional
 * kinds that are missing with what each would unlock, and every source table's headers for the mapping
 * dropdowns.
 */
export function describeWorkbook(tables: readonly RawTable[], ingest: IngestResult): WorkbookDescription {
  const recognised = new Set(ingest.tables.map((t) => sourceKey(t.source)));
  const kinds = new Set(ingest.tables.map((t) => t.kind));
  const headerTexts = (t: RawTable) => t.header.map((h) => (h === null ? '' : String(h)));
  return {
    unrecognised: tables
      .filter((t) => !recognised.has(sourceKey(t.source)))
      .map((t) => ({
        sheet: t.source.sheet,
        ...(t.source.table ? { table: t.source.table } : {}),
        ...(t.source.block ? { block: t.source.block } : {}),
        headers: headerTexts(t),
        rows: t.rows.length,
      })),
    // Both of two stand-ins (touchpoints, paths) are offered while neither is there: either would do.
    missing: TABLE_KINDS.filter((k): k is Exclude<TableKind, 'orders' | OrderPart> => {
      const alternative = SAME_UNLOCKS_AS[k];
      return k !== 'orders' && !isOrderPart(k) && !kinds.has(k) && !(alternative && kinds.has(alternative));
    }).map((kind) => ({ kind, unlocks: UNLOCKS[kind] })),
    headers: Object.fromEntries(tables.map((t) => [sourceKey(t.source), headerTexts(t)])),
  };
}

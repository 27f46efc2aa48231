import { limitMessages } from '../limitMessages';
import { LimitError, LIMITS } from '../limits';
import type { ZipArchive } from '../zip/ZipArchive';
import { findElements } from '../xml/scanPart';
import { readRelationships } from './packageParts';

/** An Excel table (ListObject) as its part describes it. */
export interface TableDefinition {
  readonly name: string;
  /** 0-based, inclusive bounds of the whole table, header and totals rows included. */
  readonly bounds: {
    readonly row: number;
    readonly col: number;
    readonly rows: number;
    readonly cols: number;
  };
  readonly headerRowCount: number;
  readonly totalsRowCount: number;
  readonly columns: readonly string[];
}

/** The tables on a worksheet, in the order its relationships list them. */
export async function readSheetTables(zip: ZipArchive, sheetPart: string): Promise<TableDefinition[]> {
  const rels = await readRelationships(zip, sheetPart);
  const tables: TableDefinition[] = [];
  for (const rel of rels) {
    if (rel.kind !== 'table' || rel.external || !zip.has(rel.target)) continue;
    const elements = findElements(await zip.readText(rel.target), ['table', 'tableColumn'], rel.target);
    const table = elements.find((el) => el.name === 'table');
    const ref = table?.attributes.get('ref');
    if (!table || !ref) continue;
    tables.push({
      name: table.attributes.get('displayName') ?? table.attributes.get('name') ?? '',
      bounds: tableBounds(rel.target, table.attributes.get('displayName') ?? '', ref),
      headerRowCount: Number(table.attributes.get('headerRowCount') ?? 1),
      totalsRowCount: Number(table.attributes.get('totalsRowCount') ?? 0),
      columns: elements
        .filter((el) => el.name === 'tableColumn')
        .map((el) => el.attributes.get('name') ?? ''),
    });
  }
  return tables;
}

/** A table's `ref`, which must be a range inside Excel's grid: arrays are sized by it. */
function tableBounds(part: string, table: string, ref: string): TableDefinition['bounds'] {
  const m = /^([A-Z]{1,8})(\d{1,12})(?::([A-Z]{1,8})(\d{1,12}))?$/.exec(ref.replace(/\$/g, '').toUpperCase());
  const column = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  if (m) {
    const row = Number(m[2]) - 1;
    const col = column(m[1] as string);
    const lastRow = m[4] === undefined ? row : Number(m[4]) - 1;
    const lastCol = m[3] === undefined ? col : column(m[3]);
    const inGrid = (r: number, c: number) => r >= 0 && c >= 0 && r < LIMITS.rows && c < LIMITS.columns;
    if (inGrid(row, col) && inGrid(lastRow, lastCol) && lastRow >= row && lastCol >= col) {
      return { row, col, rows: lastRow - row + 1, cols: lastCol - col + 1 };
    }
  }
  throw new LimitError(limitMessages.tableBeyondGrid(part, table, ref));
}

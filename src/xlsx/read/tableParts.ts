import { parseRange } from '../../core/plan/a1';
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
    const elements = findElements(await zip.readText(rel.target), ['table', 'tableColumn']);
    const table = elements.find((el) => el.name === 'table');
    const ref = table?.attributes.get('ref');
    if (!table || !ref) continue;
    tables.push({
      name: table.attributes.get('displayName') ?? table.attributes.get('name') ?? '',
      bounds: parseRange(ref.replace(/\$/g, '').toUpperCase()),
      headerRowCount: Number(table.attributes.get('headerRowCount') ?? 1),
      totalsRowCount: Number(table.attributes.get('totalsRowCount') ?? 0),
      columns: elements
        .filter((el) => el.name === 'tableColumn')
        .map((el) => el.attributes.get('name') ?? ''),
    });
  }
  return tables;
}

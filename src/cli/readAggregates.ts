import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locale } from '../core/locale';
import type { AggregateRow, AggregateRows } from '../core/sql/aggregatesToCubes';
import type { SqlMapping } from '../core/sql/mapping';
import { hasCategories } from '../core/sql/queries';
import { AGGREGATE_TABLES, AGGREGATE_TABLE_NAMES, type AggregateTable } from '../core/sql/schema';
import { decodeText } from '../xlsx/csv/decodeText';
import { guessDelimiter, parseCsv } from '../xlsx/csv/parseCsv';
import { duckString, withDuckDb } from './duckdb';
import { CliError, EXIT } from './exitCodes';
import { sqlMessages as msg } from './sqlMessages';

/** The aggregate tables this mapping's queries write (the others were not generated). */
function expectedTables(mapping: SqlMapping): Set<AggregateTable> {
  const { tables } = mapping;
  const out = new Set<AggregateTable>(['fupan_order_cube', 'fupan_facts']);
  if (tables.traffic) out.add('fupan_traffic_cube');
  if (tables.spend) out.add('fupan_spend_cube');
  if (hasCategories(mapping)) out.add('fupan_category_sums');
  if (tables.orders.columns.customer_id !== undefined) out.add('fupan_buyers');
  return out;
}

async function kindOf(path: string): Promise<'file' | 'dir' | null> {
  try {
    const s = await stat(path);
    return s.isDirectory() ? 'dir' : 'file';
  } catch {
    return null;
  }
}

/** A CSV file with a header row; empty cells are NULL. */
async function readCsvRows(file: string, locale: Locale): Promise<AggregateRow[]> {
  const { text } = decodeText(await readFile(file));
  const { records } = parseCsv(text, guessDelimiter(text));
  const [header, ...rows] = records.filter((r) => r.length > 1 || (r[0] ?? '') !== '');
  if (!header) throw new CliError(msg.badAggregate(file, 'empty')[locale], EXIT.badInput);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), r[i] === '' ? null : r[i]])));
}

/** Parquet through DuckDB, when the optional dependency is installed. */
async function readParquetRows(glob: string, locale: Locale): Promise<AggregateRow[]> {
  return withDuckDb(locale, async (connection) => {
    try {
      const result = await connection.runAndReadAll(`SELECT * FROM read_parquet(${duckString(glob)})`);
      return result.getRowObjectsJS();
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      throw new CliError(msg.badAggregate(glob, detail)[locale], EXIT.badInput);
    }
  });
}

/**
 * One aggregate table of the folder: `<name>.csv` or `<name>.parquet`, or a folder `<name>/` of part files
 * (.csv with a header row, or .parquet), as Spark and Trino write them.
 */
async function readTable(dir: string, table: AggregateTable, locale: Locale): Promise<AggregateRow[] | null> {
  const base = join(dir, table);
  if ((await kindOf(`${base}.csv`)) === 'file') return readCsvRows(`${base}.csv`, locale);
  if ((await kindOf(`${base}.parquet`)) === 'file') return readParquetRows(`${base}.parquet`, locale);
  if ((await kindOf(base)) !== 'dir') return null;
  const parts = (await readdir(base)).filter((f) => !f.startsWith('.') && !f.startsWith('_')).sort();
  if (parts.some((f) => f.endsWith('.parquet'))) return readParquetRows(join(base, '*.parquet'), locale);
  const rows: AggregateRow[] = [];
  for (const part of parts.filter((f) => f.endsWith('.csv')))
    rows.push(...(await readCsvRows(join(base, part), locale)));
  return rows;
}

/** Every aggregate table the mapping's queries write, checked for its columns (schema: docs/scale.md). */
export async function readAggregates(
  dir: string,
  mapping: SqlMapping,
  locale: Locale,
): Promise<AggregateRows> {
  const expected = expectedTables(mapping);
  const out: Partial<Record<AggregateTable, readonly AggregateRow[]>> = {};
  for (const table of AGGREGATE_TABLE_NAMES) {
    if (!expected.has(table)) continue;
    const rows = await readTable(dir, table, locale);
    if (rows === null) throw new CliError(msg.missingAggregate(dir, table)[locale], EXIT.badInput);
    const first = rows[0];
    const absent = first && AGGREGATE_TABLES[table].find((column) => !(column in first));
    if (absent) {
      throw new CliError(
        msg.badAggregate(join(dir, table), msg.missingColumn(absent)[locale])[locale],
        EXIT.badInput,
      );
    }
    out[table] = rows;
  }
  return out;
}

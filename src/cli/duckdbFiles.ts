import { readdir, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import type { Locale } from '../core/locale';
import type { AggregateRow, AggregateRows } from '../core/sql/aggregatesToCubes';
import { DIALECTS } from '../core/sql/dialects';
import type { SqlMapping, SqlSource, SqlTableKind } from '../core/sql/mapping';
import { aggregateQueries } from '../core/sql/queries';
import { duckString, withDuckDb } from './duckdb';
import { CliError, EXIT } from './exitCodes';
import { cliMessages } from './messages';
import { sqlMessages as msg } from './sqlMessages';

/** DuckDB's reader of a file, a folder of part files or a glob: Parquet, else CSV with a header row. */
async function readerOf(path: string, locale: Locale): Promise<string> {
  let target = path;
  const isGlob = /[*?[]/.test(path);
  if (!isGlob) {
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new CliError(cliMessages.notFound(path)[locale], EXIT.badInput);
    }
    if (info.isDirectory()) {
      const parquet = (await readdir(path)).some((f) => f.endsWith('.parquet'));
      target = join(path, parquet ? '*.parquet' : '*.csv');
    }
  }
  return extname(target).toLowerCase() === '.parquet'
    ? `read_parquet(${duckString(target)})`
    : `read_csv(${duckString(target)}, header = true)`;
}

/**
 * The duckdb-dialect SQL run on files where they are: each table of the mapping names a file, a folder of
 * part files or a glob (relative to the mapping file), read in place as a view — nothing is loaded into
 * this process but the aggregate rows. Row-level analyses are not run on this path (docs/scale.md).
 */
export async function aggregatesFromFiles(
  mapping: SqlMapping,
  mappingFile: string,
  locale: Locale,
): Promise<AggregateRows> {
  const base = dirname(resolve(mappingFile));
  return withDuckDb(locale, async (connection) => {
    const tables: Partial<Record<SqlTableKind, SqlSource<SqlTableKind>>> = {};
    for (const [kind, source] of Object.entries(mapping.tables) as [
      SqlTableKind,
      SqlSource<SqlTableKind>,
    ][]) {
      const path = resolve(base, source.table);
      const view = `fupan_input_${kind}`;
      try {
        await connection.run(`CREATE VIEW ${view} AS SELECT * FROM ${await readerOf(path, locale)}`);
      } catch (err) {
        if (err instanceof CliError) throw err;
        throw new CliError(msg.badDataFile(path, errorText(err))[locale], EXIT.badInput);
      }
      tables[kind] = { ...source, table: view };
    }
    const viaViews: SqlMapping = { ...mapping, tables: tables as SqlMapping['tables'] };
    const out: Record<string, AggregateRow[]> = {};
    for (const query of aggregateQueries(DIALECTS.duckdb, viaViews)) {
      try {
        out[query.table] = (await connection.runAndReadAll(query.sql)).getRowObjectsJS();
      } catch (err) {
        throw new CliError(msg.badDataFile(mappingFile, errorText(err))[locale], EXIT.badInput);
      }
    }
    return out as AggregateRows;
  });
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

import type { DuckDBConnection } from '@duckdb/node-api';
import type { Locale } from '../core/locale';
import { CliError, EXIT } from './exitCodes';
import { sqlMessages as msg } from './sqlMessages';

/**
 * An in-memory DuckDB through the optional dependency @duckdb/node-api, with a clear message when it is
 * not installed. No extension is installed at run time: Parquet and CSV are built into the package.
 */
export async function withDuckDb<T>(
  locale: Locale,
  work: (connection: DuckDBConnection) => Promise<T>,
): Promise<T> {
  let duckdb: typeof import('@duckdb/node-api');
  try {
    duckdb = await import('@duckdb/node-api');
  } catch {
    throw new CliError(msg.duckDbMissing[locale], EXIT.badInput);
  }
  const instance = await duckdb.DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false' });
  const connection = await instance.connect();
  try {
    return await work(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** A DuckDB string literal (a path or a glob). */
export function duckString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

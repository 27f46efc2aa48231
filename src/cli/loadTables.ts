import { existsSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { Locale } from '../core/locale';
import type { RawTable } from '../core/model/raw';
import type { LocalizedText } from '../core/model/text';
import { readCsv, readCsvFolder } from '../xlsx/readCsv';
import { readWorkbook } from '../xlsx/readWorkbook';
import { CliError, EXIT } from './exitCodes';
import { cliMessages as msg } from './messages';

export interface LoadedInput {
  readonly tables: readonly RawTable[];
  readonly warnings: readonly LocalizedText[];
}

/**
 * Reads the command's input: a folder (or --csv-dir) of CSV files, one table each; a .csv file; anything
 * else as an .xlsx workbook (the reader sniffs the bytes and names what the file really is).
 */
export async function loadTables(
  input: string | undefined,
  csvDir: string | undefined,
  locale: Locale,
): Promise<LoadedInput> {
  const source = csvDir ?? input;
  if (!source) throw new CliError(msg.noInput(), EXIT.usage);
  if (!existsSync(source)) throw new CliError(msg.notFound(source)[locale], EXIT.badInput);
  const result =
    csvDir || statSync(source).isDirectory()
      ? await readCsvFolder(source)
      : extname(source).toLowerCase() === '.csv'
        ? await readCsv(source)
        : await readWorkbook(source);
  if (!result.ok) throw new CliError(result.error.message[locale], EXIT.badInput);
  return { tables: result.tables, warnings: result.warnings };
}

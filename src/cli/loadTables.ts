import { existsSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { RawTable } from '../core/model/raw';
import type { LocalizedText } from '../core/model/text';
import { readCsv, readCsvFolder } from '../xlsx/readCsv';
import { readWorkbook } from '../xlsx/readWorkbook';
import { CliError, EXIT } from './exitCodes';

export interface LoadedInput {
  readonly tables: readonly RawTable[];
  readonly warnings: readonly LocalizedText[];
}

/** Reads the command's input: an .xlsx workbook, a .csv file, or a folder of CSV files (one table each). */
export async function loadTables(
  input: string | undefined,
  csvDir: string | undefined,
  locale: 'zh-CN' | 'en-US',
): Promise<LoadedInput> {
  const source = csvDir ?? input;
  if (!source) throw new CliError('Give an input workbook (or --csv-dir DIR).', EXIT.usage);
  if (!existsSync(source))
    throw new CliError(
      locale === 'zh-CN' ? `找不到“${source}”。` : `Cannot find "${source}".`,
      EXIT.badInput,
    );
  const result =
    csvDir || statSync(source).isDirectory()
      ? await readCsvFolder(source)
      : extname(source).toLowerCase() === '.csv'
        ? await readCsv(source)
        : await readWorkbook(source);
  if (!result.ok) throw new CliError(result.error.message[locale], EXIT.badInput);
  return { tables: result.tables, warnings: result.warnings };
}

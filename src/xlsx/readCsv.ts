import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { CellValue, RawTable } from '../core/model/raw';
import type { LocalizedText } from '../core/model/text';
import { decodeText } from './csv/decodeText';
import { looksBinary } from './csv/looksBinary';
import { guessDelimiter, parseCsv } from './csv/parseCsv';
import { sniffSignature } from './read/sniffFile';
import { xlsxMessages as msg } from './messages';
import { SheetRangeCollector } from './read/blockCollector';
import { readFailure, type ReadResult } from './readResult';

/**
 * Reads one CSV file as one raw table (or one per block, see SheetRangeCollector) whose sheet name is the file name ('orders.csv'). The encoding is
 * detected (UTF-8 with or without BOM, UTF-16 with BOM, else GB18030/GBK), the delimiter guessed (comma,
 * semicolon or tab), quoting follows RFC 4180. Header detection is the workbook reader's: title lines
 * above the header are skipped, and `headerRow` counts records from 1. Every value is a string: parsing
 * is ingest's job.
 */
export async function readCsv(path: string): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    return fileError(path, err);
  }
  const name = basename(path);
  const { text } = decodeText(bytes);
  if (sniffSignature(bytes.subarray(0, 8)) !== 'other' || looksBinary(text)) {
    return readFailure('notText', msg.csvNotText(name));
  }
  const { tables, warnings } = csvTables(name, text);
  if (tables.length === 0) return { ok: false, error: { kind: 'empty', message: msg.csvEmpty(name) } };
  return { ok: true, tables, warnings };
}

/** Reads every .csv file of a folder (not its subfolders), in name order, one table each. */
export async function readCsvFolder(dir: string): Promise<ReadResult> {
  let names: string[];
  try {
    if (!(await stat(dir)).isDirectory())
      return readFailure('unreadable', msg.unreadableFile(dir, 'not a folder'));
    names = (await readdir(dir)).filter((n) => n.toLowerCase().endsWith('.csv')).sort();
  } catch (err) {
    return fileError(dir, err);
  }
  if (names.length === 0) return readFailure('empty', msg.csvFolderEmpty(dir));
  const tables: RawTable[] = [];
  const warnings: LocalizedText[] = [];
  for (const name of names) {
    const result = await readCsv(join(dir, name));
    if (result.ok) {
      tables.push(...result.tables);
      warnings.push(...result.warnings);
    } else {
      warnings.push(result.error.message);
    }
  }
  if (tables.length === 0) return readFailure('empty', msg.csvFolderEmpty(dir));
  return { ok: true, tables, warnings };
}

/** The tables in a CSV file's text, named after the file: one, or its blocks (a label–value block above a table, say). */
export function csvTables(name: string, text: string): { tables: RawTable[]; warnings: LocalizedText[] } {
  const { records, unclosedQuoteAt } = parseCsv(text, guessDelimiter(text));
  const warnings = unclosedQuoteAt === undefined ? [] : [msg.csvUnclosedQuote(name, unclosedQuoteAt)];
  const collector = new SheetRangeCollector(name);
  const columns: number[] = [];
  const values: CellValue[] = [];
  records.forEach((record, row) => {
    columns.length = 0;
    values.length = 0;
    record.forEach((field, col) => {
      if (field !== '') {
        columns.push(col);
        values.push(field);
      }
    });
    if (values.length > 0) collector.accept(row, columns, values);
  });
  return { tables: collector.finish(), warnings };
}

function fileError(path: string, err: unknown): ReadResult {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return readFailure('notFound', msg.fileNotFound(path));
  return readFailure(
    'unreadable',
    msg.unreadableFile(basename(path), err instanceof Error ? err.message : String(err)),
  );
}

import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { RawTable } from '../core/model/raw';
import type { LocalizedText } from '../core/model/text';
import { xlsxMessages as msg } from './messages';
import { SheetRangeCollector } from './read/blockCollector';
import { TableCollector, type RowCollector } from './read/collectors';
import { readDateStyles } from './read/dateStyles';
import { HEADER_SEARCH_ROWS } from './read/detectHeader';
import { trustedFupanSheets } from './read/fupanMarks';
import { readSharedStrings } from './read/sharedStrings';
import { sniffSignature } from './read/sniffFile';
import { streamSheetRows, type SheetContext } from './read/streamSheetRows';
import { readSheetTables } from './read/tableParts';
import { readWorkbookInfo, type WorkbookInfo } from './read/workbookInfo';
import { failureOf, readFailure, type ReadResult } from './readResult';
import { ZipArchive } from './zip/ZipArchive';

export interface ReadWorkbookOptions {
  /** Name used in messages when the input is a buffer. */
  readonly fileName?: string;
}

/**
 * Reads an .xlsx workbook (a path or its bytes) into raw tables:
 *
 *   sniff bytes ─▶ open zip ─▶ workbook.xml + rels ─▶ shared strings ─▶ per worksheet:
 *     Excel tables (ListObjects) → one RawTable each, named;
 *     no table on the sheet      → its blocks (a label–value block, tables below or beside it), each
 *                                  the range under its detected header row.
 *
 * Sheets Fupan wrote (the `FupanSheet_<key>` defined name, confirmed by the sheet's own custom property)
 * are skipped. Sheets stream
 * through a dedicated parser, so a 1,048,576-row sheet is read in bounded memory besides its values.
 * A bad file gives a typed error with a message in both languages, never an exception.
 */
export async function readWorkbook(
  input: string | Buffer,
  options: ReadWorkbookOptions = {},
): Promise<ReadResult> {
  const file = typeof input === 'string' ? basename(input) : (options.fileName ?? 'workbook.xlsx');
  const head = await readHead(input);
  if ('error' in head) return head.error;
  const signature = sniffSignature(head.bytes);
  if (signature === 'cfb') return readFailure('encrypted', msg.encrypted(file));
  if (signature !== 'zip') return readFailure('notZip', msg.notZip(file));
  let zip: ZipArchive;
  try {
    zip = await ZipArchive.open(input);
  } catch (err) {
    return failureOf(err, (d) => msg.corrupt(file, d));
  }
  try {
    if (zip.hasEncryptedEntries()) return readFailure('encrypted', msg.encrypted(file));
    const info = await readWorkbookInfo(zip);
    if (!info) {
      const binary = zip.names().some((n) => /^xl\/workbook\.bin$/i.test(n));
      return binary
        ? readFailure('unsupported', msg.binaryWorkbook(file))
        : readFailure('notWorkbook', msg.notWorkbook(file));
    }
    const { tables, warnings } = await readSheets(zip, info);
    if (tables.length === 0) return readFailure('empty', msg.emptyWorkbook(file));
    return { ok: true, tables, warnings };
  } catch (err) {
    return failureOf(err, (d) => msg.corrupt(file, d));
  } finally {
    zip.close();
  }
}

async function readSheets(
  zip: ZipArchive,
  info: WorkbookInfo,
): Promise<{ tables: RawTable[]; warnings: LocalizedText[] }> {
  const sharedStrings = await readSharedStrings(zip, info.sharedStringsPart);
  const context: SheetContext = info.date1904
    ? { sharedStrings, date1904Styles: await readDateStyles(zip, info.stylesPart) }
    : { sharedStrings };
  const ownSheets = await trustedFupanSheets(zip, info);
  const tables: RawTable[] = [];
  const warnings: LocalizedText[] = [];
  for (const sheet of info.sheets) {
    if (!sheet.part) continue;
    if (ownSheets.has(sheet.name)) {
      warnings.push(msg.fupanSheetSkipped(sheet.name));
      continue;
    }
    const definitions = await readSheetTables(zip, sheet.part);
    const range = definitions.length === 0 ? new SheetRangeCollector(sheet.name) : undefined;
    const collectors: (RowCollector | SheetRangeCollector)[] = range
      ? [range]
      : definitions.map((d) => new TableCollector(sheet.name, d));
    await streamSheetRows(zip, sheet.part, context, (row, columns, values) => {
      let open = false;
      for (const c of collectors) {
        if (!c.done) c.accept(row, columns, values);
        open ||= !c.done;
      }
      return open;
    });
    for (const c of collectors) {
      const table = c.finish();
      if (Array.isArray(table)) tables.push(...table);
      else if (table) tables.push(table);
    }
    if (range?.noHeader) warnings.push(msg.noHeaderRow(sheet.name, HEADER_SEARCH_ROWS));
  }
  return { tables, warnings };
}

async function readHead(input: string | Buffer): Promise<{ bytes: Uint8Array } | { error: ReadResult }> {
  if (typeof input !== 'string') return { bytes: input.subarray(0, 8) };
  try {
    const handle = await open(input, 'r');
    try {
      const bytes = new Uint8Array(8);
      const { bytesRead } = await handle.read(bytes, 0, 8, 0);
      return { bytes: bytes.subarray(0, bytesRead) };
    } finally {
      await handle.close();
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const file = basename(input);
    return code === 'ENOENT'
      ? { error: readFailure('notFound', msg.fileNotFound(input)) }
      : { error: readFailure('unreadable', msg.unreadableFile(file, detail(err))) };
  }
}

function detail(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

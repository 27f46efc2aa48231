import { TextDecoder } from 'node:util';
import type { CellValue } from '../../core/model/raw';
import { parseCell } from '../../core/plan/a1';
import { NOTE_NAME_PREFIX } from '../../core/plan/types';
import { sheetOfFormula, trustedFupanSheets } from '../read/fupanMarks';
import { readSharedStrings } from '../read/sharedStrings';
import { checkStyleCount } from '../read/styleCount';
import { streamSheetRows } from '../read/streamSheetRows';
import { readWorkbookInfo } from '../read/workbookInfo';
import type { ZipArchive } from '../zip/ZipArchive';
import { TAB_SELECTED } from './tabSelection';

export interface SourceSheet {
  readonly name: string;
  readonly part: string | undefined;
  /** Uncompressed size of the sheet part in bytes. */
  readonly size: number;
  /** Whether the sheet's tab is selected (its first sheet view has tabSelected). */
  readonly selected: boolean;
}

export interface SourceState {
  /** Every sheet of the workbook, in order. */
  readonly sheets: readonly SourceSheet[];
  /** Sheets Fupan wrote (sheet name → sheet key), to be replaced. */
  readonly fupanSheets: ReadonlyMap<string, string>;
  /** What the analyst wrote in each note cell (note id → value), read before the sheet is replaced. */
  readonly notes: ReadonlyMap<string, CellValue>;
}

/** What the target workbook holds that the writer must respect: Fupan's old sheets and the notes in them. */
export async function inspectSource(zip: ZipArchive): Promise<SourceState | undefined> {
  const info = await readWorkbookInfo(zip);
  if (!info) return undefined;
  await checkStyleCount(zip, info.stylesPart);
  const fupanSheets = await trustedFupanSheets(zip, info);
  const wanted = new Map<string, Map<string, string>>(); // sheet → "row,col" → note id
  for (const name of info.definedNames) {
    if (!name.name.startsWith(NOTE_NAME_PREFIX) || name.localSheetId !== undefined) continue;
    const sheet = sheetOfFormula(name.formula);
    const address = name.formula.slice(name.formula.lastIndexOf('!') + 1).replace(/\$/g, '');
    if (sheet === undefined || !/^[A-Z]{1,3}\d+$/.test(address)) continue;
    const { row, col } = parseCell(address);
    const cells = wanted.get(sheet) ?? new Map<string, string>();
    cells.set(`${row},${col}`, name.name.slice(NOTE_NAME_PREFIX.length));
    wanted.set(sheet, cells);
  }
  const notes = new Map<string, CellValue>();
  if (wanted.size > 0) {
    const sharedStrings = await readSharedStrings(zip, info.sharedStringsPart);
    for (const sheet of info.sheets) {
      const cells = wanted.get(sheet.name);
      if (!cells || !sheet.part) continue;
      await streamSheetRows(zip, sheet.part, { sharedStrings }, (row, columns, values) => {
        columns.forEach((col, i) => {
          const id = cells.get(`${row},${col}`);
          if (id !== undefined) notes.set(id, values[i] ?? null);
        });
      });
    }
  }
  const sheets: SourceSheet[] = [];
  for (const s of info.sheets) {
    const selected = s.part ? TAB_SELECTED.test(await partHead(zip, s.part)) : false;
    sheets.push({ name: s.name, part: s.part, size: (s.part && zip.size(s.part)) || 0, selected });
  }
  return {
    sheets,
    fupanSheets,
    notes,
  };
}

/** The start of a worksheet part, up to its cell data: where the sheet views are. */
async function partHead(zip: ZipArchive, part: string): Promise<string> {
  const stream = await zip.stream(part);
  const decoder = new TextDecoder('utf-8');
  let text = '';
  for await (const chunk of stream) {
    text += decoder.decode(chunk as Buffer, { stream: true });
    if (text.includes('<sheetData') || text.includes(':sheetData') || text.length > 1 << 20) break;
  }
  stream.destroy();
  return text;
}

import { splitSheetBlocks } from '../core/ingest/blocks/splitSheetBlocks';
import type { CellValue, RawTable } from '../core/model/raw';
import { cellAddress } from '../core/plan/a1';
import { isCancelled, type CancelSignal } from './cancel';
import { FIRST_CHUNK_ROWS, readArea, toCellValue } from './chunkedRead';
import { isSizeLimitError } from './errors';
import { detectHeaderRow } from './headerRow';
import type { ExcelHost } from './host';
import { jsonBytes } from './payload';
import { Session } from './session';
import { discoverSources, type Area, type SkippedSheet, type Source } from './sources';

export interface ReadProgress {
  readonly sheet: string;
  readonly table?: string;
  /** Data rows of this source read so far, and in all. */
  readonly rowsRead: number;
  readonly rowsTotal: number;
  /** 1-based: source `source` of `sources`. */
  readonly source: number;
  readonly sources: number;
}

export interface ReadOptions {
  readonly onProgress?: (progress: ReadProgress) => void;
  /** Checked before every sync. */
  readonly signal?: CancelSignal;
}

export interface ReadResult {
  /** 'cancelled': `tables` holds only the sources read completely before the cancel. */
  readonly status: 'complete' | 'cancelled';
  readonly tables: readonly RawTable[];
  readonly skipped: readonly SkippedSheet[];
  readonly syncs: number;
}

/**
 * Reads every source table of the workbook as raw cells:
 *
 *   discover (2–3 syncs, metadata) ─▶ probe (1 sync: the first 50 rows of every source)
 *        ─▶ per source: its blocks when a plain range holds several (splitSheetBlocks on the probe)
 *        ─▶ per table: header row ─▶ the rest in row chunks sized from the probe's bytes per row
 *
 * Only `values` is read: dates arrive as serial numbers, which is what RawTable carries. No request or
 * response is planned above PAYLOAD_TARGET_BYTES nor any read above READ_CELL_TARGET cells; a chunk Excel
 * refuses as too large is halved and retried.
 */
export async function readWorkbook(host: ExcelHost, options: ReadOptions = {}): Promise<ReadResult> {
  return host.run({ delayForCellEdit: true }, async (context) => {
    const session = new Session(context);
    const { sources, skipped } = await discoverSources(session);
    const tables: RawTable[] = [];
    const done = (status: ReadResult['status']): ReadResult => ({
      status,
      tables,
      skipped,
      syncs: session.syncs,
    });
    if (isCancelled(options.signal)) return done('cancelled');

    const probes = await probeAll(session, sources, options.signal);
    if (!probes) return done('cancelled');
    for (const [i, source] of sources.entries()) {
      const read = await readSource(session, source, probes[i] ?? [], i, sources.length, options);
      if (!read) return done('cancelled');
      tables.push(...read);
    }
    return done('complete');
  });
}

/** The first rows of every source in one sync; one source at a time if together they are too large. */
async function probeAll(
  session: Session,
  sources: readonly Source[],
  signal: CancelSignal | undefined,
): Promise<CellValue[][][] | undefined> {
  const areas = sources.map((s) => ({ ...s.area, rows: Math.min(FIRST_CHUNK_ROWS, s.area.rows) }));
  if (areas.length === 0) return [];
  try {
    const ranges = sources.map((s, i) => {
      const a = areas[i] ?? s.area;
      return session.context.workbook.worksheets
        .getItem(s.sheet)
        .getRangeByIndexes(a.row, a.col, a.rows, a.cols)
        .load('values');
    });
    await session.sync();
    return ranges.map((r) => (r.values as unknown[][]).map((row) => row.map(toCellValue)));
  } catch (error) {
    if (!isSizeLimitError(error)) throw error;
  }
  const out: CellValue[][][] = [];
  for (const [i, source] of sources.entries()) {
    const rows = await readArea(session, source.sheet, areas[i] ?? source.area, { signal });
    if (!rows) return undefined;
    out.push(rows);
  }
  return out;
}

/** One table to read from a source: its area, the probe rows inside it and where its header is. */
interface Part {
  readonly area: Area;
  readonly probe: CellValue[][];
  /** Index into `probe`; -1 when the header is given. */
  readonly headerIndex: number;
  readonly header: CellValue[];
  readonly block?: string;
}

async function readSource(
  session: Session,
  source: Source,
  probe: CellValue[][],
  index: number,
  count: number,
  options: ReadOptions,
): Promise<RawTable[] | undefined> {
  const tables: RawTable[] = [];
  for (const part of partsOf(source, probe)) {
    const table = await readPart(session, source, part, index, count, options);
    if (!table) return undefined;
    tables.push(source.header === 'detect' ? trimBlankColumns(table) : table);
  }
  return tables;
}

/**
 * A table is one part. A plain range is split into its blocks (a label–value block above or beside a
 * table…) when its probe shows several; each open block reads the rest of the sheet in its own columns,
 * so no cell is read twice.
 */
function partsOf(source: Source, probe: CellValue[][]): Part[] {
  const { area } = source;
  const whole = (): Part => {
    const headerIndex =
      source.header === 'detect' ? detectHeaderRow(probe) : source.header === 'firstRow' ? 0 : -1;
    const header = Array.isArray(source.header) ? [...source.header] : (probe[headerIndex] ?? []);
    return { area, probe, headerIndex, header };
  };
  if (source.header !== 'detect') return [whole()];
  const blocks = splitSheetBlocks(probe, probe.length < area.rows);
  if (blocks.length <= 1 && blocks[0]?.layout !== 'labelValue') return [whole()];
  return blocks.map((b) => {
    const rows = b.open ? area.rows - b.top : b.bottom - b.top;
    const inner = probe.slice(b.top, b.top + rows).map((row) => row.slice(b.left, b.right));
    const headerIndex = b.layout === 'labelValue' ? 0 : detectHeaderRow(inner);
    return {
      area: { row: area.row + b.top, col: area.col + b.left, rows, cols: b.right - b.left },
      probe: inner,
      headerIndex,
      header: inner[headerIndex] ?? [],
      ...(blocks.length > 1 ? { block: cellAddress(area.row + b.top, area.col + b.left) } : {}),
    };
  });
}

async function readPart(
  session: Session,
  source: Source,
  part: Part,
  index: number,
  count: number,
  options: ReadOptions,
): Promise<RawTable | undefined> {
  const { area, probe, headerIndex, header } = part;
  const rows = probe.slice(headerIndex + 1);
  const rowsTotal = area.rows - headerIndex - 1;
  let rowsRead = rows.length;
  const report = (): void =>
    options.onProgress?.({
      sheet: source.sheet,
      ...(source.table === undefined ? {} : { table: source.table }),
      rowsRead,
      rowsTotal,
      source: index + 1,
      sources: count,
    });
  report();
  if (probe.length < area.rows) {
    const rest = await readArea(
      session,
      source.sheet,
      { ...area, row: area.row + probe.length, rows: area.rows - probe.length },
      {
        bytesPerRow: probe.length > 0 ? jsonBytes(probe) / probe.length : 0,
        ...(options.signal === undefined ? {} : { signal: options.signal }),
        onChunk: (chunk) => {
          rowsRead += chunk.rows;
          report();
        },
      },
    );
    if (!rest) return undefined;
    for (const row of rest) rows.push(row);
  }
  return {
    source: {
      sheet: source.sheet,
      ...(source.table === undefined ? {} : { table: source.table }),
      headerRow: area.row + headerIndex + 1,
      firstColumn: area.col,
      ...(part.block === undefined ? {} : { block: part.block }),
    },
    header,
    rows,
  };
}

const blank = (v: CellValue | undefined): boolean => v === null || v === undefined || v === '';

/** Drops leading and trailing columns with no header and no data (a title row can widen the used range). */
export function trimBlankColumns(table: RawTable): RawTable {
  const width = table.header.length;
  const empty = (c: number): boolean => blank(table.header[c]) && table.rows.every((row) => blank(row[c]));
  let start = 0;
  while (start < width && empty(start)) start++;
  let end = width;
  while (end > start && empty(end - 1)) end--;
  if (start === 0 && end === width) return table;
  return {
    source: { ...table.source, firstColumn: table.source.firstColumn + start },
    header: table.header.slice(start, end),
    rows: table.rows.map((row) => row.slice(start, end)),
  };
}

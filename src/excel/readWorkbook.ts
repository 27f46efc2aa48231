import type { CellValue, RawTable } from '../core/model/raw';
import { isCancelled, type CancelSignal } from './cancel';
import { FIRST_CHUNK_ROWS, readArea, toCellValue } from './chunkedRead';
import { isSizeLimitError } from './errors';
import { detectHeaderRow } from './headerRow';
import type { ExcelHost } from './host';
import { jsonBytes } from './payload';
import { Session } from './session';
import { discoverSources, type SkippedSheet, type Source } from './sources';

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
 *        ─▶ per source: header row ─▶ the rest in row chunks sized from the probe's bytes per row
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
      const table = await readSource(session, source, probes[i] ?? [], i, sources.length, options);
      if (!table) return done('cancelled');
      tables.push(table);
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

async function readSource(
  session: Session,
  source: Source,
  probe: CellValue[][],
  index: number,
  count: number,
  options: ReadOptions,
): Promise<RawTable | undefined> {
  const { area } = source;
  const headerIndex =
    source.header === 'detect' ? detectHeaderRow(probe) : source.header === 'firstRow' ? 0 : -1;
  const header: CellValue[] = Array.isArray(source.header) ? [...source.header] : (probe[headerIndex] ?? []);
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
  const table: RawTable = {
    source: {
      sheet: source.sheet,
      ...(source.table === undefined ? {} : { table: source.table }),
      headerRow: area.row + headerIndex + 1,
      firstColumn: area.col,
    },
    header,
    rows,
  };
  return source.header === 'detect' ? trimBlankColumns(table) : table;
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

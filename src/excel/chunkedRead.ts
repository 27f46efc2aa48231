import type { CellValue } from '../core/model/raw';
import { isCancelled, type CancelSignal } from './cancel';
import { isSizeLimitError, officeErrorCode } from './errors';
import { jsonBytes, PAYLOAD_TARGET_BYTES, READ_CELL_TARGET } from './payload';
import type { Session } from './session';
import type { Area } from './sources';

/** Rows of the first request of a range, to learn its bytes per row. */
export const FIRST_CHUNK_ROWS = 50;
/** Headroom for rows longer than those seen so far. */
const SAFETY = 1.1;
/**
 * What one read response is planned to carry: a read response is the values alone plus a few keys of
 * framing (measured through Microsoft's client, tests/excel/officeEmulator.test.ts), so it can come
 * closer to the 5,000,000-byte limit than a write request, whose estimate is rougher.
 */
const READ_TARGET_BYTES = PAYLOAD_TARGET_BYTES * 1.1;

/**
 * Rows per request for a range whose rows weigh `bytesPerRow` (JSON, the stricter of UTF-8 and UTF-16):
 * as many as fit in READ_TARGET_BYTES with headroom, never more than READ_CELL_TARGET cells.
 */
export function chunkRows(bytesPerRow: number, cols: number): number {
  const byBytes = Math.floor(READ_TARGET_BYTES / Math.max(1, bytesPerRow * SAFETY));
  const byCells = Math.floor(READ_CELL_TARGET / Math.max(1, cols));
  return Math.max(1, Math.min(byBytes, byCells));
}

export function toCellValue(value: unknown): CellValue {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
}

/** Excel on the web answers some oversized reads with an internal error, and some 5M-cell reads with null. */
function worthHalving(error: unknown): boolean {
  return isSizeLimitError(error) || officeErrorCode(error) === 'GeneralException';
}

export interface ChunkReport {
  readonly rows: number;
  readonly bytes: number;
}

/**
 * Reads `values` of an area in row chunks, one sync each, sized from the bytes per row seen so far (the
 * largest seen: rows get longer, not shorter, is the safe assumption). A chunk refused as too large is
 * halved and retried. Returns undefined when cancelled (checked before every sync).
 */
export async function readArea(
  session: Session,
  sheet: string,
  area: Area,
  options: {
    readonly bytesPerRow?: number;
    readonly signal?: CancelSignal;
    readonly onChunk?: (r: ChunkReport) => void;
  },
): Promise<CellValue[][] | undefined> {
  const out: CellValue[][] = [];
  let bytesPerRow = options.bytesPerRow ?? 0;
  let chunk = bytesPerRow > 0 ? chunkRows(bytesPerRow, area.cols) : FIRST_CHUNK_ROWS;
  // Once Excel refuses a size, no later chunk asks for more: the host's limit may be below our estimate.
  let cap = Number.POSITIVE_INFINITY;
  let next = 0;
  while (next < area.rows) {
    if (isCancelled(options.signal)) return undefined;
    const rows = Math.min(chunk, area.rows - next);
    let values: unknown;
    try {
      const range = session.context.workbook.worksheets
        .getItem(sheet)
        .getRangeByIndexes(area.row + next, area.col, rows, area.cols)
        .load('values');
      await session.sync();
      values = range.values;
      if (!Array.isArray(values) || values.length !== rows)
        throw Object.assign(new Error('No values'), { code: 'RangeExceedsLimit' });
    } catch (error) {
      if (rows > 1 && worthHalving(error)) {
        cap = Math.ceil(rows / 2);
        chunk = cap;
        continue;
      }
      throw error;
    }
    const matrix = values as unknown[][];
    for (const row of matrix) out.push(row.map(toCellValue));
    const bytes = jsonBytes(matrix);
    bytesPerRow = Math.max(bytesPerRow, bytes / rows);
    chunk = Math.min(chunkRows(bytesPerRow, area.cols), cap);
    next += rows;
    options.onChunk?.({ rows, bytes });
  }
  return out;
}

import type { CellValue } from '../../model/raw';
import { isBlankCell } from '../parse/empty';
import { isLabelValueBlock, MAX_LABEL_VALUE_ROWS } from '../tables/campaign/labelValue/isLabelValueBlock';

/** How a block's cells are laid out: a header row over data rows, or label | value pairs. */
export type BlockLayout = 'table' | 'labelValue';

/** A rectangle of the cells given; rows and columns 0-based, `bottom` and `right` exclusive. */
export interface SheetBlock {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly layout: BlockLayout;
  /** The block goes on below the cells given: every later row of its columns belongs to it. */
  readonly open: boolean;
}

/** How deep blocks nest (rows, then columns, then rows again…): enough for a block beside a stack of two. */
const MAX_DEPTH = 4;

interface Rect {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/**
 * Splits the top of a sheet (or the whole of a small one) into its blocks: rectangles separated by blank
 * rows or columns. It only splits where the pieces differ in shape — a label–value block (see
 * isLabelValueBlock) against anything, or two tables whose columns differ with a header row starting the
 * lower one — so a stray blank row or column inside one table never cuts it. One-cell rows between blocks
 * (titles, notes) belong to no block. Cuts alternate rows and columns (an X–Y cut), so a label–value block
 * above a phase table, beside an orders table, comes out as three blocks.
 *
 * `more`: the sheet goes on below `cells`. Tables reaching the last filled row given are then open, as is
 * the block of a sheet that is one block. When no table does, the sheet is not split, as no block could
 * take the rows below.
 * Returns [] for blank cells, one block when there is nothing to split.
 */
export function splitSheetBlocks(cells: readonly (readonly CellValue[])[], more: boolean): SheetBlock[] {
  const filled = (r: number, c: number): boolean => !isBlankCell(cells[r]?.[c]);
  const width = cells.reduce((w, row) => Math.max(w, row.length), 0);
  const whole = trim({ top: 0, bottom: cells.length, left: 0, right: width }, filled);
  if (whole === null) return [];
  const leaves = cut(whole, 0, cells, filled).map((r) => withoutNotes(r, cells, filled));
  const blocks = leaves.map((r) => ({ ...r, layout: layoutOf(r, cells) }));
  // Only a table goes on: a label–value block is short by nature.
  const goesOn = (b: Rect & { layout: BlockLayout }): boolean =>
    b.bottom === whole.bottom && b.layout === 'table';
  if (blocks.length > 1 && more && !blocks.some(goesOn)) return [leaf(whole, cells, more)];
  // A sheet of one block is read whole, as before: whatever its layout, it takes every row below.
  return blocks.map((b) => ({ ...b, open: more && (blocks.length === 1 || goesOn(b)) }));
}

/** A label–value block under a title: the block without the title. */
function withoutNotes(
  rect: Rect,
  cells: readonly (readonly CellValue[])[],
  filled: (r: number, c: number) => boolean,
): Rect {
  const solid = runs(rect, 'rows', filled).filter((p) => !isNote(p, filled));
  const first = solid[0];
  if (first === undefined || solid.length === runs(rect, 'rows', filled).length) return rect;
  const inner = solid.reduce(union, first);
  return layoutOf(inner, cells) === 'labelValue' ? inner : rect;
}

function leaf(r: Rect, cells: readonly (readonly CellValue[])[], more: boolean): SheetBlock {
  return { ...r, layout: layoutOf(r, cells), open: more };
}

function cut(
  rect: Rect,
  depth: number,
  cells: readonly (readonly CellValue[])[],
  filled: (r: number, c: number) => boolean,
): Rect[] {
  if (depth >= MAX_DEPTH) return [rect];
  for (const axis of depth % 2 === 0 ? (['rows', 'columns'] as const) : (['columns', 'rows'] as const)) {
    const pieces = merge(runs(rect, axis, filled), axis, cells, filled);
    if (pieces.length > 1) return pieces.flatMap((p) => cut(p, depth + 1, cells, filled));
  }
  return [rect];
}

/** Maximal runs of non-blank rows (or columns) of `rect`, each trimmed to its filled cells. */
function runs(rect: Rect, axis: 'rows' | 'columns', filled: (r: number, c: number) => boolean): Rect[] {
  const out: Rect[] = [];
  const [from, to] = axis === 'rows' ? [rect.top, rect.bottom] : [rect.left, rect.right];
  let start = -1;
  for (let i = from; i <= to; i++) {
    const blank = i === to || lineBlank(rect, axis, i, filled);
    if (!blank && start < 0) start = i;
    if (blank && start >= 0) {
      const piece = axis === 'rows' ? { ...rect, top: start, bottom: i } : { ...rect, left: start, right: i };
      const trimmed = trim(piece, filled);
      if (trimmed !== null) out.push(trimmed);
      start = -1;
    }
  }
  return out;
}

function lineBlank(
  rect: Rect,
  axis: 'rows' | 'columns',
  i: number,
  filled: (r: number, c: number) => boolean,
): boolean {
  if (axis === 'rows') {
    for (let c = rect.left; c < rect.right; c++) if (filled(i, c)) return false;
  } else {
    for (let r = rect.top; r < rect.bottom; r++) if (filled(r, i)) return false;
  }
  return true;
}

/**
 * Joins neighbouring runs that are one block after all (a blank line inside a table); drops one-cell
 * runs (titles, notes) once there is more than one block. Returns the runs as they are, joined into one,
 * when nothing is to be split.
 */
function merge(
  pieces: readonly Rect[],
  axis: 'rows' | 'columns',
  cells: readonly (readonly CellValue[])[],
  filled: (r: number, c: number) => boolean,
): Rect[] {
  const solid = pieces.filter((p) => !isNote(p, filled));
  const groups: Rect[] = [];
  for (const piece of solid) {
    const prev = groups[groups.length - 1];
    if (prev !== undefined && !apart(prev, piece, axis, cells))
      groups[groups.length - 1] = union(prev, piece);
    else groups.push(piece);
  }
  return groups.length > 1 ? groups : [];
}

/** A title or note: one cell filled. */
function isNote(r: Rect, filled: (r: number, c: number) => boolean): boolean {
  let count = 0;
  for (let i = r.top; i < r.bottom; i++)
    for (let j = r.left; j < r.right; j++) if (filled(i, j) && ++count > 1) return false;
  return true;
}

/** Whether two neighbouring runs are separate blocks: their shapes differ. */
function apart(
  a: Rect,
  b: Rect,
  axis: 'rows' | 'columns',
  cells: readonly (readonly CellValue[])[],
): boolean {
  if (layoutOf(a, cells) === 'labelValue' || layoutOf(b, cells) === 'labelValue') return true;
  if (a.bottom - a.top < 2 || b.bottom - b.top < 2) return false;
  const sameSpan =
    axis === 'rows' ? a.left === b.left && a.right === b.right : a.top === b.top && a.bottom === b.bottom;
  return !sameSpan && headerLike(cells[a.top] ?? [], a) && headerLike(cells[b.top] ?? [], b);
}

/** Two or more cells, every filled one a text that is not a number or a date. */
function headerLike(row: readonly CellValue[], r: Rect): boolean {
  let texts = 0;
  for (let c = r.left; c < r.right; c++) {
    const cell = row[c];
    if (isBlankCell(cell)) continue;
    if (typeof cell !== 'string' || NUMERIC.test(cell)) return false;
    texts++;
  }
  return texts >= 2;
}

const NUMERIC = /^\s*(?:[-+]?[\d,]*\.?\d+(?:e[-+]?\d+)?%?|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}.*)\s*$/i;

function layoutOf(r: Rect, cells: readonly (readonly CellValue[])[]): BlockLayout {
  if (r.right - r.left > 3 || r.bottom - r.top > MAX_LABEL_VALUE_ROWS) return 'table';
  const rows = cells.slice(r.top, r.bottom).map((row) => row.slice(r.left, r.right));
  return isLabelValueBlock(rows) ? 'labelValue' : 'table';
}

function union(a: Rect, b: Rect): Rect {
  return {
    top: Math.min(a.top, b.top),
    bottom: Math.max(a.bottom, b.bottom),
    left: Math.min(a.left, b.left),
    right: Math.max(a.right, b.right),
  };
}

/** `r` shrunk to its filled cells, or null when it has none. */
function trim(r: Rect, filled: (r: number, c: number) => boolean): Rect | null {
  let top = r.bottom;
  let bottom = r.top;
  let left = r.right;
  let right = r.left;
  for (let i = r.top; i < r.bottom; i++) {
    for (let j = r.left; j < r.right; j++) {
      if (!filled(i, j)) continue;
      top = Math.min(top, i);
      bottom = Math.max(bottom, i + 1);
      left = Math.min(left, j);
      right = Math.max(right, j + 1);
    }
  }
  return top >= bottom ? null : { top, bottom, left, right };
}

/** Points per line of the default 11-pt font, and Excel's default row height. */
export const LINE_POINTS = 15;
/** A line of CJK text is taller: the CJK fonts (DengXian, Noto Sans CJK) set 11 pt on ~16 pt. */
const CJK_LINE_POINTS = 16;
/** Excel's tallest row: Office.js refuses a taller one (InvalidArgument), and Excel repairs it in a file. */
export const MAX_ROW_POINTS = 409;
/**
 * Width units (Excel's column unit: one digit of the default font) of an East Asian character. An 11-pt CJK
 * glyph is 11 pt wide, ~2.1 digits of 11-pt Calibri; a little more keeps a wrapped line from spilling.
 */
const CJK_UNITS = 2.2;
const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/;

/** The width of a text in column units: East Asian characters take about two, others one. */
export function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += CJK.test(ch) ? CJK_UNITS : 1;
  return units;
}

/**
 * The lines a text wraps to in a column (or merged columns) `width` characters wide. Two characters of
 * the width are kept free: the cell's padding, and a word that does not fit moves whole to the next line.
 */
export function wrappedLines(text: string, width: number): number {
  let lines = 0;
  for (const paragraph of text.split('\n'))
    lines += Math.max(1, Math.ceil(textUnits(paragraph) / Math.max(1, width - 2)));
  return lines;
}

/**
 * The row height that shows a wrapped text whole in a column of `width` characters. Excel does not grow
 * rows to fit wrapped text written by a program, so the plan says how tall each such row is, up to Excel's
 * maximum (a text cut at 32,767 characters wraps to far more).
 */
export function wrappedHeight(text: string, width: number): number {
  const line = CJK.test(text) ? CJK_LINE_POINTS : LINE_POINTS;
  return Math.min(MAX_ROW_POINTS, wrappedLines(text, width) * line);
}

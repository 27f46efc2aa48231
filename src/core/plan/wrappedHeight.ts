/** Points per line of the default 11-pt font, and Excel's default row height. */
const LINE_POINTS = 15;
/** Excel's tallest row: Office.js refuses a taller one (InvalidArgument), and Excel repairs it in a file. */
export const MAX_ROW_POINTS = 409;

/**
 * The row height that shows a wrapped text whole in a column of `width` characters. East Asian characters
 * take two character widths. Excel does not grow rows to fit wrapped text written by a program, so the plan
 * says how tall each such row is, up to Excel's maximum (a text cut at 32,767 characters wraps to far more).
 */
export function wrappedHeight(text: string, width: number): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let units = 0;
    for (const ch of paragraph) units += /[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 2 : 1;
    lines += Math.max(1, Math.ceil(units / Math.max(1, width - 2)));
  }
  return Math.min(MAX_ROW_POINTS, lines * LINE_POINTS);
}

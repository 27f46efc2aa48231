import { limitMessages } from '../limitMessages';
import { LimitError, LIMITS } from '../limits';
import { scanPart } from '../xml/scanPart';
import type { ZipArchive } from '../zip/ZipArchive';

/**
 * Refuses a stylesheet with more number formats or cell formats than LIMITS.styles, counted by streaming
 * the part before any DOM is built for it: Excel itself stops at 64,000 formats.
 */
export async function checkStyleCount(zip: ZipArchive, part: string | undefined): Promise<void> {
  if (!part) return;
  let formats = 0;
  let cellFormats = 0;
  let inCellXfs = false;
  await scanPart(zip, part, {
    open(name) {
      if (name === 'numFmt') formats++;
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) cellFormats++;
      const count = Math.max(formats, cellFormats);
      if (count > LIMITS.styles) throw new LimitError(limitMessages.tooManyStyles(part, count));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
}

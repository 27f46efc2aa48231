import type { LocalizedText } from '../core/model/text';

/**
 * What a file may hold before Fupan refuses it (docs/limits.md). Excel's own limits first: nothing
 * Excel wrote can break them, so a file that does was crafted or damaged, and trusting its positions
 * would size arrays by them. Then Fupan's bounds on what a package may make it inflate and hold.
 */
export const LIMITS = {
  /** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
  rows: 1_048_576,
  columns: 16_384,
  /** Characters a cell holds in Excel. */
  cellChars: 32_767,
  /** A part read whole into one string (workbook.xml, relationships, tables, styles…): 64 MiB inflated. */
  wholePartBytes: 64 * 1024 * 1024,
  /** Bytes inflated from all the parts of one package, counted as they are inflated: 4 GiB. */
  totalInflatedBytes: 4 * 1024 * 1024 * 1024,
  /** Inflated / compressed size of a part beyond 1 MiB; deflate itself cannot exceed about 1,032. */
  inflateRatio: 1_100,
  /** Start tag, comment, CDATA section or processing instruction left open: 32 MiB. */
  openConstructBytes: 32 * 1024 * 1024,
  /** Cell formats (cellXfs) and number formats in styles.xml; Excel allows 64,000 formats. */
  styles: 65_536,
} as const;

/** A broken limit: the reader stops and says which, where and what was expected. */
export class LimitError extends Error {
  constructor(readonly text: LocalizedText) {
    super(text['en-US']);
    this.name = 'LimitError';
  }
}

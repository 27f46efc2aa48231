import type { ZipArchive } from '../zip/ZipArchive';
import { SheetXmlParser, type RowSink, type SheetContext } from './SheetXmlParser';

export type { RowSink, SheetContext } from './SheetXmlParser';

/**
 * Streams a worksheet part and hands every row's cell values to `sink`: shared strings resolved, rich
 * and inline text flattened, formulas replaced by their cached result, errors as their text ('#N/A'),
 * booleans as booleans, numbers (dates included, as serials) as numbers. Empty cells are not reported.
 */
export async function streamSheetRows(
  zip: ZipArchive,
  part: string,
  context: SheetContext,
  sink: RowSink,
): Promise<void> {
  const parser = new SheetXmlParser(context, sink, part);
  // A big sheet is inflated on a worker thread while this one parses (ZipArchive.chunks).
  const chunks = await zip.chunks(part);
  try {
    // The parser reads UTF-8 bytes itself: decoding a whole sheet to text first would cost a second copy
    // of it and leave every cell's text a slice pinning a chunk of that copy in memory.
    for await (const chunk of chunks) {
      parser.write(chunk);
      if (parser.stopped) return;
    }
    parser.end();
  } finally {
    chunks.close();
  }
}

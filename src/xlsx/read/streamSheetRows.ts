import { TextDecoder } from 'node:util';
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
  const parser = new SheetXmlParser(context, sink);
  const stream = await zip.stream(part);
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of stream) {
    parser.write(decoder.decode(chunk as Buffer, { stream: true }));
    if (parser.stopped) {
      stream.destroy();
      return;
    }
  }
  parser.write(decoder.decode());
  parser.end();
}

import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';

const unescapeXml = (text: string): string =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * A copy of a workbook in which every sheet but `keep` is hidden. A spreadsheet program prints no hidden
 * sheet, so the copy prints only Fupan's sheets, while formulas that read the source sheets still compute.
 */
export async function withOnlySheets(source: string, copy: string, keep: ReadonlySet<string>): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(source));
  const part = 'xl/workbook.xml';
  const xml = await zip.file(part)?.async('string');
  if (xml === undefined) throw new Error(`${source} has no ${part}`);
  const edited = xml.replace(/<sheet\b[^>]*\/>/g, (tag) => {
    const name = unescapeXml(/\bname="([^"]*)"/.exec(tag)?.[1] ?? '');
    if (keep.has(name)) return tag;
    const bare = tag.replace(/\sstate="[^"]*"/, '');
    return bare.replace(/\/>$/, ' state="hidden"/>');
  });
  zip.file(part, edited);
  writeFileSync(copy, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

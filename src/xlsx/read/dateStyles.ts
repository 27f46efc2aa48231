import type { ZipArchive } from '../zip/ZipArchive';
import { readAttribute } from '../xml/attributes';
import { scanPart } from '../xml/scanPart';

/** Built-in number formats that show a date or time (ECMA-376 §18.8.30, plus the CJK ones). */
const BUILT_IN_DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** Whether a number format code shows a date or time: d, m, y, h or s outside quotes, brackets and escapes. */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?:h+|m+|s+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '');
  const firstSection = bare.split(';')[0] ?? '';
  return /[dmyhs]/i.test(firstSection) && !/^(general|@)$/i.test(firstSection.trim());
}

/** The cell style indices (the `s` of a cell) whose number format is a date or time. */
export async function readDateStyles(zip: ZipArchive, part: string | undefined): Promise<Set<number>> {
  const dates = new Set<number>();
  if (!part) return dates;
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  await scanPart(zip, part, {
    open(name, attributes) {
      if (name === 'numFmt') {
        const id = Number(readAttribute(attributes, 'numFmtId'));
        custom.set(id, readAttribute(attributes, 'formatCode') ?? '');
      } else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) xfFormats.push(Number(readAttribute(attributes, 'numFmtId') ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  xfFormats.forEach((id, index) => {
    const code = custom.get(id);
    if (code !== undefined ? isDateFormatCode(code) : BUILT_IN_DATE_IDS.has(id)) dates.add(index);
  });
  return dates;
}

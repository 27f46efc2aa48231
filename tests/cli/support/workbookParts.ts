import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';

/** The parts of an .xlsx package, and a few things read straight from its XML. */
export interface WorkbookParts {
  readonly parts: readonly string[];
  /** Sheet names in tab order, from xl/workbook.xml. */
  readonly sheets: readonly string[];
  /** Defined names, from xl/workbook.xml. */
  readonly definedNames: readonly string[];
  /** Defined names with their scope: 'name' for a workbook name, 'name@3' for one local to sheet 3. */
  readonly scopedNames: readonly string[];
  text(part: string): Promise<string>;
}

export async function workbookParts(file: string): Promise<WorkbookParts> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const text = async (part: string): Promise<string> => {
    const entry = zip.file(part);
    if (!entry) throw new Error(`${file} has no part ${part}`);
    return entry.async('string');
  };
  const workbook = await text('xl/workbook.xml');
  const attribute = (tag: string, name: string) =>
    [...workbook.matchAll(new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`, 'g'))].map((m) =>
      unescapeXml(m[1] ?? ''),
    );
  return {
    parts: Object.keys(zip.files).filter((name) => !zip.files[name]?.dir),
    sheets: attribute('sheet', 'name'),
    definedNames: attribute('definedName', 'name'),
    scopedNames: [...workbook.matchAll(/<definedName\b[^>]*>/g)].map(([tag]) => {
      const name = unescapeXml(/\bname="([^"]*)"/.exec(tag)?.[1] ?? '');
      const local = /\blocalSheetId="(\d+)"/.exec(tag)?.[1];
      return local === undefined ? name : `${name}@${local}`;
    }),
    text,
  };
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

import type { ZipArchive } from '../zip/ZipArchive';
import { decodeCellText } from '../xml/decodeXmlText';
import { scanPart } from '../xml/scanPart';

/**
 * The shared string table as plain strings: rich-text runs are joined, phonetic guides (<rPh>) dropped.
 */
export async function readSharedStrings(zip: ZipArchive, part: string | undefined): Promise<string[]> {
  const strings: string[] = [];
  if (!part) return strings;
  let current = '';
  let inText = false;
  let phonetic = 0;
  await scanPart(zip, part, {
    open(name, _attributes, selfClosing) {
      if (name === 'si') current = '';
      else if (name === 't' && phonetic === 0 && !selfClosing) inText = true;
      else if (name === 'rPh' && !selfClosing) phonetic++;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic = Math.max(0, phonetic - 1);
      else if (name === 'si') strings.push(detached(decodeCellText(current)));
    },
    text(raw) {
      if (inText) current += raw;
    },
    cdata(text) {
      if (inText) current += text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    },
  });
  return strings;
}

/**
 * The same text, not sharing memory with the part's decoded chunk: V8 makes a substring of 13 characters
 * or more a view of its parent, so a table of such views would pin every chunk of the part in memory.
 * Slicing a fresh concatenation flattens it into a copy that the result alone refers to.
 */
function detached(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

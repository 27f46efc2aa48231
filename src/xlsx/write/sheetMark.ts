import { SHEET_MARK_KEY } from '../../core/plan/types';
import { CONTENT_TYPE, REL_TYPE } from './pkg/ooxml';
import { insertWorksheetElement } from './pkg/importSheetXml';
import type { Package } from './pkg/Package';
import { escapeXml } from './xmlText';

/**
 * Marks a sheet as Fupan's inside its own part: a worksheet custom property named FupanSheet whose
 * value (a customProperty part, UTF-16LE as Excel stores it) is the sheet's key — what the task pane
 * sets through Office.js. The FupanSheet_<key> defined name alone is not trusted: any workbook can hold
 * such a name (see read/fupanMarks.ts). Returns the sheet's XML with its <customProperties>.
 */
export async function addSheetMark(pkg: Package, part: string, xml: string, key: string): Promise<string> {
  const property = pkg.freeName('xl/customProperty', '.bin');
  pkg.zip.file(property, Buffer.from(key, 'utf16le'));
  await pkg.setContentType(property, CONTENT_TYPE.customProperty);
  const rid = await pkg.addRel(part, REL_TYPE.customProperty, property);
  return insertWorksheetElement(
    xml,
    'customProperties',
    `<customProperties><customPr name="${escapeXml(SHEET_MARK_KEY)}" r:id="${rid}"/></customProperties>`,
  );
}

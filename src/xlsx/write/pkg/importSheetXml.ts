import { textElement } from '../xmlText';
import type { StyleOffsets } from './mergeStyles';

/**
 * Rewrites a worksheet part exceljs wrote so that it can live in another workbook: cell, row and column
 * style indices shifted by the merged stylesheet's offsets, conditional-format dxf ids likewise, and
 * shared-string cells turned into inline strings (the target's shared string table is never touched).
 * exceljs writes unprefixed SpreadsheetML with no user text inside tags, which is what makes these
 * tag-level rewrites safe.
 */
export function importSheetXml(xml: string, sharedStrings: readonly string[], offsets: StyleOffsets): string {
  return xml
    .replace(/<(c|row) ([^>]*?)\bs="(\d+)"/g, (_m, tag: string, before: string, s: string) => {
      return `<${tag} ${before}s="${Number(s) + offsets.xf}"`;
    })
    .replace(/<col ([^>]*?)\bstyle="(\d+)"/g, (_m, before: string, s: string) => {
      return `<col ${before}style="${Number(s) + offsets.xf}"`;
    })
    .replace(/<cfRule ([^>]*?)\bdxfId="(\d+)"/g, (_m, before: string, s: string) => {
      return `<cfRule ${before}dxfId="${Number(s) + offsets.dxf}"`;
    })
    .replace(
      /<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
      (_m, before: string, after: string, index: string) => {
        const text = sharedStrings[Number(index)] ?? '';
        return `<c ${before}t="inlineStr"${after}><is>${textElement(text)}</is></c>`;
      },
    );
}

/**
 * CT_Worksheet's children in schema order, from the first that may follow <sheetData>. Inserting an
 * element means putting it before the first existing element that must come after it.
 */
const WORKSHEET_TAIL = [
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
] as const;
export type WorksheetTailElement = (typeof WORKSHEET_TAIL)[number];

/** Inserts `element` (markup of a top-level worksheet element named `name`) at its schema position. */
export function insertWorksheetElement(xml: string, name: WorksheetTailElement, element: string): string {
  // Top-level elements after <sheetData>: skip anything nested in sheetData or conditional formats.
  const dataEnd = Math.max(xml.indexOf('</sheetData>'), xml.indexOf('<sheetData/>'));
  const from = Math.max(
    dataEnd,
    xml.lastIndexOf('</conditionalFormatting>'),
    xml.lastIndexOf('</dataValidations>'),
  );
  const later = WORKSHEET_TAIL.slice(WORKSHEET_TAIL.indexOf(name) + 1);
  let at = xml.lastIndexOf('</worksheet>');
  for (const next of later) {
    const found = xml.indexOf(`<${next}`, from);
    if (found >= 0 && found < at && /[\s/>]/.test(xml[found + next.length + 1] ?? '')) at = found;
  }
  return xml.slice(0, at) + element + xml.slice(at);
}

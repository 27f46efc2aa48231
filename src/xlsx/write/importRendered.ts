import { readSharedStrings } from '../read/sharedStrings';
import { readWorkbookInfo } from '../read/workbookInfo';
import { ZipArchive } from '../zip/ZipArchive';
import { importSheetXml } from './pkg/importSheetXml';
import { mergeStyles, type StyleOffsets } from './pkg/mergeStyles';
import { Package } from './pkg/Package';
import type { WorkbookEditor } from './pkg/WorkbookEditor';

const STYLES_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/** Merges the rendered workbook's stylesheet into the target and returns its sheets' XML, ready to add. */
export async function importRendered(
  pkg: Package,
  workbook: WorkbookEditor,
  rendered: Buffer,
): Promise<{ sheetXml: Map<string, string> }> {
  const zip = await ZipArchive.open(rendered);
  try {
    const info = await readWorkbookInfo(zip);
    if (!info) throw new Error('exceljs wrote no workbook part');
    const strings = await readSharedStrings(zip, info.sharedStringsPart);
    const renderedPkg = await Package.load(rendered);
    const stylesRel = (await pkg.rels(workbook.part)).find((r) => r.type.endsWith('/styles'));
    let offsets: StyleOffsets = { xf: 0, dxf: 0 };
    if (info.stylesPart) {
      const theirs = await renderedPkg.xml(info.stylesPart);
      if (stylesRel && pkg.has(stylesRel.target)) {
        offsets = mergeStyles(await pkg.xml(stylesRel.target), theirs);
      } else {
        const part = 'xl/styles.xml';
        pkg.put(part, await renderedPkg.text(info.stylesPart));
        await pkg.addRel(workbook.part, STYLES_REL, part);
        await pkg.setContentType(part, STYLES_TYPE);
      }
    }
    const sheetXml = new Map<string, string>();
    for (const sheet of info.sheets) {
      if (sheet.part)
        sheetXml.set(sheet.name, importSheetXml(await renderedPkg.text(sheet.part), strings, offsets));
    }
    return { sheetXml };
  } finally {
    zip.close();
  }
}

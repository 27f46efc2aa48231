import type { ZipArchive } from '../zip/ZipArchive';
import { findElements } from '../xml/scanPart';
import { readRelationships } from './packageParts';

export interface SheetEntry {
  readonly name: string;
  /** Worksheet part, e.g. 'xl/worksheets/sheet1.xml'; undefined for chart sheets and the like. */
  readonly part: string | undefined;
  readonly hidden: boolean;
}

export interface DefinedNameEntry {
  readonly name: string;
  /** The formula text, e.g. "'Sheet 1'!$A$1". */
  readonly formula: string;
  readonly localSheetId: number | undefined;
}

export interface WorkbookInfo {
  readonly workbookPart: string;
  readonly sheets: readonly SheetEntry[];
  readonly definedNames: readonly DefinedNameEntry[];
  readonly date1904: boolean;
  readonly sharedStringsPart: string | undefined;
  readonly stylesPart: string | undefined;
}

/** The workbook part, found through the package relationships, and what it lists. */
export async function readWorkbookInfo(zip: ZipArchive): Promise<WorkbookInfo | undefined> {
  const root = await readRelationships(zip, '');
  const workbookPart = root.find((r) => r.kind === 'officeDocument' && !r.external)?.target;
  // A binary workbook (.xlsb) has the same package layout but no XML to read.
  if (!workbookPart || !zip.has(workbookPart) || !workbookPart.toLowerCase().endsWith('.xml'))
    return undefined;
  const rels = await readRelationships(zip, workbookPart);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const elements = findElements(
    await zip.readText(workbookPart),
    ['workbook', 'sheet', 'workbookPr', 'definedName'],
    workbookPart,
  );
  // A Word or PowerPoint package has an office document too, but its root is not a workbook.
  if (elements[0]?.name !== 'workbook') return undefined;
  const sheets: SheetEntry[] = [];
  const definedNames: DefinedNameEntry[] = [];
  let date1904 = false;
  for (const el of elements) {
    if (el.name === 'sheet') {
      const rel = byId.get(relationshipId(el.attributes) ?? '');
      sheets.push({
        name: el.attributes.get('name') ?? '',
        part: rel && rel.kind === 'worksheet' && zip.has(rel.target) ? rel.target : undefined,
        hidden: (el.attributes.get('state') ?? 'visible') !== 'visible',
      });
    } else if (el.name === 'workbook') {
      continue;
    } else if (el.name === 'workbookPr') {
      const value = el.attributes.get('date1904');
      date1904 = value === '1' || value === 'true';
    } else {
      const local = el.attributes.get('localSheetId');
      definedNames.push({
        name: el.attributes.get('name') ?? '',
        formula: el.text,
        localSheetId: local === undefined ? undefined : Number(local),
      });
    }
  }
  const part = (kind: string): string | undefined => {
    const target = rels.find((r) => r.kind === kind && !r.external)?.target;
    return target && zip.has(target) ? target : undefined;
  };
  return {
    workbookPart,
    sheets,
    definedNames,
    date1904,
    sharedStringsPart: part('sharedStrings'),
    stylesPart: part('styles'),
  };
}

/** The 'r:id' attribute, whatever prefix the relationships namespace was given. */
export function relationshipId(attributes: ReadonlyMap<string, string>): string | undefined {
  for (const [name, value] of attributes) if (name === 'id' || name.endsWith(':id')) return value;
  return undefined;
}

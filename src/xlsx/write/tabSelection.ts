import type { Package } from './pkg/Package';
import type { SheetRef } from './pkg/WorkbookEditor';

/** A sheet view's selection flag, as Excel writes it. */
export const TAB_SELECTED = /(<(?:\w+:)?sheetView\b[^>]*?)\s+tabSelected="(?:1|true)"/;

/**
 * Makes `active` the only selected sheet tab: two selected tabs open grouped, and an edit then changes
 * both sheets. The given source sheets lose their flag; the caller leaves large ones alone.
 */
export async function selectOnly(
  pkg: Package,
  sheets: readonly SheetRef[],
  unselect: readonly string[],
  active: string,
): Promise<void> {
  for (const name of unselect) {
    const part = sheets.find((s) => s.name === name)?.part;
    if (!part) continue;
    const xml = await pkg.text(part);
    if (TAB_SELECTED.test(xml)) pkg.put(part, xml.replace(TAB_SELECTED, '$1'));
  }
  const part = sheets.find((s) => s.name === active)?.part;
  if (part) {
    const xml = await pkg.text(part);
    if (!TAB_SELECTED.test(xml)) pkg.put(part, xml.replace(/<((?:\w+:)?sheetView)\b/, '<$1 tabSelected="1"'));
  }
}

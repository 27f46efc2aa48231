import type { Locale } from '../../../locale';
import type { LocalizedText } from '../../../model/text';
import { ANALYSIS_ANCHORS as A } from '../../../retro/analysisAnchors';
import { DIAGNOSTIC_LABELS } from '../../analysisLabels';
import { numberFormats, type NumberFormats } from '../../numberFormats';
import type { SheetBuilder } from '../../sheetBuilder';
import { STYLES } from '../../theme';
import { reasonLine } from './cells';

/** What every diagnostics section writes into: the sheet, its language, its anchors. */
export interface SectionContext {
  readonly sheet: SheetBuilder;
  readonly locale: Locale;
  readonly fmt: NumberFormats;
  readonly anchors: Record<string, string>;
  /** A fixed word of the diagnostics sheet in the sheet's language. */
  readonly t: (key: keyof typeof DIAGNOSTIC_LABELS) => string;
}

export function sectionContext(sheet: SheetBuilder, locale: Locale): SectionContext {
  return {
    sheet,
    locale,
    fmt: numberFormats(locale),
    anchors: {},
    t: (key) => DIAGNOSTIC_LABELS[key][locale],
  };
}

/** The sheet's column widths: ten of figures, then the reasons (K) and account ids (L) of the abuse table. */
export const COLUMN_WIDTHS = [20, 14, 14, 14, 14, 14, 14, 14, 14, 14, 60, 40] as const;

/** Columns a section heading spans. */
export const SECTION_SPAN = 12;

/** The one line of a section (or part) that could not run: why, and which data would unlock it. */
export function unavailableLine(ctx: SectionContext, id: string, reason: LocalizedText): void {
  ctx.anchors[A.unavailable(id)] = reasonLine(ctx.sheet, ctx.t('unavailable'), reason, ctx.locale);
  ctx.sheet.skip();
}

/** A bold sub-heading inside a section. */
export function subheading(ctx: SectionContext, text: string): number {
  return ctx.sheet.put([[text]], 0, STYLES.label).row;
}

/** A muted explanatory line. */
export function mutedLine(ctx: SectionContext, text: string): number {
  return ctx.sheet.put([[text]], 0, STYLES.muted).row;
}

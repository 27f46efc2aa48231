import type { Locale } from '../../core/locale';
import type { UserChoices } from '../../port/hostPort';

/** The choices of a workbook Fupan has not seen: everything recognised automatically. */
export function defaultChoices(locale: Locale): UserChoices {
  return { locale, tables: [], campaign: {}, targets: [] };
}

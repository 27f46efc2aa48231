import type { Locale } from '../locale';

/** The mark ending a text cut to Excel's cell limit, saying how much was cut. */
export function truncationMark(cut: number, locale: Locale): string {
  const count = cut.toLocaleString('en-US');
  return locale === 'zh-CN' ? `…［已截断 ${count} 个字符］` : `… [${count} characters cut]`;
}

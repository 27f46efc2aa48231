import type { Locale } from '../core/locale';

/** Each language named in itself, so an analyst finds theirs whatever the pane currently speaks. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  'zh-CN': '中文（简体）',
  'en-US': 'English',
};

/** The two languages Fupan speaks; every user-facing text exists in both. */
export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Office reports display languages such as "zh-CN", "zh-TW", "en-GB": map them onto ours. */
export function localeFromLanguage(language: string | undefined | null): Locale {
  return language && language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}

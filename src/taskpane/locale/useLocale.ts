import { useContext, useMemo } from 'react';
import type { Locale } from '../../core/locale';
import { translate, translateCount, type MessageArgs, type MessageKey, type Translation } from '../../i18n';
import { LocaleContext } from './LocaleContext';

export type Translate = <K extends MessageKey>(key: K, ...args: MessageArgs<K>) => string;

export interface LocaleTools {
  readonly locale: Locale;
  readonly setLocale: (locale: Locale) => void;
  /** A pane message in the current language. */
  readonly t: Translate;
  /** "{count} rows" in the current language, singular or plural. */
  readonly rows: (count: number) => string;
  /** A text that already comes in both languages (engine and host texts), in the current one. */
  readonly pick: (text: Translation) => string;
}

/** The pane's language and its translators. */
export function useLocale(): LocaleTools {
  const context = useContext(LocaleContext);
  if (context === null) throw new Error('useLocale needs a LocaleProvider above it');
  const { locale, setLocale } = context;
  return useMemo(
    () => ({
      locale,
      setLocale,
      t: ((key, ...args) => translate(locale, key, ...args)) as Translate,
      rows: (count: number) => translateCount(locale, { one: 'rowsOne', other: 'rowsOther' }, count),
      pick: (text: Translation) => text[locale],
    }),
    [locale, setLocale],
  );
}

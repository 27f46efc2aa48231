import { createContext, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '../../core/locale';

export interface LocaleContextValue {
  readonly locale: Locale;
  readonly setLocale: (locale: Locale) => void;
}

export const LocaleContext = createContext<LocaleContextValue | null>(null);

export interface LocaleProviderProps {
  /** The language the pane opens in (Office's display language). */
  readonly initialLocale: Locale;
  readonly children?: ReactNode;
}

/** Holds the pane's language; the analyst may switch it at any time. */
export function LocaleProvider({ initialLocale, children }: LocaleProviderProps) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const value = useMemo(() => ({ locale, setLocale }), [locale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

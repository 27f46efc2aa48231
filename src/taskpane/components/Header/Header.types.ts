import type { Locale } from '../../../core/locale';

/** The pane's header: the product name and the language switch. */
export type HeaderProps = Record<string, never>;

export interface HeaderState {
  readonly title: string;
  readonly tagline: string;
  readonly languageLabel: string;
  readonly locale: Locale;
  readonly options: readonly { readonly value: Locale; readonly text: string }[];
  readonly onLocaleChange: (locale: Locale) => void;
}

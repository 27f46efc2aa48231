import type { Locale } from '../core/locale';

/** One UI text in both languages the pane speaks; a missing language fails to compile. */
export type Translation = Readonly<Record<Locale, string>>;

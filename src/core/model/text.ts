import type { Locale } from '../locale';

/** A user-facing text in both languages. Built only in src/core/messages. */
export type LocalizedText = Readonly<Record<Locale, string>>;

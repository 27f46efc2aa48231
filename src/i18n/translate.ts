import type { Locale } from '../core/locale';
import { MESSAGES, type MessageKey } from './messages';
import type { Translation } from './translation';

/** The `{name}` parameters a text uses. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;

/** The parameters of a message: those of either language. */
export type MessageParams<K extends MessageKey> =
  Placeholders<(typeof MESSAGES)[K]['zh-CN']> | Placeholders<(typeof MESSAGES)[K]['en-US']>;

/** No argument for a message without parameters, exactly its parameters otherwise. */
export type MessageArgs<K extends MessageKey> = [MessageParams<K>] extends [never]
  ? []
  : [params: Readonly<Record<MessageParams<K>, string | number>>];

/** Numbers as the locale writes them (1,234 / 1,234; never a raw float). */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

function fill(
  template: string,
  locale: Locale,
  params: Readonly<Record<string, string | number>> | undefined,
) {
  if (params === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

/** A pane text in `locale`, its parameters filled in (numbers formatted for the locale). */
export function translate<K extends MessageKey>(locale: Locale, key: K, ...args: MessageArgs<K>): string {
  return fill(MESSAGES[key][locale], locale, args[0]);
}

/** A message in both languages, for texts that travel as a Translation (e.g. a HostError's text). */
export function translation<K extends MessageKey>(key: K, ...args: MessageArgs<K>): Translation {
  return { 'zh-CN': translate('zh-CN', key, ...args), 'en-US': translate('en-US', key, ...args) };
}

/** "{count} rows" with the plural form the locale needs. */
export function translateCount(
  locale: Locale,
  keys: { readonly one: MessageKeyWithCount; readonly other: MessageKeyWithCount },
  count: number,
): string {
  const form = new Intl.PluralRules(locale).select(count) === 'one' ? keys.one : keys.other;
  return fill(MESSAGES[form][locale], locale, { count });
}

/** Messages whose only parameter is `count`. */
export type MessageKeyWithCount = {
  [K in MessageKey]: [MessageParams<K>] extends ['count'] ? K : never;
}[MessageKey];

/** Messages without parameters. */
export type PlainMessageKey = {
  [K in MessageKey]: [MessageParams<K>] extends [never] ? K : never;
}[MessageKey];

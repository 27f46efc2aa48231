import type { LocalizedText } from '../model/text';

/** Builds a LocalizedText. Only the message modules call it. */
export function text(zh: string, en: string): LocalizedText {
  return { 'zh-CN': zh, 'en-US': en };
}

const LONGEST_VALUE = 60;

/** A user value shown inside a message, shortened when long. */
export function shown(value: string): string {
  return value.length > LONGEST_VALUE ? `${value.slice(0, LONGEST_VALUE - 1)}…` : value;
}

const LISTED = 5;

/** The first few items of a list, with an ellipsis when there are more. */
export function listed(items: readonly (string | number)[], separator: string): string {
  const head = items.slice(0, LISTED).join(separator);
  return items.length > LISTED ? `${head}${separator}…` : head;
}

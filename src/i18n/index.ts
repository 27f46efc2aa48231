/** The task pane's words: zh-CN and en-US side by side, typed so that a missing translation fails to compile. */
export { fieldIds, fieldLabel, isRequiredField } from './fieldLabel';
export { LOCALE_NAMES } from './localeNames';
export { MESSAGES, type MessageKey } from './messages';
export {
  formatNumber,
  translate,
  translateCount,
  translation,
  type MessageArgs,
  type MessageKeyWithCount,
  type MessageParams,
  type PlainMessageKey,
} from './translate';
export type { Translation } from './translation';

import { flagParser } from './flag';

/** The touchpoint conversion flag: the flag words, plus conversion words. */
export const CONVERSION_WORDS = {
  yes: ['已转化', '转化', '成交', 'converted', 'conversion'],
  no: ['未转化', '未成交', 'not converted', 'no conversion'],
} as const;

export const parseConverted = flagParser(CONVERSION_WORDS);

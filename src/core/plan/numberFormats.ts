import type { Locale } from '../locale';

/**
 * Excel number format codes per locale. Currency symbols carry a locale tag so that Chinese Excel does not
 * turn '$' into '¥' and English Excel keeps '¥' (see docs/excel-host.md). Chinese headline amounts use 万 / 亿
 * through conditional sections, the convention of Chinese business reports.
 */
export interface NumberFormats {
  readonly money: string;
  readonly moneyWhole: string;
  /** Large headline amounts: 万/亿 in zh-CN, thousands separators in en-US. */
  readonly moneyHeadline: string;
  readonly count: string;
  readonly percent: string;
  readonly percentDelta: string;
  readonly ratio: string;
  readonly date: string;
  readonly dateLong: string;
  readonly decimal: string;
  readonly text: string;
}

const YUAN = '[$¥-804]';

const FORMATS: Readonly<Record<Locale, NumberFormats>> = {
  'zh-CN': {
    money: `${YUAN}#,##0.00`,
    moneyWhole: `${YUAN}#,##0`,
    moneyHeadline: `[>=100000000]${YUAN}0!.00,,"亿";[>=10000]${YUAN}0!.0,"万";${YUAN}#,##0`,
    count: '#,##0',
    percent: '0.0%',
    percentDelta: '+0.0%;-0.0%;0.0%',
    ratio: '0.00',
    date: 'yyyy-mm-dd',
    dateLong: 'yyyy"年"m"月"d"日"',
    decimal: '#,##0.00',
    text: '@',
  },
  'en-US': {
    money: `${YUAN}#,##0.00`,
    moneyWhole: `${YUAN}#,##0`,
    moneyHeadline: `${YUAN}#,##0`,
    count: '#,##0',
    percent: '0.0%',
    percentDelta: '+0.0%;-0.0%;0.0%',
    ratio: '0.00',
    date: 'yyyy-mm-dd',
    dateLong: 'mmm d, yyyy',
    decimal: '#,##0.00',
    text: '@',
  },
};

export function numberFormats(locale: Locale): NumberFormats {
  return FORMATS[locale];
}

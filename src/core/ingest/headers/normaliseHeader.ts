const BRACKETED = /[([{【〔<《「『][^)\]}】〕>》」』]*[)\]}】〕>》」』]/g;
const NOISE = /[\s\p{P}\p{S}]+/gu;
const PERCENT_UNIT = /[%％‰]|百分比|percent/i;
const TEN_THOUSAND_UNIT = /[(（[【][^)）\]】]*万[^)）\]】]*[)）\]】]/;

/**
 * The comparison form of a header: NFKC (full-width → half-width), lower case, bracketed parts such as units
 * ('(元)', '（%）', '[USD]') removed, then whitespace, punctuation and symbols removed.
 * '实付金额（元）' → '实付金额', 'Add-to-cart Visitors' → 'addtocartvisitors', 'Impr.' → 'impr'.
 */
export function normaliseHeader(header: string): string {
  return header.normalize('NFKC').toLowerCase().replace(BRACKETED, '').replace(NOISE, '');
}

/** The header states a percent unit: '跳失率(%)', 'Bounce rate %'. */
export function headerSaysPercent(header: string): boolean {
  return PERCENT_UNIT.test(header);
}

/** The header states a 万 (10,000) unit in brackets: '目标值(万元)'. */
export function headerSaysTenThousand(header: string): boolean {
  return TEN_THOUSAND_UNIT.test(header);
}

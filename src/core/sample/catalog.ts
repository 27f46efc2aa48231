/**
 * The sample store: a beauty brand's flagship store, 6 categories and 21 SKUs. Prices in yuan; weights are
 * relative demand per phase (baseline, warm-up, peak, tail). GS-601, the year-end gift box, is the hero
 * SKU of the campaign (see events.ts for its stock-out).
 */
export const SAMPLE_CATEGORIES = [
  { key: 'skincare', zh: '护肤', en: 'Skincare', refundFactor: 1 },
  { key: 'makeup', zh: '彩妆', en: 'Makeup', refundFactor: 1 },
  { key: 'fragrance', zh: '香水', en: 'Fragrance', refundFactor: 0.6 },
  { key: 'personal_care', zh: '个护', en: 'Personal Care', refundFactor: 0.8 },
  { key: 'device', zh: '美容仪器', en: 'Beauty Devices', refundFactor: 2.2 },
  { key: 'gift_set', zh: '礼盒套装', en: 'Gift Sets', refundFactor: 1.2 },
] as const;

export interface SampleSku {
  readonly code: string;
  /** Index into SAMPLE_CATEGORIES. */
  readonly category: number;
  readonly listPrice: number;
  /** Unit cost of goods / list price. */
  readonly costRatio: number;
  readonly weight: readonly [number, number, number, number];
}

const sku = (
  code: string,
  category: number,
  listPrice: number,
  costRatio: number,
  weight: readonly [number, number, number, number],
): SampleSku => ({ code, category, listPrice, costRatio, weight });

export const SAMPLE_SKUS: readonly SampleSku[] = [
  sku('SC-101', 0, 359, 0.22, [10, 10, 11, 10]),
  sku('SC-102', 0, 499, 0.24, [7, 8, 10, 7]),
  sku('SC-103', 0, 199, 0.2, [9, 9, 8, 9]),
  sku('SC-104', 0, 429, 0.25, [5, 5, 6, 5]),
  sku('SC-105', 0, 169, 0.28, [6, 5, 4, 5]),
  sku('SC-106', 0, 129, 0.3, [8, 8, 7, 8]),
  sku('MU-201', 1, 229, 0.2, [9, 9, 10, 9]),
  sku('MU-202', 1, 329, 0.25, [6, 6, 6, 6]),
  sku('MU-203', 1, 279, 0.22, [4, 4, 4, 4]),
  sku('MU-204', 1, 259, 0.24, [5, 5, 5, 5]),
  sku('FR-301', 2, 799, 0.18, [3, 3, 5, 4]),
  sku('FR-302', 2, 499, 0.2, [3, 3, 4, 4]),
  sku('PC-401', 3, 89, 0.35, [7, 7, 5, 7]),
  sku('PC-402', 3, 69, 0.38, [8, 8, 5, 8]),
  sku('PC-403', 3, 59, 0.4, [6, 6, 4, 6]),
  sku('DV-501', 4, 1999, 0.4, [1.2, 1.5, 3, 1.2]),
  sku('DV-502', 4, 2999, 0.42, [0.8, 1, 2, 0.8]),
  sku('DV-503', 4, 599, 0.38, [2, 2, 3, 2]),
  sku('GS-601', 5, 899, 0.3, [0.6, 3, 10, 2]),
  sku('GS-602', 5, 699, 0.28, [2, 3, 5, 2]),
  sku('GS-603', 5, 499, 0.25, [2, 3, 5, 2]),
];

export function skuIndex(code: string): number {
  const index = SAMPLE_SKUS.findIndex((item) => item.code === code);
  if (index < 0) throw new Error(`Unknown sample SKU ${code}`);
  return index;
}

/**
 * Order statuses as a store's export writes them. Two words mean "paid" (completed and shipped), so the
 * sample keeps its own list; both map onto the KPI contract's `paid`.
 */
export const SAMPLE_STATUSES = [
  'completed',
  'shipped',
  'unpaid',
  'cancelled',
  'refunded',
  'partially_refunded',
  'refunding',
] as const;
export type SampleStatus = (typeof SAMPLE_STATUSES)[number];

/** Status codes as stored in the generator's ledger (index into SAMPLE_STATUSES). */
export const STATUS = {
  completed: 0,
  shipped: 1,
  unpaid: 2,
  cancelled: 3,
  refunded: 4,
  partially_refunded: 5,
  refunding: 6,
} as const satisfies Record<SampleStatus, number>;

export const STATUS_WORDS: Readonly<Record<SampleStatus, { readonly zh: string; readonly en: string }>> = {
  completed: { zh: '交易成功', en: 'completed' },
  shipped: { zh: '已发货', en: 'shipped' },
  unpaid: { zh: '待付款', en: 'unpaid' },
  cancelled: { zh: '交易关闭', en: 'cancelled' },
  refunded: { zh: '已退款', en: 'refunded' },
  partially_refunded: { zh: '部分退款', en: 'partially refunded' },
  refunding: { zh: '退款中', en: 'refunding' },
};

/** The money was paid once: every status but unpaid and cancelled. */
export function isPaidCode(code: number): boolean {
  return code !== STATUS.unpaid && code !== STATUS.cancelled;
}

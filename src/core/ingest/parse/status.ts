import type { OrderStatus } from '../../model/campaign';
import type { CellValue } from '../../model/raw';
import { isPlaceholder } from './empty';
import { excelErrorOf } from './excelError';
import { EMPTY, parsed, problem, type ParseResult } from './result';
import { cellWord, wordKey, wordTable } from './words';

/**
 * Order status words, exactly those of docs/kpi-definitions (zh / en, case-insensitive; '_' and '-' read as
 * spaces, so Shopify's 'partially_refunded' is 'partially refunded'). Any other word rejects the row.
 * Olist's order_status words are mapped too (docs/metrics.md): approved, invoiced and processing are paid
 * (the payment was approved, the order not yet shipped), created is unpaid (placed, payment not approved),
 * unavailable is cancelled (the order could not be fulfilled).
 */
export const STATUS_WORDS = {
  paid: [
    '已付款',
    '已支付',
    '待发货',
    '已发货',
    '已完成',
    '交易成功',
    '已签收',
    'paid',
    'shipped',
    'completed',
    'delivered',
    'approved',
    'invoiced',
    'processing',
  ],
  unpaid: ['待付款', '未付款', '待支付', 'unpaid', 'pending', 'created'],
  cancelled: ['已取消', '交易关闭', '取消', 'cancelled', 'canceled', 'closed', 'unavailable'],
  refunded: ['已退款', '退款成功', '退货退款', 'refunded', 'returned'],
  partially_refunded: ['部分退款', 'partially refunded'],
  refunding: ['退款中', '售后中', 'refunding'],
} as const satisfies Record<OrderStatus, readonly string[]>;

const TABLE = wordTable<OrderStatus>(STATUS_WORDS);

export function parseStatus(cell: CellValue): ParseResult<OrderStatus> {
  const text = cellWord(cell);
  if (text === '' || isPlaceholder(text)) return EMPTY;
  if (excelErrorOf(text) !== null) return problem('excel_error', text);
  const status = TABLE.get(wordKey(text));
  return status === undefined ? problem('unknown_status', text) : parsed(status);
}

import type { FieldId } from '../../../model/fields';

/** Header aliases of the refunds table (after-sales export), best first. */
export const REFUND_ALIASES = {
  order_id: [
    '订单编号',
    '订单号',
    '主订单编号',
    '订单ID',
    'Order ID',
    'Order Number',
    'Order No',
    'Order',
    'Name',
  ],
  refund_amount: [
    '退款金额',
    '实退金额',
    '退款',
    '退款额',
    'Refund Amount',
    'Refunded Amount',
    'Amount Refunded',
    'Refund',
    'Amount',
  ],
  refund_time: [
    '退款时间',
    '退款日期',
    '退款完成时间',
    '退款成功时间',
    'Refund Time',
    'Refund Date',
    'Refunded at',
    'Date',
  ],
} as const satisfies Record<FieldId<'refunds'>, readonly string[]>;

import type { FieldId } from '../../../model/fields';

/** Header aliases of the payments table (Olist order_payments, ERP 支付流水), best first. */
export const PAYMENT_ALIASES = {
  order_id: [
    '订单编号',
    '订单号',
    '主订单编号',
    '订单ID',
    'order_id',
    'Order ID',
    'Order Number',
    'Order No',
  ],
  sequence: ['支付序号', '支付次序', '序号', 'payment_sequential', 'Payment Sequence', 'Sequence'],
  payment_type: ['支付方式', '付款方式', '支付渠道', 'payment_type', 'Payment Type', 'Payment Method'],
  installments: ['分期数', '分期期数', '分期', 'payment_installments', 'Installments'],
  payment_value: [
    '支付金额',
    '付款金额',
    '支付流水金额',
    'payment_value',
    'Payment Value',
    'Payment Amount',
    'Amount Paid',
  ],
} as const satisfies Record<FieldId<'payments'>, readonly string[]>;

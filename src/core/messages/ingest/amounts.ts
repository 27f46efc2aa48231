import type { LocalizedText } from '../../model/text';
import { text } from '../text';
import { tableEn, tableZh } from './where';

/** Notes on how an orders table's payment status and amounts were read (docs/input-format.md, "Amounts"). */

export function statusFromPayTime(
  sheet: string,
  paid: number,
  unpaid: number,
  column: string,
): LocalizedText {
  return text(
    `${tableZh('orders', sheet)}没有订单状态列：按「${column}」判断，有付款时间的 ${paid} 个订单算已付款，` +
      `付款时间为空的 ${unpaid} 个订单算已下单未付款（计入订单数和 GMV，不计入支付金额）。`,
    `${tableEn('orders', sheet)} has no status column: "${column}" decides. The ${paid} order(s) with a pay time ` +
      `are paid; the ${unpaid} with an empty pay time are placed but not paid (they count in orders and GMV, not ` +
      'in paid sales).',
  );
}

export function noStatusNoPayTime(sheet: string): LocalizedText {
  return text(
    `${tableZh('orders', sheet)}既没有订单状态列也没有付款时间列，每个订单都按“已付款”计算。` +
      '若表中有未付款或已取消的订单，请加上状态或付款时间列。',
    `${tableEn('orders', sheet)} has neither a status nor a pay-time column, so every order is counted as paid. ` +
      'If some orders were never paid or were cancelled, add a status or pay-time column.',
  );
}

export function paidNetOfRefunds(
  matching: number,
  refunded: number,
  total: string,
  paid: string,
): LocalizedText {
  return text(
    `「${paid}」已是扣除退款后的金额：有退款的支付订单中 ${matching}/${refunded} 个满足 ` +
      `${paid} + 退款金额 = ${total}（误差 1 分以内）。净销售额因此等于支付金额，退款不再重复扣除；` +
      `GMV 按「${total}」计算。`,
    `"${paid}" is already net of refunds: on ${matching} of the ${refunded} paid order(s) with a refund, ` +
      `${paid} + refund = ${total} (within a cent). Net sales therefore equal paid sales; refunds are not ` +
      `subtracted a second time. GMV sums "${total}".`,
  );
}

export function returnLines(lines: number, invoices: number, value: number): LocalizedText {
  const amount = value.toFixed(2);
  return text(
    `${lines} 行是取消或退货行（发票号以 C 开头，或数量、金额为负），分属 ${invoices} 张发票：不算销售，也不算订单；` +
      `其金额 ${amount} 按各自日期计入退款金额（导出中没有对应的原订单）。`,
    `${lines} line(s) in ${invoices} invoice(s) are cancellations or returns (an invoice number starting with C, ` +
      `or a negative quantity or amount): they are neither sales nor orders; their value, ${amount}, counts in ` +
      'refunds on their own days (the export does not say which order they undo).',
  );
}

export function linesWithoutCustomer(sheet: string, lines: number, column: string): LocalizedText {
  return text(
    `${tableZh('orders', sheet)}有 ${lines} 行销售行的「${column}」为空：计入销售额和订单，` +
      '但不计入买家数、新老客、复购率等客户指标。',
    `${tableEn('orders', sheet)}: ${lines} sale line(s) have an empty "${column}": they count in sales and ` +
      'orders, not in buyers or the other customer KPIs (new, returning, repurchase).',
  );
}

export function totalBesideAmount(total: string, paid: string): LocalizedText {
  return text(
    `订单有两个金额：GMV 按「${total}」（全部下单订单）计算，支付金额按「${paid}」（支付订单）计算。`,
    `Orders carry two amounts: GMV sums "${total}" over every order placed, paid sales sum "${paid}" over ` +
      'the paid orders.',
  );
}

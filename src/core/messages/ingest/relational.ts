import type { LocalizedText } from '../../model/text';
import { listed, shown, text } from '../text';
import { whereEn, whereZh, type RowRef } from './where';

/** Messages of the relational join: order lines and payments joined to order headers, customers to persons. */

function sheetsZh(sheets: readonly string[]): string {
  return listed(
    sheets.map((s) => `「${s}」`),
    '、',
  );
}

function sheetsEn(sheets: readonly string[]): string {
  return listed(
    sheets.map((s) => `"${s}"`),
    ', ',
  );
}

export function orphanLine(ref: RowRef, orderId: string): LocalizedText {
  return text(
    `${whereZh(ref)}：订单号 ${shown(orderId)} 不在订单表中，这一明细行无法归属到订单，未计入。` +
      '请检查订单号，或把该订单补进订单表。',
    `${whereEn(ref)}: order ID ${shown(orderId)} is not in the orders table, so this line belongs to no order ` +
      'and is left out. Check the order ID or add the order to the orders table.',
  );
}

export function orphanPayment(ref: RowRef, orderId: string): LocalizedText {
  return text(
    `${whereZh(ref)}：订单号 ${shown(orderId)} 不在订单表中，这笔支付无法归属到订单，未计入。` +
      '请检查订单号，或把该订单补进订单表。',
    `${whereEn(ref)}: order ID ${shown(orderId)} is not in the orders table, so this payment belongs to no order ` +
      'and is left out. Check the order ID or add the order to the orders table.',
  );
}

export function lineWithoutValue(ref: RowRef): LocalizedText {
  return text(
    `${whereZh(ref)}既没有商品金额也没有单价，无法计算这一明细行的金额，未计入。请填上其中一项。`,
    `${whereEn(ref)} has neither a line amount nor a unit price, so the line has no value and is left out. ` +
      'Fill in one of them.',
  );
}

export function conflictingPerson(
  ref: RowRef,
  customerId: string,
  person: string,
  firstPerson: string,
  firstRow: number,
): LocalizedText {
  return text(
    `${whereZh(ref)}：买家ID ${shown(customerId)} 在第 ${firstRow} 行已对应会员 ${shown(firstPerson)}，` +
      `这里却对应 ${shown(person)}。一个买家ID只能属于一个人，这一行未采用。请更正其中一行。`,
    `${whereEn(ref)}: customer ID ${shown(customerId)} already belongs to person ${shown(firstPerson)} (row ` +
      `${firstRow}), here to ${shown(person)}. A customer ID belongs to one person, so this row is not used. ` +
      'Correct one of the rows.',
  );
}

/** How the amount of orders whose header has none was taken. */
export interface AmountSources {
  readonly headerSheets: readonly string[];
  readonly fromPayments: number;
  readonly paymentSheets: readonly string[];
  readonly fromLines: number;
  readonly lineSheets: readonly string[];
  /** Whether a freight column was added to the lines' amounts. */
  readonly freightIncluded: boolean;
}

export function orderAmountFromRelations(s: AmountSources): LocalizedText {
  const zh: string[] = [];
  const en: string[] = [];
  if (s.fromPayments > 0) {
    zh.push(`${s.fromPayments} 个订单取支付表（${sheetsZh(s.paymentSheets)}）中该订单各笔支付金额之和`);
    en.push(
      `${s.fromPayments} order(s) take the sum of their payments' values (payments table, sheet ${sheetsEn(s.paymentSheets)})`,
    );
  }
  if (s.fromLines > 0) {
    const freightZh = s.freightIncluded ? '（商品金额加运费）' : '（商品金额，不含运费：明细表没有运费列）';
    const freightEn = s.freightIncluded
      ? ' (line amounts plus freight)'
      : ' (line amounts; no freight: the lines table has no freight column)';
    zh.push(`${s.fromLines} 个订单取订单明细表（${sheetsZh(s.lineSheets)}）中该订单各行金额之和${freightZh}`);
    en.push(
      `${s.fromLines} order(s) take the sum of their lines (order lines table, sheet ${sheetsEn(s.lineSheets)})${freightEn}`,
    );
  }
  return text(
    `订单表（${sheetsZh(s.headerSheets)}）没有实付金额列：${zh.join('；')}。有支付记录的订单以支付为准，其次是明细。`,
    `The orders table (sheet ${sheetsEn(s.headerSheets)}) has no paid-amount column: ${en.join('; ')}. ` +
      'Payments come first where an order has any, then lines.',
  );
}

export function ordersWithoutAmount(
  sheets: readonly string[],
  count: number,
  firstRow: number,
): LocalizedText {
  return text(
    `订单表（${sheetsZh(sheets)}）有 ${count} 个订单没有金额列，也没有任何支付或明细行（如第 ${firstRow} 行），` +
      '按金额 0 计入订单数。请补上它们的支付或明细。',
    `The orders table (sheet ${sheetsEn(sheets)}) has ${count} order(s) with no amount column and no payment ` +
      `or line either (e.g. row ${firstRow}): they count as orders with amount 0. Add their payments or lines.`,
  );
}

export function customersMappedToPersons(
  sheets: readonly string[],
  customerIds: number,
  persons: number,
  unmapped: number,
): LocalizedText {
  const restZh = unmapped > 0 ? `另有 ${unmapped} 个订单上的买家ID不在客户表中，按原买家ID计。` : '';
  const restEn =
    unmapped > 0
      ? ` ${unmapped} customer ID(s) on orders are not in the customers table and count as they are.`
      : '';
  return text(
    `客户表（${sheetsZh(sheets)}）把订单上的买家ID对应到会员：${customerIds} 个买家ID属于 ${persons} 个会员。` +
      `支付买家数、新客与复购均按会员计算。${restZh}`,
    `The customers table (sheet ${sheetsEn(sheets)}) maps the orders' customer IDs to persons: ${customerIds} ` +
      `customer ID(s) belong to ${persons} person(s). Buyers, new customers and repeat purchases count persons.${restEn}`,
  );
}

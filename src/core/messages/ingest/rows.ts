import { CAMPAIGN_ITEMS } from '../../model/fields';
import type { LocalizedText } from '../../model/text';
import { shown, text } from '../text';
import { whereEn, whereZh, type RowRef } from './where';

/**
 * Why a row was rejected. Each names the table, sheet, row, column and value, and says how to fix it.
 */

export function missingValue(ref: RowRef): LocalizedText {
  return text(
    `${whereZh(ref)}为空，而这一列是必填的。请填上该值，或删除这一行。`,
    `${whereEn(ref)} is empty, but the column is required. Fill it in or delete the row.`,
  );
}

export function excelErrorInRequired(ref: RowRef, value: string): LocalizedText {
  return text(
    `${whereZh(ref)}是 Excel 错误值 ${shown(value)}，而这一列是必填的。请修正产生该错误的公式，或删除这一行。`,
    `${whereEn(ref)} holds the Excel error ${shown(value)} in a required column. Fix the formula that produces it, or delete the row.`,
  );
}

const DECIMAL_COMMA = /^-?\d+,\d{1,2}$/;

export function notANumber(ref: RowRef, value: string): LocalizedText {
  const comma = DECIMAL_COMMA.test(value.trim());
  return text(
    `${whereZh(ref)}的“${shown(value)}”不是数字。请写成数字，例如 1234.5、¥1,234.50、1.2万。` +
      (comma ? '小数请用小数点（12.50，而不是 12,50）。' : ''),
    `${whereEn(ref)}: "${shown(value)}" is not a number. Write a number such as 1234.5, ¥1,234.50 or 1.2万.` +
      (comma ? ' Use a point for decimals (12.50, not 12,50).' : ''),
  );
}

export function notADate(ref: RowRef, value: string): LocalizedText {
  return text(
    `${whereZh(ref)}的“${shown(value)}”不是可识别的日期。请使用 2023-09-01、2023-09-01 10:00、2023/9/1、` +
      '2023年9月1日 等格式或 Excel 日期；同一列中“日/月/年”与“月/日/年”不能混用。',
    `${whereEn(ref)}: "${shown(value)}" is not a date Fupan can read. Use 2023-09-01, 2023-09-01 10:00, ` +
      '2023/9/1, 2023年9月1日 or an Excel date; do not mix day/month/year and month/day/year in one column.',
  );
}

/** Which words a flag column accepts, for the hint. */
export type FlagHint = 'flag' | 'new_customer' | 'converted';

const FLAG_HINTS = {
  flag: text('是 / 否、Y / N、TRUE / FALSE 或 1 / 0', 'yes / no, Y / N, TRUE / FALSE or 1 / 0'),
  new_customer: text('新客 / 老客、是 / 否 或 1 / 0', 'new / returning, yes / no or 1 / 0'),
  converted: text('已转化 / 未转化、是 / 否 或 1 / 0', 'converted / not converted, yes / no or 1 / 0'),
} as const satisfies Record<FlagHint, LocalizedText>;

export function notAFlag(ref: RowRef, value: string, hint: FlagHint): LocalizedText {
  return text(
    `${whereZh(ref)}的“${shown(value)}”无法识别为是或否。请填写 ${FLAG_HINTS[hint]['zh-CN']}。`,
    `${whereEn(ref)}: "${shown(value)}" is neither yes nor no. Write ${FLAG_HINTS[hint]['en-US']}.`,
  );
}

export function unknownStatus(ref: RowRef, word: string): LocalizedText {
  return text(
    `${whereZh(ref)}的订单状态“${shown(word)}”无法识别，这一行未计入。请改成下列之一：已付款、已支付、待发货、已发货、` +
      '已完成、交易成功、已签收、待付款、未付款、待支付、已取消、交易关闭、已退款、退款成功、退货退款、部分退款、退款中、售后中。',
    `${whereEn(ref)}: the order status "${shown(word)}" is not one Fupan knows, so the row is left out. Change it ` +
      'to one of: paid, shipped, completed, delivered, unpaid, pending, cancelled, closed, refunded, returned, ' +
      'partially refunded, refunding (or their Chinese forms).',
  );
}

export function unknownPhase(ref: RowRef, word: string): LocalizedText {
  return text(
    `${whereZh(ref)}的“${shown(word)}”不是可识别的阶段。请写 活动、预热期、爆发期（正式期）、收尾期（返场）或 基准期。`,
    `${whereEn(ref)}: "${shown(word)}" is not a phase Fupan knows. Write Campaign, Warm-up, Peak, Tail or Baseline.`,
  );
}

export function rateOutOfRange(ref: RowRef, value: string): LocalizedText {
  return text(
    `${whereZh(ref)}的比率“${shown(value)}”不在 0% 到 100% 之间。请检查该值（例如 45.2% 或 0.452）。`,
    `${whereEn(ref)}: the rate "${shown(value)}" is not between 0 % and 100 %. Check the value (e.g. 45.2% or 0.452).`,
  );
}

export function duplicateRow(ref: RowRef, firstRow: number, firstSheet: string = ref.sheet): LocalizedText {
  const zh = firstSheet === ref.sheet ? `第 ${firstRow} 行` : `工作表「${firstSheet}」第 ${firstRow} 行`;
  const en = firstSheet === ref.sheet ? `row ${firstRow}` : `row ${firstRow} of sheet "${firstSheet}"`;
  return text(
    `${whereZh(ref)}与${zh}每一列都相同，疑似重复，只计一次。若两行确是不同的记录，请让它们至少有一列不同。`,
    `${whereEn(ref)} is identical to ${en} in every column: a suspected duplicate, counted once. If both rows ` +
      'are real, make them differ in at least one column.',
  );
}

export function duplicateOrderId(
  ref: RowRef,
  orderId: string,
  firstRow: number,
  value: string,
  firstValue: string,
): LocalizedText {
  return text(
    `${whereZh(ref)}：订单号 ${shown(orderId)} 已在第 ${firstRow} 行出现，但这一列的值不同（“${shown(value)}”，` +
      `第 ${firstRow} 行为“${shown(firstValue)}”）。同一订单号的多行按同一订单的商品行合计，订单级信息必须一致，` +
      '因此这一行未计入。请更正订单号或这一列。',
    `${whereEn(ref)}: order ID ${shown(orderId)} already appears in row ${firstRow} with a different value in this ` +
      `column ("${shown(value)}" here, "${shown(firstValue)}" there). Rows sharing an order ID are summed as the ` +
      'lines of one order, so their order-level columns must agree; this row is left out. Correct the order ID or this column.',
  );
}

export function unknownOrder(ref: RowRef, orderId: string): LocalizedText {
  return text(
    `${whereZh(ref)}：退款对应的订单号 ${shown(orderId)} 不在订单表中，无法计入。请检查订单号，或把该订单补进订单表。`,
    `${whereEn(ref)}: the refunded order ${shown(orderId)} is not in the orders table, so the refund cannot be counted. ` +
      'Check the order ID or add the order to the orders table.',
  );
}

export function endBeforeStart(ref: RowRef, start: string, end: string): LocalizedText {
  return text(
    `${whereZh(ref)}的结束日期 ${end} 早于开始日期 ${start}。请交换或更正这两个日期。`,
    `${whereEn(ref)}: the end date ${end} is before the start date ${start}. Swap or correct the dates.`,
  );
}

export function duplicatePeriod(
  ref: RowRef,
  item: 'campaign' | 'baseline',
  firstRow: number,
  firstSheet: string = ref.sheet,
): LocalizedText {
  const name = CAMPAIGN_ITEMS[item];
  const zh = firstSheet === ref.sheet ? `第 ${firstRow} 行` : `工作表「${firstSheet}」第 ${firstRow} 行`;
  const en = firstSheet === ref.sheet ? `Row ${firstRow}` : `Row ${firstRow} of sheet "${firstSheet}"`;
  return text(
    `${whereZh(ref)}：${zh}已经给出了“${name.zh}”的日期，这一行未采用。活动节奏表中“${CAMPAIGN_ITEMS.campaign.zh}”和` +
      `“${CAMPAIGN_ITEMS.baseline.zh}”各只能有一行。`,
    `${whereEn(ref)}: ${en} already gives the ${name.en} dates, so this row is not used. A campaign calendar ` +
      `holds one ${CAMPAIGN_ITEMS.campaign.en} row and one ${CAMPAIGN_ITEMS.baseline.en} row at most.`,
  );
}

export function emptyPathStep(ref: RowRef, path: string): LocalizedText {
  return text(
    `${whereZh(ref)}的路径“${shown(path)}”中有空的步骤（两个分隔符之间、开头或结尾没有渠道），这一行未计入。` +
      '请写成 渠道A > 渠道B > 渠道C 的形式。',
    `${whereEn(ref)}: the path "${shown(path)}" has an empty step (no channel between two separators, or at ` +
      'its start or end), so the row is left out. Write it as Channel A > Channel B > Channel C.',
  );
}

export function negativeValue(ref: RowRef, value: number): LocalizedText {
  return text(
    `${whereZh(ref)}的值 ${value} 为负数，而路径的转化数、未转化数和转化金额不能小于 0，这一行未计入。请更正该值。`,
    `${whereEn(ref)}: ${value} is negative, but a path's conversions, non-conversions and value cannot be ` +
      'below 0, so the row is left out. Correct the value.',
  );
}

/** The facts a label–value block can give, for the hint. */
const LABEL_HINT = text(
  '活动名称、开始日期、结束日期、负责人、基准期（或 基准期开始/基准期结束）、预热期、爆发期、收尾期',
  'Campaign Name, Start Date, End Date, Owner, Baseline (or Baseline Start / Baseline End), Warm-up, Peak, Tail',
);

export function unknownLabel(ref: RowRef, label: string): LocalizedText {
  return text(
    `${whereZh(ref)}：标签“${shown(label)}”不是 Fupan 读取的活动信息，这一行未使用。可读取的标签：${LABEL_HINT['zh-CN']}。`,
    `${whereEn(ref)}: the label "${shown(label)}" is not a campaign fact Fupan reads, so the row is not used. ` +
      `Labels Fupan reads: ${LABEL_HINT['en-US']}.`,
  );
}

export function duplicateLabel(
  ref: RowRef,
  label: string,
  firstRow: number,
  firstSheet: string = ref.sheet,
): LocalizedText {
  const zh = firstSheet === ref.sheet ? `第 ${firstRow} 行` : `工作表「${firstSheet}」第 ${firstRow} 行`;
  const en = firstSheet === ref.sheet ? `row ${firstRow}` : `row ${firstRow} of sheet "${firstSheet}"`;
  return text(
    `${whereZh(ref)}：“${shown(label)}”已由${zh}给出，这一行未采用。请删除其中一行。`,
    `${whereEn(ref)}: "${shown(label)}" is already given by ${en}, so this row is not used. Delete one of them.`,
  );
}

export function labelWithoutValue(ref: RowRef, label: string): LocalizedText {
  return text(
    `${whereZh(ref)}：“${shown(label)}”右边一格为空。请填上它的值，或删除这一行。`,
    `${whereEn(ref)}: the cell right of "${shown(label)}" is empty. Fill it in or delete the row.`,
  );
}

export function halfDateRange(ref: RowRef, label: string, missing: 'start' | 'end'): LocalizedText {
  return text(
    `${whereZh(ref)}：有“${shown(label)}”，却没有对应的${missing === 'end' ? '结束' : '开始'}日期，这一行未使用。` +
      `请补上${missing === 'end' ? '结束' : '开始'}日期，或把两者写在一格里，如 2025-12-01 ~ 2025-12-12。`,
    `${whereEn(ref)}: "${shown(label)}" has no matching ${missing} date, so the row is not used. Add the ${missing} ` +
      'date, or write both in one cell, such as 2025-12-01 ~ 2025-12-12.',
  );
}

export function notADayRange(ref: RowRef, label: string, value: string): LocalizedText {
  return text(
    `${whereZh(ref)}：“${shown(label)}”的值“${shown(value)}”不是可识别的日期或日期范围。请写成 2025-12-01 或 ` +
      '2025-12-01 ~ 2025-12-12（也可用“至”），或把开始、结束日期分别写在右边两格。',
    `${whereEn(ref)}: the value "${shown(value)}" of "${shown(label)}" is not a date or a date range Fupan can read. ` +
      'Write 2025-12-01 or 2025-12-01 ~ 2025-12-12, or put the start and end dates in the two cells to the right.',
  );
}

export function dateOutOfRange(ref: RowRef, value: string, start: string, end: string): LocalizedText {
  return text(
    `${whereZh(ref)}的日期“${shown(value)}”远离其余数据（只接受 ${start} 至 ${end}，即数据中位日期前后各 5 年），` +
      '未计入，以免把活动期拉长到几十年。请检查该日期。',
    `${whereEn(ref)}: the date "${shown(value)}" is far from the rest of the data (only ${start} to ${end}, ` +
      'five years either side of the median date, are read), so the row is not counted: it would stretch ' +
      'the campaign period over decades. Check the date.',
  );
}

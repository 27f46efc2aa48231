import type { TableKind } from '../../model/tableKinds';
import type { LocalizedText } from '../../model/text';
import { TABLE_KIND_NAMES } from '../names';
import { listed, shown, text } from '../text';
import { tableEn, tableZh } from './where';

/** Table-level notes that travel with the ingest result. */

function sheetsZh(sheets: readonly string[]): string {
  return sheets.length === 0
    ? '（无）'
    : listed(
        sheets.map((s) => `「${s}」`),
        '、',
      );
}

function sheetsEn(sheets: readonly string[]): string {
  return sheets.length === 0
    ? '(none)'
    : listed(
        sheets.map((s) => `"${s}"`),
        ', ',
      );
}

export function noOrdersTable(sheets: readonly string[]): LocalizedText {
  return text(
    `没有找到订单表。Fupan 至少需要一张含 订单号、下单时间、实付金额 三列的表（已查看的工作表：${sheetsZh(sheets)}）。` +
      '请检查表头，或在设置中指定哪张表是订单表、哪一列对应哪一项。',
    `No orders table was found. Fupan needs at least one table with Order ID, Order Time and Paid Amount columns ` +
      `(sheets looked at: ${sheetsEn(sheets)}). Check the headers, or choose the orders table and its columns in the settings.`,
  );
}

export function noUsableOrders(sheets: readonly string[]): LocalizedText {
  return text(
    `订单表（工作表 ${sheetsZh(sheets)}）没有一行可用：所有行都被拒绝了。请查看数据质量清单中的原因并修正数据。`,
    `The orders table (sheet ${sheetsEn(sheets)}) has no usable row: every row was rejected. See the reasons in the ` +
      'data-quality list and correct the data.',
  );
}

export interface ClosestKind {
  readonly kind: TableKind;
  readonly missing: readonly LocalizedText[];
}

export function tableUnrecognised(
  sheet: string,
  table: string | undefined,
  closest: ClosestKind | null,
  block?: string,
): LocalizedText {
  const zhName =
    table !== undefined
      ? `工作表「${sheet}」中的表「${table}」`
      : block !== undefined
        ? `工作表「${sheet}」中从 ${block} 开始的区域`
        : `工作表「${sheet}」`;
  const enName =
    table !== undefined
      ? `Table "${table}" on sheet "${sheet}"`
      : block !== undefined
        ? `The block at ${block} on sheet "${sheet}"`
        : `Sheet "${sheet}"`;
  if (closest === null) {
    return text(
      `${zhName}未被读取：无法判断它是哪种表。请使用输入格式说明中的表头，或在设置中指定它的类型。`,
      `${enName} was not read: Fupan cannot tell what kind of table it is. Use the headers of the input format ` +
        'guide, or set its kind in the settings.',
    );
  }
  const kind = TABLE_KIND_NAMES[closest.kind];
  return text(
    `${zhName}未被读取：它像是${kind['zh-CN']}，但缺少必填列 ${closest.missing.map((m) => `「${m['zh-CN']}」`).join('、')}。` +
      '请把相应列的表头改成这个名称，或在设置中手动对应。',
    `${enName} was not read: it looks like a ${kind['en-US']} but lacks the required column ` +
      `${closest.missing.map((m) => `"${m['en-US']}"`).join(', ')}. Rename the matching header, or map it in the settings.`,
  );
}

export function blankRowsSkipped(
  kind: TableKind,
  sheet: string,
  rows: readonly number[],
  count: number,
): LocalizedText {
  return text(
    `${tableZh(kind, sheet)}有 ${count} 个空行（第 ${listed(rows, '、')} 行），已跳过，不计入读取的行数。`,
    `${tableEn(kind, sheet)} has ${count} blank row(s) (row ${listed(rows, ', ')}); they were skipped and are not ` +
      'counted as rows read.',
  );
}

export function excelErrorsReadAsEmpty(
  kind: TableKind,
  sheet: string,
  column: string,
  count: number,
  firstRow: number,
  value: string,
): LocalizedText {
  return text(
    `${tableZh(kind, sheet)}「${column}」列有 ${count} 个 Excel 错误值（如第 ${firstRow} 行的 ${shown(value)}）。` +
      '该列不是必填的，这些单元格按空值处理；修正公式可得到完整的数据。',
    `${tableEn(kind, sheet)}, column "${column}" holds ${count} Excel error value(s) (e.g. ${shown(value)} in row ` +
      `${firstRow}). The column is optional, so those cells are read as empty; fix the formulas for complete data.`,
  );
}

export function percentScaleInferred(kind: TableKind, sheet: string, column: string): LocalizedText {
  return text(
    `${tableZh(kind, sheet)}「${column}」列中没有 % 的数字按百分数读取（12.5 即 12.5%），因为其中有大于 1 的值。` +
      '若它们本是 0–1 的比率，请检查大于 1 的那些值。',
    `${tableEn(kind, sheet)}, column "${column}": numbers without a % sign are read as percentages (12.5 means ` +
      '12.5 %) because some exceed 1. If they are meant as ratios between 0 and 1, check the values above 1.',
  );
}

export function statusMissingReadAsPaid(sheet: string, count: number, firstRow: number): LocalizedText {
  return text(
    `${tableZh('orders', sheet)}有 ${count} 个订单的状态为空（如第 ${firstRow} 行），按“已付款”计算。` +
      '请补上状态，以免把未付款或已取消的订单算进支付金额。',
    `${tableEn('orders', sheet)}: ${count} order(s) have an empty status (e.g. row ${firstRow}) and are counted as ` +
      'paid. Fill in the status so that unpaid or cancelled orders do not count as paid sales.',
  );
}

export function roiReadAsRoas(sheet: string, row: number, metric: string): LocalizedText {
  return text(
    `${tableZh('targets', sheet)}第 ${row} 行的指标“${shown(metric)}”按投产比（ROAS = 支付金额 / 花费）计算，` +
      '这是国内团队说“ROI”时的通常含义。若指的是扣除成本后的投资回报率，请写成“净ROI”。',
    `${tableEn('targets', sheet)}, row ${row}: the metric "${shown(metric)}" is read as ROAS (投产比, paid sales / ` +
      'spend), what Chinese teams usually mean by "ROI". For the profit-based return on investment, write "net ROI".',
  );
}

export function unknownTargetMetric(sheet: string, row: number, metric: string): LocalizedText {
  return text(
    `${tableZh('targets', sheet)}第 ${row} 行的指标“${shown(metric)}”无法识别：目标会保留并显示为“未计算”。` +
      '可用的指标名见输入格式说明（如 GMV、支付金额、订单数、访客数、转化率、投产比）。',
    `${tableEn('targets', sheet)}, row ${row}: the metric "${shown(metric)}" is not one Fupan computes; the target ` +
      'is kept and shown as "not computed". See the input format guide for metric names (GMV, paid sales, orders, ' +
      'UV, conversion rate, ROAS, …).',
  );
}

export function overrideSourceMissing(sheet: string, table: string | undefined): LocalizedText {
  const zh = table === undefined ? `工作表「${sheet}」` : `工作表「${sheet}」中的表「${table}」`;
  const en = table === undefined ? `sheet "${sheet}"` : `table "${table}" on sheet "${sheet}"`;
  return text(
    `设置中指定了${zh}的类型，但没有找到它，该设置未使用。请检查工作表是否改名。`,
    `The settings give a kind for ${en}, but it was not found, so the setting is not used. Check whether the sheet was renamed.`,
  );
}

export function overrideHeaderMissing(
  kind: TableKind,
  sheet: string,
  field: LocalizedText,
  header: string,
): LocalizedText {
  return text(
    `设置把「${shown(header)}」列对应为「${field['zh-CN']}」，但${tableZh(kind, sheet)}中没有这个表头；已改为自动识别这一项。`,
    `The settings map the column "${shown(header)}" to "${field['en-US']}", but ${tableEn(kind, sheet)} has no such ` +
      'header; that field is recognised automatically instead.',
  );
}

export function refundsReplaceOrderRefunds(sheets: readonly string[]): LocalizedText {
  return text(
    `退款表（工作表 ${sheetsZh(sheets)}）中列出的订单，退款金额以退款表为准，取代订单表中的退款金额。`,
    `For the orders listed in the refunds table (sheet ${sheetsEn(sheets)}), the refund amount comes from that ` +
      "table and replaces the orders table's refund column.",
  );
}

export function periodFromOrders(start: string, end: string): LocalizedText {
  return text(
    `没有活动节奏表，活动期取订单日期范围 ${start} 至 ${end}。可添加活动节奏表或在设置中指定活动期。`,
    `No campaign calendar: the campaign period is the orders' date range, ${start} to ${end}. Add a campaign ` +
      'calendar or set the period in the settings.',
  );
}

/** Which part of the campaign settings was unusable. */
export type CampaignOptionPart = 'period' | 'baseline' | 'phase';

const PART_NAMES = {
  period: text('活动期', 'campaign period'),
  baseline: text('基准期', 'baseline'),
  phase: text('阶段', 'phase'),
} as const satisfies Record<CampaignOptionPart, LocalizedText>;

export function invalidCampaignOption(part: CampaignOptionPart, start: string, end: string): LocalizedText {
  return text(
    `设置中的${PART_NAMES[part]['zh-CN']}结束日期 ${end} 早于开始日期 ${start}，未使用。`,
    `The ${PART_NAMES[part]['en-US']} in the settings ends (${end}) before it starts (${start}), so it is not used.`,
  );
}

export function periodTooLong(
  part: CampaignOptionPart,
  start: string,
  end: string,
  maxDays: number,
): LocalizedText {
  return text(
    `${PART_NAMES[part]['zh-CN']} ${start} 至 ${end} 超过 ${maxDays} 天的上限，未使用。`,
    `The ${PART_NAMES[part]['en-US']} ${start} to ${end} is longer than the limit of ${maxDays} days, so it is not used.`,
  );
}

import type { LocalizedText } from '../model/text';
import { fieldName } from './names';
import { text } from './text';

/**
 * Every text the KPI engine shows: why a KPI is null, and what the analyst should know about how a number
 * was obtained. Each names the table, column or count at fault and says how to fix the input.
 */

function zhList(names: readonly LocalizedText[]): string {
  return names.map((n) => `「${n['zh-CN']}」`).join('或');
}

function enList(names: readonly LocalizedText[]): string {
  return names.map((n) => `"${n['en-US']}"`).join(' or ');
}

// ── Why a value is null ────────────────────────────────────────────────────────────────────────────────

export function noOrdersTable(missing: 'no_table' | 'no_usable_rows'): LocalizedText {
  return missing === 'no_table'
    ? text(
        '没有订单表：GMV、订单数、支付金额、退款、买家等订单类指标无法计算。请加入含「订单号」「下单时间」「实付金额」列的订单表。',
        'No orders table: GMV, orders, paid sales, refunds, buyers and the other order KPIs are unavailable. Add an orders sheet with "Order ID", "Order Time" and "Paid Amount" columns.',
      )
    : text(
        '订单表没有一行可用：订单类指标无法计算。请查看数据质量清单中被拒绝的行并修正数据。',
        'The orders table has no usable row: the order KPIs are unavailable. See the rejected rows in the data-quality list and correct the data.',
      );
}

export function notFinite(value: number): LocalizedText {
  const what = Number.isNaN(value) ? 'NaN' : value > 0 ? '+∞' : '−∞';
  return text(
    `计算结果超出数值范围（${what}）：输入中的金额或数量过大（例如 1e308），或相加后溢出。请检查异常大的值。`,
    `The result is out of the range of numbers (${what}): an amount or quantity in the input is too large ` +
      '(such as 1e308), or several overflow when summed. Check the input for absurdly large values.',
  );
}

export function noTrafficTable(): LocalizedText {
  return text(
    '没有流量表：访客数、浏览量、转化率、跳失率、加购率无法计算。请加入含「日期」「访客数」列的流量表。',
    'No traffic table: UV, PV, CVR, bounce rate and add-to-cart rate are unavailable. Add a traffic sheet with "Date" and "UV" columns.',
  );
}

export function noTrafficColumn(columns: readonly LocalizedText[]): LocalizedText {
  return text(
    `流量表没有${zhList(columns)}列，该指标无法计算。`,
    `The traffic table has no ${enList(columns)} column, so this KPI is unavailable.`,
  );
}

export function noSpendTable(): LocalizedText {
  return text(
    '没有推广花费表：花费、投产比、ROI、获客成本无法计算。请加入含「渠道」「花费」列的花费表。',
    'No spend table: spend, ROAS, ROI and CAC are unavailable. Add a spend sheet with "Channel" and "Spend" columns.',
  );
}

export function noCustomerColumn(): LocalizedText {
  const column = fieldName('orders', 'customer_id');
  return text(
    `订单表没有「${column['zh-CN']}」列：支付买家数、转化率、客单价、新老客与复购率无法计算。`,
    `The orders table has no "${column['en-US']}" column: buyers, CVR, ARPPU, new and returning customers and repurchase rate are unavailable.`,
  );
}

export function noOrderColumn(column: LocalizedText): LocalizedText {
  return text(
    `订单表没有「${column['zh-CN']}」列，该指标无法计算。`,
    `The orders table has no "${column['en-US']}" column, so this KPI is unavailable.`,
  );
}

export function noCogsColumn(): LocalizedText {
  const column = fieldName('orders', 'cogs');
  return text(
    `ROI 需要商品成本：订单表没有「${column['zh-CN']}」列。投产比 (ROAS) 不需要成本，仍可参考。`,
    `ROI needs the cost of goods: the orders table has no "${column['en-US']}" column. ROAS needs no cost and is still shown.`,
  );
}

export function cogsMissing(paidOrders: number): LocalizedText {
  return text(
    `ROI 需要每笔支付订单的商品成本：此范围内有 ${paidOrders} 笔支付订单的「商品成本」为空。请补全后重新生成。`,
    `ROI needs the cost of goods of every paid order: ${paidOrders} paid orders here have an empty "Cost of Goods" cell. Fill them in and run again.`,
  );
}

export function ordersHaveNoChannel(): LocalizedText {
  return text(
    '订单表没有「渠道」列：销售与买家类指标无法按渠道拆分。',
    'The orders table has no "Channel" column: sales and buyer KPIs cannot be split by channel.',
  );
}

export function trafficHasNoChannel(): LocalizedText {
  return text(
    '流量表没有「渠道」列：流量类指标无法按渠道拆分。',
    'The traffic table has no "Channel" column: traffic KPIs cannot be split by channel.',
  );
}

export function trafficNotByCategory(): LocalizedText {
  return text(
    '流量数据不分类目，类目维度下无访客数、转化率等流量指标。',
    'Traffic is not recorded per category, so traffic KPIs (UV, CVR, …) have no category breakdown.',
  );
}

export function spendNotByCategory(): LocalizedText {
  return text(
    '推广花费不分类目，类目维度下无花费、投产比、ROI、获客成本。',
    'Spend is not recorded per category, so spend, ROAS, ROI and CAC have no category breakdown.',
  );
}

export function orderAmountNotByCategory(measure: LocalizedText): LocalizedText {
  return text(
    `「${measure['zh-CN']}」按订单记录，不按商品行记录，无法拆分到类目。`,
    `"${measure['en-US']}" is recorded per order, not per item line, so it cannot be split by category.`,
  );
}

export function spendUndated(rows: number): LocalizedText {
  return text(
    `花费表有 ${rows} 行没有日期：这些花费计入整个活动期和对应渠道，无法拆分到单日、阶段或基准期。`,
    `${rows} spend rows have no date: that spend counts towards the whole campaign and its channel, but cannot be split by day, phase or baseline.`,
  );
}

export function zeroDenominator(kpi: LocalizedText, denominator: LocalizedText): LocalizedText {
  return text(
    `「${denominator['zh-CN']}」为 0，无法计算「${kpi['zh-CN']}」。`,
    `${kpi['en-US']} cannot be computed: ${denominator['en-US']} is 0.`,
  );
}

// ── Targets and baseline comparison ────────────────────────────────────────────────────────────────────

export function unknownTargetMetric(metric: string): LocalizedText {
  return text(
    `目标指标「${metric}」不是 Fupan 计算的指标：保留该目标，但不计算达成率。`,
    `"${metric}" is not a metric Fupan computes: the target is kept but not computed.`,
  );
}

export function targetChannelNotFound(channel: string): LocalizedText {
  return text(
    `目标所指渠道「${channel}」在订单、流量、花费表中都没有出现，请检查渠道名称。`,
    `The target's channel "${channel}" appears in no orders, traffic or spend row: check the channel name.`,
  );
}

export function targetNotPositive(value: number): LocalizedText {
  return text(
    `目标值 ${value} 不是正数，达成率无法计算。`,
    `The target ${value} is not a positive number, so attainment cannot be computed.`,
  );
}

export function actualNotPositive(kpi: LocalizedText, actual: number): LocalizedText {
  return text(
    `「${kpi['zh-CN']}」实际值为 ${actual}，越低越好的指标在实际值不为正时达成率（目标 ÷ 实际）无法计算。`,
    `${kpi['en-US']} is ${actual}: for a lower-is-better metric, attainment (target ÷ actual) needs a positive actual.`,
  );
}

export function baselineIsZero(kpi: LocalizedText): LocalizedText {
  return text(
    `基准期「${kpi['zh-CN']}」为 0，无法计算相对基准期的倍数。`,
    `${kpi['en-US']} is 0 in the baseline period, so the ratio to the baseline cannot be computed.`,
  );
}

// ── How a number was obtained (warnings) ──────────────────────────────────────────────────────────────

export function partialRefundsUnknown(orders: number): LocalizedText {
  return text(
    `${orders} 笔部分退款订单没有退款金额：退款金额与净销售额未计入这些退款。请加入「退款金额」列或退款表。`,
    `${orders} partially refunded orders have no refund amount: refunds and net sales leave those refunds out. Add a "Refund Amount" column or a refunds table.`,
  );
}

export function newFlagUnknown(orders: number): LocalizedText {
  return text(
    `${orders} 笔支付订单的「是否新客」为空，按非新客计。`,
    `${orders} paid orders have an empty "New Customer" cell and are counted as not new.`,
  );
}

export function newCustomersFromOrders(firstDayIso: string): LocalizedText {
  return text(
    `没有新客标记和客户表：新客按买家在所给数据中最早的支付订单判断。数据从 ${firstDayIso} 开始，此前购买过、之后才再次购买的老客会被算作新客。`,
    `No new-customer flag and no customers table: a buyer is new when their earliest paid order in the data given falls in the period. The data starts on ${firstDayIso}; customers who bought before then count as new.`,
  );
}

export function customersNotInTable(buyers: number): LocalizedText {
  return text(
    `${buyers} 位买家不在客户表中（或首单日期为空），其首单按所给订单中最早的支付订单判断。`,
    `${buyers} buyers are missing from the customers table (or have no first-order date): their first order is taken from the earliest paid order given.`,
  );
}

export function amountMissing(orders: number): LocalizedText {
  return text(
    `${orders} 笔订单金额为空，未计入金额类指标（仍计入订单数）。`,
    `${orders} orders have an empty amount: they count as orders but add nothing to amounts.`,
  );
}

export function noCategoryColumn(): LocalizedText {
  return text(
    '订单表没有「类目」列，无法按类目拆分。',
    'The orders table has no "Category" column, so there is no category breakdown.',
  );
}

export function ordersOutsidePeriods(orders: number, usedForNewCustomers: boolean): LocalizedText {
  return text(
    `${orders} 笔订单的日期既不在活动期也不在基准期内，不计入 KPI` +
      (usedForNewCustomers ? '（但其中的支付订单仍用于判断新老客）。' : '。'),
    `${orders} orders fall in neither the campaign period nor the baseline: they count in no KPI` +
      (usedForNewCustomers ? ' (their paid orders still tell returning customers from new ones).' : '.'),
  );
}

export function paidWithoutCustomer(orders: number): LocalizedText {
  return text(
    `${orders} 笔支付订单的「买家ID」为空：计入支付订单，但不计入支付买家数与转化率。`,
    `${orders} paid orders have an empty "Customer ID": they count as paid orders but not in buyers or CVR.`,
  );
}

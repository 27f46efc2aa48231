import type { AnalysisId, AnomalyMetric, FunnelStepId, LinkKind } from '../model/analysisVocabulary';
import { isoDay, type Day, type DayRange } from '../model/day';
import type { LocalizedText } from '../model/text';

/**
 * Every text the diagnostic analyses show: why an analysis is unavailable (and which data would unlock
 * it), notes on how a result was obtained, and the evidence lines of suspected coupon abuse. Each names
 * the table, column or number concerned; both languages side by side.
 */

function text(zh: string, en: string): LocalizedText {
  return { 'zh-CN': zh, 'en-US': en };
}

/** Deterministic number text (no locale lookup): thousands separators, fixed decimals. */
function num(value: number, decimals = 0): string {
  const [whole, fraction] = Math.abs(value).toFixed(decimals).split('.');
  const grouped = (whole as string).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

function pct(ratio: number): string {
  return `${num(ratio * 100, 0)}%`;
}

function span(range: DayRange): string {
  return `${isoDay(range.start)} – ${isoDay(range.end)}`;
}

export const analysisNames: Readonly<Record<AnalysisId, LocalizedText>> = {
  phases: text('活动阶段', 'Campaign phases'),
  decomposition: text('销售额差距拆解', 'Sales gap decomposition'),
  mix: text('渠道与类目结构拆解', 'Channel and category mix'),
  funnel: text('转化漏斗', 'Conversion funnel'),
  anomalies: text('异常日', 'Anomalous days'),
  channels: text('渠道效率', 'Channel efficiency'),
  customers: text('新老客与留存', 'New, returning and retained customers'),
  attribution: text('多触点归因', 'Multi-touch attribution'),
  ab_test: text('A/B 实验', 'A/B test'),
  coupon_abuse: text('疑似羊毛党', 'Suspected coupon abuse'),
  stockouts: text('缺货', 'Stock-outs'),
};

const METRIC_NAMES: Readonly<Record<AnomalyMetric, LocalizedText>> = {
  gmv: text('GMV', 'GMV'),
  orders: text('订单数', 'orders'),
  uv: text('访客数', 'UV'),
  cvr: text('转化率', 'CVR'),
};

const STEP_NAMES: Readonly<Record<FunnelStepId, LocalizedText>> = {
  visit: text('访客', 'visit'),
  view: text('商品浏览', 'product view'),
  cart: text('加购', 'add to cart'),
  order: text('下单', 'order'),
  pay: text('支付', 'payment'),
};

const LINK_NAMES: Readonly<Record<LinkKind, LocalizedText>> = {
  device: text('设备ID', 'device ID'),
  ip: text('IP地址', 'IP address'),
  address: text('收货地址', 'shipping address'),
};

const LINK_PLURALS_EN: Readonly<Record<LinkKind, string>> = {
  device: 'device IDs',
  ip: 'IP addresses',
  address: 'shipping addresses',
};

// ── Unavailable: which data would unlock the analysis ─────────────────────────────────────────────────

export function noOrders(): LocalizedText {
  return text(
    '订单表没有可用的订单，无法分析。',
    'The orders table has no usable orders, so there is nothing to analyse.',
  );
}

export function noPeriod(): LocalizedText {
  return text(
    '活动时间段无效（结束早于开始）。请检查活动表的开始与结束日期。',
    'The campaign period is invalid (it ends before it starts). Check the start and end dates in the campaign table.',
  );
}

export function noBaseline(): LocalizedText {
  return text(
    '没有基准期：在活动表中加入「基准期」一行（开始、结束日期），即可与日常水平对比。',
    'No baseline period: add a "Baseline" row (start and end dates) to the campaign table to compare the campaign with normal days.',
  );
}

export function noBaselineOrders(range: DayRange): LocalizedText {
  return text(
    `基准期（${span(range)}）内没有支付订单，无法与基准期对比。请确认订单表包含基准期的数据。`,
    `There are no paid orders in the baseline period (${span(range)}), so no comparison is possible. Make sure the orders table covers the baseline.`,
  );
}

export function noFactorTargets(withTraffic: boolean): LocalizedText {
  return withTraffic
    ? text(
        '目标表不足以拆解与目标的差距：需要「支付金额」目标加上访客数、转化率中的至少一个（或访客数与转化率、客单价三者），或支付订单数 / 笔单价目标。',
        'The targets do not pin down the gap to target: add a paid-sales target plus a UV or CVR target (or UV, CVR and per-buyer value), or a paid-orders or AOV target.',
      )
    : text(
        '目标表不足以拆解与目标的差距：需要「支付金额」目标加上「支付订单数」或「笔单价」目标。',
        'The targets do not pin down the gap to target: add a paid-sales target plus a paid-orders or AOV target.',
      );
}

export function noOrderChannel(): LocalizedText {
  return text(
    '订单表没有「渠道」列，无法按渠道拆解。',
    'The orders table has no "Channel" column, so sales cannot be split by channel.',
  );
}

export function noCategoryColumn(): LocalizedText {
  return text(
    '订单表没有「类目」列，无法按类目拆解。',
    'The orders table has no "Category" column, so sales cannot be split by category.',
  );
}

export function noTrafficForFunnel(): LocalizedText {
  return text(
    '没有流量表：转化漏斗需要含「日期」「访客数」的流量表；加上商品访客数、加购访客数、下单买家数、支付买家数列可得完整漏斗。',
    'No traffic table: the funnel needs a traffic sheet with "Date" and "UV"; add product viewers, cart visitors, ordering buyers and paying buyers for the full funnel.',
  );
}

export function noTrafficInRange(range: DayRange): LocalizedText {
  return text(
    `流量表在 ${span(range)} 内没有访客数。`,
    `The traffic table has no UV between ${span(range)}.`,
  );
}

export function noBaselineForAnomalies(minDays: number): LocalizedText {
  return text(
    `没有基准期，且活动开始前的数据不足 ${minDays} 天，无法判断异常日。请在活动表中加入「基准期」。`,
    `No baseline period, and fewer than ${minDays} days of data before the campaign, so anomalies cannot be judged. Add a "Baseline" row to the campaign table.`,
  );
}

export function noChannelData(): LocalizedText {
  return text(
    '订单表没有「渠道」列，也没有推广花费表：渠道分析无法进行。',
    'The orders table has no "Channel" column and there is no spend table: channel analysis is unavailable.',
  );
}

export function noCustomerColumn(): LocalizedText {
  return text(
    '订单表没有「买家ID」列：新老客、复购与留存无法计算。',
    'The orders table has no "Customer ID" column: new and returning customers, repurchase and retention are unavailable.',
  );
}

export function noTouchpoints(): LocalizedText {
  return text(
    '没有触点表：多触点归因需要含「用户路径ID」「触点时间」「渠道」「是否转化」的触点表，' +
      '或含「路径」「转化数」（可加「转化金额」「未转化数」）的路径汇总表。',
    'No touchpoints table: attribution needs a sheet with "Path ID", "Touch Time", "Channel" and "Converted", ' +
      'or a paths table with "Path" and "Conversions" (optionally "Conversion Value" and "Non-conversions").',
  );
}

export function noJourneys(): LocalizedText {
  return text(
    '触点表没有可用的触点（路径ID、渠道或时间为空）。',
    'The touchpoints table has no usable touches (path ID, channel or time is empty).',
  );
}

export function noVariantColumn(): LocalizedText {
  return text(
    '订单表没有「实验分组」列，没有可分析的 A/B 实验。',
    'The orders table has no "Variant" column, so there is no A/B test to read.',
  );
}

export function abNeedsCustomers(): LocalizedText {
  return text(
    'A/B 实验需要「买家ID」列，才能按用户计算转化。',
    'The A/B test needs the "Customer ID" column to count conversions per customer.',
  );
}

export function needTwoVariants(found: number): LocalizedText {
  return text(
    `「实验分组」列只有 ${found} 个分组，至少需要 2 个。`,
    `The "Variant" column has ${found} variant(s); at least 2 are needed.`,
  );
}

export function abuseNeedsCustomers(): LocalizedText {
  return text(
    '识别疑似羊毛党需要「买家ID」列。',
    'Spotting suspected coupon abuse needs the "Customer ID" column.',
  );
}

export function abuseNeedsLinks(): LocalizedText {
  return text(
    '订单表没有「设备ID」「IP地址」或「收货地址哈希」列，无法发现共用设备或地址的关联账号。',
    'The orders table has no "Device ID", "IP Address" or "Address Hash" column, so accounts sharing devices or addresses cannot be found.',
  );
}

export function noStockData(): LocalizedText {
  return text(
    '没有库存表，订单也没有「商品SKU」列：无法识别缺货。',
    'No inventory table and no "SKU" column in the orders: stock-outs cannot be found.',
  );
}

// ── Notes: how a result was obtained ──────────────────────────────────────────────────────────────────

export function ordersModelFallback(hasTraffic: boolean, hasCustomers: boolean): LocalizedText {
  const why = !hasTraffic
    ? text('没有流量表', 'there is no traffic table')
    : !hasCustomers
      ? text('订单没有买家ID', 'orders have no customer IDs')
      : text('流量表未覆盖两个对比时段', 'the traffic table does not cover both periods');
  return text(
    `按「支付订单数 × 笔单价」拆解，因为${why['zh-CN']}（访客数 × 转化率 × 人均支付额需要流量与买家数据）。`,
    `Split as paid orders × AOV because ${why['en-US']} (UV × CVR × sales per buyer needs traffic and buyer data).`,
  );
}

export function targetFactorsDisagree(product: number, salesTarget: number): LocalizedText {
  return text(
    `各因子目标相乘为 ${num(product)}，与支付金额目标 ${num(salesTarget)} 不一致；拆解以因子目标为准。`,
    `The factor targets multiply to ${num(product)}, not the paid-sales target of ${num(salesTarget)}; the decomposition uses the factor targets.`,
  );
}

export function channelUvIncomplete(): LocalizedText {
  return text(
    '流量表的渠道未覆盖所有有销售的渠道，渠道结构改以支付订单数为量。',
    'The traffic table does not name every channel with sales, so the channel mix uses paid orders as the volume.',
  );
}

export function cartFromAddToCart(): LocalizedText {
  return text('「加购」一步取自「加购人数」列。', 'The cart step uses the "Add-to-cart Visitors" column.');
}

export function funnelStepsFromOrders(): LocalizedText {
  return text(
    '流量表缺少的下单 / 支付步骤由订单表按「每日去重买家数」之和得出。',
    'Order / payment steps missing from the traffic table are derived from the orders as the sum of daily distinct buyers.',
  );
}

export function funnelStepsMissing(steps: readonly FunnelStepId[]): LocalizedText {
  return text(
    `漏斗缺少：${steps.map((s) => STEP_NAMES[s]['zh-CN']).join('、')}。在流量表中加入对应列可补全。`,
    `The funnel lacks: ${steps.map((s) => STEP_NAMES[s]['en-US']).join(', ')}. Add the matching traffic columns to complete it.`,
  );
}

export function baselineFromDaysBefore(range: DayRange): LocalizedText {
  return text(
    `未给出基准期，以活动前的数据（${span(range)}）作为基准。`,
    `No baseline period was given; the days before the campaign (${span(range)}) serve as the baseline.`,
  );
}

export function peakFromProposal(): LocalizedText {
  return text(
    '未给出爆发期，按 GMV 曲线推断的爆发期视为预期高峰，不计为异常。',
    'No peak phase was given; the peak proposed from the GMV curve is treated as expected, not anomalous.',
  );
}

export function madZeroFallback(metric: AnomalyMetric): LocalizedText {
  return text(
    `${METRIC_NAMES[metric]['zh-CN']}的基准期中位数绝对偏差为 0，改用平均绝对偏差 × 1.2533 作为尺度。`,
    `The baseline MAD of ${METRIC_NAMES[metric]['en-US']} is 0; the mean absolute deviation × 1.2533 is used as the scale instead.`,
  );
}

export function constantBaseline(metric: AnomalyMetric): LocalizedText {
  return text(
    `${METRIC_NAMES[metric]['zh-CN']}在基准期内恒定不变，无法计算异常分数。`,
    `${METRIC_NAMES[metric]['en-US']} is constant over the baseline, so no anomaly score can be computed.`,
  );
}

export function noSpendForRanking(): LocalizedText {
  return text(
    '没有推广花费表：只给出各渠道销售贡献，投产比 / ROI / 获客成本排名需要花费表。',
    "No spend table: only each channel's share of sales is shown; ranking by ROAS / ROI / CAC needs the spend table.",
  );
}

export function noOrderChannelForRoas(): LocalizedText {
  return text(
    '订单表没有「渠道」列，各渠道销售额未知，投产比无法计算。',
    'The orders table has no "Channel" column, so per-channel sales, and hence ROAS, are unknown.',
  );
}

export function roiNeedsCogs(): LocalizedText {
  return text(
    '部分渠道缺少商品成本，按投产比 (ROAS) 排名；加入「商品成本」列可按 ROI 排名。',
    'Some channels lack cost of goods, so channels are ranked by ROAS; add a "Cost of Goods" column to rank by ROI.',
  );
}

export function noHistoryBeforePeriod(): LocalizedText {
  return text(
    '数据从活动开始才有记录，按「数据中的首单」判断时所有买家都会显示为新客。请加入「是否新客」列或客户表的首单日期。',
    'The data starts with the campaign, so judged by their first order in the data every buyer looks new. Add a "New Customer" column or first-order dates in a customers table.',
  );
}

export function partialRetentionWindow(covered: number, window: number): LocalizedText {
  return text(
    `活动结束后只有 ${covered} 天数据（不足 ${window} 天），留存率偏低估。`,
    `The data holds only ${covered} days after the campaign (of ${window}), so retention is understated.`,
  );
}

export function noDataAfterPeriod(): LocalizedText {
  return text(
    '数据没有活动结束后的订单：留存需要活动后 30 天的订单数据。',
    'The data has no orders after the campaign: retention needs the 30 days of orders after it ends.',
  );
}

export function skippedTouches(count: number): LocalizedText {
  return text(
    `${num(count)} 个触点缺少路径ID、渠道或时间，已跳过。`,
    `${num(count)} touches without a path ID, channel or time were skipped.`,
  );
}

export function noPathJourneys(): LocalizedText {
  return text(
    '路径汇总表没有可用的路径（每一行的转化数与未转化数都为 0）。',
    'The paths table has no usable paths (every row has 0 conversions and 0 non-conversions).',
  );
}

export function pathsHaveNoTimes(): LocalizedText {
  return text(
    '归因来自路径汇总表：路径没有触点时间，因此不计算时间衰减模型。',
    'Attribution comes from the paths table: paths carry no touch times, so the time-decay model is left out.',
  );
}

export function pathsWithoutNulls(): LocalizedText {
  return text(
    '路径汇总表没有「未转化数」列：马尔可夫模型只看到转化的路径（转化概率为 1），渠道的移除效应只反映有多少路径经过它，' +
      '而不反映经过它的路径有多少没有转化。',
    'The paths table has no non-conversion column: the Markov model sees converting paths only (P(conversion) = 1), ' +
      'so a channel’s removal effect reflects how many paths pass through it, not how often those paths fail.',
  );
}

export function pathsTableNotUsed(): LocalizedText {
  return text(
    '同时有触点表和路径汇总表：归因使用带时间的触点表，路径汇总表未计入，以免同一批路径计算两次。',
    'There are both a touchpoints table and a paths table: attribution uses the touchpoints (they have times) ' +
      'and leaves the paths table out, so that no journey counts twice.',
  );
}

export function noConversionsInPaths(): LocalizedText {
  return text(
    '路径汇总表中转化数全为 0，归因结果全为 0。',
    'Every path in the paths table has 0 conversions, so every credit is 0.',
  );
}

export function noConversionsInJourneys(): LocalizedText {
  return text(
    '触点表中没有转化，归因结果全为 0。',
    'No journey in the touchpoints table converted, so every credit is 0.',
  );
}

export function exposuresIncomplete(): LocalizedText {
  return text(
    '提供的曝光人数未覆盖所有实验分组，改按下单用户计算转化。',
    'The exposure counts do not cover every variant, so conversion is computed among ordering customers.',
  );
}

export function conversionAmongOrderingCustomers(): LocalizedText {
  return text(
    '没有各组曝光（访客）人数：「转化率」为下单用户中完成支付的比例，而非访客转化率。提供各组曝光人数可得访客转化率。',
    'No exposures (visitors) per variant: "conversion" is the share of ordering customers who paid, not the visitor conversion rate. Provide exposures per variant for the visitor rate.',
  );
}

export function customersInSeveralVariants(count: number): LocalizedText {
  return text(
    `${num(count)} 位买家出现在多个实验分组中，已排除。`,
    `${num(count)} customers appear in more than one variant and were excluded.`,
  );
}

export function controlNotFound(name: string): LocalizedText {
  return text(
    `未找到指定的对照组「${name}」，已按默认规则选择对照组。`,
    `The control "${name}" was not found; the default rule chose the control.`,
  );
}

export function severalComparisons(count: number): LocalizedText {
  return text(
    `共 ${count} 组实验与对照比较，未做多重比较校正；判断显著性时请从严。`,
    `${count} variants are compared with the control without a multiple-comparison correction; judge significance strictly.`,
  );
}

export function srmOnOrderingCustomers(): LocalizedText {
  return text(
    '样本比例检验基于下单用户数（而非分流人数），仅供参考。',
    'The sample-ratio check uses ordering customers (not assigned users), so it is indicative only.',
  );
}

export function needsOrders(id: AnalysisId, missing: 'no_table' | 'no_usable_rows'): LocalizedText {
  const name = analysisNames[id];
  return missing === 'no_table'
    ? text(
        `没有订单表：${name['zh-CN']}需要订单。加入订单表（订单号、下单时间、实付金额）即可得到这一分析。`,
        `No orders table: ${name['en-US']} needs orders. Add an orders table (order ID, order time, paid amount) to get it.`,
      )
    : text(
        `订单表没有一行可用：${name['zh-CN']}需要订单。请修正数据质量清单中被拒绝的订单行。`,
        `The orders table has no usable row: ${name['en-US']} needs orders. Correct the rejected order rows listed in the data-quality sheet.`,
      );
}

export function experimentUnits(units: number): LocalizedText {
  return text(
    `来自实验记录表：每组的样本为清洗后的不重复用户（共 ${num(units)} 个），转化率 = 转化用户 ÷ 用户，即访客转化率；检验为双侧两比例 z 检验。`,
    `From the experiment log: each group's sample is its distinct units after cleaning (${num(units)} in all); conversion = converted units ÷ units, the visitor conversion rate; the test is a two-sided two-proportion z-test.`,
  );
}

export function experimentOverOrderVariant(): LocalizedText {
  return text(
    '订单表也有「实验分组」列：A/B 测试采用实验记录表（访客级数据），未使用订单的分组。',
    'The orders also have a "Variant" column: the A/B test uses the experiment log (visitor-level data), not the orders\' variants.',
  );
}

export function experimentMismatchExcluded(
  rows: number,
  pairs: readonly { readonly group: string; readonly page: string }[],
): LocalizedText {
  const list = pairs.map((p) => `${p.group} ↔ ${p.page}`);
  return text(
    `已排除 ${num(rows)} 行分组与落地页不一致的记录（规则：每组以其最常见的落地页为准，${list.join('，')}）。`,
    `${num(rows)} rows whose group and page disagree were excluded (rule: each group's page is its most frequent one, ${list.join(', ')}).`,
  );
}

export function experimentRepeatsExcluded(units: number, rows: number): LocalizedText {
  return text(
    `${num(units)} 个用户出现不止一次：每个用户只保留最早的一行，排除了 ${num(rows)} 行。`,
    `${num(units)} unit(s) appear more than once: each keeps its earliest row; ${num(rows)} extra row(s) were excluded.`,
  );
}

export function abuseIsSuspicion(): LocalizedText {
  return text(
    '以下均为「疑似」：关联账号可能是家人、同事或共用网络，请结合原因人工核实。',
    'Everything here is suspected: linked accounts may be family, colleagues or a shared network; check the reasons by hand.',
  );
}

export function abuseNoRegistrations(): LocalizedText {
  return text(
    '没有客户表的注册日期，未检查集中注册。',
    'No registration dates (customers table), so burst sign-ups were not checked.',
  );
}

export function abuseNoDiscounts(): LocalizedText {
  return text(
    '订单表没有优惠金额列，未检查纯券订单与优惠成本。',
    'The orders have no discount column, so coupon-only orders and discount cost were not checked.',
  );
}

export function lostSalesIsEstimate(): LocalizedText {
  return text(
    '损失销售额为估算：缺货前 5 日日均销量 × 单价 × 缺货天数，假设需求维持缺货前水平。',
    'Lost sales are an estimate: average daily units before the stock-out × unit price × days out, assuming demand stayed at its pre-stock-out level.',
  );
}

export function stockoutsFromSalesOnly(zeroDays: number, priorDays: number, minUnits: number): LocalizedText {
  return text(
    `没有库存表：缺货按销量推断——此前 ${priorDays} 天日均销量 ≥ ${minUnits} 件后连续 ${zeroDays} 天以上零销量。`,
    `No inventory table: stock-outs are inferred from sales — ${zeroDays}+ days without sales after ${priorDays} days averaging ≥ ${minUnits} units.`,
  );
}

export function noSkuSalesForLostSales(): LocalizedText {
  return text(
    '订单没有「商品SKU」列，无法估算缺货损失。',
    'The orders have no "SKU" column, so lost sales cannot be estimated.',
  );
}

// ── Evidence of suspected coupon abuse ────────────────────────────────────────────────────────────────

export function abuseSharedValues(kind: LinkKind, accounts: number, values: number): LocalizedText {
  return text(
    `${accounts} 个账号关联，其中共用 ${values} 个${LINK_NAMES[kind]['zh-CN']}。`,
    `${accounts} linked accounts share ${values} ${values === 1 ? LINK_NAMES[kind]['en-US'] : LINK_PLURALS_EN[kind]}.`,
  );
}

export function abuseBurst(count: number, accounts: number, first: Day, last: Day): LocalizedText {
  return text(
    `${accounts} 个账号中有 ${count} 个在 ${isoDay(first)} 至 ${isoDay(last)} 集中注册。`,
    `${count} of ${accounts} accounts registered between ${isoDay(first)} and ${isoDay(last)}.`,
  );
}

export function abuseCouponOnly(couponOnly: number, paidOrders: number, share: number): LocalizedText {
  return text(
    `${paidOrders} 笔支付订单中 ${couponOnly} 笔优惠占原价 ≥ ${pct(share)}（纯券订单）。`,
    `${couponOnly} of ${paidOrders} paid orders had discounts of ≥ ${pct(share)} of list price (coupon-only).`,
  );
}

export function abuseDiscountCost(cost: number): LocalizedText {
  return text(`涉及优惠成本 ${num(cost, 2)}。`, `Discount cost involved: ${num(cost, 2)}.`);
}

/** An analysis of a retro built from aggregate tables (fupan sql's output), which hold no row. */
export function needsRowLevel(id: AnalysisId): LocalizedText {
  const name = analysisNames[id];
  return {
    'zh-CN': `${name['zh-CN']}需要逐行数据：本复盘由聚合表（fupan sql 的输出）生成，只含 KPI 所需的汇总，未做这一分析。用 fupan retro 读原始数据即可得到它（见 docs/scale.md）。`,
    'en-US': `${name['en-US']} needs row-level data: this retro was built from aggregate tables (the output of fupan sql), which hold only the sums the KPIs need, so it was not run. Run fupan retro on the raw data to get it (see docs/scale.md).`,
  };
}

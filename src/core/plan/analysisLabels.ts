import type { AnomalyMetric } from '../analysis/anomalies';
import type { AttributionModel } from '../analysis/attribution';
import type { LinkKind, SuspicionLevel } from '../analysis/couponAbuse';
import type { NewCustomerBasis } from '../analysis/customers';
import type { SalesFactorId } from '../analysis/decomposition';
import type { FunnelStepId } from '../analysis/funnel';
import type { MixBasis } from '../analysis/mixDecomposition';
import type { Stockout } from '../analysis/stockouts';
import type { PhaseKind } from '../model/campaign';
import type { LocalizedText } from '../model/text';
import { campaignItemName } from '../messages/names';

/**
 * Fixed words of the funnel, customers and diagnostics sheets (headers, section titles, chart titles) and
 * the names of the analyses' closed vocabularies (funnel steps, sales factors, attribution models …),
 * both languages side by side. The retro sentences about these analyses reuse the vocabulary names.
 */
const L = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, 'en-US': en });

export const STEP_LABELS: Readonly<Record<FunnelStepId, LocalizedText>> = {
  visit: L('访客', 'Visit'),
  view: L('商品浏览', 'Product view'),
  cart: L('加购', 'Add to cart'),
  order: L('下单', 'Order'),
  pay: L('支付', 'Pay'),
};

export const FACTOR_LABELS: Readonly<Record<SalesFactorId, LocalizedText>> = {
  uv: L('访客数', 'UV'),
  cvr: L('转化率', 'CVR'),
  sales_per_buyer: L('人均支付额（每买家日）', 'Sales per buyer-day'),
  paid_orders: L('支付订单数', 'Paid orders'),
  aov: L('笔单价', 'AOV'),
};

export const ANOMALY_METRIC_LABELS: Readonly<Record<AnomalyMetric, LocalizedText>> = {
  gmv: L('GMV', 'GMV'),
  orders: L('订单数', 'Orders'),
  uv: L('访客数', 'UV'),
  cvr: L('转化率', 'CVR'),
};

export const MODEL_LABELS: Readonly<Record<AttributionModel, LocalizedText>> = {
  first_touch: L('首次触点', 'First touch'),
  last_touch: L('末次触点', 'Last touch'),
  linear: L('线性', 'Linear'),
  time_decay: L('时间衰减', 'Time decay'),
  position_based: L('位置（40/20/40）', 'Position-based'),
  markov: L('马尔可夫', 'Markov'),
};

export const LINK_LABELS: Readonly<Record<LinkKind, LocalizedText>> = {
  device: L('共用设备', 'Shared devices'),
  ip: L('共用IP', 'Shared IPs'),
  address: L('共用地址', 'Shared addresses'),
};

export const LEVEL_LABELS: Readonly<Record<SuspicionLevel, LocalizedText>> = {
  high: L('疑似（高）', 'Suspected (high)'),
  medium: L('疑似（中）', 'Suspected (medium)'),
  low: L('疑似（低）', 'Suspected (low)'),
};

export const MIX_BASIS_LABELS: Readonly<Record<MixBasis, LocalizedText>> = {
  uv: L('访客数', 'UV'),
  paid_orders: L('支付订单数', 'paid orders'),
  units: L('销售件数', 'units sold'),
  lines: L('支付商品行数', 'paid order lines'),
};

export const PHASE_LABELS: Readonly<Record<PhaseKind, LocalizedText>> = {
  warmup: campaignItemName('warmup'),
  peak: campaignItemName('peak'),
  tail: campaignItemName('tail'),
};

export const NEW_BASIS_LABELS: Readonly<Record<NewCustomerBasis, LocalizedText>> = {
  flag: L('订单的「是否新客」标记', 'the orders’ new-customer flag'),
  customers_table: L('客户表的首单日期', 'first-order dates in the customers table'),
  first_order_in_data: L('数据中的首单', 'the first order in the data'),
};

export const STOCKOUT_SOURCE_LABELS: Readonly<Record<Stockout['source'], LocalizedText>> = {
  inventory: L('库存为 0', 'Stock at 0'),
  sales_stopped: L('销量中断', 'Sales stopped'),
};

export const FUNNEL_LABELS = {
  subtitle: L(
    '活动期的转化漏斗（每日人数之和）；转化率与流失均为计数上的公式。',
    'The campaign’s conversion funnel (daily counts summed); rates and drop-offs are formulas over the counts.',
  ),
  steps: L('漏斗步骤', 'Funnel steps'),
  step: L('步骤', 'Step'),
  count: L('人数', 'Count'),
  fromPrevious: L('较上一步转化率', 'Rate from previous'),
  fromFirst: L('较首步转化率', 'Rate from first'),
  lost: L('流失人数', 'Drop-off'),
  lostRate: L('流失率', 'Drop-off rate'),
  source: L('来源', 'Source'),
  fromTraffic: L('流量表', 'Traffic'),
  fromOrders: L('订单表（每日去重买家）', 'Orders (daily distinct buyers)'),
  biggest: L('◀ 最大流失', '◀ Biggest drop-off'),
  chart: L('转化漏斗', 'Conversion funnel'),
  chartData: L(
    '图表数据（条形图自下而上绘制，故倒序列出）',
    'Chart data (a bar chart draws bottom-up, so the steps are listed in reverse)',
  ),
  byChannel: L('分渠道漏斗', 'Funnel by channel'),
  channel: L('渠道', 'Channel'),
  endToEnd: L('全链路转化率', 'End-to-end rate'),
  biggestDrop: L('最大流失环节', 'Biggest drop-off'),
  noByChannel: L(
    '流量表没有「渠道」列：无法按渠道拆分漏斗。',
    'The traffic table has no "Channel" column: the funnel cannot be split by channel.',
  ),
  unavailable: L('转化漏斗无法生成：', 'The funnel is unavailable: '),
  notes: L('说明', 'Notes'),
} as const satisfies Record<string, LocalizedText>;

export const CUSTOMER_LABELS = {
  subtitle: L(
    '活动期买家：新客与老客、复购与留存；占比、客单价与比率均为公式。',
    'Buyers of the campaign: new and returning, repurchase and retention; shares, AOV and rates are formulas.',
  ),
  newVsReturning: L('新客与老客', 'New vs returning'),
  group: L('客群', 'Group'),
  new: L('新客', 'New'),
  returning: L('老客', 'Returning'),
  total: L('合计', 'Total'),
  buyers: L('买家数', 'Buyers'),
  share: L('买家占比', 'Share of buyers'),
  paidSales: L('支付金额', 'Paid sales'),
  paidOrders: L('支付订单数', 'Paid orders'),
  aov: L('客单价（笔单价）', 'AOV'),
  salesPerBuyer: L('人均支付额', 'Sales per buyer'),
  basis: L('新老客判断依据：', 'New or returning judged by: '),
  buyersWord: L('位买家', 'buyers'),
  loyalty: L('复购与留存', 'Repurchase and retention'),
  measure: L('指标', 'Measure'),
  count: L('人数', 'Count'),
  base: L('基数（买家）', 'Base (buyers)'),
  rate: L('比率', 'Rate'),
  repurchase: L('复购率（活动期 ≥ 2 笔支付订单）', 'Repurchase rate (≥ 2 paid orders in the campaign)'),
  retention: L('留存率（活动后 {days} 天内再次支付）', 'Retention (paid again within {days} days after)'),
  partial: L('（窗口不完整：仅 {covered} 天数据）', ' (partial window: {covered} days of data)'),
  buyersChart: L('新老客买家占比', 'Buyers: new vs returning'),
  aovChart: L('新老客客单价', 'AOV: new vs returning'),
  unavailable: L('客户分析无法生成：', 'Customer analysis is unavailable: '),
  noRetention: L('留存率无法计算：', 'Retention is not computed: '),
  notes: L('说明', 'Notes'),
} as const satisfies Record<string, LocalizedText>;

export const DIAGNOSTIC_LABELS = {
  subtitle: L(
    '数字为什么变化：拆解、结构、异常、渠道、归因、实验与风险。每一节仅在数据足够时出现，否则说明缺什么数据。',
    'Why the numbers moved: decomposition, mix, anomalies, channels, attribution, experiments and risks. Each section appears only with its data; otherwise it says which data would unlock it.',
  ),
  unavailable: L('无法分析：', 'Not available: '),
  // Phases and peaks
  phases: L('活动阶段与日峰值', 'Phases and daily peaks'),
  period: L('期间', 'Period'),
  campaign: L('活动期', 'Campaign'),
  baseline: campaignItemName('baseline'),
  start: L('开始', 'Start'),
  end: L('结束', 'End'),
  days: L('天数', 'Days'),
  gmv: L('GMV', 'GMV'),
  shareOfGmv: L('GMV 占比', 'Share of GMV'),
  dailyGmv: L('日均 GMV', 'GMV per day'),
  vsBaselineDaily: L('为基准日均的倍数', '× baseline daily'),
  peakDays: L('GMV 最高的日子', 'Top days by GMV'),
  date: L('日期', 'Date'),
  phase: L('阶段', 'Phase'),
  orders: L('订单数', 'Orders'),
  // Decomposition
  decomposition: L('销售额差距拆解', 'Sales gap decomposition'),
  vsBaseline: L('对比基准期', 'Against the baseline'),
  vsTarget: L('对比目标', 'Against the target'),
  factor: L('因子', 'Factor'),
  before: L('基准', 'Baseline'),
  target: L('目标', 'Target'),
  actual: L('活动实际', 'Campaign'),
  effect: L('影响（元）', 'Effect (¥)'),
  shareOfGap: L('占差距比例', 'Share of gap'),
  paidSales: L('支付金额（合计）', 'Paid sales (total)'),
  identity: L(
    '支付金额 = 访客数 × 转化率 × 人均支付额；各因子影响（LMDI）之和等于差距。',
    'Paid sales = UV × CVR × sales per buyer-day; the factor effects (LMDI) sum to the gap.',
  ),
  identityOrders: L(
    '支付金额 = 支付订单数 × 笔单价；各因子影响之和等于差距。',
    'Paid sales = paid orders × AOV; the factor effects sum to the gap.',
  ),
  scaled: L(
    '基准期按天数折算 × {scale}（{range}）。',
    'Baseline scaled × {scale} to the campaign’s days ({range}).',
  ),
  mainDriver: L('主要驱动因子：', 'Main driver: '),
  waterfallData: L(
    '瀑布图数据（隐藏的底座 + 增加 + 减少）',
    'Waterfall data (invisible base + increase + decrease)',
  ),
  step: L('步骤', 'Step'),
  startValue: L('起点', 'Start'),
  endValue: L('终点', 'End'),
  base: L('底座', 'Base'),
  increase: L('增加', 'Increase'),
  decrease: L('减少', 'Decrease'),
  total: L('合计', 'Total'),
  waterfallBaseline: L('从基准期到活动期的支付金额', 'Paid sales: baseline to campaign'),
  waterfallTarget: L('从目标到实际的支付金额', 'Paid sales: target to actual'),
  reordered: L(
    '中途累计值会低于 0，瀑布图先列正向影响。',
    'A running total would fall below 0, so the waterfall lists the positive effects first.',
  ),
  // Mix
  mix: L('结构拆解：规模 × 结构 × 效率', 'Mix decomposition: activity × mix × rate'),
  mixByChannel: L('按渠道', 'By channel'),
  mixByCategory: L('按类目', 'By category'),
  mixBasis: L('规模口径：', 'Activity measured as '),
  group: L('分组', 'Group'),
  salesBefore: L('基准期支付金额', 'Baseline sales'),
  salesAfter: L('活动期支付金额', 'Campaign sales'),
  change: L('变化', 'Change'),
  activityEffect: L('规模影响', 'Activity effect'),
  mixEffect: L('结构影响', 'Mix effect'),
  rateEffect: L('效率影响', 'Rate effect'),
  empty: L('（未填）', '(empty)'),
  // Categories and returns
  categories: L('类目销售与退款', 'Categories: sales and returns'),
  category: L('类目', 'Category'),
  shareOfSales: L('销售占比', 'Share of sales'),
  highReturn: L(
    '退款率 ≥ {threshold} 的类目标红（整体退款率的 1.5 倍且至少高 5 个百分点）。',
    'Categories with a return rate ≥ {threshold} are in red (1.5× the overall rate and at least 5 points above it).',
  ),
  // Anomalies
  anomalies: L('异常日', 'Anomalous days'),
  metric: L('指标', 'Metric'),
  value: L('实际值', 'Value'),
  expected: L('预期（基准中位数）', 'Expected (baseline median)'),
  deviation: L('偏离', 'Deviation'),
  z: L('稳健 z 值', 'Robust z'),
  zScore: L('z 值', 'z'),
  direction: L('方向', 'Direction'),
  high: L('偏高', 'High'),
  low: L('偏低', 'Low'),
  noAnomalies: L(
    '活动期没有异常日（|z| > {threshold}）。',
    'No anomalous day in the campaign (|z| > {threshold}).',
  ),
  expectedPeaks: L(
    '另有 {count} 个计划中的高峰（爆发期）读数超出阈值，属预期，不计为异常。',
    '{count} readings on planned peak days are beyond the threshold too: expected, not anomalies.',
  ),
  // Channels
  channels: L('渠道效率排名', 'Channel efficiency ranking'),
  rank: L('排名', 'Rank'),
  channel: L('渠道', 'Channel'),
  sales: L('支付金额', 'Paid sales'),
  paidOrders: L('支付订单数', 'Paid orders'),
  spend: L('花费', 'Spend'),
  roas: L('投产比 (ROAS)', 'ROAS'),
  roi: L('ROI', 'ROI'),
  budget: L('预算', 'Budget'),
  budgetUse: L('预算使用率', 'Budget use'),
  budgetVariance: L('超支（+）/结余（−）', 'Over (+) / under (−) budget'),
  rankedBy: L('排名依据：', 'Ranked by '),
  best: L('最佳：', 'best: '),
  worst: L('最差：', 'worst: '),
  notRanked: L('未排名', 'not ranked'),
  // Attribution
  attribution: L(
    '多触点归因（各模型的转化归属）',
    'Multi-touch attribution (conversions credited per model)',
  ),
  attributionSummary: L(
    '{journeys} 条路径，{conversions} 次转化；各模型归属之和等于转化数。',
    '{journeys} journeys, {conversions} conversions; every model’s credits sum to the conversions.',
  ),
  attributionChart: L('各模型的渠道转化归属', 'Conversions credited per channel and model'),
  // A/B test
  abTest: L('A/B 实验', 'A/B test'),
  variant: L('分组', 'Variant'),
  units: L('样本数', 'Units'),
  converted: L('转化数', 'Converted'),
  rate: L('转化率', 'Conversion rate'),
  revenue: L('收入', 'Revenue'),
  revenuePerUnit: L('人均收入', 'Revenue per unit'),
  comparison: L('对比', 'Comparison'),
  difference: L('差值（百分点）', 'Difference'),
  lift: L('相对提升', 'Relative lift'),
  pValue: L('p 值', 'p-value'),
  ciLow: L('95% 置信区间下限', '95% CI low'),
  ciHigh: L('95% 置信区间上限', '95% CI high'),
  significant: L('显著性', 'Significance'),
  isSignificant: L('显著', 'Significant'),
  notSignificant: L('不显著', 'Not significant'),
  srm: L('样本比例检验 (SRM)', 'Sample-ratio check (SRM)'),
  srmOk: L('通过（p = {p}）', 'OK (p = {p})'),
  srmBad: L('样本比例失衡（p = {p}）：结果不可信', 'Mismatch (p = {p}): do not trust the result'),
  control: L('（对照组）', ' (control)'),
  // Coupon abuse
  abuse: L('疑似羊毛党（关联账号）', 'Suspected coupon abuse (linked accounts)'),
  cluster: L('关联组', 'Cluster'),
  level: L('疑似程度', 'Suspicion'),
  accounts: L('账号数', 'Accounts'),
  burst: L('集中注册', 'Burst sign-ups'),
  couponOnly: L('纯券订单', 'Coupon-only orders'),
  discountAtRisk: L('涉及优惠成本', 'Discount at risk'),
  reasons: L('依据', 'Evidence'),
  accountIds: L('账号（部分）', 'Accounts (listed)'),
  noClusters: L('没有发现 3 个及以上账号的关联组。', 'No cluster of 3 or more linked accounts was found.'),
  shareOfDiscounts: L('占全部优惠成本', 'of all discount cost'),
  // Stock-outs
  stockouts: L('缺货', 'Stock-outs'),
  sku: L('SKU', 'SKU'),
  source: L('依据', 'Evidence'),
  firstDay: L('首日', 'First day'),
  lastDay: L('末日', 'Last day'),
  daysOut: L('缺货天数', 'Days out'),
  recovered: L('已恢复', 'Recovered'),
  yes: L('是', 'Yes'),
  no: L('否', 'No'),
  priorUnits: L('缺货前日均销量', 'Daily units before'),
  unitPrice: L('单价', 'Unit price'),
  lostSales: L('估算损失销售额', 'Estimated lost sales'),
  noStockouts: L('活动期没有发现缺货。', 'No stock-out was found in the campaign.'),
} as const satisfies Record<string, LocalizedText>;

/** Fills `{name}` placeholders of a label. */
export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}

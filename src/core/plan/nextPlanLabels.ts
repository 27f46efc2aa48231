import type { LocalizedText } from '../model/text';

const L = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, 'en-US': en });

/** The words of the next-campaign plan sheet (复盘-下次计划). */
export const NEXT_PLAN_LABELS = {
  subtitle: L(
    '下次同形活动（相同阶段与天数）的目标：访客 × 转化率 × 客单价，按渠道。黄底单元格是假设，可改；目标是公式，会随之重算。',
    'Targets for the next campaign of the same shape (same phases and days): UV × CVR × sales per buyer, per channel. Yellow cells are assumptions you can change; the targets are formulas and recompute.',
  ),
  assumptions: L('假设（可修改）', 'Assumptions (yours to change)'),
  assumption: L('假设', 'Assumption'),
  conservative: L('保守', 'Conservative'),
  base: L('基准', 'Base'),
  stretch: L('冲刺', 'Stretch'),
  basis: L('依据', 'Basis'),
  uvGrowth: L('访客数变化', 'UV growth'),
  cvrLift: L('转化率变化', 'CVR lift'),
  valueChange: L('客单价变化', 'Sales per buyer change'),
  channels: L('各渠道目标', 'Targets by channel'),
  channel: L('渠道', 'Channel'),
  allChannels: L('全部渠道', 'All channels'),
  empty: L('（未填渠道）', '(no channel)'),
  uv: L('本次访客数', 'UV this campaign'),
  cvr: L('本次转化率', 'CVR this campaign'),
  value: L('本次客单价', 'Sales per buyer this campaign'),
  ordersPerBuyerDay: L('订单 / 买家·天', 'Orders per buyer-day'),
  buyersPerBuyerDay: L('买家 / 买家·天', 'Buyers per buyer-day'),
  newPerBuyerDay: L('新客 / 买家·天', 'New customers per buyer-day'),
  budget: L('预算（可修改）', 'Budget (yours to change)'),
  salesOf: L('支付金额 · ', 'Paid sales · '),
  targets: L('活动目标', 'Campaign targets'),
  kpi: L('指标', 'Metric'),
  paidSales: L('支付金额', 'Paid sales'),
  visitors: L('访客数', 'UV'),
  paidOrders: L('支付订单数', 'Paid orders'),
  buyers: L('支付买家数（各渠道相加）', 'Paying buyers (sum over channels)'),
  newCustomers: L('新客数', 'New customers'),
  roas: L('投产比 (ROAS)', 'ROAS'),
  unknown: L('—（无新客数据）', '— (no new-customer data)'),
  method: L('方法与局限', 'Method and limits'),
  methodText: L(
    '假设来自本次活动：保守 = −日波动（各阶段内逐日值的稳健标准差 ÷ 中位数，按销售额加权）；基准 = 到「目标或基期中高于本次的水平」差距的一半，至多一个日波动，没有差距时为 0；冲刺 = 该差距，至少一个、至多两个日波动。本表不知道竞品、平台规则与一次活动之外的季节性。详见 docs/next-plan.md。',
    'The assumptions come from this campaign: conservative = −the daily spread (within each phase, robust σ ÷ median of the daily values, weighted by sales); base = half the gap to a higher level seen in the baseline or set as a target, at most one spread, 0 without such a gap; stretch = that gap, at least one spread and at most two. The plan cannot know competitors, platform rules or seasonality beyond one campaign. See docs/next-plan.md.',
  ),
  basisActual: L('本次', 'this campaign'),
  basisSpread: L('日波动', 'daily spread'),
  basisNoSpread: L('日波动未知（没有满 3 天的阶段）', 'daily spread unknown (no phase of 3 days)'),
  basisTarget: L('目标', 'target'),
  basisBaseline: L('基期', 'baseline'),
  basisGap: L('差距', 'gap'),
  basisSeparator: L('；', '; '),
  notes: L('计划备注', 'Plan notes'),
  notesHint: L(
    '写下你对目标、预算与节奏的判断（重新生成时保留；上方假设单元格会按数据重算）',
    'Your judgement on targets, budget and timing (kept on re-run; the assumption cells above are recomputed from the data)',
  ),
  noPlan: L(
    '无法拆成 访客 × 转化率 × 客单价：需要流量表（访客数）与订单表的客户列。',
    'Sales cannot be split into UV × CVR × sales per buyer: that needs the traffic table (UV) and the orders’ customer column.',
  ),
} as const satisfies Record<string, LocalizedText>;

/** The budget-moves section of the plan sheet. */
export const BUDGET_LABELS = {
  section: L('预算调整建议（按边际投产比）', 'Budget moves (by marginal ROAS)'),
  intro: L(
    '按各渠道逐日花费与支付金额拟合凹形响应曲线（销售 = a·花费^β，β ≤ 1），把预算从边际投产比低的渠道移到高的渠道；每个渠道至多调整「调整上限」列的幅度（默认 ±30%，可在任务窗格或命令行设置），且不超出本次观察到的日花费范围，总预算不变。',
    'A concave response curve per channel from its daily spend and paid sales (sales = a·spend^β, β ≤ 1); budget moves from the lowest to the highest marginal ROAS, each channel by at most its Bound (default ±30 %, set in the task pane or on the command line) and never past the daily spend this campaign saw, total unchanged.',
  ),
  channel: L('渠道', 'Channel'),
  current: L('本次花费', 'Spend this campaign'),
  proposed: L('建议预算', 'Proposed budget'),
  change: L('调整', 'Change'),
  marginalNow: L('当前边际投产比', 'Marginal ROAS now'),
  marginalAfter: L('调整后边际投产比', 'Marginal ROAS after'),
  salesChange: L('预计支付金额变化', 'Expected change in paid sales'),
  low: L('区间下限', 'Interval low'),
  high: L('区间上限', 'Interval high'),
  bound: L('调整上限', 'Bound'),
  basis: L('依据', 'Basis'),
  total: L('合计', 'Total'),
  fitBasis: L(
    'β = {beta}（95% 区间 {low}–{high}），R² = {r2}，{days} 天',
    'β = {beta} (95 % interval {low}–{high}), R² = {r2}, {days} days',
  ),
  too_few_days: L(
    '数据不足，无法判断：少于 7 天同时有花费与销售',
    'Not enough variation to say: fewer than 7 days with both spend and sales',
  ),
  flat_spend: L(
    '数据不足，无法判断：日花费几乎不变',
    'Not enough variation to say: daily spend barely varies',
  ),
  poor_fit: L(
    '数据不足，无法判断：曲线拟合差（R² < 0.3）',
    'Not enough variation to say: the curve fits poorly (R² < 0.3)',
  ),
  no_response: L(
    '数据不足，无法判断：销售未随花费上升',
    'Not enough variation to say: sales do not rise with spend',
  ),
  noSpend: L('没有花费表：无法建议预算调整。', 'No spend table: no budget moves to suggest.'),
} as const satisfies Record<string, LocalizedText>;

/** The stock-and-pacing section of the plan sheet. */
export const STOCK_LABELS = {
  section: L('备货与节奏（基准情景）', 'Stock and pacing (base scenario)'),
  actualSales: L('本次支付金额', 'Paid sales this campaign'),
  growth: L('基准情景销售 ÷ 本次销售', 'Base-scenario sales ÷ this campaign’s'),
  sku: L('SKU', 'SKU'),
  stockouts: L('断货次数', 'Stock-outs'),
  daysOut: L('断货天数', 'Days out'),
  lostUnits: L('少卖件数（估）', 'Units not sold (est.)'),
  extraUnits: L('建议加备件数', 'Extra units to stock'),
  lostSales: L('损失销售额（估）', 'Lost sales (est.)'),
  unknown: L('—（断货前无销量）', '— (no sales before the stock-out)'),
  noStockouts: L(
    '本次未发现断货：无需额外备货建议。',
    'No stock-outs found this campaign: no extra stock to suggest.',
  ),
  noStockData: L(
    '没有库存表或订单明细 SKU：无法给出备货建议。',
    'No inventory table or order-line SKUs: no stock advice.',
  ),
  phase: L('阶段', 'Phase'),
  days: L('天数', 'Days'),
  share: L('销售占比', 'Share of sales'),
  peakShare: L('峰值日占阶段', 'Peak day’s share of the phase'),
  plannedSales: L('计划销售额', 'Planned sales'),
  plannedPeak: L('峰值日计划销售额', 'Planned sales on the peak day'),
} as const satisfies Record<string, LocalizedText>;

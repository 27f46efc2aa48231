import type { Locale } from '../locale';
import { campaignItemName } from '../messages/names';
import type { LocalizedText } from '../model/text';

const L = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, 'en-US': en });

/** Fixed words of the output sheets (headers, section titles), both languages side by side. */
export const LABELS = {
  qualitySubtitle: L(
    '每张表：读取行数 = 使用行数 + 拒绝行数；每一行被拒绝的数据都列在下方，附原因。',
    'For every table: rows read = rows used + rows rejected; every rejected row is listed below with its reason.',
  ),
  recognisedTables: L('识别到的表', 'Recognised tables'),
  missingTables: L('缺少的表及其作用', 'Missing tables, and what each would unlock'),
  warnings: L('提示', 'Warnings'),
  rejectedRows: L('被拒绝的行', 'Rejected rows'),
  noRejected: L('没有被拒绝的行。', 'No rows were rejected.'),
  noWarnings: L('没有提示。', 'No warnings.'),
  kind: L('表类型', 'Kind'),
  sheet: L('工作表', 'Sheet'),
  excelTable: L('Excel 表', 'Excel table'),
  headerRow: L('表头行', 'Header row'),
  rowsRead: L('读取行数', 'Rows read'),
  rowsUsed: L('使用行数', 'Rows used'),
  rowsRejected: L('拒绝行数', 'Rows rejected'),
  balanced: L('核对', 'Balanced'),
  mapping: L('列映射（字段 ← 表头）', 'Column mapping (field ← header)'),
  unmapped: L('未使用的列', 'Unused columns'),
  row: L('行', 'Row'),
  column: L('列', 'Column'),
  code: L('代码', 'Code'),
  reason: L('原因', 'Reason'),
  message: L('说明', 'Message'),
  cutCells: L(
    '超过 32,767 个字符而被截断的单元格（全文）',
    'Cells cut at 32,767 characters (their full text)',
  ),
  cell: L('单元格', 'Cell'),
  part: L('段', 'Part'),
  fullText: L('全文', 'Full text'),
} as const satisfies Record<string, LocalizedText>;

export function label(key: keyof typeof LABELS, locale: Locale): string {
  return LABELS[key][locale];
}

export const OVERVIEW_LABELS = {
  calendar: L('活动周期', 'Campaign calendar'),
  period: L('阶段', 'Period'),
  start: L('开始', 'Start'),
  end: L('结束', 'End'),
  days: L('天数', 'Days'),
  campaign: L('活动期', 'Campaign'),
  warmup: campaignItemName('warmup'),
  peak: campaignItemName('peak'),
  tail: campaignItemName('tail'),
  baseline: campaignItemName('baseline'),
  goals: L('目标达成', 'Goals'),
  noGoals: L(
    '工作簿中没有目标表：在任务窗格中填写目标，或加入含「指标」「目标值」列的目标表。',
    'No targets in the workbook: type them in the task pane, or add a targets sheet with "Metric" and "Target" columns.',
  ),
  metric: L('指标', 'Metric'),
  kpi: L('KPI', 'KPI'),
  channel: L('渠道', 'Channel'),
  target: L('目标', 'Target'),
  actual: L('实际', 'Actual'),
  attainment: L('达成率', 'Attainment'),
  status: L('状态', 'Status'),
  exceeded: L('超额完成', 'Exceeded'),
  nearlyMet: L('基本达成', 'Nearly met'),
  missed: L('未达成', 'Missed'),
  notComputed: L('无法计算', 'Not computed'),
  headline: L('核心指标 vs 基准期', 'Headline KPIs vs baseline'),
  change: L('变化', 'Change'),
  changePerDay: L('日均变化', 'Change per day'),
  formula: L('公式', 'Formula'),
  measures: L(
    '汇总数（上方指标的公式引用这些单元格）',
    'Aggregates (the KPI formulas above read these cells)',
  ),
  measure: L('汇总项', 'Aggregate'),
  verdict: L('总体结论', 'Verdict'),
  allChannels: L('全部', 'All'),
} as const satisfies Record<string, LocalizedText>;

export const TREND_LABELS = {
  subtitle: L(
    '逐日指标，按阶段标注；比率为同一行汇总数上的公式。',
    'Daily KPIs labelled by phase; ratios are formulas over the same row’s aggregates.',
  ),
  daily: L('逐日指标', 'Daily KPIs'),
  phases: L('分阶段', 'By phase'),
  date: L('日期', 'Date'),
  part: L('期间', 'Period'),
  phase: L('阶段', 'Phase'),
  share: L('GMV 占比', 'Share of GMV'),
  gmvOrders: L('GMV 与订单数', 'GMV and orders'),
  uvCvr: L('访客数与转化率', 'UV and conversion rate'),
  campaign: L('活动期', 'Campaign'),
  baseline: campaignItemName('baseline'),
  both: L('活动期/基准期', 'Campaign/baseline'),
  warmup: campaignItemName('warmup'),
  peak: campaignItemName('peak'),
  tail: campaignItemName('tail'),
  start: L('开始', 'Start'),
  end: L('结束', 'End'),
  noTraffic: L(
    '没有流量表：访客数与转化率图表未生成。',
    'No traffic table: the UV and conversion chart is not drawn.',
  ),
} as const satisfies Record<string, LocalizedText>;

export const CHANNEL_LABELS = {
  subtitle: L(
    '活动期各渠道：花费、流量、销售与效率；比率、占比与排名均为公式。',
    'Each channel over the campaign: spend, traffic, sales and efficiency; ratios, shares and ranks are formulas.',
  ),
  channels: L('渠道表现', 'Channel performance'),
  channel: L('渠道', 'Channel'),
  empty: L('（未填渠道）', '(no channel)'),
  share: L('销售占比', 'Share of sales'),
  rank: L('投产比排名', 'ROAS rank'),
  roasChart: L('各渠道投产比 (ROAS)', 'ROAS by channel'),
  shareChart: L('销售额渠道占比', 'Sales share by channel'),
  shareData: L(
    '占比图数据：销售额最大的渠道（各占 5% 以上，最多 5 个），其余合并为“其他”',
    'Share chart data: the largest channels by sales (5 % or more each, five at most); the rest as "Other"',
  ),
  other: L('其他', 'Other'),
  categories: L('类目表现', 'Category performance'),
  category: L('类目', 'Category'),
  noChannels: L(
    '订单、流量、花费表都没有渠道列：无法按渠道拆分。',
    'No channel column in orders, traffic or spend: nothing to split by channel.',
  ),
} as const satisfies Record<string, LocalizedText>;

export const RETRO_LABELS = {
  title: L('活动复盘', 'Campaign retrospective'),
  legend: L(
    '白底为数据自动生成（点击右侧链接查看来源单元格）；黄底为分析师填写——重新生成复盘时保留。',
    'White rows are generated from the data (the link beside each opens its source cell); yellow cells are yours to write — they survive every re-run.',
  ),
  data: L('数据', 'Data'),
  source: L('来源', 'Source'),
  actions: L('改进行动表', 'Action table'),
  issue: L('问题', 'Issue'),
  evidence: L('证据', 'Evidence'),
  fix: L('改进措施', 'Fix'),
  owner: L('负责人', 'Owner'),
  due: L('完成日期', 'Due date'),
  fixHint: L('写下改进措施', 'Write the fix'),
  ownerHint: L('姓名', 'Name'),
  dueHint: L('日期', 'Date'),
  issueHint: L('其他问题', 'Another issue'),
  noData: L('无数据。', 'No data.'),
} as const satisfies Record<string, LocalizedText>;

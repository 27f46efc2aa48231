import type { CampaignInfo, RecognisedTable, TargetRow } from '../../src/core/model/campaign';
import { dayFromYmd } from '../../src/core/model/day';
import type { GenerateSummary, Progress, WorkbookScan } from '../../src/port/hostPort';

/** A small campaign workbook as a scan reports it: orders and traffic found, spend missing. */

export const ordersTable: RecognisedTable = {
  kind: 'orders',
  source: { sheet: 'Orders', headerRow: 1, firstColumn: 0 },
  mapping: {
    order_id: '订单号',
    order_time: '下单时间',
    amount: '实付金额',
    customer_id: '买家ID',
    channel: '渠道',
  },
  unmappedHeaders: ['备注'],
  rowsRead: 1200,
  rowsUsed: 1188,
  rowsRejected: 12,
};

export const trafficTable: RecognisedTable = {
  kind: 'traffic',
  source: { sheet: 'Traffic', table: 'TrafficDaily', headerRow: 3, firstColumn: 1 },
  mapping: { date: 'Date', uv: 'Visitors' },
  unmappedHeaders: [],
  rowsRead: 1,
  rowsUsed: 1,
  rowsRejected: 0,
};

export const targetsTable: RecognisedTable = {
  kind: 'targets',
  source: { sheet: 'Goals', headerRow: 1, firstColumn: 0 },
  mapping: { metric: 'Metric', target: 'Target' },
  unmappedHeaders: [],
  rowsRead: 2,
  rowsUsed: 2,
  rowsRejected: 0,
};

export const campaignInfo: CampaignInfo = {
  name: 'Double 12',
  period: { start: dayFromYmd(2025, 12, 1), end: dayFromYmd(2025, 12, 14) },
  phases: [
    { kind: 'warmup', start: dayFromYmd(2025, 12, 1), end: dayFromYmd(2025, 12, 9) },
    { kind: 'peak', start: dayFromYmd(2025, 12, 10), end: dayFromYmd(2025, 12, 12) },
    { kind: 'tail', start: dayFromYmd(2025, 12, 13), end: dayFromYmd(2025, 12, 14) },
  ],
  baseline: { start: dayFromYmd(2025, 11, 1), end: dayFromYmd(2025, 11, 30) },
  periodSource: 'table',
};

export const targetRows: readonly TargetRow[] = [
  { metric: 'GMV', kpi: 'gmv', value: 5_000_000, channel: null, sourceRow: 2 },
  { metric: '直播间人气', kpi: null, value: 20_000, channel: 'Live', sourceRow: 3 },
];

export const spendUnlocks = {
  'zh-CN': '加入投放花费表，即可得到 ROAS、ROI 和获客成本。',
  'en-US': 'Add a spend table to get ROAS, ROI and CAC.',
} as const;

export function campaignScan(overrides: Partial<WorkbookScan> = {}): WorkbookScan {
  return {
    tables: [ordersTable, trafficTable],
    unrecognised: [{ sheet: 'Notes', headers: ['Owner', 'Comment'], rows: 5 }],
    missing: [{ kind: 'spend', unlocks: spendUnlocks }],
    campaign: campaignInfo,
    targets: [],
    warnings: [
      {
        code: 'orders.future_dates',
        text: {
          'zh-CN': '有 3 行订单的日期晚于活动结束。',
          'en-US': '3 order rows are dated after the campaign.',
        },
      },
    ],
    headers: {
      Orders: ['订单号', '下单时间', '实付金额', '买家ID', '渠道', '备注'],
      'Traffic/TrafficDaily': ['Date', 'Visitors', 'Source'],
    },
    ...overrides,
  };
}

export const progressSteps: readonly Progress[] = [
  {
    step: 'reading',
    fraction: 0.1,
    detail: { 'zh-CN': '正在读取工作表 Orders（1,200 行）', 'en-US': 'Reading sheet Orders (1,200 rows)' },
  },
  { step: 'analysing', fraction: 0.5, detail: { 'zh-CN': '正在计算指标', 'en-US': 'Computing the KPIs' } },
  {
    step: 'writing',
    fraction: 0.8,
    detail: { 'zh-CN': '正在写入第 3/8 张工作表', 'en-US': 'Writing sheet 3 of 8' },
  },
];

export const summary: GenerateSummary = {
  verdict: 'basic_success',
  findings: [
    {
      kind: 'highlight',
      text: {
        'zh-CN': 'GMV 达成 96%（480 万 / 500 万）。',
        'en-US': 'GMV reached 96% of target (4.8M of 5M).',
      },
    },
    {
      kind: 'shortfall',
      text: {
        'zh-CN': '新客数仅达成 72%（3,600 / 5,000）。',
        'en-US': 'New customers at 72% of target (3,600 of 5,000).',
      },
    },
    {
      kind: 'info',
      text: {
        'zh-CN': '12 月 11 日访客数异常偏高。',
        'en-US': 'Visitors on 11 Dec were far above expectation.',
      },
    },
    { kind: 'info', text: { 'zh-CN': '第四条发现。', 'en-US': 'A fourth finding.' } },
  ],
  sheets: [
    { key: 'overview', name: 'Fupan Overview' },
    { key: 'retro', name: 'Fupan Retro' },
    { key: 'quality', name: 'Fupan Data Quality' },
  ],
  rejectedRows: 12,
  qualitySheet: 'Fupan Data Quality',
};

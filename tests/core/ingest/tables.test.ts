import { dayFromYmd, isoDay, type Day } from '../../../src/core/model/day';
import { ordersSheet, rejections, run, warningCodes } from './fixtures';
import { rawTable } from './rawTable';

const ORDERS = ordersSheet([
  ['A1', 'u1', '2023-11-10 10:00', '2023-11-10 10:01', 100, '交易成功', 'S1', 1],
  ['A2', 'u2', '2023-11-11 10:00', '2023-11-11 10:01', 200, '部分退款', 'S2', 1],
  ['A3', 'u3', '2023-11-12 10:00', '2023-11-12 10:01', 300, '已退款', 'S2', 1],
]);

const days = (column: Int32Array): string[] => Array.from(column, (d) => (d < 0 ? '-' : isoDay(d as Day)));

describe('the traffic table', () => {
  test('keeps a row per day and channel, with rates as ratios', () => {
    const result = run([
      ORDERS,
      rawTable(
        '流量',
        ['日期', '渠道', '访客数', '浏览量', '跳失率'],
        [
          ['2023-11-10', '天猫', '1,000', 3000, '45%'],
          ['2023-11-10', '京东', 500, 900, 0.5],
          [45241, '天猫', 1200, 4000, '40.5%'],
        ],
      ),
    ]);
    const traffic = result.data!.traffic!;
    expect(traffic.size).toBe(3);
    expect(days(traffic.day)).toEqual(['2023-11-10', '2023-11-10', '2023-11-11']);
    expect(Array.from(traffic.channel!.codes, (c) => traffic.channel!.values[c])).toEqual([
      '天猫',
      '京东',
      '天猫',
    ]);
    expect(Array.from(traffic.uv)).toEqual([1000, 500, 1200]);
    expect(Array.from(traffic.bounceRate!)).toEqual([0.45, 0.5, 0.405]);
    expect(traffic.sessions).toBeNull();
  });

  test('reads bare rate numbers as percentages when one exceeds 1, and says so', () => {
    const result = run([
      ORDERS,
      rawTable(
        'GA4',
        ['Date', 'Users', 'Bounce rate'],
        [
          ['20231110', 100, 45.5],
          ['20231111', 100, 0.5],
        ],
      ),
    ]);
    expect(Array.from(result.data!.traffic!.bounceRate!)).toEqual([0.455, 0.005]);
    expect(warningCodes(result)).toContain('percent_scale_inferred');
  });

  test('reads bare rate numbers as percentages when the header has a % unit', () => {
    const result = run([
      ORDERS,
      rawTable('流量', ['日期', '访客数', '跳失率(%)'], [['2023-11-10', 100, 0.5]]),
    ]);
    expect(Array.from(result.data!.traffic!.bounceRate!)).toEqual([0.005]);
    expect(warningCodes(result)).not.toContain('percent_scale_inferred');
  });

  test('rejects a rate above 100 %', () => {
    const result = run([
      ORDERS,
      rawTable('流量', ['日期', '访客数', '跳失率'], [['2023-11-10', 100, '120%']]),
    ]);
    expect(rejections(result)).toEqual([[2, 'rate_out_of_range']]);
  });
});

describe('the spend table', () => {
  test('keeps a row per channel and day, and a whole-period row without a date', () => {
    const result = run([
      ORDERS,
      rawTable(
        '投放',
        ['渠道', '日期', '花费', '展现量', '点击量'],
        [
          ['直通车', '2023-11-10', '¥1,000', '10万', 2000],
          ['抖音', '', 500, null, null],
        ],
      ),
    ]);
    const spend = result.data!.spend!;
    expect(Array.from(spend.channel.codes, (c) => spend.channel.values[c])).toEqual(['直通车', '抖音']);
    expect(days(spend.day)).toEqual(['2023-11-10', '-']);
    expect(Array.from(spend.spend)).toEqual([1000, 500]);
    expect(Array.from(spend.impressions!)).toEqual([100000, NaN]);
    expect(spend.budget).toBeNull();
  });

  test('without a date column every row is a whole-period figure', () => {
    const result = run([ORDERS, rawTable('Ads', ['Channel', 'Spend'], [['Google', 10]])]);
    expect(days(result.data!.spend!.day)).toEqual(['-']);
  });
});

describe('the targets table', () => {
  const targets = (rows: (string | number | null)[][], header = ['指标', '目标值']) =>
    run([ORDERS, rawTable('目标', header, rows)]);

  test('maps metric names to KPI ids and reads values in every usual form', () => {
    const result = targets([
      ['GMV', '500万'],
      ['支付金额', 4_000_000],
      ['订单量', '20,000'],
      ['UV', 1_000_000],
      ['客单价', 200],
      ['笔单价', 180],
      ['转化率', '3.5%'],
      ['转化率', 3.5],
      ['退款率', 0.05],
      ['退款率(订单)', 4],
      ['新客数', 5000],
      ['花费', '¥80万'],
      ['投产比', 5],
      ['净ROI', '150%'],
      ['获客成本', 120],
    ]);
    expect(result.data!.targets.map((t) => [t.metric, t.kpi, t.value])).toEqual([
      ['GMV', 'gmv', 5_000_000],
      ['支付金额', 'paid_sales', 4_000_000],
      ['订单量', 'orders', 20_000],
      ['UV', 'uv', 1_000_000],
      ['客单价', 'arppu', 200],
      ['笔单价', 'aov', 180],
      ['转化率', 'cvr', 0.035],
      ['转化率', 'cvr', 0.035],
      ['退款率', 'return_rate_amount', 0.05],
      ['退款率(订单)', 'return_rate_orders', 0.04],
      ['新客数', 'new_customers', 5000],
      ['花费', 'spend', 800_000],
      ['投产比', 'roas', 5],
      ['净ROI', 'roi', 1.5],
      ['获客成本', 'cac', 120],
    ]);
    expect(result.data!.targets[0]!.sourceRow).toBe(2);
  });

  test('reads a bare ROI as ROAS, with a warning', () => {
    const result = targets([['ROI', 4]]);
    expect(result.data!.targets.map((t) => t.kpi)).toEqual(['roas']);
    expect(warningCodes(result)).toContain('roi_read_as_roas');
  });

  test('keeps an unknown metric with no KPI, with a warning', () => {
    const result = targets([['直播间观看人数', 100000]]);
    expect(result.data!.targets).toEqual([
      { metric: '直播间观看人数', kpi: null, value: 100000, channel: null, sourceRow: 2 },
    ]);
    expect(warningCodes(result)).toContain('unknown_target_metric');
  });

  test('applies units stated in the metric name or the target header', () => {
    expect(targets([['GMV(万元)', 500]]).data!.targets[0]!.value).toBe(5_000_000);
    expect(targets([['GMV', 500]], ['指标', '目标值(万元)']).data!.targets[0]!.value).toBe(5_000_000);
    expect(targets([['转化率(%)', 0.8]]).data!.targets[0]!.value).toBe(0.008);
  });

  test('keeps the channel of a per-channel target', () => {
    const result = targets([['GMV', 100, '天猫']], ['指标', '目标值', '渠道']);
    expect(result.data!.targets[0]!.channel).toBe('天猫');
  });

  test('rejects a target without a value', () => {
    expect(rejections(targets([['GMV', null]]))).toEqual([[2, 'missing_value']]);
  });
});

describe('the campaign calendar', () => {
  const calendar = (rows: (string | number | null)[][]) =>
    run([ORDERS, rawTable('活动节奏', ['阶段', '名称', '开始日期', '结束日期'], rows)]);

  test('gives the name, period, phases and baseline', () => {
    const result = calendar([
      ['活动', '双11', '2023-10-24', '2023-11-11'],
      ['预热期', null, '2023-10-24', '2023-10-31'],
      ['爆发期', null, '2023-11-10', '2023-11-11'],
      ['正式期', null, '2023-11-01', '2023-11-09'],
      ['基准期', null, '2023-10-01', '2023-10-20'],
    ]);
    const campaign = result.data!.campaign;
    expect(campaign.name).toBe('双11');
    expect(campaign.periodSource).toBe('table');
    expect(campaign.period).toEqual({ start: dayFromYmd(2023, 10, 24), end: dayFromYmd(2023, 11, 11) });
    expect(campaign.baseline).toEqual({ start: dayFromYmd(2023, 10, 1), end: dayFromYmd(2023, 10, 20) });
    expect(campaign.phases.map((p) => [p.kind, isoDay(p.start), isoDay(p.end)])).toEqual([
      ['warmup', '2023-10-24', '2023-10-31'],
      ['peak', '2023-11-01', '2023-11-09'],
      ['peak', '2023-11-10', '2023-11-11'],
    ]);
  });

  test('takes the period from the phases when there is no campaign row', () => {
    const campaign = calendar([
      ['预热期', null, '2023-10-24', '2023-10-31'],
      ['返场', null, '2023-11-12', '2023-11-13'],
    ]).data!.campaign;
    expect(campaign.period).toEqual({ start: dayFromYmd(2023, 10, 24), end: dayFromYmd(2023, 11, 13) });
    expect(campaign.periodSource).toBe('table');
  });

  test('rejects an unknown phase, a second campaign row and a row ending before it starts', () => {
    const result = calendar([
      ['活动', 'A', '2023-10-24', '2023-11-11'],
      ['活动', 'B', '2023-10-25', '2023-11-11'],
      ['中场', null, '2023-11-01', '2023-11-02'],
      ['爆发期', null, '2023-11-11', '2023-11-10'],
    ]);
    expect(rejections(result)).toEqual([
      [3, 'duplicate_period'],
      [4, 'unknown_phase'],
      [5, 'end_before_start'],
    ]);
    expect(result.data!.campaign.name).toBe('A');
  });

  test('without a calendar the period is the orders’ date range', () => {
    const result = run([ORDERS]);
    expect(result.data!.campaign).toEqual({
      name: null,
      period: { start: dayFromYmd(2023, 11, 10), end: dayFromYmd(2023, 11, 12) },
      phases: [],
      baseline: null,
      periodSource: 'orders',
    });
    expect(warningCodes(result)).toContain('period_from_orders');
  });

  test('the settings win over the calendar', () => {
    const period = { start: dayFromYmd(2023, 11, 1), end: dayFromYmd(2023, 11, 11) };
    const result = run(
      [
        ORDERS,
        rawTable(
          '活动节奏',
          ['阶段', '开始日期', '结束日期'],
          [
            ['活动', '2023-10-24', '2023-11-11'],
            ['基准期', '2023-10-01', '2023-10-20'],
          ],
        ),
      ],
      {
        campaign: { name: '双11', period, baseline: null },
      },
    );
    expect(result.data!.campaign).toMatchObject({
      name: '双11',
      period,
      baseline: null,
      periodSource: 'options',
    });
  });

  test('settings that end before they start are not used', () => {
    const result = run([ORDERS], {
      campaign: { period: { start: dayFromYmd(2023, 11, 11), end: dayFromYmd(2023, 11, 1) } },
    });
    expect(result.data!.campaign.periodSource).toBe('orders');
    expect(warningCodes(result)).toContain('invalid_campaign_option');
  });
});

describe('the refunds table', () => {
  test('replaces the refund amount of the orders it names and rejects refunds of unknown orders', () => {
    const header = ['订单号', '下单时间', '实付金额', '订单状态', '退款金额'];
    const orders = ordersSheet(
      [
        ['A1', '2023-11-10', 100, '交易成功', 0],
        ['A2', '2023-11-10', 200, '部分退款', 20],
        ['A3', '2023-11-10', 300, '已退款', null],
      ],
      header,
    );
    const result = run([
      orders,
      rawTable(
        '售后',
        ['订单编号', '退款金额', '退款时间'],
        [
          ['A2', '50', '2023-11-12'],
          ['A2', -10, '2023-11-13'],
          ['A9', 5, '2023-11-13'],
        ],
      ),
    ]);
    expect(Array.from(result.data!.orders.refund!)).toEqual([0, 60, 0]);
    expect(rejections(result)).toEqual([[4, 'unknown_order']]);
    expect(result.data!.refunds!.size).toBe(2);
    expect(days(result.data!.refunds!.day)).toEqual(['2023-11-12', '2023-11-13']);
    expect(warningCodes(result)).toContain('refunds_replace_order_refunds');
  });

  test('gives a refund column to orders that had none', () => {
    const result = run([ORDERS, rawTable('退款', ['订单号', '退款金额'], [['A3', 300]])]);
    expect(Array.from(result.data!.orders.refund!)).toEqual([0, 0, 300]);
    expect(warningCodes(result)).not.toContain('refunds_replace_order_refunds');
  });
});

describe('the customers, inventory and touchpoints tables', () => {
  test('customers keep their first order and registration days', () => {
    const result = run([
      ORDERS,
      rawTable(
        '会员',
        ['买家ID', '首单日期', '注册日期'],
        [
          ['u1', '2023-01-05', '2022-12-31'],
          [1002, null, '2023/2/1'],
        ],
      ),
    ]);
    const customers = result.data!.customers!;
    expect(customers.customerId).toEqual(['u1', '1002']);
    expect(days(customers.firstOrderDay)).toEqual(['2023-01-05', '-']);
    expect(days(customers.registrationDay)).toEqual(['2022-12-31', '2023-02-01']);
  });

  test('inventory keeps stock per SKU and day', () => {
    const result = run([
      ORDERS,
      rawTable(
        '库存',
        ['SKU', '日期', '库存'],
        [
          ['S1', '2023-11-10', 5],
          ['S1', '2023-11-11', 0],
        ],
      ),
    ]);
    const inventory = result.data!.inventory!;
    expect(Array.from(inventory.stock)).toEqual([5, 0]);
    expect(days(inventory.day)).toEqual(['2023-11-10', '2023-11-11']);
  });

  test('touchpoints read the conversion flag, an empty flag meaning not converted', () => {
    const result = run([
      ORDERS,
      rawTable(
        '触点',
        ['用户路径ID', '触点时间', '渠道', '是否转化', '转化金额'],
        [
          ['p1', '2023-11-10 09:00', '搜索', '否', null],
          ['p1', '2023-11-10 10:00', '直播', '是', 199],
          ['p2', '2023-11-10 11:00', '搜索', '', null],
        ],
      ),
    ]);
    const touchpoints = result.data!.touchpoints!;
    expect(Array.from(touchpoints.conversion)).toEqual([0, 1, 0]);
    expect(Array.from(touchpoints.value!)).toEqual([NaN, 199, NaN]);
    expect(touchpoints.pathId.values).toEqual(['p1', 'p2']);
  });

  test('identical rows of any table are counted once', () => {
    const result = run([
      ORDERS,
      rawTable(
        '库存',
        ['SKU', '日期', '库存'],
        [
          ['S1', '2023-11-10', 5],
          ['S1', '2023-11-10', 5],
        ],
      ),
    ]);
    expect(rejections(result)).toEqual([[3, 'duplicate_row']]);
    expect(result.data!.inventory!.size).toBe(1);
  });
});

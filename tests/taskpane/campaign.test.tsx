import { screen, waitFor, within } from '@testing-library/react';
import type { Locale } from '../../src/core/locale';
import { dayFromYmd } from '../../src/core/model/day';
import type { UserChoices } from '../../src/port/hostPort';
import { FakeHost } from './fakeHost';
import { campaignScan, ordersTable, targetRows, targetsTable } from './fixtures';
import { choose, renderPane } from './renderPane';

const TEXT = {
  'en-US': {
    heading: '2. Campaign',
    name: 'Campaign name',
    periodStart: 'Campaign period start',
    periodEnd: 'Campaign period end',
    warmupStart: 'Warm-up start',
    peakEnd: 'Peak end',
    baselineStart: 'Baseline start',
    baselineEnd: 'Baseline end',
    fromTable: 'Dates from the campaign calendar sheet.',
    reversed: 'The end is before the start.',
    outside: 'Outside the campaign period.',
    reset: 'Use the workbook’s dates',
    targets: 'Targets',
    targetsNote: 'From the targets table on sheet “Goals”. Edit that sheet to change them.',
    gmvLine: 'GMV (gross merchandise value): ¥5.00M',
    notComputed: /直播间人气: 20,000 \(channel: Live · not computed by Fupan\)/,
    noTargets: 'No targets table found. Add targets here to get attainment and a verdict.',
    addTarget: 'Add target',
    target1: 'Target 1',
    metric: 'Metric',
    value: 'Target value',
    roi: 'ROI (return on investment)',
    invalid: 'Enter a number.',
    remove1: 'Remove target 1',
  },
  'zh-CN': {
    heading: '2. 活动信息',
    name: '活动名称',
    periodStart: '活动周期开始日期',
    periodEnd: '活动周期结束日期',
    warmupStart: '预热期开始日期',
    peakEnd: '爆发期结束日期',
    baselineStart: '基准期开始日期',
    baselineEnd: '基准期结束日期',
    fromTable: '日期来自活动节奏表。',
    reversed: '结束日期早于开始日期。',
    outside: '超出了活动周期。',
    reset: '恢复为工作簿中的日期',
    targets: '目标',
    targetsNote: '来自工作表“Goals”中的目标表。如需修改，请编辑该工作表。',
    gmvLine: 'GMV 成交总额: ¥500.0万',
    notComputed: /直播间人气: 20,000 \(渠道：Live · Fupan 不计算此指标\)/,
    noTargets: '没有找到目标表。在这里添加目标，即可得到达成率和总体结论。',
    addTarget: '添加目标',
    target1: '目标 1',
    metric: '指标',
    value: '目标值',
    roi: '投资回报率 (ROI)',
    invalid: '请输入一个数字。',
    remove1: '删除目标 1',
  },
} as const;

describe.each<Locale>(['en-US', 'zh-CN'])('campaign step (%s)', (locale) => {
  const text = TEXT[locale];

  function setup(options: { withTargets?: boolean; savedChoices?: UserChoices } = {}) {
    const scan = options.withTargets
      ? campaignScan({ tables: [ordersTable, targetsTable], targets: targetRows })
      : campaignScan();
    const host = new FakeHost({ displayLocale: locale, scan, savedChoices: options.savedChoices ?? null });
    return { host, ...renderPane(host) };
  }

  const campaignSection = () => screen.findByRole('region', { name: text.heading });
  const input = (section: HTMLElement, name: string) =>
    within(section).getByLabelText(name) as HTMLInputElement;
  const lastSaved = (host: FakeHost) => host.lastCall('saveChoices')!.args[0] as UserChoices;

  test('is prefilled from the workbook campaign', async () => {
    setup();
    const section = await campaignSection();
    expect(input(section, text.name).value).toBe('Double 12');
    expect(input(section, text.periodStart).value).toBe('2025-12-01');
    expect(input(section, text.periodEnd).value).toBe('2025-12-14');
    expect(input(section, text.warmupStart).value).toBe('2025-12-01');
    expect(input(section, text.peakEnd).value).toBe('2025-12-12');
    expect(input(section, text.baselineStart).value).toBe('2025-11-01');
    expect(within(section).getByText(text.fromTable)).toBeTruthy();
  });

  test('a new name is saved when the field is left, without a rescan', async () => {
    const { user, host } = setup();
    const section = await campaignSection();
    const scans = host.callsTo('scan').length;
    const name = input(section, text.name);
    await user.clear(name);
    await user.type(name, 'Double 12 (2025)');
    expect(host.callsTo('saveChoices')).toHaveLength(0);
    await user.tab();
    await waitFor(() => expect(host.callsTo('saveChoices')).toHaveLength(1));
    expect(lastSaved(host).campaign).toEqual({ name: 'Double 12 (2025)' });
    expect(host.callsTo('scan')).toHaveLength(scans);
  });

  test('a changed period is saved as a Day range', async () => {
    const { user, host } = setup();
    const section = await campaignSection();
    const end = input(section, text.periodEnd);
    await user.clear(end);
    await user.type(end, '2025-12-20');
    await waitFor(() =>
      expect(lastSaved(host).campaign).toEqual({
        period: { start: dayFromYmd(2025, 12, 1), end: dayFromYmd(2025, 12, 20) },
      }),
    );
  });

  test('an end before the start is flagged and not saved', async () => {
    const { user, host } = setup();
    const section = await campaignSection();
    const end = input(section, text.baselineEnd);
    await user.clear(end);
    await user.type(end, '2025-10-01');
    expect(within(section).getByText(text.reversed)).toBeTruthy();
    expect(
      host.callsTo('saveChoices').every((c) => (c.args[0] as UserChoices).campaign.baseline === undefined),
    ).toBe(true);
  });

  test('a phase outside the period is saved with a warning', async () => {
    const { user, host } = setup();
    const section = await campaignSection();
    const peakEnd = input(section, text.peakEnd);
    await user.clear(peakEnd);
    await user.type(peakEnd, '2025-12-31');
    expect(within(section).getByText(text.outside)).toBeTruthy();
    await waitFor(() =>
      expect(lastSaved(host).campaign.phases).toContainEqual({
        kind: 'peak',
        start: dayFromYmd(2025, 12, 10),
        end: dayFromYmd(2025, 12, 31),
      }),
    );
  });

  test('emptying the baseline saves "no baseline"; the reset goes back to the workbook', async () => {
    const { user, host } = setup();
    const section = await campaignSection();
    await user.clear(input(section, text.baselineStart));
    await user.clear(input(section, text.baselineEnd));
    await waitFor(() => expect(lastSaved(host).campaign).toEqual({ baseline: null }));

    const scans = host.callsTo('scan').length;
    await user.click(within(section).getByRole('button', { name: text.reset }));
    await waitFor(() => expect(lastSaved(host).campaign).toEqual({}));
    await waitFor(() => expect(host.callsTo('scan')).toHaveLength(scans + 1));
    expect(input(await campaignSection(), text.baselineStart).value).toBe('2025-11-01');
  });

  test('saved choices win over the workbook', async () => {
    const savedChoices: UserChoices = {
      locale,
      tables: [],
      campaign: { name: 'Renamed', baseline: null },
      targets: [],
    };
    setup({ savedChoices });
    const section = await campaignSection();
    expect(input(section, text.name).value).toBe('Renamed');
    expect(input(section, text.baselineStart).value).toBe('');
  });

  test('targets from a targets table are listed read-only with a note', async () => {
    setup({ withTargets: true });
    const targets = within(await campaignSection()).getByRole('group', { name: text.targets });
    expect(within(targets).getByText(text.targetsNote)).toBeTruthy();
    const lines = within(targets).getAllByRole('listitem');
    expect(lines[0]!.textContent).toBe(text.gmvLine);
    expect(lines[1]!.textContent).toMatch(text.notComputed);
    expect(within(targets).queryByRole('button', { name: text.addTarget })).toBeNull();
    expect(within(targets).queryByRole('textbox')).toBeNull();
  });

  test('without a targets table, targets are typed in rows and saved', async () => {
    const { user, host } = setup();
    const targets = within(await campaignSection()).getByRole('group', { name: text.targets });
    expect(within(targets).getByText(text.noTargets)).toBeTruthy();
    await user.click(within(targets).getByRole('button', { name: text.addTarget }));
    const row = within(targets).getByRole('group', { name: text.target1 });
    await choose(user, within(row).getByRole('combobox', { name: text.metric }), text.roi);
    const value = within(row).getByRole('textbox', { name: text.value });
    await user.type(value, 'abc');
    await user.tab();
    expect(within(row).getByText(text.invalid)).toBeTruthy();
    expect(host.callsTo('saveChoices')).toHaveLength(0);

    await user.clear(value);
    await user.type(value, '3.5');
    await user.tab();
    await waitFor(() => expect(lastSaved(host).targets).toEqual([{ metric: 'roi', value: 3.5 }]));

    await user.click(within(row).getByRole('button', { name: text.remove1 }));
    await waitFor(() => expect(lastSaved(host).targets).toEqual([]));
  });
});

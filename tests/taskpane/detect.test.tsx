import { screen, waitFor, within } from '@testing-library/react';
import type { Locale } from '../../src/core/locale';
import { FIELDS } from '../../src/core/model/fields';
import type { UserChoices } from '../../src/port/hostPort';
import type { UserEvent } from '@testing-library/user-event';
import { FakeHost, type FakeHostOptions } from './fakeHost';
import { campaignScan, ordersTable, spendUnlocks, trafficTable } from './fixtures';
import { choose, renderPane } from './renderPane';

const TEXT = {
  'en-US': {
    heading: '1. Data found',
    ordersItem: /Orders · Orders/,
    ordersSubtitle: /1,200 rows · 5 of 22 columns mapped/,
    trafficItem: /Traffic · Traffic/,
    trafficSubtitle: /Excel table TrafficDaily · 1 row · 2 of 12 columns mapped/,
    readAs: 'Read as',
    detected: 'Detected (Orders)',
    kindTraffic: 'Traffic',
    ignore: 'Ignore this table',
    automatic: 'Detect automatically',
    notRecognised: 'Not recognised',
    notUsed: 'Not used',
    ignored: 'Ignored tables',
    unlockHeading: 'More data unlocks more',
    spend: 'Spend',
    channel: 'Channel',
    automaticChannel: 'Automatic: 渠道',
    requiredMissing: /Required and not found/,
    warnings: 'Notes on the data',
    warning: '3 order rows are dated after the campaign.',
  },
  'zh-CN': {
    heading: '1. 识别到的数据',
    ordersItem: /订单 · Orders/,
    ordersSubtitle: /1,200 行 · 已对应 5\/22 列/,
    trafficItem: /流量 · Traffic/,
    trafficSubtitle: /Excel 表 TrafficDaily · 1 行 · 已对应 2\/12 列/,
    readAs: '读取为',
    detected: '自动识别（订单）',
    kindTraffic: '流量',
    ignore: '忽略此表',
    automatic: '自动识别',
    notRecognised: '未识别的表',
    notUsed: '不使用',
    ignored: '已忽略的表',
    unlockHeading: '补充数据可解锁更多分析',
    spend: '投放花费',
    channel: '渠道',
    automaticChannel: '自动：渠道',
    requiredMissing: /必需的列未找到/,
    warnings: '数据提示',
    warning: '有 3 行订单的日期晚于活动结束。',
  },
} as const;

describe.each<Locale>(['en-US', 'zh-CN'])('detect step (%s)', (locale) => {
  const text = TEXT[locale];

  function setup(options: { savedChoices?: UserChoices | null; scan?: FakeHostOptions['scan'] } = {}) {
    const host = new FakeHost({ displayLocale: locale, scan: options.scan ?? campaignScan(), ...options });
    return { host, ...renderPane(host) };
  }

  const detectSection = () => screen.findByRole('region', { name: text.heading });

  /** Expands a recognised table and returns its panel. */
  async function openTable(user: UserEvent, section: HTMLElement, name: RegExp) {
    await user.click(within(section).getByRole('button', { name }));
    return within(section).findByRole('region', { name });
  }

  const lastSaved = (host: FakeHost) => host.lastCall('saveChoices')!.args[0] as UserChoices;

  test('lists the recognised tables with kind, sheet, rows and mapped columns', async () => {
    setup();
    const section = await detectSection();
    expect(within(section).getByRole('button', { name: text.ordersItem }).textContent).toMatch(
      text.ordersSubtitle,
    );
    expect(within(section).getByRole('button', { name: text.trafficItem }).textContent).toMatch(
      text.trafficSubtitle,
    );
  });

  test('says what a missing table would unlock', async () => {
    setup();
    const section = await detectSection();
    const unlocks = within(section).getByRole('heading', { name: text.unlockHeading }).parentElement!;
    expect(unlocks.textContent).toContain(text.spend);
    expect(unlocks.textContent).toContain(spendUnlocks[locale]);
  });

  test('lists unrecognised tables and the scan warnings', async () => {
    setup();
    const section = await detectSection();
    const notes = within(section).getByRole('listitem', { name: 'Notes' });
    expect(within(notes).getByRole('combobox', { name: text.readAs }).textContent).toBe(text.notUsed);
    expect(within(section).getByRole('group', { name: text.warnings }).textContent).toContain(text.warning);
  });

  test('opening a table shows its kind and a mapping dropdown per field', async () => {
    const { user } = setup();
    const orders = await openTable(user, await detectSection(), text.ordersItem);
    expect(within(orders).getByRole('combobox', { name: text.readAs }).textContent).toBe(text.detected);
    expect(within(orders).getByRole('combobox', { name: text.channel }).textContent).toBe(
      text.automaticChannel,
    );
    expect(within(orders).getAllByRole('combobox')).toHaveLength(1 + Object.keys(FIELDS.orders).length);
  });

  test('changing a table kind saves the choice and rescans', async () => {
    const { user, host } = setup();
    const orders = await openTable(user, await detectSection(), text.ordersItem);
    const scansBefore = host.callsTo('scan').length;
    await choose(user, within(orders).getByRole('combobox', { name: text.readAs }), text.kindTraffic);

    await waitFor(() => expect(host.callsTo('saveChoices')).toHaveLength(1));
    expect(lastSaved(host).tables).toEqual([{ sheet: 'Orders', kind: 'traffic' }]);
    await waitFor(() => expect(host.callsTo('scan')).toHaveLength(scansBefore + 1));
    expect(host.lastCall('scan')!.args[0]).toEqual(lastSaved(host));
  });

  test('changing a column mapping saves it and rescans', async () => {
    const { user, host } = setup();
    const orders = await openTable(user, await detectSection(), text.ordersItem);
    const scansBefore = host.callsTo('scan').length;
    await choose(user, within(orders).getByRole('combobox', { name: text.channel }), '备注');

    await waitFor(() => expect(host.callsTo('saveChoices')).toHaveLength(1));
    expect(lastSaved(host).tables).toEqual([
      { sheet: 'Orders', kind: 'orders', columns: { channel: '备注' } },
    ]);
    await waitFor(() => expect(host.callsTo('scan')).toHaveLength(scansBefore + 1));
  });

  test('a saved mapping shows as chosen, and Automatic lets Fupan recognise the field again', async () => {
    const savedChoices: UserChoices = {
      locale,
      tables: [{ sheet: 'Orders', kind: 'orders', columns: { channel: '备注' } }],
      campaign: {},
      targets: [],
    };
    const { user, host } = setup({ savedChoices });
    const orders = await openTable(user, await detectSection(), text.ordersItem);
    const channel = within(orders).getByRole('combobox', { name: text.channel });
    expect(channel.textContent).toBe('备注');
    await choose(user, channel, text.automaticChannel);
    await waitFor(() => expect(host.callsTo('saveChoices')).toHaveLength(1));
    expect(lastSaved(host).tables).toEqual([{ sheet: 'Orders', kind: 'orders' }]);
  });

  test('a required field without a column asks for one', async () => {
    const scan = campaignScan({ tables: [ordersTable, { ...trafficTable, mapping: { date: 'Date' } }] });
    const { user } = setup({ scan });
    const traffic = await openTable(user, await detectSection(), text.trafficItem);
    expect(within(traffic).getByText(text.requiredMissing)).toBeTruthy();
  });

  test('an unrecognised table can be given a kind', async () => {
    const { user, host } = setup();
    const notes = within(await detectSection()).getByRole('listitem', { name: 'Notes' });
    await choose(user, within(notes).getByRole('combobox', { name: text.readAs }), text.kindTraffic);
    await waitFor(() => expect(host.callsTo('saveChoices')).toHaveLength(1));
    expect(lastSaved(host).tables).toEqual([{ sheet: 'Notes', kind: 'traffic' }]);
  });

  test('an ignored table moves to the ignored list, from where it can be brought back', async () => {
    const ignoresTraffic = (choices: UserChoices) =>
      choices.tables.some((o) => o.sheet === 'Traffic' && o.kind === 'ignore');
    const scan = (choices: UserChoices) =>
      campaignScan({ tables: ignoresTraffic(choices) ? [ordersTable] : [ordersTable, trafficTable] });
    const { user, host } = setup({ scan });
    const section = await detectSection();
    const traffic = await openTable(user, section, text.trafficItem);
    await choose(user, within(traffic).getByRole('combobox', { name: text.readAs }), text.ignore);

    await within(section).findByRole('heading', { name: text.ignored });
    await waitFor(() => expect(within(section).queryByRole('button', { name: text.trafficItem })).toBeNull());
    const item = within(section).getByRole('listitem', { name: 'Traffic · TrafficDaily' });
    const kind = within(item).getByRole('combobox', { name: text.readAs });
    expect(kind.textContent).toBe(text.ignore);

    await choose(user, kind, text.automatic);
    await within(section).findByRole('button', { name: text.trafficItem });
    expect(lastSaved(host).tables).toEqual([]);
  });
});

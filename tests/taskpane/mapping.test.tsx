import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { Locale } from '../../src/core/locale';
import type { RecognisedTable } from '../../src/core/model/campaign';
import { TABLE_KINDS } from '../../src/core/model/tableKinds';
import { TABLE_KIND_SHORT_NAMES } from '../../src/core/messages/names';
import type { UserChoices } from '../../src/port/hostPort';
import { FakeHost } from './fakeHost';
import { campaignScan, ordersTable } from './fixtures';
import { choose, renderPane } from './renderPane';

const TEXT = {
  'en-US': {
    heading: '1. Data found',
    readAs: 'Read as',
    facts: 'Campaign facts (label | value)',
    ignore: 'Ignore this table',
    factsItem: /Campaign calendar · 活动信息/,
    factsSubtitle: /block at A3 · 5 rows · label \| value pairs/,
    factsNote: /Read row by row as label \| value/,
    blockItem: '活动信息 · block at A9',
    ordersItem: /Orders · Orders/,
    amount: 'Paid Amount',
    derived: 'Quantity × unit price',
    quantity: 'Quantity column',
    unitPrice: 'Unit price column',
    kindOrders: 'Orders',
  },
  'zh-CN': {
    heading: '1. 识别到的数据',
    readAs: '读取为',
    facts: '活动信息（标签 | 值）',
    ignore: '忽略此表',
    factsItem: /活动节奏 · 活动信息/,
    factsSubtitle: /区域 A3 · 5 行 · 标签 \| 值/,
    factsNote: /按“标签 \| 值”逐行读取/,
    blockItem: '活动信息 · 区域 A9',
    ordersItem: /订单 · Orders/,
    amount: '实付金额',
    derived: '数量 × 单价',
    quantity: '数量所在的列',
    unitPrice: '单价所在的列',
    kindOrders: '订单',
  },
} as const;

const factsTable: RecognisedTable = {
  kind: 'campaign',
  source: { sheet: '活动信息', headerRow: 3, firstColumn: 0, block: 'A3' },
  mapping: {},
  unmappedHeaders: [],
  rowsRead: 5,
  rowsUsed: 5,
  rowsRejected: 0,
  layout: 'labelValue',
};

const linesTable: RecognisedTable = {
  ...ordersTable,
  mapping: { order_id: '订单号', order_time: '下单时间', amount: '实付金额', quantity: '数量' },
  unmappedHeaders: ['单价'],
};

const SCAN = campaignScan({
  tables: [linesTable, factsTable],
  unrecognised: [
    { sheet: '活动信息', block: 'A9', headers: ['阶段', '日期'], rows: 3 },
    { sheet: 'Invoices', headers: ['InvoiceNo', 'InvoiceDate', 'Quantity', 'UnitPrice'], rows: 10 },
  ],
  headers: {
    Orders: ['订单号', '下单时间', '实付金额', '数量', '单价'],
    '活动信息/A3': ['活动名称', '双12'],
    '活动信息/A9': ['阶段', '日期'],
  },
});

describe.each<Locale>(['en-US', 'zh-CN'])('manual mapping (%s)', (locale) => {
  const text = TEXT[locale];

  function setup(savedChoices: UserChoices | null = null) {
    const host = new FakeHost({ displayLocale: locale, scan: SCAN, savedChoices });
    return { host, ...renderPane(host) };
  }
  const section = () => screen.findByRole('region', { name: text.heading });
  async function openTable(user: UserEvent, name: RegExp) {
    const s = await section();
    await user.click(within(s).getByRole('button', { name }));
    return within(s).findByRole('region', { name });
  }
  const lastSaved = (host: FakeHost) => (host.lastCall('saveChoices')!.args[0] as UserChoices).tables;

  test('the kind dropdown offers every table kind, campaign facts and ignore', async () => {
    const { user } = setup();
    const orders = await openTable(user, text.ordersItem);
    await user.click(within(orders).getByRole('combobox', { name: text.readAs }));
    const options = within(await screen.findByRole('listbox'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    for (const kind of TABLE_KINDS) expect(options).toContain(TABLE_KIND_SHORT_NAMES[kind][locale]);
    expect(options).toContain(text.facts);
    expect(options).toContain(text.ignore);
  });

  test('a label–value block shows as campaign facts, without columns to map', async () => {
    const { user } = setup();
    const s = await section();
    expect(within(s).getByRole('button', { name: text.factsItem }).textContent).toMatch(text.factsSubtitle);
    const facts = await openTable(user, text.factsItem);
    expect(within(facts).getByText(text.factsNote)).toBeTruthy();
    expect(within(facts).getAllByRole('combobox')).toHaveLength(1);
  });

  test('another block of the same sheet can be picked as campaign facts, by its address', async () => {
    const { user, host } = setup();
    const item = within(await section()).getByRole('listitem', { name: text.blockItem });
    await choose(user, within(item).getByRole('combobox', { name: text.readAs }), text.facts);
    await waitFor(() => expect(host.callsTo('saveChoices')).toHaveLength(1));
    expect(lastSaved(host)).toEqual([
      { sheet: '活动信息', block: 'A9', kind: 'campaign', layout: 'labelValue' },
    ]);
  });

  test('a block saved as campaign facts shows that choice', async () => {
    const { user } = setup({
      locale,
      tables: [{ sheet: '活动信息', block: 'A3', kind: 'campaign', layout: 'labelValue' }],
      campaign: {},
      targets: [],
    });
    const facts = await openTable(user, text.factsItem);
    expect(within(facts).getByRole('combobox', { name: text.readAs }).textContent).toBe(text.facts);
  });

  test('the amount can be quantity × unit price, with both columns to choose', async () => {
    const { user, host } = setup();
    const orders = await openTable(user, text.ordersItem);
    await choose(user, within(orders).getByRole('combobox', { name: text.amount }), text.derived);
    await waitFor(() => expect(host.callsTo('saveChoices')).toHaveLength(1));
    expect(lastSaved(host)).toEqual([
      { sheet: 'Orders', kind: 'orders', amountFrom: { quantity: '数量', unitPrice: '单价' } },
    ]);
    const reopened = await within(await section()).findByRole('region', { name: text.ordersItem });
    const price = await within(reopened).findByRole('combobox', { name: text.unitPrice });
    expect(within(reopened).getByRole('combobox', { name: text.amount }).textContent).toBe(text.derived);
    expect(within(reopened).getByRole('combobox', { name: text.quantity }).textContent).toBe('数量');
    await choose(user, price, '实付金额');
    await waitFor(() => expect(host.callsTo('saveChoices')).toHaveLength(2));
    expect(lastSaved(host)).toEqual([
      { sheet: 'Orders', kind: 'orders', amountFrom: { quantity: '数量', unitPrice: '实付金额' } },
    ]);
    await choose(user, within(reopened).getByRole('combobox', { name: text.amount }), '实付金额');
    await waitFor(() => expect(host.callsTo('saveChoices')).toHaveLength(3));
    expect(lastSaved(host)).toEqual([{ sheet: 'Orders', kind: 'orders', columns: { amount: '实付金额' } }]);
  });

  test('invoice lines given the kind orders get their amount from quantity × unit price', async () => {
    const { user, host } = setup();
    const item = within(await section()).getByRole('listitem', { name: 'Invoices' });
    await choose(user, within(item).getByRole('combobox', { name: text.readAs }), text.kindOrders);
    await waitFor(() => expect(host.callsTo('saveChoices')).toHaveLength(1));
    expect(lastSaved(host)).toEqual([
      { sheet: 'Invoices', kind: 'orders', amountFrom: { quantity: 'Quantity', unitPrice: 'UnitPrice' } },
    ]);
  });
});

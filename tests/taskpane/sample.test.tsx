import { screen, waitFor, within } from '@testing-library/react';
import type { Locale } from '../../src/core/locale';
import { HostError } from '../../src/port/hostPort';
import { emptyScan, FakeHost } from './fakeHost';
import { campaignScan, trafficTable } from './fixtures';
import { renderPane } from './renderPane';

const TEXT = {
  'en-US': {
    empty: 'No campaign data found',
    noOrders: 'No orders table recognised',
    insert: 'Insert sample campaign',
    detect: '1. Data found',
    generate: '3. Generate',
    sampleFailed: 'Could not insert the sample campaign',
    retry: 'Try again',
  },
  'zh-CN': {
    empty: '没有找到活动数据',
    noOrders: '没有识别到订单表',
    insert: '插入示例活动',
    detect: '1. 识别到的数据',
    generate: '3. 生成复盘',
    sampleFailed: '无法插入示例活动',
    retry: '重试',
  },
} as const;

describe.each<Locale>(['en-US', 'zh-CN'])('empty workbook and sample data (%s)', (locale) => {
  const text = TEXT[locale];

  test('an empty workbook offers the sample campaign, and nothing to generate', async () => {
    renderPane(new FakeHost({ displayLocale: locale, scan: emptyScan() }));
    const empty = await screen.findByRole('region', { name: text.empty });
    expect(within(empty).getByRole('button', { name: text.insert })).toBeTruthy();
    expect(screen.queryByRole('region', { name: text.detect })).toBeNull();
    expect(screen.queryByRole('region', { name: text.generate })).toBeNull();
  });

  test('Insert sample campaign writes the sample in the pane language, then rescans', async () => {
    let inserted = false;
    const host = new FakeHost({
      displayLocale: locale,
      scan: () => (inserted ? campaignScan() : emptyScan()),
    });
    const insertSample = host.insertSample.bind(host);
    host.insertSample = async (l) => {
      await insertSample(l);
      inserted = true;
    };
    const { user } = renderPane(host);
    const empty = await screen.findByRole('region', { name: text.empty });
    await user.click(within(empty).getByRole('button', { name: text.insert }));

    expect(await screen.findByRole('region', { name: text.generate })).toBeTruthy();
    expect(host.callsTo('insertSample').map((c) => c.args[0])).toEqual([locale]);
    expect(host.callsTo('scan')).toHaveLength(2);
    expect(screen.queryByRole('region', { name: text.empty })).toBeNull();
  });

  test('tables without orders ask for an orders table, next to the detect list', async () => {
    const scan = campaignScan({ tables: [], campaign: null });
    renderPane(new FakeHost({ displayLocale: locale, scan }));
    const noOrders = await screen.findByRole('region', { name: text.noOrders });
    expect(within(noOrders).getByRole('button', { name: text.insert })).toBeTruthy();
    expect(screen.getByRole('region', { name: text.detect })).toBeTruthy();
    expect(screen.queryByRole('region', { name: text.generate })).toBeNull();
  });

  test('tables without orders can still generate: the retro holds what they support', async () => {
    const scan = campaignScan({ tables: [trafficTable] });
    renderPane(new FakeHost({ displayLocale: locale, scan }));
    expect(await screen.findByRole('region', { name: text.noOrders })).toBeTruthy();
    expect(screen.getByRole('region', { name: text.generate })).toBeTruthy();
  });

  test('a failed insertion is explained with a retry', async () => {
    const host = new FakeHost({ displayLocale: locale, scan: emptyScan() });
    const reason = {
      'zh-CN': '工作簿受保护，无法添加工作表。',
      'en-US': 'The workbook is protected: sheets cannot be added.',
    };
    host.failNext('insertSample', new HostError('write_failed', reason));
    const { user } = renderPane(host);
    await user.click(await screen.findByRole('button', { name: text.insert }));

    const bar = await screen.findByRole('group', { name: text.sampleFailed });
    expect(bar.textContent).toContain(reason[locale]);
    await user.click(within(bar).getByRole('button', { name: text.retry }));
    await waitFor(() => expect(host.callsTo('insertSample')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByRole('group', { name: text.sampleFailed })).toBeNull());
  });
});

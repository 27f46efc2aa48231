import { screen, waitFor, within } from '@testing-library/react';
import type { Locale } from '../../src/core/locale';
import { HostError } from '../../src/port/hostPort';
import { createOfficeHost } from '../../src/taskpane/officeHost';
import { FakeHost } from './fakeHost';
import { campaignScan } from './fixtures';
import { renderPane } from './renderPane';

const TEXT = {
  'en-US': {
    scanFailed: 'Could not read the workbook',
    saveFailed: 'Could not save your choices',
    loadFailed: 'Could not load your saved choices',
    retry: 'Try again',
    dismiss: 'Dismiss',
    detect: '1. Data found',
    notWired: 'Fupan is not connected to Excel yet',
  },
  'zh-CN': {
    scanFailed: '无法读取工作簿',
    saveFailed: '无法保存你的设置',
    loadFailed: '无法读取已保存的设置',
    retry: '重试',
    dismiss: '关闭提示',
    detect: '1. 识别到的数据',
    notWired: 'Fupan 尚未接入 Excel',
  },
} as const;

const readFailed = new HostError('read_failed', {
  'zh-CN': '读取工作表“Orders”失败：工作表太大。请删除空白行后重试。',
  'en-US': 'Reading sheet "Orders" failed: the sheet is too large. Delete the empty rows, then try again.',
});

describe.each<Locale>(['en-US', 'zh-CN'])('problems (%s)', (locale) => {
  const text = TEXT[locale];

  test('a failed scan is explained in the pane language, and Try again rescans', async () => {
    const host = new FakeHost({ displayLocale: locale, scan: campaignScan() });
    host.failNext('scan', readFailed);
    const { user } = renderPane(host);

    const bar = await screen.findByRole('group', { name: text.scanFailed });
    expect(bar.textContent).toContain(readFailed.text[locale]);
    await user.click(within(bar).getByRole('button', { name: text.retry }));
    expect(await screen.findByRole('region', { name: text.detect })).toBeTruthy();
    expect(screen.queryByRole('group', { name: text.scanFailed })).toBeNull();
  });

  test('an unreadable saved setting falls back to the defaults with a warning', async () => {
    const host = new FakeHost({ displayLocale: locale, scan: campaignScan() });
    host.failNext('loadChoices', new SyntaxError('Unexpected token < in JSON at position 0'));
    const { user } = renderPane(host);

    const bar = await screen.findByRole('group', { name: text.loadFailed });
    expect(bar.textContent).not.toContain('Unexpected token');
    expect(await screen.findByRole('region', { name: text.detect })).toBeTruthy();
    await user.click(within(bar).getByRole('button', { name: text.dismiss }));
    expect(screen.queryByRole('group', { name: text.loadFailed })).toBeNull();
  });

  test('a failed save is reported and can be retried', async () => {
    const host = new FakeHost({ displayLocale: locale, scan: campaignScan() });
    const { user } = renderPane(host);
    await screen.findByRole('region', { name: text.detect });
    host.failNext('saveChoices', new Error('GeneralException'));
    const name = screen.getByLabelText(locale === 'zh-CN' ? '活动名称' : 'Campaign name');
    await user.type(name, '!');
    await user.tab();

    const bar = await screen.findByRole('group', { name: text.saveFailed });
    await user.click(within(bar).getByRole('button', { name: text.retry }));
    await waitFor(() => expect(host.callsTo('saveChoices')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByRole('group', { name: text.saveFailed })).toBeNull());
  });

  test('a pane whose Excel module is not wired says so instead of failing silently', async () => {
    renderPane({ ...createOfficeHost(null), displayLocale: locale });
    const bar = await screen.findByRole('group', { name: text.scanFailed });
    expect(bar.textContent).toContain(text.notWired);
  });
});

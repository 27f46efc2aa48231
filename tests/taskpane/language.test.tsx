import { screen, waitFor, within } from '@testing-library/react';
import { FakeHost } from './fakeHost';
import { campaignScan, summary } from './fixtures';
import { choose, renderPane } from './renderPane';

describe('pane language', () => {
  test('opens in Office’s display language', async () => {
    renderPane(new FakeHost({ displayLocale: 'zh-CN', scan: campaignScan() }));
    expect(await screen.findByRole('region', { name: '1. 识别到的数据' })).toBeTruthy();
    expect(screen.getByRole('main').getAttribute('lang')).toBe('zh-CN');
    expect(screen.getByRole('button', { name: '生成复盘' })).toBeTruthy();
  });

  test('switching the language changes every text but not the workbook', async () => {
    const host = new FakeHost({
      displayLocale: 'en-US',
      scan: campaignScan(),
      generate: { progress: [], summary },
    });
    const { user } = renderPane(host);
    await screen.findByRole('region', { name: '1. Data found' });
    await user.click(screen.getByRole('button', { name: 'Generate retro' }));
    await screen.findByRole('region', { name: 'Results' });
    const scans = host.callsTo('scan').length;

    await choose(user, screen.getByRole('combobox', { name: 'Language 语言' }), '中文（简体）');

    expect(screen.getByRole('main').getAttribute('lang')).toBe('zh-CN');
    expect(screen.getByRole('region', { name: '1. 识别到的数据' })).toBeTruthy();
    expect(screen.getByRole('region', { name: '2. 活动信息' })).toBeTruthy();
    const results = screen.getByRole('region', { name: '复盘结果' });
    expect(within(results).getByText('基本成功')).toBeTruthy();
    expect(results.textContent).toContain(summary.findings[0]!.text['zh-CN']);
    expect(screen.getByLabelText('活动名称')).toBeTruthy();
    expect(screen.queryByText('Data found')).toBeNull();
    expect(host.callsTo('saveChoices')).toHaveLength(0);
    expect(host.callsTo('scan')).toHaveLength(scans);

    await choose(user, screen.getByRole('combobox', { name: '语言 Language' }), 'English');
    await waitFor(() => expect(screen.getByRole('region', { name: 'Results' })).toBeTruthy());
    expect(screen.getByRole('main').getAttribute('lang')).toBe('en-US');
  });

  test('the language switch is reachable and usable from the keyboard', async () => {
    const { user } = renderPane(new FakeHost({ displayLocale: 'en-US', scan: campaignScan() }));
    await screen.findByRole('region', { name: '1. Data found' });
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Language 语言' }));
    await user.keyboard('{Enter}');
    await user.keyboard('{ArrowUp}{Enter}');
    expect(await screen.findByRole('region', { name: '1. 识别到的数据' })).toBeTruthy();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import type { Locale } from '../../src/core/locale';
import { HostError, type UserChoices } from '../../src/port/hostPort';
import { FakeHost, type GenerateScript } from './fakeHost';
import { campaignScan, progressSteps, summary } from './fixtures';
import { choose, renderPane } from './renderPane';

const TEXT = {
  'en-US': {
    heading: '3. Generate',
    generate: 'Generate retro',
    cancel: 'Cancel',
    progress: 'Progress',
    reading: 'Reading the data',
    writing: 'Writing the sheets',
    cancelled: 'Generation cancelled',
    results: 'Results',
    verdict: 'Basic success',
    findings: 'Key findings',
    highlight: 'Highlight',
    rejected: 'Rejected rows: 12',
    openQuality: 'Open the data-quality sheet',
    failedTitle: 'Could not generate the retro',
    retry: 'Try again',
    openFailed: 'Could not open the sheet',
    sheetLanguage: 'Language of the sheets',
  },
  'zh-CN': {
    heading: '3. 生成复盘',
    generate: '生成复盘',
    cancel: '取消',
    progress: '生成进度',
    reading: '读取数据',
    writing: '写入工作表',
    cancelled: '已取消生成',
    results: '复盘结果',
    verdict: '基本成功',
    findings: '主要发现',
    highlight: '亮点',
    rejected: '被拒绝的行：12',
    openQuality: '查看数据质量表',
    failedTitle: '无法生成复盘',
    retry: '重试',
    openFailed: '无法打开该工作表',
    sheetLanguage: '工作表语言',
  },
} as const;

const writeFailed = new HostError('write_failed', {
  'zh-CN': '写入工作表“复盘-趋势”时 Excel 拒绝了请求。请关闭其他正在编辑的窗口后重试。',
  'en-US':
    'Excel refused to write the sheet "Fupan Trend". Close other windows editing this workbook, then try again.',
});

describe.each<Locale>(['en-US', 'zh-CN'])('generate and results (%s)', (locale) => {
  const text = TEXT[locale];

  function setup(generate: GenerateScript) {
    const host = new FakeHost({ displayLocale: locale, scan: campaignScan(), generate });
    return { host, ...renderPane(host) };
  }

  const generateSection = () => screen.findByRole('region', { name: text.heading });

  test('shows the progress with the current step, then the results', async () => {
    const { user, host } = setup({ progress: progressSteps, summary, holdAfter: 3 });
    const section = await generateSection();
    await user.click(within(section).getByRole('button', { name: text.generate }));

    const bar = await within(section).findByRole('progressbar');
    await waitFor(() => expect(bar.getAttribute('aria-valuenow')).toBe('0.8'));
    expect(section.textContent).toContain(text.writing);
    expect(section.textContent).toContain(progressSteps[2]!.detail[locale]);
    expect((within(section).getByRole('button', { name: text.generate }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(host.callsTo('generate')).toHaveLength(1);

    host.release();
    const results = await within(section).findByRole('region', { name: text.results });
    expect(within(section).queryByRole('progressbar')).toBeNull();
    expect(within(results).getByText(text.verdict)).toBeTruthy();
    const findings = within(results)
      .getAllByRole('listitem')
      .filter((li) => li.closest('ol') !== null);
    expect(findings).toHaveLength(3);
    expect(findings[0]!.textContent).toBe(text.highlight + summary.findings[0]!.text[locale]);
    expect(results.textContent).not.toContain(summary.findings[3]!.text[locale]);
    expect(within(results).getByText(text.rejected)).toBeTruthy();
  });

  test('generates with the saved choices, in the chosen sheet language', async () => {
    const { user, host } = setup({ progress: [], summary });
    const section = await generateSection();
    await choose(
      user,
      within(section).getByRole('combobox', { name: text.sheetLanguage }),
      locale === 'zh-CN' ? 'English' : '中文（简体）',
    );
    await user.click(within(section).getByRole('button', { name: text.generate }));
    await within(section).findByRole('region', { name: text.results });
    const choices = host.lastCall('generate')!.args[0] as UserChoices;
    expect(choices.locale).toBe(locale === 'zh-CN' ? 'en-US' : 'zh-CN');
    expect((host.lastCall('saveChoices')!.args[0] as UserChoices).locale).toBe(choices.locale);
  });

  test('Cancel aborts the run and says so', async () => {
    const { user, host } = setup({ progress: progressSteps, summary, holdAfter: 1 });
    const section = await generateSection();
    await user.click(within(section).getByRole('button', { name: text.generate }));
    await waitFor(() => expect(section.textContent).toContain(text.reading));

    await user.click(within(section).getByRole('button', { name: text.cancel }));
    expect(host.generateSignals[0]!.aborted).toBe(true);
    expect(await within(section).findByRole('group', { name: text.cancelled })).toBeTruthy();
    expect(within(section).queryByRole('progressbar')).toBeNull();
    expect(within(section).queryByRole('region', { name: text.results })).toBeNull();
    expect((within(section).getByRole('button', { name: text.generate }) as HTMLButtonElement).disabled).toBe(
      false,
    );
  });

  test('the sheet links activate the Fupan sheets and the data-quality sheet', async () => {
    const { user, host } = setup({ progress: [], summary });
    const section = await generateSection();
    await user.click(within(section).getByRole('button', { name: text.generate }));
    const results = await within(section).findByRole('region', { name: text.results });

    await user.click(within(results).getByRole('button', { name: 'Fupan Retro' }));
    await user.click(within(results).getByRole('button', { name: text.openQuality }));
    await waitFor(() =>
      expect(host.callsTo('activateSheet').map((c) => c.args[0])).toEqual([
        'Fupan Retro',
        'Fupan Data Quality',
      ]),
    );
  });

  test('a sheet that cannot be opened is reported beside the results', async () => {
    const { user, host } = setup({ progress: [], summary });
    host.failNext(
      'activateSheet',
      new HostError('unsupported', { 'zh-CN': '该工作表已被删除。', 'en-US': 'The sheet was deleted.' }),
    );
    const section = await generateSection();
    await user.click(within(section).getByRole('button', { name: text.generate }));
    const results = await within(section).findByRole('region', { name: text.results });
    await user.click(within(results).getByRole('button', { name: 'Fupan Overview' }));
    const bar = await within(section).findByRole('group', { name: text.openFailed });
    expect(bar.textContent).toContain(locale === 'zh-CN' ? '该工作表已被删除。' : 'The sheet was deleted.');
  });

  test('a HostError is shown in place, in the pane language, with a retry', async () => {
    const { user, host } = setup({ progress: progressSteps.slice(0, 1), error: writeFailed });
    const section = await generateSection();
    await user.click(within(section).getByRole('button', { name: text.generate }));

    const bar = await within(section).findByRole('group', { name: text.failedTitle });
    expect(bar.textContent).toContain(writeFailed.text[locale]);
    expect(bar.textContent).not.toContain(writeFailed.text[locale === 'zh-CN' ? 'en-US' : 'zh-CN']);

    host.generateScript = { progress: [], summary };
    await user.click(within(bar).getByRole('button', { name: text.retry }));
    expect(await within(section).findByRole('region', { name: text.results })).toBeTruthy();
    expect(within(section).queryByRole('group', { name: text.failedTitle })).toBeNull();
  });

  test('an unknown error shows a generic message in both languages, never its stack', async () => {
    const crash = new TypeError("Cannot read properties of undefined (reading 'values')");
    const { user } = setup({ progress: [], error: crash });
    const section = await generateSection();
    await user.click(within(section).getByRole('button', { name: text.generate }));

    const bar = await within(section).findByRole('group', { name: text.failedTitle });
    expect(bar.textContent).toContain('Fupan hit an unexpected problem.');
    expect(bar.textContent).toContain('Fupan 遇到了意外问题。');
    expect(bar.textContent).not.toContain('Cannot read properties');
    expect(bar.textContent).not.toContain('TypeError');
  });
});

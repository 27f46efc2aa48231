import { screen, within } from '@testing-library/react';
import type { Locale } from '../../src/core/locale';
import { engineFailureError } from '../../src/excel/engineFailure';
import { EngineFailed, type EngineFailure } from '../../src/excel/engineRunner';
import { FakeHost } from './fakeHost';
import { campaignScan, summary } from './fixtures';
import { renderPane } from './renderPane';

/**
 * The pane when the engine's worker failed (threw, crashed, ran out of memory, or was stopped by the
 * watchdog): a clear message in the pane language, never the technical cause, and the pane stays usable.
 * The runner side (watchdog, restart, cancel) is in tests/excel/engineWatchdog.test.ts.
 */

const TEXT = {
  'en-US': {
    generateHeading: '3. Generate',
    generate: 'Generate retro',
    failedTitle: 'Could not generate the retro',
    scanFailed: 'Could not read the workbook',
    retry: 'Try again',
    results: 'Results',
    detect: '1. Data found',
    expected: {
      error: 'analysis failed on this workbook',
      memory: 'more memory than the task pane has',
      crashed: 'stopped unexpectedly',
      silent: 'no progress for over 5 minutes',
    },
  },
  'zh-CN': {
    generateHeading: '3. 生成复盘',
    generate: '生成复盘',
    failedTitle: '无法生成复盘',
    scanFailed: '无法读取工作簿',
    retry: '重试',
    results: '复盘结果',
    detect: '1. 识别到的数据',
    expected: {
      error: '分析在这个工作簿上出错',
      memory: '内存超出了任务窗格的上限',
      crashed: '分析进程意外停止',
      silent: '超过 5 分钟没有任何进展',
    },
  },
} as const;

const failures: readonly EngineFailure[] = ['error', 'memory', 'crashed', 'silent'];
const DETAIL = 'Uncaught RangeError: Array buffer allocation failed at analyse (engine.worker.js:1:2345)';

let consoleError: jest.SpyInstance;
beforeEach(() => (consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined)));
afterEach(() => consoleError.mockRestore());

describe.each<Locale>(['en-US', 'zh-CN'])('a failed engine worker (%s)', (locale) => {
  const text = TEXT[locale];

  test.each(failures)('generate: a %s worker is explained in place, and Try again works', async (kind) => {
    const error = engineFailureError(new EngineFailed(kind, DETAIL, 5 * 60_000));
    const host = new FakeHost({
      displayLocale: locale,
      scan: campaignScan(),
      generate: { progress: [], error },
    });
    const { user } = renderPane(host);
    const section = await screen.findByRole('region', { name: text.generateHeading });
    await user.click(within(section).getByRole('button', { name: text.generate }));

    const bar = await within(section).findByRole('group', { name: text.failedTitle });
    expect(bar.textContent).toContain(text.expected[kind]);
    expect(bar.textContent).not.toContain('RangeError');
    expect(bar.textContent).not.toContain('engine.worker');
    expect(consoleError).toHaveBeenCalledWith(expect.objectContaining({ detail: DETAIL }));

    // The pane is not stuck: the next run (the host restarts the worker) produces the results.
    host.generateScript = { progress: [], summary };
    await user.click(within(bar).getByRole('button', { name: text.retry }));
    expect(await within(section).findByRole('region', { name: text.results })).toBeTruthy();
    expect(within(section).queryByRole('group', { name: text.failedTitle })).toBeNull();
  });

  test('scan: a crashed worker is explained, and Try again rescans', async () => {
    const host = new FakeHost({ displayLocale: locale, scan: campaignScan() });
    host.failNext('scan', engineFailureError(new EngineFailed('crashed', DETAIL)));
    const { user } = renderPane(host);

    const bar = await screen.findByRole('group', { name: text.scanFailed });
    expect(bar.textContent).toContain(text.expected.crashed);
    await user.click(within(bar).getByRole('button', { name: text.retry }));
    expect(await screen.findByRole('region', { name: text.detect })).toBeTruthy();
  });
});

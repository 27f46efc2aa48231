import { screen, within } from '@testing-library/react';
import type { Locale } from '../../src/core/locale';
import type { UserChoices } from '../../src/port/hostPort';
import { parseBoundPercent } from '../../src/taskpane/components/BudgetBoundField/budgetBoundText';
import { FakeHost } from './fakeHost';
import { campaignScan, summary } from './fixtures';
import { renderPane } from './renderPane';

const TEXT = {
  'en-US': {
    heading: '3. Generate',
    generate: 'Generate retro',
    results: 'Results',
    bound: 'Next plan: move each channel’s budget by at most',
    invalid: 'Enter a percentage from 0 to 100.',
  },
  'zh-CN': {
    heading: '3. 生成复盘',
    generate: '生成复盘',
    results: '复盘结果',
    bound: '下次计划：每个渠道预算至多调整',
    invalid: '请输入 0 到 100 之间的百分比。',
  },
} as const;

describe('parseBoundPercent', () => {
  it('reads percentages from 0 to 100, with or without the sign', () => {
    expect(parseBoundPercent('30')).toBe(0.3);
    expect(parseBoundPercent(' 12.5 % ')).toBe(0.125);
    expect(parseBoundPercent('0')).toBe(0);
    expect(parseBoundPercent('100％')).toBe(1);
    for (const bad of ['', '-5', '101', 'abc', '1e2', '3,0']) expect(parseBoundPercent(bad)).toBeNull();
  });
});

describe.each<Locale>(['en-US', 'zh-CN'])('the budget-bound input of the Generate step (%s)', (locale) => {
  const text = TEXT[locale];

  function setup(savedChoices: UserChoices | null = null) {
    const host = new FakeHost({
      displayLocale: locale,
      scan: campaignScan(),
      savedChoices,
      generate: { progress: [], summary },
    });
    return { host, ...renderPane(host) };
  }

  const boundInput = async () => {
    const section = await screen.findByRole('region', { name: text.heading });
    return { section, input: within(section).getByRole('textbox', { name: text.bound }) as HTMLInputElement };
  };

  test('shows 30 % by default, and generates without a bound of its own', async () => {
    const { user, host } = setup();
    const { section, input } = await boundInput();
    expect(input.value).toBe('30');
    await user.click(within(section).getByRole('button', { name: text.generate }));
    await within(section).findByRole('region', { name: text.results });
    expect((host.lastCall('generate')!.args[0] as UserChoices).budgetBound).toBeUndefined();
  });

  test('saves a bound typed in, with the other choices, and generates with it', async () => {
    const { user, host } = setup();
    const { section, input } = await boundInput();
    await user.clear(input);
    await user.type(input, '15');
    await user.tab();
    expect((host.lastCall('saveChoices')!.args[0] as UserChoices).budgetBound).toBe(0.15);
    await user.click(within(section).getByRole('button', { name: text.generate }));
    await within(section).findByRole('region', { name: text.results });
    expect((host.lastCall('generate')!.args[0] as UserChoices).budgetBound).toBe(0.15);
  });

  test('says what is wrong with a bound out of range, and keeps the saved one', async () => {
    const { user, host } = setup({ locale, tables: [], campaign: {}, targets: [], budgetBound: 0.2 });
    const { input } = await boundInput();
    expect(input.value).toBe('20');
    await user.clear(input);
    await user.type(input, '150');
    await user.tab();
    expect(await screen.findByText(text.invalid)).toBeTruthy();
    expect(input.value).toBe('150');
    expect(host.callsTo('saveChoices').some((c) => (c.args[0] as UserChoices).budgetBound !== 0.2)).toBe(
      false,
    );
  });
});

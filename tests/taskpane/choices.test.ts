import { dayFromYmd } from '../../src/core/model/day';
import { applyRange, checkRange, draftFrom, outsidePeriod } from '../../src/taskpane/campaign/campaignDraft';
import { defaultChoices } from '../../src/taskpane/choices/defaultChoices';
import { overrideFor, withColumn, withTableKind } from '../../src/taskpane/choices/tableOverrides';
import { dayToIso, isoToDay } from '../../src/taskpane/dates/isoDate';
import { parseTargetValue } from '../../src/taskpane/components/TargetsEditor/targetValue';
import { campaignInfo } from './fixtures';

const orders = { sheet: 'Orders' };
const traffic = { sheet: 'Traffic', table: 'TrafficDaily' };

describe('table overrides', () => {
  test('a kind choice replaces the table’s override and drops its columns; auto removes it', () => {
    let choices = withColumn(defaultChoices('en-US'), orders, 'orders', 'channel', '备注');
    choices = withTableKind(choices, traffic, 'ignore');
    expect(choices.tables).toEqual([
      { sheet: 'Orders', kind: 'orders', columns: { channel: '备注' } },
      { sheet: 'Traffic', table: 'TrafficDaily', kind: 'ignore' },
    ]);
    choices = withTableKind(choices, orders, 'spend');
    expect(overrideFor(choices, orders)).toEqual({ sheet: 'Orders', kind: 'spend' });
    choices = withTableKind(choices, traffic, 'auto');
    expect(overrideFor(choices, traffic)).toBeUndefined();
  });

  test('an override names its Excel table only when it has one', () => {
    expect(
      overrideFor(withTableKind(defaultChoices('en-US'), traffic, 'orders'), { sheet: 'Traffic' }),
    ).toBeUndefined();
  });

  test('columns accumulate per field; clearing the last keeps the pinned kind', () => {
    let choices = withColumn(defaultChoices('zh-CN'), orders, 'orders', 'channel', '来源');
    choices = withColumn(choices, orders, 'orders', 'sku', '货号');
    expect(overrideFor(choices, orders)?.columns).toEqual({ channel: '来源', sku: '货号' });
    choices = withColumn(
      withColumn(choices, orders, 'orders', 'channel', null),
      orders,
      'orders',
      'sku',
      null,
    );
    expect(overrideFor(choices, orders)).toEqual({ sheet: 'Orders', kind: 'orders' });
  });

  test('clearing a field nobody set adds nothing', () => {
    expect(withColumn(defaultChoices('en-US'), orders, 'orders', 'channel', null).tables).toEqual([]);
  });
});

describe('dates', () => {
  test('ISO dates and Days convert both ways; impossible dates are null', () => {
    expect(isoToDay('2025-12-12')).toBe(dayFromYmd(2025, 12, 12));
    expect(dayToIso(dayFromYmd(2024, 2, 29))).toBe('2024-02-29');
    expect(isoToDay('2025-02-30')).toBeNull();
    expect(isoToDay('')).toBeNull();
    expect(isoToDay('12/12/2025')).toBeNull();
  });
});

describe('campaign draft', () => {
  const draft = draftFrom(campaignInfo, {});

  test('ranges are checked: empty, half-typed, reversed, ok', () => {
    expect(checkRange({ start: '', end: '' })).toEqual({ kind: 'empty' });
    expect(checkRange({ start: '2025-12-01', end: '' })).toEqual({ kind: 'partial' });
    expect(checkRange({ start: '2025-12-02', end: '2025-12-01' })).toEqual({ kind: 'reversed' });
    expect(checkRange({ start: '2025-12-01', end: '2025-12-01' }).kind).toBe('ok');
  });

  test('an edited phase saves every complete phase and keeps the rest of the override', () => {
    const next = { ...draft, ranges: { ...draft.ranges, tail: { start: '', end: '' } } };
    expect(applyRange({ name: 'X' }, next, 'tail')).toEqual({
      name: 'X',
      phases: campaignInfo.phases.filter((p) => p.kind !== 'tail'),
    });
  });

  test('nothing is saved while a range is half-typed, and the period cannot be emptied', () => {
    const half = { ...draft, ranges: { ...draft.ranges, peak: { start: '2025-12-10', end: '' } } };
    expect(applyRange({}, half, 'peak')).toBeNull();
    const noPeriod = { ...draft, ranges: { ...draft.ranges, period: { start: '', end: '' } } };
    expect(applyRange({}, noPeriod, 'period')).toBeNull();
  });

  test('phases outside the period are noticed; the baseline never is', () => {
    const late = { ...draft, ranges: { ...draft.ranges, tail: { start: '2025-12-13', end: '2025-12-20' } } };
    expect(outsidePeriod(late, 'tail')).toBe(true);
    expect(outsidePeriod(draft, 'tail')).toBe(false);
    expect(outsidePeriod(draft, 'baseline')).toBe(false);
  });

  test('without a workbook campaign the form starts empty', () => {
    expect(draftFrom(null, {}).ranges.period).toEqual({ start: '', end: '' });
  });
});

describe('target values', () => {
  test.each([
    ['5000000', 5_000_000],
    ['5,000,000', 5_000_000],
    ['3.5', 3.5],
    [' 1 200 ', 1200],
    ['-2', -2],
  ])('%s reads as %d', (text, value) => expect(parseTargetValue(text)).toBe(value));

  test.each(['', 'abc', '1.2.3', '5万', 'Infinity'])('"%s" is not a number', (text) =>
    expect(parseTargetValue(text)).toBeNull(),
  );
});

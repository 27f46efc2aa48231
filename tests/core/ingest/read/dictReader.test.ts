import { createDictionary } from '../../../../src/core/ingest/read/dictionary';
import { createReadContext, ROW_REJECTED, ROW_USED } from '../../../../src/core/ingest/read/context';
import { dictReader, readDict } from '../../../../src/core/ingest/read/readDict';
import { parseText } from '../../../../src/core/ingest/parse/text';
import type { CellValue } from '../../../../src/core/model/raw';
import { rawTable } from '../rawTable';

/** An orders context over one text column: order_id (required) or channel (optional). */
function contextOf(field: 'order_id' | 'channel', cells: readonly CellValue[]) {
  const raw = rawTable(
    '订单',
    ['x'],
    cells.map((cell) => [cell]),
  );
  return createReadContext('orders', raw, { [field]: 0 });
}

/** What the reader must give: parseText's value per used row, coded in first-seen order (-1 empty). */
function expected(cells: readonly CellValue[]): { codes: number[]; values: string[] } {
  const values: string[] = [];
  const codes = cells.map((cell) => {
    const result = parseText(cell);
    if (!result.ok || result.value === null) return -1;
    const at = values.indexOf(result.value);
    if (at >= 0) return at;
    values.push(result.value);
    return values.length - 1;
  });
  return { codes, values };
}

describe('the dictionary column reader', () => {
  test('codes a few values met out of order alike, whatever their form', () => {
    const cells: CellValue[] = [
      '直播',
      '搜索广告',
      '直播',
      123,
      ' 直播 ',
      '123',
      null,
      '搜索广告',
      '-',
      true,
      'TRUE',
    ];
    const dict = createDictionary();
    const column = readDict(contextOf('channel', cells), 'channel', dict);
    expect(Array.from(column?.codes ?? [])).toEqual(expected(cells).codes);
    expect(column?.values).toEqual(expected(cells).values);
  });

  test('rejects every empty or unreadable cell of a required column, even one repeated', () => {
    const cells: CellValue[] = ['A1', '#N/A', 'A2', '#N/A', '#N/A', 'n/a', 'A1', 'n/a', 'A2'];
    const ctx = contextOf('order_id', cells);
    const column = readDict(ctx, 'order_id', createDictionary());
    expect(Array.from(column?.codes ?? [])).toEqual([0, -1, 1, -1, -1, -1, 0, -1, 1]);
    expect(Array.from(ctx.state)).toEqual(
      cells.map((cell) => (cell === 'A1' || cell === 'A2' ? ROW_USED : ROW_REJECTED)),
    );
    expect(ctx.rejected.map((r) => r.code)).toEqual([
      'excel_error',
      'excel_error',
      'excel_error',
      'missing_value',
      'missing_value',
    ]);
  });

  test('codes a column that outgrows the small-dictionary path as a plain first-seen coding would', () => {
    // 20,000 rows: a few values first, then mostly new ids (the dictionary is reserved for), repeats and
    // a block of few values again.
    const cells: CellValue[] = [];
    for (let i = 0; i < 3000; i++) cells.push(['a', 'b', 'c', 'd'][i % 4] ?? null);
    for (let i = 0; i < 14_000; i++) cells.push(i % 5 === 0 ? `ID${(i * 37) % 1000}` : `ID${i}`);
    for (let i = 0; i < 3000; i++) cells.push(i % 3 === 0 ? null : (['a', 'ID7', 'ID8'][i % 3] ?? null));
    const want = expected(cells);
    const whole = readDict(contextOf('channel', cells), 'channel', createDictionary());
    expect(Array.from(whole?.codes ?? [])).toEqual(want.codes);
    expect(whole?.values).toEqual(want.values);

    const dict = createDictionary();
    const reader = dictReader(contextOf('channel', cells), 'channel', dict);
    const codes = new Int32Array(cells.length);
    for (let from = 0; from < cells.length; from += 2048) {
      const to = Math.min(cells.length, from + 2048);
      const out = new Int32Array(to - from);
      reader?.read(from, to, out);
      codes.set(out, from);
    }
    expect(Array.from(codes)).toEqual(want.codes);
    expect(dict.values).toEqual(want.values);
  });
});

import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseBudgetBounds } from '../../src/cli/budgetBoundArg';
import { runCli } from './support/runCli';
import { smallSample, tempDir, writeSampleWorkbook } from './support/sampleFiles';

describe('parseBudgetBounds (--budget-bound)', () => {
  it('reads a bound for all channels, as a share or a percentage, and bounds per channel', () => {
    expect(parseBudgetBounds([])).toEqual({ ok: true, bounds: {} });
    expect(parseBudgetBounds(['0.3'])).toEqual({ ok: true, bounds: { all: 0.3 } });
    expect(parseBudgetBounds(['15%'])).toEqual({ ok: true, bounds: { all: 0.15 } });
    expect(parseBudgetBounds(['0.1', ' 直通车 = 0.2', 'Search=0'])).toEqual({
      ok: true,
      bounds: { all: 0.1, byChannel: { 直通车: 0.2, Search: 0 } },
    });
  });

  it.each([
    ['abc', 'not a number'],
    ['-0.1', 'negative'],
    ['1.5', 'past ±100 %'],
    ['150%', 'past ±100 % as a percentage'],
    ['=0.2', 'no channel'],
    ['直通车=', 'no bound'],
    ['0x1', 'hexadecimal'],
  ])('rejects %j (%s)', (text) => {
    expect(parseBudgetBounds([text])).toEqual({ ok: false, text });
  });

  it('rejects the same channel, or the bound for all, given twice', () => {
    expect(parseBudgetBounds(['0.1', '0.2'])).toEqual({ ok: false, text: '0.2' });
    expect(parseBudgetBounds(['a=0.1', ' A =0.2'])).toEqual({ ok: false, text: ' A =0.2' });
  });
});

/** The Bound column of the plan sheet's budget table: channel → [bound, current budget, change]. */
async function budgetRows(file: string): Promise<Map<string, [number, number, number]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet('复盘-下次计划');
  if (!sheet) throw new Error('no plan sheet');
  const rows = new Map<string, [number, number, number]>();
  let inBudget = false;
  sheet.eachRow((row) => {
    const label = row.getCell(1).value;
    if (label === '渠道' && row.getCell(10).value === '调整上限') inBudget = true;
    else if (label === '合计') inBudget = false;
    else if (inBudget && typeof label === 'string') {
      const bound = row.getCell(10).value;
      const current = row.getCell(2).value;
      const proposed = row.getCell(3).value;
      if (typeof bound === 'number' && typeof current === 'number' && typeof proposed === 'number')
        rows.set(label, [bound, current, proposed - current]);
    }
  });
  return rows;
}

describe('fupan retro --budget-bound', () => {
  let dir: string;
  let input: string;

  beforeAll(async () => {
    dir = tempDir('budget-bound');
    input = await writeSampleWorkbook(join(dir, 'double12.xlsx'), smallSample('zh-CN'));
  });

  it('refuses a malformed bound before reading the input, in the chosen language', async () => {
    const zh = await runCli(['retro', join(dir, 'missing.xlsx'), '--budget-bound', '2']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('--budget-bound 应为 0 到 1 之间的比例');
    expect(zh.stderr).toContain('“2”');
    const en = await runCli(['retro', input, '--lang', 'en-US', '--budget-bound', 'x=']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('--budget-bound must be a share from 0 to 1');
  });

  it('moves each channel within its bound: a narrower bound gives smaller moves', async () => {
    const wide = join(dir, 'wide.xlsx');
    const narrow = join(dir, 'narrow.xlsx');
    expect((await runCli(['retro', input, '-o', wide, '-q'])).code).toBe(0);
    const defaults = await budgetRows(wide);
    const moved = [...defaults].filter(([, [, , change]]) => change !== 0);
    expect(moved.length).toBeGreaterThanOrEqual(2);
    for (const [, [bound]] of defaults) expect(bound).toBe(0.3);
    // The channel that moved most keeps ±5 %, the others ±10 %.
    const [most] = moved.sort((a, b) => Math.abs(b[1][2]) - Math.abs(a[1][2]))[0]!;
    const run = await runCli([
      'retro',
      input,
      '-o',
      narrow,
      '-q',
      '--budget-bound',
      '0.1',
      '--budget-bound',
      `${most}=0.05`,
    ]);
    expect(run.code).toBe(0);
    const bounded = await budgetRows(narrow);
    expect([...bounded.keys()]).toEqual([...defaults.keys()]);
    for (const [channel, [bound, current, change]] of bounded) {
      expect(bound).toBe(channel === most ? 0.05 : 0.1);
      expect(Math.abs(change)).toBeLessThanOrEqual(bound * current + 1e-6);
    }
    const total = (rows: Map<string, [number, number, number]>) =>
      [...rows.values()].reduce((s, [, , change]) => s + Math.abs(change), 0);
    expect(total(bounded)).toBeLessThan(total(defaults));
    expect(Math.abs(bounded.get(most)![2])).toBeLessThan(Math.abs(defaults.get(most)![2]));
  });

  it('notes a per-channel bound whose channel the spend table lacks', async () => {
    const run = await runCli([
      'retro',
      input,
      '-o',
      join(dir, 'typo.xlsx'),
      '-q',
      '--budget-bound',
      '不存在的渠道=0.1',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('不存在的渠道');
  });
});

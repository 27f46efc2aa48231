import { SHEET_MARK_KEY } from '../../src/core/plan/types';
import { readWorkbook } from '../../src/excel/readWorkbook';
import { writePlan } from '../../src/excel/writePlan';
import { FakeExcel } from '../support/excelFake/fakeExcel';
import { buildTestPlan, HOSTILE_TEXT, noteAddress, SHEETS } from '../support/excelFake/fixtures/testPlan';

/** 31 characters: the longest name Excel allows. */
const LONG_NAME = '2024年双11大促订单明细（含预售尾款与定金膨胀）补充导出表';

function hostileWorkbook(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet(LONG_NAME, [
    ['双11 订单导出'],
    [],
    ['订单号', '渠道', '实付金额', '备注', '下单时间'],
    ['T1', '天猫', 100, "=cmd|' /C calc'!A0", 45_600],
    ['T2', null, 200, '+1', 45_600],
    ['T3', null, 300, '-', 45_601],
    ['T4', '京东', null, '@SUM(C4:C6)', 45_602],
  ]);
  excel.merge(LONG_NAME, 'B5:B6'); // a merged cell: B6 reads as blank
  excel.put(LONG_NAME, 'C7', { t: 'error', v: '#N/A' });
  excel.put(LONG_NAME, 'E7', { t: 'error', v: '#VALUE!' });
  excel.put(LONG_NAME, 'D8', { t: 'text', v: '=SUM(1,2)', quotePrefix: true });
  excel.put(LONG_NAME, 'A8', { t: 'text', v: 'T5' });
  // A user's sheet that merely bears Fupan's name: never deleted, never overwritten, still read as data.
  excel.addSheet(SHEETS.retro, [
    ['我的复盘笔记', '内容'],
    ['要点', '=这是我写的文字'],
  ]);
  return excel;
}

describe('a hostile workbook', () => {
  it('is read without a crash, with nothing lost and formula-like text as text', async () => {
    const excel = hostileWorkbook();
    const result = await readWorkbook(excel.host);
    const orders = result.tables.find((t) => t.source.sheet === LONG_NAME);
    expect(LONG_NAME).toHaveLength(31);
    expect(orders?.source.headerRow).toBe(3);
    expect(orders?.header).toEqual(['订单号', '渠道', '实付金额', '备注', '下单时间']);
    expect(orders?.rows).toEqual([
      ['T1', '天猫', 100, "=cmd|' /C calc'!A0", 45_600],
      ['T2', '', 200, '+1', 45_600],
      ['T3', '', 300, '-', 45_601],
      ['T4', '京东', '#N/A', '@SUM(C4:C6)', '#VALUE!'],
      ['T5', '', '', '=SUM(1,2)', ''],
    ]);
    expect(result.tables.find((t) => t.source.sheet === SHEETS.retro)?.rows).toEqual([
      ['要点', '=这是我写的文字'],
    ]);
  });

  it('is written without touching the user’s sheets, and Fupan’s text stays text', async () => {
    const excel = hostileWorkbook();
    const before = [LONG_NAME, SHEETS.retro].map((s) => excel.snapshot(s));
    const first = await writePlan(excel.host, buildTestPlan({ rejectedRows: 40 }));
    const retro = first.sheetNames.retro as string;
    expect(retro).toBe(`${SHEETS.retro} (2)`);

    // Notes with formula-like text, typed the way Excel keeps them as text.
    excel.type(retro, noteAddress('summary'), '\'=HYPERLINK("http://example.invalid")');
    excel.type(retro, noteAddress('wins'), "'+86 138 0000 0000");
    excel.type(retro, noteAddress('misses'), "'@everyone");
    excel.put(retro, noteAddress('causes'), { t: 'error', v: '#DIV/0!' });

    const second = await writePlan(excel.host, buildTestPlan({ rejectedRows: 40 }));
    expect(second.status).toBe('complete');
    expect(second.sheetNames.retro).toBe(retro);
    expect(excel.content(retro, noteAddress('summary'))).toMatchObject({
      t: 'text',
      v: '=HYPERLINK("http://example.invalid")',
    });
    expect(excel.content(retro, noteAddress('wins'))).toMatchObject({ t: 'text', v: '+86 138 0000 0000' });
    expect(excel.content(retro, noteAddress('misses'))).toMatchObject({ t: 'text', v: '@everyone' });
    // An error the analyst left is kept as its text: nothing is lost, nothing becomes live.
    expect(excel.content(retro, noteAddress('causes'))).toMatchObject({ t: 'text', v: '#DIV/0!' });

    HOSTILE_TEXT.forEach((text, i) =>
      expect(excel.content(SHEETS.quality, `F${3 + i}`)).toMatchObject({ t: 'text', v: text }),
    );
    expect([LONG_NAME, SHEETS.retro].map((s) => excel.snapshot(s))).toEqual(before);
    expect(excel.sheet(SHEETS.retro).customProperties.has(SHEET_MARK_KEY.toLowerCase())).toBe(false);
    expect(excel.state.activeSheet?.name).toBe(retro);
  });

  it('restores Fupan’s previous sheets when a write fails half-way', async () => {
    const excel = hostileWorkbook();
    await writePlan(excel.host, buildTestPlan({ rejectedRows: 20 }));
    const names = excel.sheetNames();
    const snapshots = names.map((n) => excel.snapshot(n));

    const broken = buildTestPlan({ rejectedRows: 20 });
    const sheets = broken.sheets.map((s) =>
      s.key === 'customers' ? { ...s, tables: s.tables.map((t) => ({ ...t, style: 'NoSuchStyle' })) } : s,
    );
    await expect(writePlan(excel.host, { ...broken, sheets })).rejects.toMatchObject({
      code: 'InvalidArgument',
    });

    expect(excel.sheetNames()).toEqual(names);
    expect(names.map((n) => excel.snapshot(n))).toEqual(snapshots);
    expect(excel.state.tables.map((t) => t.name).sort()).toEqual(
      ['FupanChannels', 'FupanCustomers', 'FupanKpi', 'FupanRejected', 'FupanTrend'].sort(),
    );
  });
});

import type { WorkbookPlan } from '../../src/core/plan/types';
import { writePlan } from '../../src/excel/writePlan';
import { FakeExcel } from '../support/excelFake/fakeExcel';
import {
  buildTestPlan,
  noteAddress,
  NOTE_IDS,
  PLACEHOLDER,
  SHEETS,
} from '../support/excelFake/fixtures/testPlan';

function sourceWorkbook(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet('订单', [
    ['订单号', '下单时间', '实付金额', '备注'],
    ['T0001', 45_600.5, 199, '=不是公式'],
    ['T0002', 45_601.25, 299.5, null],
  ]);
  excel.addTable('订单', 'A1:D3', 'Orders');
  excel.addSheet('花费', [['2024双11 投放花费'], [], ['渠道', '花费'], ['抖音', 5_000]]);
  return excel;
}

const sources = ['订单', '花费'];

function withoutNote(plan: WorkbookPlan, id: string): WorkbookPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((s) => ({ ...s, notes: s.notes.filter((n) => n.id !== id) })),
  };
}

function withPlaceholder(plan: WorkbookPlan, placeholder: string): WorkbookPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((s) => ({ ...s, notes: s.notes.map((n) => ({ ...n, placeholder })) })),
  };
}

describe('re-running on a workbook that already has a retro', () => {
  it('keeps what the analyst typed into note cells, as values, and source sheets byte-identical', async () => {
    const excel = sourceWorkbook();
    const before = sources.map((s) => excel.snapshot(s));
    await writePlan(excel.host, buildTestPlan({ rejectedRows: 500 }));

    // The analyst, between runs.
    excel.type(SHEETS.retro, noteAddress('summary'), "'=SUM(1,2) 这是文字，不是公式");
    excel.type(SHEETS.retro, noteAddress('wins'), '抖音直播超预期');
    excel.type(SHEETS.retro, noteAddress('misses'), 12_345.5);
    excel.type(SHEETS.retro, noteAddress('causes'), '2024-11-11');
    excel
      .sheet(SHEETS.retro)
      .cells.get(excel.boundsOf(noteAddress('causes')).row * 16_384 + 1)!.numberFormat = 'yyyy/m/d';
    excel.type(SHEETS.retro, noteAddress('owners'), '=1+1', 2);
    excel.put(SHEETS.retro, noteAddress('next'), undefined);

    excel.resetCounters();
    const result = await writePlan(excel.host, buildTestPlan({ rejectedRows: 500 }));

    expect(result.status).toBe('complete');
    expect(excel.syncs.length).toBeLessThanOrEqual(25);
    expect(result.notesRestored).toBe(5);
    expect(excel.content(SHEETS.retro, noteAddress('summary'))).toEqual({
      t: 'text',
      v: '=SUM(1,2) 这是文字，不是公式',
      quotePrefix: true,
    });
    expect(excel.value(SHEETS.retro, noteAddress('wins'))).toBe('抖音直播超预期');
    expect(excel.value(SHEETS.retro, noteAddress('misses'))).toBe(12_345.5);
    expect(excel.value(SHEETS.retro, noteAddress('causes'))).toBe(45_607);
    const causes = excel.boundsOf(noteAddress('causes'));
    expect(excel.sheet(SHEETS.retro).cells.get(causes.row * 16_384 + causes.col)?.numberFormat).toBe(
      'yyyy/m/d',
    );
    // A formula the analyst typed comes back as its value: notes are restored as values, never formulas.
    expect(excel.content(SHEETS.retro, noteAddress('owners'))).toEqual({ t: 'number', v: 2 });
    expect(excel.value(SHEETS.retro, noteAddress('actions'))).toBe(PLACEHOLDER);
    expect(excel.value(SHEETS.retro, noteAddress('next'))).toBe(PLACEHOLDER);

    expect(sources.map((s) => excel.snapshot(s))).toEqual(before);
    expect(excel.sheetNames()).toEqual([...sources, ...Object.values(SHEETS)]);
  });

  it('replaces only Fupan’s sheets, names and tables, leaving nothing behind', async () => {
    const excel = sourceWorkbook();
    await writePlan(excel.host, buildTestPlan({ rejectedRows: 50 }));
    await writePlan(excel.host, buildTestPlan({ rejectedRows: 80 }));

    expect(excel.sheetNames()).toEqual([...sources, ...Object.values(SHEETS)]);
    expect(excel.state.tables.map((t) => t.name).sort()).toEqual(
      ['FupanChannels', 'FupanCustomers', 'FupanKpi', 'FupanRejected', 'FupanTrend', 'Orders'].sort(),
    );
    expect(excel.state.names.map((n) => n.name).sort()).toEqual(
      ['Fupan_GMV', 'Fupan_Spend', ...NOTE_IDS.map((id) => `FupanNote_${id}`)].sort(),
    );
    expect(excel.state.names.every((n) => !n.sheet.deleted)).toBe(true);
    expect(excel.value(SHEETS.quality, 'B82')).toBe(81);
    expect(excel.value(SHEETS.quality, 'B83')).toBe('');
  });

  it('recognises an untouched placeholder even when the placeholder text changed', async () => {
    const excel = sourceWorkbook();
    await writePlan(excel.host, withPlaceholder(buildTestPlan({ rejectedRows: 10 }), '（在此填写）'));
    const result = await writePlan(
      excel.host,
      withPlaceholder(buildTestPlan({ rejectedRows: 10 }), '(write here)'),
    );
    expect(result.notesRestored).toBe(0);
    expect(excel.value(SHEETS.retro, noteAddress('summary'))).toBe('(write here)');
  });

  it('returns a note whose id the new plan dropped instead of losing it', async () => {
    const excel = sourceWorkbook();
    await writePlan(excel.host, buildTestPlan({ rejectedRows: 10 }));
    excel.type(SHEETS.retro, noteAddress('next'), '明年提前两周预热');
    const result = await writePlan(excel.host, withoutNote(buildTestPlan({ rejectedRows: 10 }), 'next'));
    expect(result.orphanNotes).toEqual([{ id: 'next', value: '明年提前两周预热', numberFormat: undefined }]);
    expect(result.warnings).toContainEqual({ code: 'orphanNote', id: 'next' });
  });

  it('gives Fupan’s sheet a free name when a user’s sheet has Fupan’s name, and references follow', async () => {
    const excel = sourceWorkbook();
    excel.addSheet(SHEETS.channels, [['我自己的渠道表'], ['抖音', 1]]);
    const mine = excel.snapshot(SHEETS.channels);

    const first = await writePlan(excel.host, buildTestPlan({ rejectedRows: 10 }));
    const second = await writePlan(excel.host, buildTestPlan({ rejectedRows: 10 }));

    const renamed = `${SHEETS.channels} (2)`;
    expect(first.sheetNames.channels).toBe(renamed);
    expect(second.sheetNames.channels).toBe(renamed);
    expect(second.warnings).toContainEqual({
      code: 'sheetRenamed',
      planned: SHEETS.channels,
      actual: renamed,
    });
    expect(excel.snapshot(SHEETS.channels)).toBe(mine);
    expect(excel.formula(SHEETS.overview, 'A16')).toBe(`=SUM('${renamed}'!B4:B11)`);
    expect(excel.nameTarget('Fupan_Spend')).toMatchObject({ sheet: renamed, address: 'C4:C11' });
    expect(excel.sheetNames().filter((n) => n.startsWith(SHEETS.channels))).toEqual([
      SHEETS.channels,
      renamed,
    ]);
  });

  it('renames its table when a user’s table already has the planned name', async () => {
    const excel = sourceWorkbook();
    excel.addSheet('KPI', [
      ['a', 'b'],
      [1, 2],
    ]);
    excel.addTable('KPI', 'A1:B2', 'FupanKpi');
    const result = await writePlan(excel.host, buildTestPlan({ rejectedRows: 10 }));
    expect(result.warnings).toContainEqual({
      code: 'tableRenamed',
      planned: 'FupanKpi',
      actual: 'FupanKpi_1',
    });
    expect(excel.tablesOn('KPI')[0]?.name).toBe('FupanKpi');
    expect(excel.tablesOn(SHEETS.overview)[0]?.name).toBe('FupanKpi_1');
  });
});

import { NOTE_NAME_PREFIX, SHEET_MARK_KEY } from '../../src/core/plan/types';
import { columnWidthPoints } from '../../src/excel/cellStyle';
import { writePlan, type WriteProgress } from '../../src/excel/writePlan';
import { FakeExcel } from '../support/excelFake/fakeExcel';
import {
  buildTestPlan,
  HOSTILE_TEXT,
  noteAddress,
  PLACEHOLDER,
  SHEETS,
} from '../support/excelFake/fixtures/testPlan';

function workbookWithSource(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet('订单', [
    ['订单号', '下单时间', '实付金额'],
    ['T0001', 45_600.5, 199],
  ]);
  return excel;
}

describe('writing a workbook plan', () => {
  it('writes an eight-sheet plan with thousands of rows in at most 25 syncs', async () => {
    const excel = workbookWithSource();
    const result = await writePlan(excel.host, buildTestPlan({ rejectedRows: 6_000 }));

    expect(result.status).toBe('complete');
    expect(excel.syncs.length).toBeLessThanOrEqual(25);
    expect(result.syncs).toBe(excel.syncs.length);
    expect(excel.syncs.every((s) => s.error === undefined)).toBe(true);
    expect(excel.sheetNames()).toEqual(['订单', ...Object.values(SHEETS)]);
    expect(excel.value(SHEETS.quality, 'B6002')).toBe(6_001);
  });

  it('never sends one sync per row: the 6,000-row sheet goes in one sync', async () => {
    const excel = workbookWithSource();
    await writePlan(excel.host, buildTestPlan({ rejectedRows: 6_000 }));
    const big = excel.syncs.filter((s) => s.requestBytes > 100_000);
    expect(big).toHaveLength(1);
    expect(Math.max(...excel.syncs.map((s) => s.requestBytes))).toBeLessThan(5_000_000);
  });

  it('marks every sheet it writes as Fupan’s with the sheet key', async () => {
    const excel = workbookWithSource();
    await writePlan(excel.host, buildTestPlan());
    expect(excel.sheet(SHEETS.retro).customProperties.get(SHEET_MARK_KEY.toLowerCase())?.value).toBe('retro');
    expect(excel.sheet('订单').customProperties.size).toBe(0);
  });

  it('keeps every string text, even when it looks like a formula, number, date, boolean or error', async () => {
    const excel = workbookWithSource();
    await writePlan(excel.host, buildTestPlan({ rejectedRows: 24 }));
    HOSTILE_TEXT.forEach((text, i) => {
      expect(excel.content(SHEETS.quality, `F${3 + i}`)).toEqual({ t: 'text', v: text, quotePrefix: true });
    });
    expect(excel.content(SHEETS.diagnostics, 'A4')).toMatchObject({
      t: 'text',
      v: '=这一行以等号开头，但它是文字',
    });
    expect(excel.content(SHEETS.diagnostics, 'A6')).toMatchObject({ t: 'text', v: '+这一行以加号开头' });
  });

  it('writes formulas as formulas and numbers as numbers', async () => {
    const excel = workbookWithSource();
    await writePlan(excel.host, buildTestPlan());
    expect(excel.formula(SHEETS.overview, 'D4')).toBe('=IFERROR(B4/C4,"")');
    expect(excel.formula(SHEETS.overview, 'A16')).toBe(`=SUM('${SHEETS.channels}'!B4:B11)`);
    expect(excel.content(SHEETS.overview, 'B4')).toEqual({ t: 'number', v: 100_000 });
    expect(excel.content(SHEETS.trend, 'A3')).toEqual({ t: 'number', v: 45_597 });
  });

  it('applies number formats, styles, widths in points, merges, freeze panes, gridlines and tab colours', async () => {
    const excel = workbookWithSource();
    await writePlan(excel.host, buildTestPlan());
    const overview = excel.sheet(SHEETS.overview);
    const cell = (address: string) => {
      const { row, col } = excel.boundsOf(address);
      return overview.cells.get(row * 16_384 + col);
    };
    expect(cell('B4')?.numberFormat).toBe('[$¥-804]#,##0.00');
    expect(cell('A1')?.style).toMatchObject({
      bold: true,
      fontSize: 16,
      fontColor: '#FFFFFF',
      fill: '#C00000',
    });
    expect(cell('A3')?.style?.borders?.bottom).toEqual({ style: 'Continuous', color: '#999999' });
    expect(cell('F5')?.style?.indent).toBe(1);
    expect(overview.columnWidths.get(0)).toBe(columnWidthPoints(14));
    expect(columnWidthPoints(8.43)).toBe(48);
    expect(overview.merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 6 }]);
    expect(overview.freeze).toEqual({ rows: 3, cols: 1 });
    expect(overview.showGridlines).toBe(false);
    expect(overview.tabColor).toBe('#C00000');
    expect(excel.sheet(SHEETS.trend).freeze).toEqual({ rows: 2, cols: 0 });
  });

  it('adds tables, conditional formats, charts with series ranges, links and named ranges', async () => {
    const excel = workbookWithSource();
    await writePlan(excel.host, buildTestPlan({ rejectedRows: 100 }));
    expect(excel.tablesOn(SHEETS.quality).map((t) => [t.name, t.style, t.bounds.rows])).toEqual([
      ['FupanRejected', 'TableStyleLight15', 101],
    ]);
    expect(excel.tablesOn(SHEETS.overview)[0]).toMatchObject({ name: 'FupanKpi', showFilterButton: false });

    const cfs = excel.sheet(SHEETS.channels).conditionalFormats;
    expect(cfs.map((cf) => cf.type)).toEqual(['DataBar', 'CellValue']);
    expect(cfs[1]?.cellValue).toMatchObject({
      rule: { operator: 'LessThan', formula1: '=0' },
      fill: '#FFC7CE',
    });
    expect(excel.sheet(SHEETS.overview).conditionalFormats[0]?.iconSet?.criteria?.slice(1)).toEqual([
      { type: 'Number', operator: 'GreaterThanOrEqual', formula: '=0.8' },
      { type: 'Number', operator: 'GreaterThanOrEqual', formula: '=1' },
    ]);
    expect(excel.sheet(SHEETS.trend).conditionalFormats[0]?.colorScale?.criteria).toMatchObject({
      midpoint: { type: 'Percentile', formula: '50', color: '#FFEB84' },
    });

    const [combo] = excel.sheet(SHEETS.overview).charts;
    expect(combo).toMatchObject({
      name: 'GMV 与 ROAS',
      type: 'ColumnClustered',
      title: 'GMV 与 ROAS',
      from: 'I3',
      to: 'P21',
    });
    expect(
      combo?.series.map((s) => [s.name, s.chartType, s.axisGroup, s.values && excel.state.sheets.length]),
    ).toHaveLength(2);
    expect(combo?.series[1]).toMatchObject({
      name: 'ROAS',
      chartType: 'LineMarkers',
      axisGroup: 'Secondary',
      lineColor: '#404040',
    });
    expect(combo?.series[0]?.values?.bounds).toEqual(excel.boundsOf('B4:B11'));
    expect(combo?.series[0]?.categories?.bounds).toEqual(excel.boundsOf('A4:A11'));
    expect(combo?.axes['Value.Secondary']).toMatchObject({ title: 'ROAS', numberFormat: '0.0' });

    const [waterfall] = excel.sheet(SHEETS.channels).charts;
    expect(waterfall?.series[0]).toMatchObject({
      name: '基数',
      fill: 'cleared',
      lineStyle: 'None',
      gapWidth: 0,
    });
    expect(waterfall?.series[1]).toMatchObject({ fill: '#70AD47', hasDataLabels: true });
    expect(waterfall?.legendVisible).toBe(false);

    const { row, col } = excel.boundsOf('B14');
    expect(excel.sheet(SHEETS.overview).cells.get(row * 16_384 + col)?.hyperlink).toEqual({
      documentReference: `'${SHEETS.channels}'!A1`,
    });
    expect(excel.value(SHEETS.overview, 'B14')).toBe(`→ ${SHEETS.channels}`);
    expect(excel.nameTarget('Fupan_GMV')).toEqual({
      sheet: SHEETS.overview,
      address: 'B4:B11',
      comment: 'GMV by channel',
    });
    expect(excel.nameTarget(`${NOTE_NAME_PREFIX}summary`)).toMatchObject({
      sheet: SHEETS.retro,
      address: 'B4',
    });
  });

  it('sets the row heights a plan asks for, in points', async () => {
    const excel = workbookWithSource();
    const plan = buildTestPlan({ rejectedRows: 10 });
    const sheets = plan.sheets.map((s) =>
      s.key === 'retro' ? { ...s, rowHeights: [{ row: 3, height: 45 }] } : s,
    );
    await writePlan(excel.host, { ...plan, sheets });
    expect([...excel.sheet(SHEETS.retro).rowHeights]).toEqual([[3, 45]]);
  });

  it('writes placeholders into empty note cells and activates the plan’s sheet', async () => {
    const excel = workbookWithSource();
    await writePlan(excel.host, buildTestPlan());
    expect(excel.value(SHEETS.retro, noteAddress('summary'))).toBe(PLACEHOLDER);
    expect(excel.state.activeSheet?.name).toBe(SHEETS.retro);
  });

  it('suspends calculation and screen updating in every writing sync and recalculates at the end', async () => {
    const excel = workbookWithSource();
    await writePlan(excel.host, buildTestPlan());
    const writes = excel.syncs.slice(2, -1);
    expect(writes.every((s) => s.calculationSuspended && s.screenUpdatingSuspended)).toBe(true);
    // Structure (inspect, set aside) and commit outside the undo group; only the content is grouped.
    expect(excel.core.runs).toEqual([
      { delayForCellEdit: true },
      { delayForCellEdit: true, mergeUndoGroup: true },
      { delayForCellEdit: true },
    ]);
    expect(excel.core.calculations).toEqual(['Recalculate']);
    expect(excel.recalcPending).toBe(false);
  });

  it('asks for mergeUndoGroup only where Excel has ExcelApi 1.20', async () => {
    const excel = new FakeExcel({ apiMinor: 12 });
    excel.addSheet('订单', [['订单号'], ['T1']]);
    const result = await writePlan(excel.host, buildTestPlan({ rejectedRows: 10 }));
    expect(result.status).toBe('complete');
    expect(excel.core.runs.every((run) => run.mergeUndoGroup === undefined)).toBe(true);
  });

  it('skips screen-updating suspension and indents where ExcelApi 1.9 is reported missing', async () => {
    const excel = workbookWithSource();
    const host = {
      ...excel.host,
      isSetSupported: (v: string) => v !== '1.9' && excel.host.isSetSupported(v),
    };
    await writePlan(host, buildTestPlan({ rejectedRows: 10 }));
    expect(excel.syncs.some((s) => s.screenUpdatingSuspended)).toBe(false);
    const { row, col } = excel.boundsOf('F5');
    expect(excel.sheet(SHEETS.overview).cells.get(row * 16_384 + col)?.style?.indent).toBeUndefined();
  });

  it('waits for the user to leave cell-edit mode instead of failing', async () => {
    const excel = workbookWithSource();
    excel.userEditing = true;
    await expect(writePlan(excel.host, buildTestPlan({ rejectedRows: 10 }))).resolves.toMatchObject({
      status: 'complete',
    });
  });

  it('reports progress sheet by sheet', async () => {
    const excel = workbookWithSource();
    const seen: WriteProgress[] = [];
    await writePlan(excel.host, buildTestPlan({ rejectedRows: 10 }), { onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => `${p.index}/${p.total}`)).toEqual([
      '1/8',
      '2/8',
      '3/8',
      '4/8',
      '5/8',
      '6/8',
      '7/8',
      '8/8',
    ]);
    expect(seen[7]?.sheet).toBe(SHEETS.retro);
  });

  it('halves a sheet that Excel refuses as too large and still writes every row', async () => {
    const excel = workbookWithSource();
    excel.limits = { requestBytes: 150_000 };
    const result = await writePlan(excel.host, buildTestPlan({ rejectedRows: 6_000 }));
    expect(result.status).toBe('complete');
    const accepted = excel.syncs.filter((s) => s.error === undefined);
    expect(Math.max(...accepted.map((s) => s.requestBytes))).toBeLessThanOrEqual(150_000);
    expect(
      excel.syncs
        .filter((s) => s.error !== undefined)
        .every((s) => s.error === 'RequestPayloadSizeLimitExceeded'),
    ).toBe(true);
    expect(excel.value(SHEETS.quality, 'B6002')).toBe(6_001);
    expect(excel.content(SHEETS.quality, 'F3')).toMatchObject({ t: 'text', v: HOSTILE_TEXT[0] });
    expect(excel.tablesOn(SHEETS.quality)[0]?.bounds.rows).toBe(6_001);
  });
});

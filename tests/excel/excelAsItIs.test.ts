import type { SheetPlan, WorkbookPlan } from '../../src/core/plan/types';
import { writePlan } from '../../src/excel/writePlan';
import { workbookWithRetro } from '../support/excelFake/fixtures/workbookWithRetro';
import { FakeExcel } from '../support/excelFake/fakeExcel';
import type { FakePlatform } from '../support/excelFake/proxy';
import { buildTestPlan, noteAddress, SHEETS } from '../support/excelFake/fixtures/testPlan';

/**
 * The defects a review of src/excel against Microsoft's documentation found (issue 12), each shown on the
 * fake as Excel behaves: undo groups that refuse structural APIs, a commit that can fail after deleting the
 * old sheets, GeneralException on large writes, charts whose source makes zero or several series.
 */
/** Sheets with their content, names with their targets and comments, tables. */
function everything(excel: FakeExcel): unknown {
  return {
    sheets: excel.sheetNames().map((n) => excel.snapshot(n)),
    names: excel.state.names.map((n) => [n.name, n.sheet.name, excel.nameTarget(n.name)]).sort(),
    tables: excel.state.tables.map((t) => [t.name, t.sheet.name]).sort(),
  };
}

/** One whole retro: every planned sheet, every note name on a live sheet, no sheet set aside, calc on. */
function expectWholeRetro(excel: FakeExcel): void {
  expect(excel.sheetNames()).toEqual(['订单', ...Object.values(SHEETS)]);
  expect(excel.sheetNames().filter((n) => n.startsWith('~fupan'))).toEqual([]);
  for (const id of ['summary', 'wins', 'next'] as const) {
    expect(excel.nameTarget(`FupanNote_${id}`)).toMatchObject({
      sheet: SHEETS.retro,
      address: noteAddress(id),
    });
  }
  expect(excel.value(SHEETS.retro, noteAddress('summary'))).toBe('大促整体达标');
  expect(excel.recalcPending).toBe(false);
}

const PLATFORMS: FakePlatform[] = ['windows', 'mac', 'web'];

describe('re-running on Excel with mergeUndoGroup (ExcelApi 1.20)', () => {
  it.each(PLATFORMS)(
    'the fake refuses structural APIs inside a merged undo group on %s',
    async (platform) => {
      const excel = new FakeExcel({ platform });
      excel.addSheet('A');
      excel.addSheet('B');
      const grouped = { mergeUndoGroup: true };
      await expect(
        excel.host.run(grouped, async (context) => {
          context.workbook.worksheets.getItem('B').delete();
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: 'UndoNotSupported' });
      const rename = excel.host.run(grouped, async (context) => {
        context.workbook.worksheets.getItem('A').name = 'A2';
        await context.sync();
      });
      if (platform === 'web') await expect(rename).resolves.toBeUndefined();
      else await expect(rename).rejects.toMatchObject({ code: 'UndoNotSupported' });
    },
  );

  it.each(PLATFORMS)('re-runs on %s without UndoNotSupported, keeping the notes', async (platform) => {
    const excel = await workbookWithRetro({ platform });
    const result = await writePlan(excel.host, buildTestPlan({ rejectedRows: 30 }));
    expect(result.status).toBe('complete');
    expect(excel.syncs.every((s) => s.error === undefined)).toBe(true);
    expect(result.syncs).toBeLessThanOrEqual(25);
    expectWholeRetro(excel);
    // The grouped run is the content alone; renames, deletes and names run ungrouped.
    expect(excel.core.runs.filter((r) => r.mergeUndoGroup)).toHaveLength(1);
  });

  it.each(PLATFORMS)(
    'reports a cancel during a re-run on %s as cancelled, the workbook as found',
    async (platform) => {
      const excel = await workbookWithRetro({ platform });
      const before = everything(excel);
      const signal = { aborted: false };
      const result = await writePlan(excel.host, buildTestPlan({ rejectedRows: 30 }), {
        signal,
        onProgress: (p) => {
          if (p.index === 4) signal.aborted = true;
        },
      });
      expect(result.status).toBe('cancelled');
      expect(everything(excel)).toEqual(before);
      expectWholeRetro(excel);
    },
  );

  it('retries without grouping when the content itself meets UndoNotSupported (office-js #6491)', async () => {
    const excel = await workbookWithRetro({ platform: 'windows' });
    excel.failOn(/"set":"[^"]*\.formulas"/, 'UndoNotSupported', { grouped: true });
    const result = await writePlan(excel.host, buildTestPlan({ rejectedRows: 30 }));
    expect(result.status).toBe('complete');
    expect(excel.syncs.some((s) => s.error === 'UndoNotSupported')).toBe(true);
    expect(excel.core.runs.at(-2)).toEqual({ delayForCellEdit: true });
    expectWholeRetro(excel);
  });
});

describe('the commit', () => {
  it('keeps the new retro and warns when activate fails with InactiveWorkbook', async () => {
    const excel = await workbookWithRetro();
    excel.workbookActive = false;
    const result = await writePlan(excel.host, buildTestPlan({ rejectedRows: 30 }));
    expect(result.status).toBe('complete');
    expect(result.warnings).toContainEqual({
      code: 'notActivated',
      sheet: SHEETS.retro,
      reason: 'InactiveWorkbook',
    });
    expectWholeRetro(excel);
  });

  it('rolls back to the old retro, every note name included, when a name cannot be added', async () => {
    const excel = await workbookWithRetro();
    const before = everything(excel);
    excel.failOn(/"get":"names\.add\(FupanNote_next/, 'GeneralException');
    await expect(writePlan(excel.host, buildTestPlan({ rejectedRows: 30 }))).rejects.toMatchObject({
      code: 'GeneralException',
    });
    expect(everything(excel)).toEqual(before);
    expectWholeRetro(excel);
  });

  it('rolls forward when deleting an old sheet fails: the new retro, no sheet set aside', async () => {
    const excel = await workbookWithRetro();
    excel.failOn(/~fupan old 3\)\.delete/, 'GeneralException');
    const result = await writePlan(excel.host, buildTestPlan({ rejectedRows: 30 }));
    expect(result.status).toBe('complete');
    expectWholeRetro(excel);
    expect(excel.sheet(SHEETS.retro).id).toBeGreaterThan(20);
  });

  it('leaves calculation on after a failed write', async () => {
    const excel = await workbookWithRetro();
    const broken = buildTestPlan({ rejectedRows: 30 });
    const sheets = broken.sheets.map((s) =>
      s.key === 'customers' ? { ...s, tables: s.tables.map((t) => ({ ...t, style: 'NoSuchStyle' })) } : s,
    );
    await expect(writePlan(excel.host, { ...broken, sheets })).rejects.toMatchObject({
      code: 'InvalidArgument',
    });
    expectWholeRetro(excel);
  });
});

describe('large writes on Excel on the web', () => {
  it('halves a cell unit refused with GeneralException and still writes every row', async () => {
    const excel = new FakeExcel({ limits: { generalExceptionBytes: 300_000 } });
    excel.addSheet('订单', [['订单号'], ['T1']]);
    const result = await writePlan(excel.host, buildTestPlan({ rejectedRows: 6_000 }));
    expect(result.status).toBe('complete');
    expect(excel.syncs.some((s) => s.error === 'GeneralException')).toBe(true);
    expect(excel.value(SHEETS.quality, 'B6002')).toBe(6_001);
    expect(excel.sheetNames().filter((n) => n.startsWith('~fupan'))).toEqual([]);
  });
});

describe('honouring delayForCellEdit only where the host supports it', () => {
  it('fails before changing anything while the user edits a cell on a host without it', async () => {
    const excel = await workbookWithRetro({ delayForCellEdit: false });
    const before = everything(excel);
    excel.userEditing = true;
    await expect(writePlan(excel.host, buildTestPlan({ rejectedRows: 30 }))).rejects.toMatchObject({
      code: 'InvalidOperationInCellEditMode',
    });
    expect(everything(excel)).toEqual(before);
  });
});

describe('charts whose source makes zero or several series', () => {
  const NAME = '图表';
  function chartPlan(charts: SheetPlan['charts']): WorkbookPlan {
    const base = buildTestPlan();
    const first = base.sheets[0] as SheetPlan;
    const sheet: SheetPlan = {
      ...first,
      name: NAME,
      blocks: [
        {
          row: 0,
          col: 0,
          cells: [
            ['渠道', 'GMV', 'ROI', '备注'],
            ['天猫', 100, '—', null],
            ['京东', 200, '—', null],
          ],
        },
      ],
      formats: [],
      merges: [],
      tables: [],
      conditionalFormats: [],
      notes: [],
      charts,
    };
    return { ...base, sheets: [sheet], namedRanges: [], activeSheet: NAME };
  }
  const series = (name: string, values: string) =>
    ({ name, categories: 'A2:A3', values, axis: 'primary' }) as const;
  const at = { from: { row: 5, col: 0 }, to: { row: 20, col: 6 } };

  it('the fake makes no series from text only, fails an empty source and reads a text header', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S', [
      ['GMV', '—', null],
      [1, '—', null],
      [2, '—', null],
    ]);
    const counts = await excel.host.run({}, async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      const made = ['A1:A3', 'B1:B3', 'A1:B3'].map((r) =>
        sheet.charts.add('Line', sheet.getRange(r), 'Columns').series.load('count'),
      );
      await context.sync();
      return made.map((m) => m.count);
    });
    expect(counts).toEqual([1, 0, 1]);
    await expect(
      excel.host.run({}, async (context) => {
        const sheet = context.workbook.worksheets.getItem('S');
        sheet.charts.add('Line', sheet.getRange('C1:C3'), 'Columns');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'EmptyChartSeries' });
  });

  it('draws the series that hold numbers and skips, with a warning, what has nothing to draw', async () => {
    const excel = new FakeExcel();
    excel.addSheet('订单', [['订单号'], ['T1']]);
    const plan = chartPlan([
      {
        name: 'mixed',
        type: 'columnClustered',
        title: 'm',
        series: [series('ROI', 'C2:C3'), series('GMV', 'B2:B3')],
        anchor: at,
        legend: 'bottom',
      },
      {
        name: 'text',
        type: 'line',
        title: 't',
        series: [series('ROI', 'C2:C3')],
        anchor: at,
        legend: 'none',
      },
      {
        name: 'empty',
        type: 'line',
        title: 'e',
        series: [series('备注', 'D2:D3')],
        anchor: at,
        legend: 'none',
      },
      {
        name: 'header',
        type: 'line',
        title: 'h',
        series: [series('GMV', 'B1:B3'), series('GMV2', 'B2:B3')],
        anchor: at,
        legend: 'top',
      },
    ]);
    const result = await writePlan(excel.host, plan);
    expect(result.status).toBe('complete');
    const charts = excel.sheet(NAME).charts;
    expect(charts.map((c) => c.name)).toEqual(['mixed', 'header']);
    expect(charts.map((c) => c.series.map((s) => s.name))).toEqual([['GMV'], ['GMV', 'GMV2']]);
    expect(charts[1]?.series.map((s) => excel.boundsOf('B1:B3') && s.values?.bounds)).toEqual([
      excel.boundsOf('B1:B3'),
      excel.boundsOf('B2:B3'),
    ]);
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        { code: 'emptySeries', sheet: NAME, chart: 'mixed', series: 'ROI' },
        { code: 'emptyChart', sheet: NAME, chart: 'text' },
        { code: 'emptyChart', sheet: NAME, chart: 'empty' },
      ]),
    );
  });

  it('deletes series Excel made beyond the plan', async () => {
    const excel = new FakeExcel();
    excel.addSheet('订单', [['订单号'], ['T1']]);
    // A 2-D first-series range: Excel makes a series per column; the plan wants one.
    const plan = chartPlan([
      {
        name: 'wide',
        type: 'line',
        title: 'w',
        series: [{ ...series('GMV', 'B2:B3') }],
        anchor: at,
        legend: 'top',
      },
    ]);
    const wide = {
      ...plan,
      sheets: plan.sheets.map((s) => ({
        ...s,
        blocks: [
          {
            row: 0,
            col: 0,
            cells: [
              ['渠道', 'GMV', 'X'],
              ['天猫', 100, 1],
              ['京东', 200, 2],
            ],
          },
        ],
      })),
    };
    const result = await excel.host.run({}, async (context) => {
      const sheet = context.workbook.worksheets.add('W');
      sheet.getRange('A1:C3').values = [
        ['渠道', 'GMV', 'X'],
        ['天猫', 100, 1],
        ['京东', 200, 2],
      ];
      const chart = sheet.charts.add('Line', sheet.getRange('A1:C3'), 'Columns');
      const made = chart.series.load('count');
      await context.sync();
      return made.count;
    });
    expect(result).toBe(2);
    const written = await writePlan(excel.host, wide);
    expect(written.status).toBe('complete');
    expect(excel.sheet(NAME).charts[0]?.series).toHaveLength(1);
  });
});

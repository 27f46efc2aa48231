import { writePlan } from '../../src/excel/writePlan';
import { workbookWithRetro } from '../support/excelFake/fixtures/workbookWithRetro';
import { FakeExcel } from '../support/excelFake/fakeExcel';
import { buildTestPlan, noteAddress, SHEETS } from '../support/excelFake/fixtures/testPlan';

function everything(excel: FakeExcel): unknown {
  return {
    sheets: excel.sheetNames().map((n) => excel.snapshot(n)),
    names: excel.state.names.map((n) => [n.name, n.sheet.name, n.comment]),
    tables: excel.state.tables.map((t) => [t.name, t.sheet.name]),
  };
}

describe('cancelling a write', () => {
  it('stops between sheets and leaves the workbook as it found it', async () => {
    const excel = await workbookWithRetro();
    const before = everything(excel);
    const signal = { aborted: false };
    const written: string[] = [];
    const result = await writePlan(excel.host, buildTestPlan({ rejectedRows: 30 }), {
      signal,
      onProgress: (p) => {
        written.push(p.sheet);
        if (p.index === 3) signal.aborted = true;
      },
    });
    expect(result.status).toBe('cancelled');
    expect(written).toEqual([SHEETS.overview, SHEETS.trend, SHEETS.channels]);
    expect(everything(excel)).toEqual(before);
    expect(excel.value(SHEETS.retro, noteAddress('summary'))).toBe('大促整体达标');
  });

  it('changes nothing when cancelled before it starts', async () => {
    const excel = await workbookWithRetro();
    const before = everything(excel);
    const result = await writePlan(excel.host, buildTestPlan({ rejectedRows: 30 }), {
      signal: { aborted: true },
    });
    expect(result.status).toBe('cancelled');
    expect(excel.syncs).toHaveLength(2);
    expect(everything(excel)).toEqual(before);
  });

  it('accepts an AbortSignal', async () => {
    const excel = await workbookWithRetro();
    const controller = new AbortController();
    controller.abort();
    const result = await writePlan(excel.host, buildTestPlan({ rejectedRows: 30 }), {
      signal: controller.signal,
    });
    expect(result.status).toBe('cancelled');
  });
});

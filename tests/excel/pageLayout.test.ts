import { printPlanOf } from '../../src/core/plan/printLayout';
import type { SheetPlan, WorkbookPlan } from '../../src/core/plan/types';
import { writePlan } from '../../src/excel/writePlan';
import { FakeExcel } from '../support/excelFake/fakeExcel';
import { buildTestPlan, SHEETS } from '../support/excelFake/fixtures/testPlan';

/** The test plan with a print setup planned for each sheet, as SheetBuilder plans it. */
function printedPlan(): WorkbookPlan {
  const plan = buildTestPlan({ rejectedRows: 80 });
  const withPrint = (sheet: SheetPlan): SheetPlan => ({ ...sheet, print: printPlanOf(sheet) });
  return { ...plan, sheets: plan.sheets.map(withPrint) };
}

describe('the print setup written through Office.js', () => {
  it('sets A4, orientation, one page wide, margins, print area, title rows and footer on every sheet', async () => {
    const excel = new FakeExcel();
    const plan = printedPlan();
    await writePlan(excel.host, plan);
    for (const sheet of plan.sheets) {
      const print = sheet.print!;
      const layout = excel.sheet(sheet.name).pageLayout;
      expect(layout.paperSize).toBe('A4');
      expect(layout.orientation).toBe(print.orientation === 'landscape' ? 'Landscape' : 'Portrait');
      expect(layout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
      expect(layout.centerHorizontally).toBe(true);
      // Margins are planned in inches; Excel keeps points.
      expect(layout.margins).toEqual({
        left: print.margins.left * 72,
        right: print.margins.right * 72,
        top: print.margins.top * 72,
        bottom: print.margins.bottom * 72,
        header: print.margins.header * 72,
        footer: print.margins.footer * 72,
      });
      expect(layout.printArea).toBeDefined();
      expect(layout.footer).toEqual({ left: '&A', right: '&P / &N' });
      expect(layout.printTitleRows).toEqual(print.titleRows);
    }
    // The 80 rejected rows make the quality sheet's table long: its header repeats on every page.
    expect(excel.sheet(SHEETS.quality).pageLayout.printTitleRows).toBeDefined();
  });
});

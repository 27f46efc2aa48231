import { writePlan } from '../../src/excel/writePlan';
import { WorkbookEmulator } from '../support/officeEmulator/emulator';
import { buildTestPlan, noteAddress, SHEETS } from '../support/excelFake/fixtures/testPlan';

describe('Microsoft’s Excel client on the workbook emulator', () => {
  it('round-trips a write and a read', async () => {
    const emulator = new WorkbookEmulator();
    emulator.excel.addSheet('A', [['x', 1]]);
    const values = await emulator.host.run({}, async (context) => {
      const sheet = context.workbook.worksheets.getItem('A');
      sheet.getRange('A2:B2').values = [['y', 2]];
      const range = sheet.getRange('A1:B2').load('values,address');
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      return { values: range.values, address: range.address, names: sheets.items.map((s) => s.name) };
    });
    expect(values).toEqual({
      values: [
        ['x', 1],
        ['y', 2],
      ],
      address: 'A!A1:B2',
      names: ['A'],
    });
  });

  it('writes, re-runs and cancels the test plan', async () => {
    const emulator = new WorkbookEmulator({ platform: 'windows' });
    emulator.excel.addSheet('订单', [['订单号'], ['T1']]);
    const first = await writePlan(emulator.host, buildTestPlan({ rejectedRows: 300 }));
    expect(first.status).toBe('complete');
    expect(emulator.excel.sheetNames()).toEqual(['订单', ...Object.values(SHEETS)]);
    emulator.excel.type(SHEETS.retro, noteAddress('summary'), '大促整体达标');
    const again = await writePlan(emulator.host, buildTestPlan({ rejectedRows: 300 }));
    expect(again.status).toBe('complete');
    expect(emulator.excel.value(SHEETS.retro, noteAddress('summary'))).toBe('大促整体达标');
  });
});

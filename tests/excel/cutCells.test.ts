import { createExcelFupanHost } from '../../src/excel/fupanHost';
import type { UserChoices } from '../../src/port/hostPort';
import { FakeExcel } from '../support/excelFake/fakeExcel';

/**
 * The task pane's writer gets the same cut cells as the .xlsx writer: no cell over 32,767 characters in
 * Excel, and the data-quality sheet keeps the cut text whole, in parts (src/core/plan/cutCells.ts).
 */
describe('a channel name longer than a cell, through the Excel host', () => {
  it('is cut where it shows and kept whole on the data-quality sheet', async () => {
    const channel = 'Long channel name '.repeat(2_500).trim(); // 44,999 characters
    const excel = new FakeExcel();
    excel.addSheet('Orders', [
      ['order_id', 'order_time', 'amount', 'status', 'channel'],
      ...Array.from({ length: 12 }, (_, i) => [
        `O${i}`,
        `2023-11-${10 + (i % 3)} 10:00`,
        100,
        'paid',
        i % 2 ? channel : 'App',
      ]),
    ]);
    const host = createExcelFupanHost(excel.host, 'en-US');
    const choices: UserChoices = { locale: 'en-US', tables: [], campaign: {}, targets: [] };
    const summary = await host.generate(choices, () => undefined, new AbortController().signal);

    let cut = 0;
    // Fupan's sheets (the user's Orders sheet holds the long name as typed).
    for (const name of excel.sheetNames().filter((n) => n !== 'Orders'))
      for (const [, cell] of excel.state.sheets.find((s) => s.name === name)!.cells) {
        const value = (cell as { content?: { v?: unknown } }).content?.v;
        if (typeof value !== 'string') continue;
        expect(value.length).toBeLessThanOrEqual(32_767);
        if (/characters cut\]$/.test(value)) cut++;
      }
    expect(cut).toBeGreaterThan(0);

    // The quality sheet: rows "sheet | cell | k/n | part"; the parts of one cell join back to the name.
    const quality = excel.state.sheets.find((s) => s.name === summary.qualitySheet)!;
    const snapshot = excel.snapshot(quality.name);
    expect(snapshot).toContain('Cells cut at 32,767 characters (their full text)');
    const parts = excel.values(quality.name, 'A1:D400').filter((r) => /^\d+\/\d+$/.test(String(r[2])));
    const byCell = new Map<string, string>();
    for (const [sheet, address, , text] of parts)
      byCell.set(`${sheet}!${address}`, (byCell.get(`${sheet}!${address}`) ?? '') + String(text));
    expect(byCell.size).toBe(cut);
    expect([...byCell.values()].some((text) => text === channel)).toBe(true);
  });
});

import { readWorkbook } from '../../../src/xlsx/readWorkbook';
import { writePlan } from '../../../src/xlsx/writePlan';
import { hostileWorkbook, ordersRows } from '../../support/hostile/corpus';
import { samplePlan } from '../samplePlan';

describe('sheet marks that cannot hide a user’s sheet', () => {
  test('a defined name that looks like Fupan’s mark leaves the user’s sheets to be read and kept', async () => {
    const input = await hostileWorkbook({
      sheet: ordersRows(5),
      moreSheets: [{ name: 'Notes', sheet: ordersRows(2) }],
      workbookExtra:
        '<definedNames><definedName name="FupanSheet_overview">Sheet1!$A$1</definedName>' +
        '<definedName name="FupanSheet_retro" hidden="1">\'Notes\'!$A$1</definedName></definedNames>',
    });
    const read = await readWorkbook(input);
    if (!read.ok) throw new Error(read.error.message['en-US']);
    expect(read.tables.map((t) => t.source.sheet)).toEqual(['Sheet1', 'Notes']);
    expect(read.warnings).toEqual([]);

    const written = await writePlan(input, samplePlan());
    if (!written.ok) throw new Error(written.error.message['en-US']);
    const again = await readWorkbook(written.buffer);
    if (!again.ok) throw new Error(again.error.message['en-US']);
    // The user's sheets survive the write; the sheets Fupan wrote carry its part-level mark and are skipped.
    expect(again.tables.map((t) => t.source.sheet)).toEqual(['Sheet1', 'Notes']);
    expect(again.warnings.map((w) => w['en-US']).join('\n')).toMatch(/"FP Overview" is an output sheet/);
  });

  test('a second run replaces the sheets Fupan wrote, found by their custom property', async () => {
    const once = await writePlan(await hostileWorkbook({ sheet: ordersRows(5) }), samplePlan());
    if (!once.ok) throw new Error('expected a workbook');
    const twice = await writePlan(once.buffer, samplePlan());
    if (!twice.ok) throw new Error('expected a workbook');
    expect(twice.report.renamedSheets).toEqual([]);
  });
});

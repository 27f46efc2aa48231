import { FakeExcel } from '../support/excelFake/fakeExcel';

/** The fake must fail where Office.js fails, or the host tests prove nothing. */
async function run<T>(excel: FakeExcel, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return excel.host.run({}, batch);
}

describe('the Excel fake', () => {
  it('throws PropertyNotLoaded until a property is loaded and synced', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S', [['a']]);
    await run(excel, async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([['a']]);
      expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('applies queued writes only at sync, and counts syncs', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S');
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1:B1').values = [[1, 2]];
      expect(excel.value('S', 'A1')).toBe('');
      await context.sync();
      expect(excel.value('S', 'B1')).toBe(2);
    });
    expect(excel.syncs).toHaveLength(1);
  });

  it('rejects values whose shape differs from the range, keeping the ops before it', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S');
    await expect(
      run(excel, async (context) => {
        const sheet = context.workbook.worksheets.getItem('S');
        sheet.getRange('A1').values = [['first']];
        sheet.getRange('A2:B2').values = [[1, 2, 3]];
        sheet.getRange('A3').values = [['never']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(excel.value('S', 'A1')).toBe('first');
    expect(excel.value('S', 'A3')).toBe('');
  });

  it('rejects a request over 5 MB before applying any of it', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S');
    const big = Array.from({ length: 60_000 }, (_, i) => [`row ${i} ${'x'.repeat(80)}`]);
    await expect(
      run(excel, async (context) => {
        const sheet = context.workbook.worksheets.getItem('S');
        sheet.getRange('B1').values = [['small']];
        sheet.getRange('A1:A60000').values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(excel.value('S', 'B1')).toBe('');
    expect(excel.syncs[0]?.requestBytes).toBeGreaterThan(5_000_000);
  });

  it('rejects a response over 5 MB and a read over 5,000,000 cells', async () => {
    const excel = new FakeExcel();
    excel.addGeneratedSheet('S', { rows: 1_048_576, cols: 5, value: (r) => `value ${r}` });
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1:A400000').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1:E1048576').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
  });

  it('enforces Excel’s sheet-name rules', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Data');
    const add = (name: string) =>
      run(excel, async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      });
    await expect(add('x'.repeat(32))).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(add('a/b')).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(add('[x]')).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(add('DATA')).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    await expect(add('History')).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(add('x'.repeat(31))).resolves.toBeUndefined();
  });

  it('answers *OrNullObject with isNullObject after a sync', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S');
    await run(excel, async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('T');
      const present = context.workbook.worksheets.getItemOrNullObject('s');
      expect(() => missing.isNullObject).toThrow();
      await context.sync();
      expect([missing.isNullObject, present.isNullObject]).toEqual([true, false]);
    });
  });

  it('parses written strings as Excel does, unless they carry an apostrophe', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S');
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1:F2').values = [
        ['=1+1', '00123', '2024-11-11', 'TRUE', '#N/A', '-x'],
        ["'=1+1", "'00123", "'2024-11-11", "'TRUE", "'#N/A", "'-x"],
      ];
      await context.sync();
    });
    expect(excel.content('S', 'A1')).toMatchObject({ t: 'formula', f: '=1+1' });
    expect(excel.content('S', 'B1')).toEqual({ t: 'number', v: 123 });
    expect(excel.content('S', 'C1')).toEqual({ t: 'number', v: 45_607 });
    expect(excel.content('S', 'D1')).toEqual({ t: 'boolean', v: true });
    expect(excel.content('S', 'E1')).toEqual({ t: 'error', v: '#N/A' });
    expect(excel.content('S', 'F1')).toMatchObject({ t: 'formula', f: '=-x' });
    expect(excel.values('S', 'A2:F2')).toEqual([['=1+1', '00123', '2024-11-11', 'TRUE', '#N/A', '-x']]);
  });

  it('drops the apostrophe when formulas are read back, as Office.js does', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S');
    excel.type('S', 'A1', "'=SUM(1,2)");
    const formulas = await run(excel, async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1').load('formulas');
      await context.sync();
      return range.formulas;
    });
    expect(formulas).toEqual([['=SUM(1,2)']]);
  });

  it('refuses modern chart types and a secondary axis no series uses', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S', [[1], [2]]);
    await expect(
      run(excel, async (context) => {
        const sheet = context.workbook.worksheets.getItem('S');
        sheet.charts.add('Waterfall', sheet.getRange('A1:A2'));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'UnsupportedOperation' });
    await expect(
      run(excel, async (context) => {
        const sheet = context.workbook.worksheets.getItem('S');
        sheet.charts.add('Line', sheet.getRange('A1:A2')).axes.getItem('Value', 'Secondary').title.text = 'x';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('fails a batch while the user edits a cell unless the run asked to wait', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S');
    excel.userEditing = true;
    const write = (delayForCellEdit: boolean) =>
      excel.host.run({ delayForCellEdit }, async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1').values = [[1]];
        await context.sync();
      });
    await expect(write(false)).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    await expect(write(true)).resolves.toBeUndefined();
  });

  it('makes table headers unique text and rejects overlapping tables', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S', [
      ['a', 'a', null, 2024],
      [1, 2, 3, 4],
    ]);
    await run(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.tables.add('A1:D2', true);
      await context.sync();
    });
    expect(excel.values('S', 'A1:D1')).toEqual([['a', 'a2', 'Column3', '2024']]);
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem('S').tables.add('B1:E2', true);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
  });
});

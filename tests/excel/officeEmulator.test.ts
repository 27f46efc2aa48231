import { createExcelFupanHost } from '../../src/excel/fupanHost';
import { writePlan } from '../../src/excel/writePlan';
import type { UserChoices } from '../../src/port/hostPort';
import { buildTestPlan, noteAddress, SHEETS } from '../support/excelFake/fixtures/testPlan';
import { WorkbookEmulator, type WireRecord } from '../support/officeEmulator/emulator';

/**
 * src/excel, unchanged, through Microsoft's own Excel client (the npm @microsoft/office-js build) on the
 * workbook emulator: what the client really puts on the wire, and what it makes of the answers.
 */
const LIMIT = 5_000_000;

function largest(wire: readonly WireRecord[]): { request: number; response: number } {
  return {
    request: Math.max(...wire.map((w) => Math.max(w.requestUtf8, w.requestUtf16))),
    response: Math.max(...wire.map((w) => Math.max(w.responseUtf8, w.responseUtf16))),
  };
}

function expectWholeRetro(emulator: WorkbookEmulator, sources: readonly string[]): void {
  const names = emulator.excel.sheetNames();
  expect(names).toEqual([...sources, ...Object.values(SHEETS)]);
  expect(emulator.excel.nameTarget('FupanNote_summary')).toMatchObject({ sheet: SHEETS.retro });
  expect(emulator.excel.value(SHEETS.retro, noteAddress('summary'))).toBe('大促整体达标');
  expect(emulator.excel.recalcPending).toBe(false);
}

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
    expect(emulator.client.version).toBe('1.1.110');
  });

  it('reports the fake’s failures as the client’s RichApi errors, code included', async () => {
    const emulator = new WorkbookEmulator();
    emulator.excel.addSheet('A');
    await expect(
      emulator.host.run({}, async (context) => {
        context.workbook.worksheets.getItem('Nope').getRange('A1').values = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it.each(['windows', 'mac', 'web'] as const)(
    'writes, re-runs on a 1.20 host and cancels a re-run on %s, always leaving one whole retro',
    async (platform) => {
      const emulator = new WorkbookEmulator({ platform });
      emulator.excel.addSheet('订单', [['订单号'], ['T1']]);
      expect((await writePlan(emulator.host, buildTestPlan({ rejectedRows: 300 }))).status).toBe('complete');
      emulator.excel.type(SHEETS.retro, noteAddress('summary'), '大促整体达标');

      const again = await writePlan(emulator.host, buildTestPlan({ rejectedRows: 300 }));
      expect(again.status).toBe('complete');
      expect(emulator.wire.every((w) => w.error === undefined)).toBe(true);
      expectWholeRetro(emulator, ['订单']);

      const signal = { aborted: false };
      const cancelled = await writePlan(emulator.host, buildTestPlan({ rejectedRows: 300 }), {
        signal,
        onProgress: (p) => {
          if (p.index === 5) signal.aborted = true;
        },
      });
      expect(cancelled.status).toBe('cancelled');
      expectWholeRetro(emulator, ['订单']);

      emulator.excel.workbookActive = false;
      const inactive = await writePlan(emulator.host, buildTestPlan({ rejectedRows: 300 }));
      expect(inactive.warnings).toContainEqual(expect.objectContaining({ code: 'notActivated' }));
      expectWholeRetro(emulator, ['订单']);
    },
  );

  it('runs the sample’s whole Generate (read, write, re-run) and the settings through the client', async () => {
    const emulator = new WorkbookEmulator();
    const host = createExcelFupanHost(emulator.host, 'en-US');
    await host.insertSample('en-US');
    const sources = emulator.excel.sheetNames();
    const choices: UserChoices = { locale: 'zh-CN', tables: [], campaign: {}, targets: [] };
    await host.saveChoices(choices);
    expect(await host.loadChoices()).toMatchObject({ locale: 'zh-CN' });

    const generates: { syncs: number; requests: number; request: number; response: number }[] = [];
    let noteName = '';
    for (let run = 0; run < 2; run++) {
      emulator.wire.splice(0);
      const summary = await host.generate(choices, () => undefined, new AbortController().signal);
      expect(summary.sheets.length).toBe(9);
      generates.push({
        syncs: emulator.wire.filter((w) => !w.cleanup).length,
        requests: emulator.wire.length,
        ...largest(emulator.wire),
      });
      if (run === 0) {
        // The analyst writes into the first note cell of the retro.
        const note = emulator.excel.state.names.find((n) => n.name.startsWith('FupanNote_'));
        expect(note).toBeDefined();
        noteName = note?.name ?? '';
        const cell = emulator.excel.nameTarget(noteName);
        if (cell && cell !== '#REF!') emulator.excel.type(cell.sheet, cell.address, '大促整体达标');
      }
    }
    const cell = emulator.excel.nameTarget(noteName);
    expect(cell).toMatchObject({ sheet: expect.any(String) });
    if (cell && cell !== '#REF!') expect(emulator.excel.value(cell.sheet, cell.address)).toBe('大促整体达标');
    expect(emulator.excel.sheetNames().slice(0, sources.length)).toEqual(sources);
    expect(emulator.excel.sheetNames().filter((n) => n.startsWith('~fupan'))).toEqual([]);
    expect(emulator.wire.every((w) => w.error === undefined)).toBe(true);

    // Measured on the serialised requests and responses (UTF-8 and UTF-16 both), client 1.1.110.
    console.log(`Generate through office-js ${emulator.client.version}: ${JSON.stringify(generates)}`);
    // Measured: 23 syncs for the first Generate, 24 for the re-run (its set-aside), each plus one
    // `_RemoveReference` round trip per Excel.run that the client sends on its own.
    for (const generate of generates) {
      expect(generate.syncs).toBeLessThanOrEqual(25);
      expect(generate.request).toBeLessThanOrEqual(LIMIT);
      expect(generate.response).toBeLessThanOrEqual(LIMIT);
    }
  });
});

import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { WorkbookPlan } from '../../src/core/plan/types';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { writePlan, writePlanToWorkbook } from '../../src/xlsx/writePlan';
import { samplePlan } from './samplePlan';
import { wellFormed } from './support/wellFormed';

/** exceljs reads conditional formats but its typings leave them out. */
interface ConditionalFormatting {
  readonly ref: string;
  readonly rules: readonly (ExcelJS.ConditionalFormattingRule & { formulae?: string[]; operator?: string })[];
}

function conditionalFormats(ws: ExcelJS.Worksheet): ConditionalFormatting[] {
  return (ws as unknown as { conditionalFormattings: ConditionalFormatting[] }).conditionalFormattings;
}

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return wb;
}

/** Sheet name → part name, through workbook.xml and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = wellFormed(await zip.file('xl/workbook.xml')!.async('string'));
  const rels = wellFormed(await zip.file('xl/_rels/workbook.xml.rels')!.async('string'));
  const targets = new Map(
    [...rels.getElementsByTagName('Relationship')].map((r) => [
      r.getAttribute('Id'),
      r.getAttribute('Target') ?? '',
    ]),
  );
  const out = new Map<string, string>();
  for (const sheet of workbook.getElementsByTagName('sheet')) {
    const target = targets.get(sheet.getAttribute('r:id')) ?? '';
    out.set(sheet.getAttribute('name') ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return out;
}

/** The text of every part whose name matches. */
async function partsMatching(zip: JSZip, pattern: RegExp): Promise<string[]> {
  const names = Object.keys(zip.files)
    .filter((n) => pattern.test(n))
    .sort();
  return Promise.all(names.map((n) => zip.file(n)!.async('string')));
}

describe('writePlanToWorkbook into a new workbook', () => {
  let buffer: Buffer;
  let wb: ExcelJS.Workbook;
  let zip: JSZip;

  beforeAll(async () => {
    buffer = await writePlanToWorkbook(null, samplePlan());
    wb = await load(buffer);
    zip = await JSZip.loadAsync(buffer);
  });

  it('writes the sheets in plan order and opens on the active one', () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['FP Overview', 'FP Trend', 'FP Retro']);
    expect(wb.views[0]?.activeTab).toBe(0);
  });

  it('writes user text that looks like a formula as text, and formulas with their cached results', () => {
    const ws = wb.getWorksheet('FP Overview')!;
    expect(ws.getCell('C3').value).toBe('=SUM(A1)');
    expect(ws.getCell('C3').type).toBe(ExcelJS.ValueType.String);
    expect(['C4', 'C5', 'C6'].map((a) => ws.getCell(a).value)).toEqual(['+1 from user', '@handle', '-minus']);
    expect(ws.getCell('B5').value).toEqual({ formula: '(B3-B4)/B4', result: (123456.78 - 20000) / 20000 });
    expect(ws.getCell('B6').value).toEqual({ formula: 'B4/0', result: { error: '#DIV/0!' } });
    expect(ws.getCell('B7').value).toBe(true);
  });

  it('writes number formats, fonts, fills, alignment, borders and merges', () => {
    const ws = wb.getWorksheet('FP Overview')!;
    expect(ws.getCell('B3').numFmt).toBe('[$¥-804]#,##0.00');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 16 });
    expect(ws.getCell('A2').fill).toMatchObject({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFD9E1F2' },
    });
    expect(ws.getCell('B2').border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' } });
    expect(ws.getCell('B5').alignment).toMatchObject({ horizontal: 'right', indent: 1 });
    expect(ws.getCell('C3').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(ws.getCell('C3').font).toMatchObject({ italic: true });
    // 'outline': only the range's edges.
    expect(ws.getCell('A10').border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' } });
    expect(ws.getCell('B12').border?.top).toBeUndefined();
    expect(ws.getCell('C14').border).toMatchObject({ bottom: { style: 'thin' }, right: { style: 'thin' } });
    expect(ws.model.merges).toEqual(['A1:C1']);
  });

  it('writes column widths, frozen panes, gridlines and the tab colour', () => {
    const ws = wb.getWorksheet('FP Trend')!;
    expect(ws.getColumn(1).width).toBe(12);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1, showGridLines: false });
    expect(ws.properties.tabColor).toEqual({ argb: 'FF2E75B6' });
    // exceljs reads a date-formatted serial as a Date in UTC wall-clock terms.
    expect(ws.getCell('A2').value).toEqual(new Date(Date.UTC(2024, 10, 4)));
    expect(ws.getCell('A2').numFmt).toBe('yyyy-mm-dd');
  });

  it('writes the conditional formats', () => {
    const cfs = conditionalFormats(wb.getWorksheet('FP Trend')!);
    expect(cfs.map((cf) => [cf.ref, cf.rules[0]?.type])).toEqual([
      ['B2:B8', 'dataBar'],
      ['C2:C8', 'colorScale'],
      ['D2:D8', 'iconSet'],
    ]);
    expect(cfs[2]?.rules[0]).toMatchObject({
      iconSet: '3Arrows',
      cfvo: [
        { type: 'percent', value: 0 },
        { type: 'num', value: 0.05 },
        { type: 'num', value: 0.06 },
      ],
    });
    const cellIs = conditionalFormats(wb.getWorksheet('FP Overview')!)[0]?.rules[0];
    expect(cellIs).toMatchObject({ type: 'cellIs', operator: 'lessThan', formulae: ['0'] });
    expect(cellIs?.style).toMatchObject({ font: { color: { argb: 'FF9C0006' } } });
  });

  it('writes a table over the planned range', async () => {
    const ws = wb.getWorksheet('FP Trend')!;
    const table = ws.getTable('FP_Trend') as unknown as {
      table: { tableRef: string; columns: { name: string }[] };
    };
    expect(table.table.tableRef).toBe('A1:D8');
    expect(table.table.columns.map((c) => c.name)).toEqual(['Date', 'UV', 'Orders', 'CVR']);
    const xml = wellFormed(await zip.file('xl/tables/table1.xml')!.async('string'));
    expect(xml.documentElement.getAttribute('ref')).toBe('A1:D8');
    expect(xml.getElementsByTagName('autoFilter')[0]?.getAttribute('ref')).toBe('A1:D8');
  });

  it('writes the named ranges, the sheet marks and the note names', () => {
    const names = Object.fromEntries(wb.definedNames.model.map((n) => [n.name, n.ranges]));
    expect(names).toEqual({
      Fupan_GMV: ["'FP Overview'!$B$3"],
      Fupan_TrendUV: ["'FP Trend'!$B$2:$B$8"],
      FupanSheet_overview: ["'FP Overview'!$A$1"],
      FupanSheet_trend: ["'FP Trend'!$A$1"],
      FupanSheet_retro: ["'FP Retro'!$A$1"],
      FupanNote_well: ["'FP Retro'!$B$2"],
      FupanNote_change: ["'FP Retro'!$B$3"],
    });
  });

  it('writes internal hyperlinks to other sheets', async () => {
    const parts = await sheetParts(zip);
    const xml = await zip.file(parts.get('FP Overview')!)!.async('string');
    expect(xml).toContain(`<hyperlink ref="A7" location="'FP Trend'!A1" display="Go to trend"/>`);
    expect(wb.getWorksheet('FP Overview')!.getCell('A7').text).toBe('Go to trend');
  });

  it('writes each chart as a well-formed chart part referencing the plan cells', async () => {
    const charts = Object.keys(zip.files)
      .filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))
      .sort();
    expect(charts).toHaveLength(3);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    for (const part of charts) expect(types).toContain(`PartName="/${part}"`);
    const docs = await Promise.all(charts.map(async (c) => wellFormed(await zip.file(c)!.async('string'))));
    const summary = docs.map((doc) => ({
      plots: [...doc.getElementsByTagName('c:plotArea')[0]!.childNodes]
        .map((n) => (n as Element).tagName)
        .filter((t) => t?.endsWith('Chart')),
      refs: [...doc.getElementsByTagName('c:f')].map((f) => f.textContent),
    }));
    expect(summary).toContainEqual({
      plots: ['c:barChart', 'c:lineChart'],
      refs: ["'FP Trend'!$A$2:$A$8", "'FP Trend'!$B$2:$B$8", "'FP Trend'!$A$2:$A$8", "'FP Trend'!$D$2:$D$8"],
    });
    expect(summary).toContainEqual({
      plots: ['c:barChart'],
      refs: [
        "'FP Overview'!$A$11:$A$14",
        "'FP Overview'!$B$11:$B$14",
        "'FP Overview'!$A$11:$A$14",
        "'FP Overview'!$C$11:$C$14",
      ],
    });
    expect(summary).toContainEqual({
      plots: ['c:pieChart'],
      refs: ["'FP Overview'!$A$11:$A$14", "'FP Overview'!$C$11:$C$14"],
    });
  });

  it('draws the combo on two axes, the waterfall base invisible, with caches of the values', async () => {
    const all = await partsMatching(zip, /^xl\/charts\/chart\d+\.xml$/);
    const combo = all.find((x) => x.includes('UV and conversion rate'))!;
    expect(combo.match(/<c:valAx>/g)).toHaveLength(2);
    expect(combo).toContain('<c:crosses val="max"/>');
    expect(combo).toContain('<c:numCache><c:formatCode>yyyy-mm-dd</c:formatCode><c:ptCount val="7"/>');
    expect(combo).toContain('<c:pt idx="6"><c:v>1900</c:v></c:pt>');
    const waterfall = all.find((x) => x.includes('GMV bridge'))!;
    expect(waterfall).toContain('<c:grouping val="stacked"/>');
    expect(waterfall).toContain('<c:overlap val="100"/>');
    expect(waterfall).toContain('<c:gapWidth val="0"/>');
    expect(waterfall).toContain('<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>');
  });

  it('anchors each sheet drawing through its relationships', async () => {
    const parts = await sheetParts(zip);
    for (const [sheet, count] of [
      ['FP Overview', 2],
      ['FP Trend', 1],
    ] as const) {
      const part = parts.get(sheet)!;
      const rels = await zip
        .file(part.replace('worksheets/', 'worksheets/_rels/') + '.rels')!
        .async('string');
      const drawing = /Target="\.\.\/drawings\/(drawing\d+\.xml)"/.exec(rels)![1]!;
      const xml = wellFormed(await zip.file(`xl/drawings/${drawing}`)!.async('string'));
      expect(xml.getElementsByTagName('xdr:twoCellAnchor')).toHaveLength(count);
      expect(await zip.file(part)!.async('string')).toMatch(/<drawing r:id="rId\d+"\/>/);
    }
  });

  it('reads back with the workbook reader as Fupan sheets only', async () => {
    const result = await readWorkbook(buffer);
    expect(result.ok ? 'ok' : result.error.kind).toBe('empty');
  });
});

describe('writePlan into an existing workbook', () => {
  /** A workbook of the analyst's: data, and a sheet of their own named like one of Fupan's. */
  async function analystWorkbook(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    // exceljs writes tabSelected from the view but its typings leave it out.
    const selected = { state: 'normal', tabSelected: true } as Partial<ExcelJS.WorksheetView>;
    const orders = wb.addWorksheet('Orders', { views: [selected] });
    orders.addRows([
      ['order_id', 'amount', 'note'],
      ['O1', 10, '=SUM(B2)'],
      ['O2', 20.5, null],
    ]);
    wb.addWorksheet('FP Trend').getCell('A1').value = 'my own trend notes';
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('keeps the source sheets byte for byte and names a clashing new sheet freely', async () => {
    const source = await analystWorkbook();
    const result = await writePlan(source, samplePlan());
    if (!result.ok) throw new Error(result.error.message['en-US']);
    expect(result.report.renamedSheets).toEqual([{ planned: 'FP Trend', written: 'FP Trend (2)' }]);
    expect(result.report.warnings[0]?.['en-US']).toContain('"FP Trend (2)"');
    const before = await JSZip.loadAsync(source);
    const after = await JSZip.loadAsync(result.buffer);
    const [partsBefore, partsAfter] = [await sheetParts(before), await sheetParts(after)];
    for (const sheet of ['Orders', 'FP Trend']) {
      const data = async (zip: JSZip, part: string): Promise<string> =>
        /<sheetData[\s\S]*<\/sheetData>/.exec(await zip.file(part)!.async('string'))![0];
      expect(partsAfter.get(sheet)).toBe(partsBefore.get(sheet));
      expect(await data(after, partsAfter.get(sheet)!)).toBe(await data(before, partsBefore.get(sheet)!));
    }
    const wb = await load(result.buffer);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([
      'Orders',
      'FP Trend',
      'FP Overview',
      'FP Trend (2)',
      'FP Retro',
    ]);
    expect(wb.getWorksheet('Orders')!.getCell('C2').value).toBe('=SUM(B2)');
    expect(wb.getWorksheet('FP Trend')!.getCell('A1').value).toBe('my own trend notes');
    // References to the renamed sheet follow it.
    const names = Object.fromEntries(wb.definedNames.model.map((n) => [n.name, n.ranges]));
    expect(names.Fupan_TrendUV).toEqual(["'FP Trend (2)'!$B$2:$B$8"]);
    const overview = await after.file((await sheetParts(after)).get('FP Overview')!)!.async('string');
    expect(overview).toContain(`location="'FP Trend (2)'!A1"`);
    const combo = await partsMatching(after, /^xl\/charts\/chart\d+\.xml$/);
    expect(combo.join('')).toContain("<c:f>'FP Trend (2)'!$B$2:$B$8</c:f>");
    // Only the new active sheet is selected.
    expect(wb.views[0]?.activeTab).toBe(2);
    const selected: string[] = [];
    for (const [sheet, part] of await sheetParts(after)) {
      if ((await after.file(part)!.async('string')).includes('tabSelected="1"')) selected.push(sheet);
    }
    expect(selected).toEqual(['FP Overview']);
    // The source data still reads as before.
    const reread = await readWorkbook(result.buffer);
    if (!reread.ok) throw new Error('expected tables');
    expect(reread.tables.map((t) => t.source.sheet)).toEqual(['Orders']);
  });

  it('keeps charts, drawings and tables of source sheets that exceljs could not carry over', async () => {
    // A workbook whose own sheets hold native charts and a table: Fupan's output with its marks removed.
    const zip = await JSZip.loadAsync(await writePlanToWorkbook(null, samplePlan()));
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    zip.file(
      'xl/workbook.xml',
      workbookXml.replace(/<definedName name="FupanSheet_[^<]*<\/definedName>/g, ''),
    );
    const source = await zip.generateAsync({ type: 'nodebuffer' });
    const before = await JSZip.loadAsync(source);
    const result = await writePlan(source, samplePlan());
    if (!result.ok) throw new Error(result.error.message['en-US']);
    const after = await JSZip.loadAsync(result.buffer);
    for (const name of Object.keys(before.files).filter((n) =>
      /^xl\/(charts|drawings|tables)\/.*\.xml/.test(n),
    )) {
      expect(await after.file(name)?.async('string')).toBe(await before.file(name)!.async('string'));
    }
    expect(result.report.renamedSheets.map((r) => r.written)).toEqual([
      'FP Overview (2)',
      'FP Trend (2)',
      'FP Retro (2)',
    ]);
    expect(await partsMatching(after, /^xl\/charts\/chart\d+\.xml$/)).toHaveLength(6);
    const tables = await partsMatching(after, /^xl\/tables\/table\d+\.xml$/);
    expect(tables.map((t) => /\sid="(\d+)" name="(\w+)"/.exec(t)?.slice(1))).toEqual([
      ['1', 'FP_Trend'],
      ['2', 'FP_Trend_2'],
    ]);
  });

  it('leaves a large selected source sheet untouched and active', async () => {
    const source = await analystWorkbook();
    const result = await writePlan(source, samplePlan(), { largeSheetBytes: 1 });
    if (!result.ok) throw new Error('expected a workbook');
    const [before, after] = [await JSZip.loadAsync(source), await JSZip.loadAsync(result.buffer)];
    const part = (await sheetParts(after)).get('Orders')!;
    expect(await after.file(part)!.async('string')).toBe(await before.file(part)!.async('string'));
    expect(await after.file(part)!.async('string')).toContain('tabSelected="1"');
    expect((await load(result.buffer)).views[0]?.activeTab).toBe(0);
  });

  it('replaces its own sheets on a second run instead of adding more', async () => {
    const once = await writePlanToWorkbook(await analystWorkbook(), samplePlan());
    const twice = await writePlan(once, samplePlan());
    if (!twice.ok) throw new Error('expected a workbook');
    const wb = await load(twice.buffer);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([
      'Orders',
      'FP Trend',
      'FP Overview',
      'FP Trend (2)',
      'FP Retro',
    ]);
    const zip = await JSZip.loadAsync(twice.buffer);
    const files = Object.keys(zip.files);
    expect(files.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(3);
    expect(files.filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))).toHaveLength(2);
    expect(files.filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n))).toHaveLength(1);
    expect(wb.definedNames.model.map((n) => n.name).sort()).toEqual([
      'FupanNote_change',
      'FupanNote_well',
      'FupanSheet_overview',
      'FupanSheet_retro',
      'FupanSheet_trend',
      'Fupan_GMV',
      'Fupan_TrendUV',
    ]);
  });

  it("keeps the analyst's notes across runs, as text, and fills the rest with placeholders", async () => {
    const first = await writePlanToWorkbook(null, samplePlan());
    expect((await load(first)).getWorksheet('FP Retro')!.getCell('B2').value).toBe('(write here)');
    // The analyst types in Excel, which keeps the sheet's parts (exceljs would drop its custom property).
    const zip = await JSZip.loadAsync(first);
    const part = (await sheetParts(zip)).get('FP Retro')!;
    const xml = await zip.file(part)!.async('string');
    const typed = '<c r="B2" t="inlineStr"><is><t>=Coupons drove 40% of GMV</t></is></c>';
    zip.file(part, xml.replace(/<c r="B2"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/, typed));
    const edited = await zip.generateAsync({ type: 'nodebuffer' });
    const second = await writePlanToWorkbook(edited, movedNotes(samplePlan()));
    const retro = (await load(second)).getWorksheet('FP Retro')!;
    expect(retro.getCell('C2').value).toBe('=Coupons drove 40% of GMV');
    expect(retro.getCell('C2').type).toBe(ExcelJS.ValueType.String);
    expect(retro.getCell('C3').value).toBe('(write here)');
    const third = await load(await writePlanToWorkbook(second, movedNotes(samplePlan())));
    expect(third.getWorksheet('FP Retro')!.getCell('C2').value).toBe('=Coupons drove 40% of GMV');
  });

  it('says why it cannot write into a file that is not a workbook', async () => {
    const result = await writePlan(Buffer.from('not a zip'), samplePlan());
    expect(result.ok ? 'ok' : result.error.kind).toBe('notZip');
    await expect(writePlanToWorkbook(Buffer.from('not a zip'), samplePlan())).rejects.toThrow(
      'not an .xlsx workbook',
    );
  });
});

/** The plan of a later version that moved the note cells one column right: notes follow their id. */
function movedNotes(plan: WorkbookPlan): WorkbookPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((s) =>
      s.key === 'retro'
        ? { ...s, notes: s.notes.map((n) => ({ ...n, address: n.address.replace('B', 'C') })) }
        : s,
    ),
  };
}

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { DOMParser } from '@xmldom/xmldom';
import { decodeCellText } from '../../src/xlsx/xml/decodeXmlText';
import { writePlan } from '../../src/xlsx/writePlan';
import { samplePlan } from '../xlsx/samplePlan';
import { hostileWorkbook, ordersRows, withDeclaredSize } from '../support/hostile/corpus';
import { kpisJsonOf, runCli, STACK_LINE } from './support/runCli';
import { tempDir } from './support/sampleFiles';

const HEADER = 'order_id,order_time,amount,status,channel';

/** An orders CSV: one line per order, `channel` per order, amounts as given. */
function ordersCsv(lines: readonly { amount: string; channel: string }[]): string {
  return [
    HEADER,
    ...lines.map((l, i) => `O${i},2023-11-${10 + (i % 3)} 10:00,${l.amount},paid,"${l.channel}"`),
  ].join('\n');
}

/** Every XML part of a written workbook: well-formed, with its text. */
async function xmlParts(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    const text = await zip.file(name)!.async('string');
    const errors: string[] = [];
    new DOMParser({
      onError: (level, msg) => void (level !== 'warning' && errors.push(msg)),
    }).parseFromString(text, 'text/xml');
    expect([name, errors]).toEqual([name, []]);
    out.set(name, text);
  }
  return out;
}

describe('output Excel accepts, whatever the input held', () => {
  let dir: string;

  beforeAll(() => {
    dir = tempDir('hostile-output');
  });

  it('amounts that overflow: no Infinity or NaN anywhere; the JSON gives null with a reason', async () => {
    const file = join(dir, 'huge.csv');
    const lines = Array.from({ length: 12 }, (_, i) => ({ amount: i < 2 ? '1e308' : '100', channel: 'Web' }));
    writeFileSync(file, ordersCsv(lines));
    const json = await kpisJsonOf([file, '--lang', 'en-US']);
    expect(json.kpis['gmv']).toBeNull();
    expect(json.missing['gmv']).toMatch(/out of the range of numbers/);
    const output = join(dir, 'huge-retro.xlsx');
    const run = await runCli(['retro', file, '-o', output, '--quiet', '--lang', 'en-US']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/Infinity|NaN/);
    for (const [name, text] of await xmlParts(output)) {
      expect([name, /<(c:)?v>(-?Infinity|NaN)<\/(c:)?v>|>(-?Infinity|NaN)</.test(text)]).toEqual([
        name,
        false,
      ]);
    }
  });

  it('a control character in a channel name is escaped as Excel does, in charts and everywhere', async () => {
    const file = join(dir, 'control.csv');
    const lines = Array.from({ length: 12 }, (_, i) => ({
      amount: '100',
      channel: i % 2 ? 'Web\u0001Shop' : 'App',
    }));
    writeFileSync(file, ordersCsv(lines));
    const output = join(dir, 'control-retro.xlsx');
    expect((await runCli(['retro', file, '-o', output, '--quiet', '--lang', 'en-US'])).code).toBe(0);
    const parts = await xmlParts(output);
    const charts = [...parts].filter(([n]) => n.startsWith('xl/charts/'));
    expect(charts.length).toBeGreaterThan(0);
    expect(charts.some(([, t]) => t.includes('Web_x0001_Shop'))).toBe(true);
    for (const [name, text] of parts)
      expect([name, /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(text)]).toEqual([name, false]);
  });

  it('no written cell holds more than 32,767 characters; a cut one says so', async () => {
    const file = join(dir, 'long.csv');
    const long = 'L'.repeat(40_000);
    const lines = Array.from({ length: 12 }, (_, i) => ({ amount: '100', channel: i % 2 ? long : 'App' }));
    writeFileSync(file, ordersCsv(lines));
    const output = join(dir, 'long-retro.xlsx');
    expect((await runCli(['retro', file, '-o', output, '--quiet', '--lang', 'en-US'])).code).toBe(0);
    let cut = 0;
    let keptParts = '';
    for (const [name, text] of await xmlParts(output)) {
      if (!name.startsWith('xl/worksheets/') && name !== 'xl/sharedStrings.xml') continue;
      for (const m of text.matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/g)) {
        const cell = decodeCellText(m[1] as string);
        expect(cell.length).toBeLessThanOrEqual(32_767);
        if (/characters cut\]$/.test(cell)) cut++;
        if (/^L+$/.test(cell)) keptParts += cell;
      }
    }
    expect(cut).toBeGreaterThan(0);
    // The data-quality sheet keeps the full text: the channel name whole, in parts (plan/cutCells.ts).
    expect(keptParts.length).toBeGreaterThanOrEqual(long.length);
    expect(keptParts).toContain(long);
  });

  it('a DOCTYPE with entities is not copied into rewritten parts, and xmldom says nothing', async () => {
    const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const workbookXml =
      `<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE workbook [<!ENTITY boom "kaboom">]>` +
      `<workbook xmlns="${NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      `<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    const file = join(dir, 'doctype.xlsx');
    writeFileSync(file, await hostileWorkbook({ sheet: ordersRows(12), workbookXml }));
    const output = join(dir, 'doctype-retro.xlsx');
    const run = await runCli(['retro', file, '-o', output, '--quiet', '--lang', 'en-US']);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/xmldom/);
    for (const [name, text] of await xmlParts(output))
      expect([name, /<!DOCTYPE|<!ENTITY/.test(text)]).toEqual([name, false]);
  });

  it('docProps/app.xml lists every worksheet (a CSV input gave an empty vector)', async () => {
    const file = join(dir, 'plain.csv');
    writeFileSync(file, ordersCsv(Array.from({ length: 12 }, () => ({ amount: '100', channel: 'Web' }))));
    const output = join(dir, 'plain-retro.xlsx');
    expect((await runCli(['retro', file, '-o', output, '--quiet', '--lang', 'en-US'])).code).toBe(0);
    const app = (await xmlParts(output)).get('docProps/app.xml') ?? '';
    const sheets = Number(/<vt:i4>(\d+)<\/vt:i4>/.exec(app)?.[1]);
    expect(sheets).toBeGreaterThan(1);
    expect(app).toContain(`<vt:vector size="${sheets}" baseType="lpstr">`);
    expect(app).not.toMatch(/size="0"/);
  });

  it('the writer refuses an entry that lies about its size instead of trusting it', async () => {
    const honest = await hostileWorkbook({ sheet: ordersRows(50) });
    const result = await writePlan(withDeclaredSize(honest, 'xl/workbook.xml', 10), samplePlan());
    expect(result.ok ? 'ok' : result.error.kind).toBe('limit');
    expect(result.ok ? '' : result.error.message['en-US']).toContain(
      'xl/workbook.xml inflates to more than the 10 bytes',
    );
  });

  it('3,000 rejected rows: the sheet lists the first 1,000 and says so, the full list is a CSV beside it', async () => {
    const file = join(dir, 'rejects.csv');
    const good = Array.from({ length: 12 }, () => ({ amount: '100', channel: 'Web' }));
    const bad = Array.from({ length: 3_000 }, () => ({ amount: 'n/a?', channel: 'Web' }));
    writeFileSync(file, ordersCsv([...good, ...bad]));
    const output = join(dir, 'rejects-retro.xlsx');
    const run = await runCli(['retro', file, '-o', output, '--quiet', '--lang', 'en-US']);
    expect(run.code).toBe(0);
    const list = join(dir, 'rejects-retro-rejected.csv');
    expect(run.stdout).toContain(list);
    const lines = readFileSync(list, 'utf8').trim().split(/\r\n/);
    expect(lines).toHaveLength(3_001);
    expect(lines[1]).toMatch(/^orders,rejects\.csv,14,amount,not_a_number,/);
    const parts = await xmlParts(output);
    const quality = [...parts].find(([, t]) => t.includes('Only the first 1,000 of 3,000 rejected rows'));
    expect(quality).toBeDefined();
    expect((quality?.[1].match(/<row /g) ?? []).length).toBeLessThan(1_100);
  });

  it('a hostile file never prints a stack trace', async () => {
    const file = join(dir, 'liar.xlsx');
    writeFileSync(
      file,
      withDeclaredSize(await hostileWorkbook({ sheet: ordersRows(50) }), 'xl/worksheets/sheet1.xml', 10),
    );
    const run = await runCli(['retro', file, '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});

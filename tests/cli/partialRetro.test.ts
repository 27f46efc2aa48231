import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { convert, CSV_ALL_SHEETS, haveSoffice, recalculatingProfile } from './support/libreOffice';
import { kpisJsonOf, runCli } from './support/runCli';
import { tempDir } from './support/sampleFiles';

jest.setTimeout(240_000);

/** A file holding traffic only: `kpis --json` and `retro` give what it supports, and LibreOffice opens it. */
describe('fupan on a traffic-only file', () => {
  const dir = tempDir('traffic-only');
  const input = join(dir, 'traffic.csv');
  writeFileSync(input, 'Date,UV,PV\n2024-03-01,100,300\n2024-03-02,120,330\n2024-03-03,90,250\n');

  it('`kpis --json` computes UV and PV, and explains every order KPI', async () => {
    const json = await kpisJsonOf(['--lang', 'en-US', input]);
    expect(json.kpis.uv).toBe(310);
    expect(json.kpis.pv).toBe(880);
    expect(json.kpis.gmv).toBeNull();
    expect(json.missing.gmv).toMatch(/^No orders table/);
    expect(json.period).toEqual({ start: '2024-03-01', end: '2024-03-03' });
  });

  it('`retro` writes a workbook LibreOffice opens, saying what is missing and what it would unlock', async () => {
    const output = join(dir, 'traffic-retro.xlsx');
    const run = await runCli(['retro', '-q', '--lang', 'en-US', input, '-o', output]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^There is no orders table/);
    if (!haveSoffice()) return console.warn('LibreOffice (soffice) is not installed: not opening the retro.');
    convert(output, CSV_ALL_SHEETS, dir, recalculatingProfile());
    const retro = readFileSync(join(dir, 'traffic-retro-Fupan Retro.csv'), 'utf8');
    expect(retro).toContain('Missing: orders table. Add an orders table');
    const quality = readFileSync(join(dir, 'traffic-retro-Fupan Data Quality.csv'), 'utf8');
    expect(quality).toContain('Missing tables, and what each would unlock');
    expect(quality).toContain('Missing: experiment log. Add an experiment log');
  });
});

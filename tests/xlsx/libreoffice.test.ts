import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writePlanToWorkbook } from '../../src/xlsx/writePlan';
import { describeWith, itWith, LIBREOFFICE, POPPLER } from '../support/systemTools';
import { samplePlan } from './samplePlan';

/**
 * Opens what the writer produced in a real spreadsheet program. LibreOffice Calc (`soffice`) is
 * installed by .ci/run; without it these tests are skipped with a message saying so, and fail under CI=true.
 */
const describeWithSoffice = describeWith(LIBREOFFICE);

/** A private profile per run, so parallel runs do not share LibreOffice's lock; made on the first start. */
const profile = pathToFileURL(mkdtempSync(join(tmpdir(), 'fupan-lo-profile-'))).href;

function convert(file: string, filter: string, outDir: string): void {
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', filter, '--outdir', outDir, file],
    { stdio: 'pipe', timeout: 120_000 },
  );
}

describeWithSoffice('the written workbook in LibreOffice Calc', () => {
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fupan-lo-'));
    file = join(dir, 'retro.xlsx');
    writeFileSync(file, await writePlanToWorkbook(null, samplePlan()));
  });

  it('opens every sheet with its values, formula results and text kept as text', () => {
    // Comma-separated, UTF-8, every sheet to its own file (the last token, -1).
    convert(file, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', dir);
    const sheet = (name: string): string[] =>
      readFileSync(join(dir, `retro-${name}.csv`), 'utf8').split(/\r?\n/);
    const overview = sheet('FP Overview');
    expect(overview.slice(0, 7)).toEqual([
      'Campaign overview,,',
      'Metric,Value,Note',
      'GMV,123456.78,=SUM(A1)',
      'Cost,20000,+1 from user',
      expect.stringMatching(/^ROI,517\.28\d*%,@handle$/),
      'Bad ratio,#DIV/0!,-minus',
      'Go to trend,TRUE,',
    ]);
    expect(sheet('FP Trend').slice(0, 2)).toEqual(['Date,UV,Orders,CVR', '2024-11-04,1000,50,5%']);
    expect(sheet('FP Retro').slice(1, 3)).toEqual([
      'What went well,(write here)',
      'What to change,(write here)',
    ]);
  });

  itWith(POPPLER)('draws the charts in their planned colours', () => {
    convert(file, 'pdf', dir);
    execFileSync('pdftoppm', ['-r', '40', join(dir, 'retro.pdf'), join(dir, 'page')], { timeout: 60_000 });
    const pages = readdirSync(dir).filter((n) => n.startsWith('page') && n.endsWith('.ppm'));
    expect(pages.length).toBeGreaterThan(0);
    const colours = pages.map((p) => colourSet(readFileSync(join(dir, p))));
    const seen = (hex: string): boolean => colours.some((set) => hasColour(set, hex));
    // The waterfall's delta columns and the CVR line: colours only the charts use.
    expect(seen('70AD47')).toBe(true);
    expect(seen('ED7D31')).toBe(true);
  });
});

/** The distinct colours of a binary PPM (P6) image, as 0xRRGGBB numbers. */
function colourSet(ppm: Buffer): Set<number> {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a PPM image');
  const set = new Set<number>();
  for (let i = header[0].length; i + 2 < ppm.length; i += 3) {
    set.add(((ppm[i] as number) << 16) | ((ppm[i + 1] as number) << 8) | (ppm[i + 2] as number));
  }
  return set;
}

/** Whether a colour within a small distance of `hex` appears (anti-aliasing shifts edges, not fills). */
function hasColour(set: ReadonlySet<number>, hex: string): boolean {
  const target = parseInt(hex, 16);
  const [r, g, b] = [target >> 16, (target >> 8) & 255, target & 255];
  for (const c of set) {
    if (Math.abs((c >> 16) - r) + Math.abs(((c >> 8) & 255) - g) + Math.abs((c & 255) - b) <= 12) return true;
  }
  return false;
}

import { execFileSync } from 'node:child_process';
import { isCi, LIBREOFFICE, missingTools } from '../../support/systemTools';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Comma-separated, UTF-8, values not as shown (full precision), every sheet to its own file (-1). */
export const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/**
 * A private LibreOffice profile in `dir` (parallel runs must not share one: it is locked while in use) that
 * recalculates every formula of an .xlsx file on load. LibreOffice's default keeps the cached results the
 * file holds, which would only check what the writer stored, not that the formulas compute it. Returns the
 * profile's URL for -env:UserInstallation.
 */
export function recalculatingProfile(dir: string = mkdtempSync(join(tmpdir(), 'fupan-lo-profile-'))): string {
  mkdirSync(join(dir, 'user'), { recursive: true });
  writeFileSync(
    join(dir, 'user', 'registrymodifications.xcu'),
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"',
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
      // OOXMLRecalcMode: 0 always recalculate, 1 never, 2 ask.
      '<item oor:path="/org.openoffice.Office.Calc/Formula/Load">',
      '<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>',
      '</oor:items>',
    ].join('\n'),
  );
  return pathToFileURL(dir).href;
}

/**
 * `soffice --headless --convert-to <filter>` of one or more files in one start of LibreOffice (each start
 * costs seconds); throws with LibreOffice's output when it fails.
 */
export function convert(
  files: string | readonly string[],
  filter: string,
  outDir: string,
  profile: string,
): void {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      filter,
      '--outdir',
      outDir,
      ...(typeof files === 'string' ? [files] : files),
    ],
    { stdio: 'pipe', timeout: 150_000 },
  );
}

export function pdfPageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/** The text of each page of a PDF. */
export function pdfPages(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 << 20 });
  return text.split('\f');
}

/** Names of the fonts a PDF embeds, e.g. 'BAAAAA+NotoSansCJKjp-Regular'. */
export function pdfFonts(pdf: string, page: number): string[] {
  const out = execFileSync('pdffonts', ['-f', String(page), '-l', String(page), pdf], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/)[0] ?? '')
    .filter((name) => name !== '');
}

/** Renders one page (1-based) to `<prefix>.png` and returns its path. */
export function renderPage(pdf: string, page: number, prefix: string, dpi = 80): string {
  execFileSync(
    'pdftoppm',
    ['-f', String(page), '-l', String(page), '-r', String(dpi), '-png', '-singlefile', pdf, prefix],
    {
      timeout: 60_000,
    },
  );
  return `${prefix}.png`;
}

/**
 * For a check inside a broader test: LibreOffice is there (true), or missing on a developer's machine (false:
 * the caller skips that check with a warning). Under CI=true a missing LibreOffice throws, never skips.
 */
export function haveSoffice(): boolean {
  const missing = missingTools([LIBREOFFICE]);
  if (missing === null) return true;
  if (isCi()) throw new Error(`${missing.labels} not installed. Install: ${missing.command}`);
  return false;
}

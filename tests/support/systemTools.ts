import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The programs some suites drive, which npm does not install (README, "System packages"; .ci/run installs
 * them). Without one, a suite is skipped with a warning on a developer's machine, and FAILS under CI=true:
 * a green CI run must not have checked less.
 */
export interface SystemTool {
  /** What the suite needs, as a reader would name it. */
  readonly label: string;
  /** The Debian/Ubuntu package that provides it. */
  readonly aptPackage: string;
  readonly isInstalled: () => boolean;
}

const runs = (command: string, ...args: string[]): boolean =>
  spawnSync(command, args, { encoding: 'utf8', timeout: 60_000 }).status === 0;

/** Debian's Chromium, driven by playwright-core in the e2e suites (no browser download). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM: SystemTool = {
  label: `Chromium (${CHROMIUM_PATH})`,
  aptPackage: 'chromium',
  isInstalled: () => existsSync(CHROMIUM_PATH),
};

export const LIBREOFFICE: SystemTool = {
  label: 'LibreOffice Calc (soffice)',
  aptPackage: 'libreoffice-calc',
  isInstalled: () => runs('soffice', '--version'),
};

export const POPPLER: SystemTool = {
  label: 'poppler-utils (pdfinfo, pdftotext, pdffonts, pdftoppm)',
  aptPackage: 'poppler-utils',
  isInstalled: () => ['pdfinfo', 'pdftotext', 'pdffonts', 'pdftoppm'].every((c) => runs(c, '-v')),
};

/** A font with Chinese glyphs, which the PDF renderings must embed. */
export const CJK_FONTS: SystemTool = {
  label: 'a CJK font (fonts-noto-cjk)',
  aptPackage: 'fonts-noto-cjk',
  isInstalled: () =>
    (
      spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8', timeout: 60_000 }).stdout ?? ''
    ).trim() !== '',
};

/** CI=true (or 1): set by CI services and by .ci/run. */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = (env['CI'] ?? '').trim().toLowerCase();
  return ci !== '' && ci !== 'false' && ci !== '0';
}

const installed = new Map<SystemTool, boolean>();
function has(tool: SystemTool): boolean {
  let known = installed.get(tool);
  if (known === undefined) {
    known = tool.isInstalled();
    installed.set(tool, known);
  }
  return known;
}

/** The tools of `tools` that are missing, and the command that installs them; null when none is. */
export function missingTools(tools: readonly SystemTool[]): { labels: string; command: string } | null {
  const missing = tools.filter((tool) => !has(tool));
  if (missing.length === 0) return null;
  return {
    labels: missing.map((t) => t.label).join(', '),
    command: `sudo apt-get install --no-install-recommends ${missing.map((t) => t.aptPackage).join(' ')}`,
  };
}

type Block = (name: string, fn: () => void) => void;
type Test = (name: string, fn: jest.ProvidesCallback, timeout?: number) => void;

/** `describe` when every tool is installed; else skipped with a warning, or one failing test under CI. */
export function describeWith(...tools: SystemTool[]): Block {
  const missing = missingTools(tools);
  if (missing === null) return describe;
  const message = `${missing.labels} not installed. Install: ${missing.command}`;
  if (isCi())
    return (name) =>
      describe(name, () => {
        it(`needs ${missing.labels} (CI=true: a missing tool fails the run)`, () => {
          throw new Error(message);
        });
      });
  console.warn(`Skipping "${tools.map((t) => t.label).join(' + ')}" suites: ${message}`);
  return (name, fn) => describe.skip(`${name} (skipped: ${message})`, fn);
}

/** `it` when every tool is installed; else skipped with a warning, or failing under CI. */
export function itWith(...tools: SystemTool[]): Test {
  const missing = missingTools(tools);
  if (missing === null) return it;
  const message = `${missing.labels} not installed. Install: ${missing.command}`;
  if (isCi())
    return (name) =>
      it(name, () => {
        throw new Error(`${message} (CI=true: a missing tool fails the run)`);
      });
  console.warn(`Skipping a check: ${message}`);
  return (name, fn, timeout) => it.skip(`${name} (skipped: ${message})`, fn, timeout);
}

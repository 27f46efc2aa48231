import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '../../..');
const DIST = path.join(ROOT, 'dist');

/** What the task pane bundle is built from: a change to any of them makes dist/ stale. */
const INPUTS = [
  'src/taskpane',
  'src/excel',
  'src/core',
  'src/i18n',
  'assets',
  'manifest.xml',
  'webpack.config.js',
  'tsconfig.json',
  'package-lock.json',
];

/** The files of a build, by URL path ('/taskpane.html'); source maps left out. */
export type BuildFiles = ReadonlyMap<string, Buffer>;

async function readTree(dir: string, prefix = ''): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const url = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) for (const [k, v] of await readTree(full, url)) files.set(k, v);
    else if (!entry.name.endsWith('.map')) files.set(url, await readFile(full));
  }
  return files;
}

/** The latest modification time under `target` (a file or a folder), in ms. */
async function newest(target: string): Promise<number> {
  const info = await stat(target).catch(() => undefined);
  if (info === undefined) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(target);
  const times = await Promise.all(entries.map((entry) => newest(path.join(target, entry))));
  return Math.max(info.mtimeMs, ...times);
}

/** The page and every local script it loads are there (a build under way elsewhere may be half-written). */
function isComplete(files: BuildFiles): boolean {
  const html = files.get('/taskpane.html')?.toString('utf8');
  if (html === undefined) return false;
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1] as string);
  const local = scripts.filter((src) => !/^https?:/.test(src));
  return local.length > 0 && local.every((src) => files.has(`/${src.replace(/^\//, '')}`));
}

/** Why dist/ cannot be used as it is, or null when it is a complete build newer than its sources. */
async function distProblem(): Promise<string | null> {
  if (process.env.FUPAN_E2E_BUILD === '1') return 'FUPAN_E2E_BUILD=1';
  const page = path.join(DIST, 'taskpane.html');
  if (!existsSync(page)) return 'dist/ has no build';
  const built = (await stat(page)).mtimeMs;
  const sources = await Promise.all(INPUTS.map((input) => newest(path.join(ROOT, input))));
  return Math.max(...sources) > built ? 'dist/ is older than its sources' : null;
}

/**
 * The production build of the task pane, held in memory: dist/ as `npm run build` left it (CI builds before
 * testing), or a fresh production build into `scratchDir` when dist/ is missing, incomplete or older than
 * its sources, or FUPAN_E2E_BUILD=1. dist/ itself is never written.
 */
export async function productionBuild(
  scratchDir: string,
): Promise<{ files: BuildFiles; from: string; why: string | null }> {
  let why = await distProblem();
  if (why === null) {
    const files = await readTree(DIST);
    if (isComplete(files)) return { files, from: DIST, why };
    why = 'dist/ is incomplete';
  }
  const webpackBin = path.join(ROOT, 'node_modules/webpack/bin/webpack.js');
  await promisify(execFile)(
    process.execPath,
    [webpackBin, '--mode', 'production', '--output-path', scratchDir],
    { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
  );
  const files = await readTree(scratchDir);
  if (!isComplete(files))
    throw new Error(`The production build in ${scratchDir} has no complete taskpane.html`);
  return { files, from: scratchDir, why };
}

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');

/** What the task pane bundle is built from: a change to any of them makes a build stale. */
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

/**
 * The one production build the suites share (the e2e suites serve it, the manifest test checks what it emits),
 * cached between runs: one folder per checkout under the system's temp folder, rebuilt only when a source is
 * newer. Suites that start together take turns on a lock folder, so a run builds at most once.
 */
const CACHE = path.join(
  tmpdir(),
  `fupan-test-build-${createHash('sha1').update(ROOT).digest('hex').slice(0, 10)}`,
);
const LOCK = `${CACHE}.lock`;
/** In the cache: the sources' newest modification time the build was made from. */
const STAMP = '.sources';
/** A lock older than this was left by a killed run. */
const STALE_LOCK_MS = 10 * 60_000;

/** The files of a build, by URL path ('/taskpane.html'); source maps left out. */
export type BuildFiles = ReadonlyMap<string, Buffer>;

export interface ProductionBuild {
  /** The folder holding the build (dist/ or the shared cache); not to be written. */
  readonly dir: string;
  readonly files: BuildFiles;
  /** Why dist/ was not used, or null when it was. */
  readonly why: string | null;
}

async function readTree(dir: string, prefix = ''): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const url = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) for (const [k, v] of await readTree(full, url)) files.set(k, v);
    else if (!entry.name.endsWith('.map') && entry.name !== STAMP) files.set(url, await readFile(full));
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

const newestSource = async (): Promise<number> =>
  Math.max(...(await Promise.all(INPUTS.map((input) => newest(path.join(ROOT, input))))));

/**
 * The page and every local script it loads are there (a build under way elsewhere may be half-written), and
 * the manifest is the development one (a build made with FUPAN_URL points elsewhere).
 */
async function isComplete(files: BuildFiles): Promise<boolean> {
  const html = files.get('/taskpane.html')?.toString('utf8');
  if (html === undefined) return false;
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1] as string);
  const local = scripts.filter((src) => !/^https?:/.test(src));
  const manifest = await readFile(path.join(ROOT, 'manifest.xml'));
  return (
    local.length > 0 &&
    local.every((src) => files.has(`/${src.replace(/^\//, '')}`)) &&
    files.get('/manifest.xml')?.equals(manifest) === true
  );
}

/** The build in `dir` when it is complete and newer than every source, else why not. */
async function usable(dir: string, sources: number): Promise<{ files: BuildFiles } | { why: string }> {
  const page = path.join(dir, 'taskpane.html');
  if (!existsSync(page)) return { why: `${path.basename(dir)}/ has no build` };
  if ((await stat(page)).mtimeMs < sources)
    return { why: `${path.basename(dir)}/ is older than its sources` };
  const files = await readTree(dir);
  return (await isComplete(files)) ? { files } : { why: `${path.basename(dir)}/ is incomplete` };
}

async function takeLock(): Promise<void> {
  for (;;) {
    try {
      await mkdir(LOCK);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - ((await stat(LOCK).catch(() => undefined))?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) await rm(LOCK, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/** `webpack --mode production` (without FUPAN_URL) into `outDir`, as `npm run build` does into dist/. */
async function build(outDir: string): Promise<void> {
  const { FUPAN_URL: _ignored, ...env } = process.env;
  const webpackBin = path.join(ROOT, 'node_modules/webpack/bin/webpack.js');
  await promisify(execFile)(process.execPath, [webpackBin, '--mode', 'production', '--output-path', outDir], {
    cwd: ROOT,
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
}

/**
 * The production build of the task pane: dist/ as `npm run build` left it (CI builds before testing), or
 * else the shared cached build, made now when it is missing or stale, or FUPAN_E2E_BUILD=1. dist/ itself is
 * never written.
 */
export async function productionBuild(): Promise<ProductionBuild> {
  const sources = await newestSource();
  const forced = process.env.FUPAN_E2E_BUILD === '1';
  const dist = forced ? { why: 'FUPAN_E2E_BUILD=1' } : await usable(DIST, sources);
  if ('files' in dist) return { dir: DIST, files: dist.files, why: null };

  await takeLock();
  try {
    const stamp = path.join(CACHE, STAMP);
    const cached = await usable(CACHE, sources);
    const stampOk = (await readFile(stamp, 'utf8').catch(() => '')) === String(sources);
    if ('files' in cached && stampOk && !forced) return { dir: CACHE, files: cached.files, why: dist.why };
    const fresh = `${CACHE}.${process.pid}`;
    await rm(fresh, { recursive: true, force: true });
    const started = Date.now();
    await build(fresh);
    await writeFile(path.join(fresh, STAMP), String(sources));
    await rm(CACHE, { recursive: true, force: true });
    await rename(fresh, CACHE);
    console.info(
      `Production build into ${CACHE} (${dist.why}): ${Math.round((Date.now() - started) / 1000)} s.`,
    );
    const files = await readTree(CACHE);
    if (!(await isComplete(files))) throw new Error(`The production build in ${CACHE} is incomplete`);
    return { dir: CACHE, files, why: dist.why };
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
}

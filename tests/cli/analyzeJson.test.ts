import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANALYSIS_IDS } from '../../src/core/analysis/definition';
import type { CampaignAnalysis } from '../../src/core/analyze';
import { isoDay } from '../../src/core/model/day';
import { ANALYZE_JSON_SCHEMA, jsonValue } from '../../src/cli/analysisJson';
import { writeSourceWorkbook } from '../../src/xlsx/writeSourceWorkbook';
import { engineAnalysis } from './support/engine';
import { runCli } from './support/runCli';
import { smallSample, sourceSheets, tempDir, writeSampleWorkbook } from './support/sampleFiles';

interface AnalyzeJson {
  readonly schema: string;
  readonly input: string;
  readonly tables: readonly { readonly kind: string }[];
  readonly rejected_rows: { readonly total: number; readonly rows: readonly Record<string, unknown>[] };
  readonly warnings: readonly string[];
  readonly period: { readonly start: string; readonly end: string } | null;
  readonly baseline: { readonly start: string; readonly end: string } | null;
  readonly analyses: Readonly<
    Record<
      string,
      {
        readonly id: string;
        readonly name: string;
        readonly status: 'ok' | 'unavailable';
        readonly reason?: string;
        readonly result?: Record<string, unknown>;
      }
    >
  >;
}

async function analyzeJsonOf(args: readonly string[]): Promise<AnalyzeJson> {
  const run = await runCli(['analyze', '--json', ...args]);
  if (run.code !== 0) throw new Error(`analyze exited with ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as AnalyzeJson;
}

/** Every object in a JSON value, with the key it sits under. */
function* objects(value: unknown, key = ''): Generator<[string, Record<string, unknown>]> {
  if (Array.isArray(value)) for (const v of value) yield* objects(v, key);
  else if (value !== null && typeof value === 'object') {
    yield [key, value as Record<string, unknown>];
    for (const [k, v] of Object.entries(value)) yield* objects(v, k);
  }
}

const PATHS_HEADER = ['path', 'total_conversions', 'total_conversion_value', 'total_null'];

describe('fupan analyze --json on the sample campaign', () => {
  let file: string;
  let json: AnalyzeJson;
  let engine: CampaignAnalysis;

  beforeAll(async () => {
    file = await writeSampleWorkbook(join(tempDir('analyze'), 'double12.xlsx'), smallSample('en-US'));
    json = await analyzeJsonOf([file, '--lang', 'en-US']);
    engine = await engineAnalysis(file);
  });

  it('lists every analysis under its stable id, in the diagnostics order, ok exactly where the engine is', () => {
    expect(json.schema).toBe(ANALYZE_JSON_SCHEMA);
    expect(json.input).toBe(file);
    expect(Object.keys(json.analyses)).toEqual([...ANALYSIS_IDS]);
    for (const id of ANALYSIS_IDS) {
      const entry = json.analyses[id]!;
      expect(entry.id).toBe(id);
      expect(entry.name).toMatch(/\S/);
      expect([id, entry.status]).toEqual([id, engine.analyses[id].kind]);
      if (entry.status === 'unavailable') expect(entry.reason).toMatch(/\S{4}/);
    }
    // The sample holds every table: A/B test, attribution, funnel, … all run.
    for (const id of ['ab_test', 'attribution', 'decomposition', 'funnel', 'customers', 'channels', 'mix'])
      expect([id, json.analyses[id]?.status]).toEqual([id, 'ok']);
  });

  it("gives the engine's findings: counts, credits and p-values as numbers", () => {
    const attribution = engine.analyses.attribution;
    if (attribution.kind !== 'ok') throw new Error('sample attribution');
    const a = json.analyses.attribution!.result!;
    expect(a.source).toBe('touchpoints');
    expect(a.conversions).toBe(attribution.conversions);
    expect(a.models).toEqual(attribution.models);
    const ab = engine.analyses.ab_test;
    if (ab.kind !== 'ok') throw new Error('sample A/B test');
    const abJson = json.analyses.ab_test!.result!;
    expect(abJson.control).toBe(ab.control);
    const pValues = ab.comparisons.map((c) => c.conversion?.pValue);
    expect(pValues.every((p) => typeof p === 'number')).toBe(true);
    expect(
      (abJson.comparisons as { conversion: { pValue: number } | null }[]).map((c) => c.conversion?.pValue),
    ).toEqual(pValues);
  });

  it('writes days as ISO dates and texts in the chosen language, never as raw day numbers or both languages', () => {
    expect(json.period).toEqual({
      start: isoDay(engine.report.period.start),
      end: isoDay(engine.report.period.end),
    });
    const phases = json.analyses.phases!.result!;
    expect(phases.period).toEqual(json.period);
    let days = 0;
    for (const [key, obj] of objects(json.analyses)) {
      expect(Object.keys(obj)).not.toContain('zh-CN');
      for (const field of ['day', 'start', 'end', 'firstDay', 'lastDay']) {
        if (field in obj) {
          expect([key, field, obj[field]]).toEqual([
            key,
            field,
            expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
          ]);
          days++;
        }
      }
    }
    expect(days).toBeGreaterThan(30);
    const notes = json.analyses.funnel!.result!.notes as unknown[];
    for (const n of notes) expect(typeof n).toBe('string');
  });

  it('turns a result into JSON: texts picked, days dated, non-finite numbers null', () => {
    expect(
      jsonValue(
        {
          note: { 'zh-CN': '中', 'en-US': 'en' },
          range: { start: 0, end: 1 },
          burst: { accounts: 3, first: 2, last: 2 },
          phase: { days: 3, first: 0.4 },
          expectedDays: [0],
          z: NaN,
        },
        'zh-CN',
      ),
    ).toEqual({
      note: '中',
      range: { start: '1970-01-01', end: '1970-01-02' },
      burst: { accounts: 3, first: '1970-01-03', last: '1970-01-03' },
      phase: { days: 3, first: 0.4 },
      expectedDays: ['1970-01-01'],
      z: null,
    });
  });

  it('prints one line per analysis without --json, in the chosen language', async () => {
    const run = await runCli(['analyze', file, '--lang', 'zh-CN']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(ANALYSIS_IDS.length + 1);
    expect(lines[0]).toMatch(/^活动阶段：/);
    expect(run.stdout).toContain('多触点归因：已完成');
  });
});

describe('fupan analyze --json: unavailable analyses are listed with their reason', () => {
  const sample = smallSample('zh-CN');
  let dir: string;
  beforeAll(() => {
    dir = tempDir('analyze-missing');
  });

  it('without touchpoints, attribution is unavailable and says what would unlock it', async () => {
    const file = await writeSampleWorkbook(join(dir, 'no-touch.xlsx'), sample, { drop: ['touchpoints'] });
    const json = await analyzeJsonOf([file, '--lang', 'en-US']);
    expect(json.analyses.attribution).toEqual({
      id: 'attribution',
      name: 'Multi-touch attribution',
      status: 'unavailable',
      reason: expect.stringMatching(/touchpoints table.*paths table/),
    });
    expect(Object.keys(json.analyses)).toEqual([...ANALYSIS_IDS]);
  });

  it('a paths table in place of touchpoints feeds attribution', async () => {
    const file = join(dir, 'paths.xlsx');
    await writeSourceWorkbook(file, [
      ...sourceSheets(sample, { drop: ['touchpoints'] }),
      {
        name: '路径',
        header: PATHS_HEADER,
        rows: [
          ['搜索 > 直播', 2, 200, 1],
          ['直播', 1, 50, 2],
          ['搜索 > 短信 > 直播', 1, 100, 0],
        ],
      },
    ]);
    const json = await analyzeJsonOf([file]);
    const a = json.analyses.attribution!;
    expect(a.status).toBe('ok');
    expect(a.result).toMatchObject({ source: 'paths', journeys: 7, conversions: 4, totalValue: 350 });
    expect(json.tables.map((t) => t.kind)).toContain('paths');
  });

  it('a paths-only CSV (ChannelAttribution export) is read as a paths table, every row accounted for', async () => {
    const file = join(dir, 'paths.csv');
    writeFileSync(
      file,
      'path,total_conversions,total_conversion_value,total_null\r\n' +
        'Search > Social > Email,120,18400,2310\r\n' +
        'Social > Search,45,6210,1980\r\n' +
        'Email,30,3150,640\r\n' +
        'Email >,1,10,0\r\n',
    );
    const json = await analyzeJsonOf([file, '--lang', 'en-US']);
    expect(json.tables).toEqual([
      expect.objectContaining({ kind: 'paths', rows_read: 4, rows_used: 3, rows_rejected: 1 }),
    ]);
    expect(json.rejected_rows.rows).toEqual([
      expect.objectContaining({ kind: 'paths', row: 5, column: 'path', code: 'empty_path_step' }),
    ]);
    expect(json.warnings.join('\n')).not.toMatch(/was not read/);
    expect(Object.keys(json.analyses)).toEqual([...ANALYSIS_IDS]);
  });

  it('without orders, a partial campaign: what the other tables support runs, the rest says orders are missing', async () => {
    const file = await writeSampleWorkbook(join(dir, 'no-orders.xlsx'), sample, { drop: ['orders'] });
    const json = await analyzeJsonOf([file, '--lang', 'en-US']);
    expect(Object.keys(json.analyses)).toEqual([...ANALYSIS_IDS]);
    // The sample's touchpoints still give attribution; the decomposition needs orders.
    expect(json.analyses.attribution?.status).toBe('ok');
    expect(json.analyses.decomposition?.status).toBe('unavailable');
    expect(json.analyses.decomposition?.reason).toMatch(/No orders table/);
    expect(json.period).not.toBeNull();
  });
});

describe('fupan analyze: errors', () => {
  it('a bad option is a usage error (2) before the input is read; a missing file is an input error (1)', async () => {
    const usage = await runCli(['analyze', '--json', 'nowhere.xlsx', '--lang', 'fr']);
    expect(usage.code).toBe(2);
    expect(usage.stdout).toBe('');
    const missing = await runCli(['analyze', '--json', join(tempDir('analyze-errors'), 'nowhere.xlsx')]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/^fupan: /);
  });
});

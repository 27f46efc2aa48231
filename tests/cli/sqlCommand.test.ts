import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { analyzeCampaign } from '../../src/core/analyze';
import { ingest } from '../../src/core/ingest';
import { planWorkbook } from '../../src/core/plan/planWorkbook';
import { aggregateAnalysis } from '../../src/core/sql/aggregateAnalysis';
import { loadSqlMapping } from '../../src/cli/sqlCommand';
import { readAggregates } from '../../src/cli/readAggregates';
import { computeKpis } from '../../src/core/metrics/computeKpis';
import { KPI_IDS, type KpiId } from '../../src/core/metrics/kpiIds';
import type { KpiSet } from '../../src/core/metrics/evaluateKpis';
import { isoDay } from '../../src/core/model/day';
import { generateSampleCampaign } from '../../src/core/sample/generateSampleCampaign';
import { DIALECTS } from '../../src/core/sql/dialects';
import { aggregateQueries } from '../../src/core/sql/queries';
import type { SqlMapping } from '../../src/core/sql/mapping';
import { loadCampaign } from '../core/sql/support/campaignTables';
import { tempDir } from './support/sampleFiles';
import { runCli } from './support/runCli';

/** A SqlMapping as the mapping file holds it: Fupan's settings JSON. */
function mappingFile(
  dir: string,
  mapping: SqlMapping,
  targets: readonly { metric: string; value: number }[] = [],
): string {
  const span = (r: { start: number; end: number }) => ({
    start: isoDay(r.start as never),
    end: isoDay(r.end as never),
  });
  const { period, phases, baseline } = mapping.calendar;
  const settings = {
    version: 1,
    tables: Object.entries(mapping.tables).map(([kind, source]) => ({
      sheet: source.table,
      kind,
      columns: source.columns,
    })),
    campaign: {
      period: span(period),
      phases: phases.map((p) => ({ kind: p.kind, ...span(p) })),
      baseline: baseline ? span(baseline) : null,
    },
    targets,
  };
  const file = join(dir, 'mapping.json');
  writeFileSync(file, JSON.stringify(settings));
  return file;
}

/** Paths where two plans differ: numbers to 1e-9 relative (sums in another order), all else exactly. */
function differences(a: unknown, b: unknown, path = ''): string[] {
  if (typeof a === 'number' && typeof b === 'number') {
    const scale = Math.max(Math.abs(a), Math.abs(b), 1e-12);
    return Math.abs(a - b) <= 1e-9 * scale || (Number.isNaN(a) && Number.isNaN(b))
      ? []
      : [`${path}: ${a} vs ${b}`];
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return a === b ? [] : [`${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`];
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].flatMap((k) =>
    differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`),
  );
}

async function readBack(dir: string, file: string) {
  const { mapping } = await loadSqlMapping(file, {}, 'zh-CN');
  return { mapping, rows: await readAggregates(dir, mapping, 'zh-CN') };
}

describe('fupan sql', () => {
  it('prints every query with the aggregate table it writes, in the dialect asked', async () => {
    const run = await runCli([
      'sql',
      '--dialect',
      'spark',
      '--period',
      '2025-11-01..2025-11-11',
      '--lang',
      'en-US',
    ]);
    expect(run.code).toBe(0);
    for (const table of [
      'fupan_order_cube',
      'fupan_traffic_cube',
      'fupan_spend_cube',
      'fupan_buyers',
      'fupan_facts',
    ])
      expect(run.stdout).toContain(`-- writes: ${table}\nWITH`);
    expect(run.stdout).toContain('FROM `orders` o');
    expect(run.stdout).toContain("DATE '2025-11-01' AND DATE '2025-11-11'");
  });

  it('without a mapping, runs on tables orders, traffic and spend holding the default columns', async () => {
    const run = await runCli(['sql', '--period', '2025-11-01..2025-11-02']);
    expect(run.code).toBe(0);
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      await connection.run(`CREATE TABLE orders AS SELECT * FROM (VALUES
        ('A', '2025-11-01 10:00:00', '2025-11-01 10:05:00', 'c1', 100.0, '已付款', 'Search'),
        ('B', '2025-11-02 09:00:00', NULL, 'c1', 40.0, '待付款', 'search ')
      ) AS t(order_id, order_time, pay_time, customer_id, amount, status, channel)`);
      await connection.run(`CREATE TABLE traffic AS SELECT * FROM (VALUES
        ('2025-11-01', 'Search', 50.0), ('2025-11-02', 'Search', 30.0)) AS t(date, channel, uv)`);
      await connection.run(`CREATE TABLE spend AS SELECT * FROM (VALUES
        ('Search', '2025-11-01', 20.0), ('Search', NULL, 5.0)) AS t(channel, date, spend)`);
      const statements = run.stdout.split(';\n').filter((q) => q.includes('SELECT'));
      expect(statements).toHaveLength(5);
      const results = [];
      for (const sql of statements) results.push((await connection.runAndReadAll(sql)).getRowObjectsJS());
      // One channel key for 'Search' and 'search ': the two orders land in its cells of two days.
      expect(results[0]!.map((r) => [r.day, r.channel, r.orders, r.paid_sales])).toEqual(
        expect.arrayContaining([
          ['2025-11-01', 'search', 1n, 100],
          ['2025-11-02', 'search', 1n, 0],
        ]),
      );
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it('refuses an unknown dialect and a bad mapping file, in the language asked', async () => {
    const zh = await runCli(['sql', '--dialect', 'oracle', '--period', '2025-11-01']);
    expect([zh.code, zh.stderr]).toEqual([
      2,
      expect.stringContaining('--dialect 只能是 duckdb、spark、trino'),
    ]);
    const en = await runCli(['sql', '--dialect', 'oracle', '--lang', 'en-US']);
    expect(en.stderr).toContain('--dialect must be one of duckdb, spark, trino, not "oracle"');
    const dir = tempDir('sql');
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{"tables": ');
    const broken = await runCli(['sql', '--mapping', file, '--lang', 'en-US']);
    expect([broken.code, broken.stderr]).toEqual([1, expect.stringContaining('not a JSON object')]);
    writeFileSync(
      file,
      JSON.stringify({ version: 1, tables: [{ sheet: 'o', kind: 'orders', columns: { order_id: 'id' } }] }),
    );
    const incomplete = await runCli(['sql', '--mapping', file]);
    expect(incomplete.code).toBe(2);
    expect(incomplete.stderr).toContain('orders 表缺少必需字段 order_time 的列');
    expect(incomplete.stderr).toContain('没有活动周期');
  });
});

describe('fupan kpis|retro --aggregates: the report from the tables the SQL wrote', () => {
  const raw = generateSampleCampaign({ locale: 'zh-CN', orders: 5_000 }).sheets.map((s) => s.table);
  const data = ingest(raw).data!;
  const dir = join(tempDir('aggregates'), 'cube');
  let file: string;

  beforeAll(async () => {
    mkdirSync(dir);
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      const mapping = await loadCampaign(connection, data);
      // The sample's whole-campaign targets, as typed in the pane.
      const typed = data.targets
        .filter((t) => t.channel === null)
        .map((t) => ({ metric: t.metric, value: t.value }));
      expect(typed.length).toBeGreaterThan(2);
      file = mappingFile(dir, mapping, typed);
      // As a cluster writes them: CSV files with a header, and one table as a folder of Parquet parts.
      for (const query of aggregateQueries(DIALECTS.duckdb, mapping)) {
        if (query.table === 'fupan_buyers') {
          mkdirSync(join(dir, query.table));
          await connection.run(
            `COPY (${query.sql}) TO '${join(dir, query.table, 'part-0.parquet')}' (FORMAT PARQUET)`,
          );
        } else {
          await connection.run(`COPY (${query.sql}) TO '${join(dir, `${query.table}.csv`)}' (HEADER)`);
        }
      }
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it("kpis: equals the engine's KPIs, every KPI of the total, each day and each channel, to 1e-9", async () => {
    const run = await runCli(['kpis', '--aggregates', dir, '--mapping', file, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as {
      kpis: Record<KpiId, number | null>;
      by_day: Record<string, Record<KpiId, number | null>>;
      by_channel: Record<string, Record<KpiId, number | null>>;
      targets: { metric: string; kpi: string | null; actual: number | null; status: string }[];
    };
    const expected = computeKpis(data);
    // The typed targets are read as ingest reads them, and met or missed as the engine says.
    const whole = expected.targets.filter((t) => t.channel === null);
    expect(json.targets.map((t) => [t.metric, t.kpi, t.status])).toEqual(
      whole.map((t) => [t.metric, t.kpi, t.status]),
    );
    expect(
      differences(
        json.targets.map((t) => t.actual),
        whole.map((t) => t.actual.value),
      ),
    ).toEqual([]);
    const diffs: string[] = [];
    const compare = (where: string, e: KpiSet, a: Record<KpiId, number | null> | undefined) => {
      for (const id of KPI_IDS) {
        const x = e[id].value;
        const y = a?.[id] ?? null;
        const ok =
          x === null || y === null
            ? x === y
            : Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y), 1e-12);
        if (!ok) diffs.push(`${where} ${id}: ${x} vs ${y}`);
      }
    };
    compare('total', expected.total.kpis, json.kpis);
    for (const d of expected.byDay) compare(d.iso, d.kpis, json.by_day[d.iso]);
    for (const c of expected.byChannel)
      compare(`channel ${c.channel}`, c.kpis, json.by_channel[c.channel ?? '']);
    expect(diffs).toEqual([]);
    expect(Object.keys(json.by_day)).toHaveLength(expected.byDay.length);
    expect(Object.keys(json.by_channel)).toHaveLength(expected.byChannel.length);
  });

  it('retro: writes the workbook, whose trend sheet is the one the engine plans, cell for cell', async () => {
    const run = await runCli(['retro', '--aggregates', dir, '--mapping', file]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout.trim()).toBe(`→ ${dir}-retro.xlsx`);
    expect(existsSync(`${dir}-retro.xlsx`)).toBe(true);
    const { mapping, rows } = await readBack(dir, file);
    const fromAggregates = aggregateAnalysis(rows, mapping);
    const engine = analyzeCampaign(raw);
    const viaSql = planWorkbook(fromAggregates.ingest, fromAggregates.analysis, 'zh-CN');
    const viaEngine = planWorkbook(engine.ingest, engine.analysis, 'zh-CN');
    const trend = (plan: typeof viaSql) => plan.sheets.find((s) => s.name.includes('趋势'));
    expect(trend(viaSql)).toBeDefined();
    expect(trend(viaSql)).toBeDefined();
    expect(differences(trend(viaSql), trend(viaEngine))).toEqual([]);
    // The diagnostics that need row-level data say so.
    expect(JSON.stringify(viaSql.sheets)).toContain('需要逐行数据');
  });

  it('names a missing aggregate table', async () => {
    const dir = tempDir('aggregates-missing');
    const run = await runCli([
      'kpis',
      '--aggregates',
      dir,
      '--period',
      '2025-11-01..2025-11-11',
      '--lang',
      'en-US',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('has no fupan_order_cube (.csv or .parquet)');
  });
});

describe('fupan kpis|retro --duckdb: the SQL run on the Parquet and CSV files the mapping names', () => {
  const raw = generateSampleCampaign({ locale: 'en-US', orders: 5_000 }).sheets.map((s) => s.table);
  const data = ingest(raw).data!;
  const dir = tempDir('duckdb-files');
  let file: string;

  beforeAll(async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      const loaded = await loadCampaign(connection, data);
      // Orders as a folder of two Parquet parts, traffic as CSV, the others as one Parquet file each.
      const tables: Record<string, { table: string; columns: Record<string, string> }> = {};
      for (const [kind, source] of Object.entries(loaded.tables)) {
        const from = `"${source.table}"`;
        let path: string;
        if (kind === 'orders') {
          path = 'orders';
          mkdirSync(join(dir, path));
          for (const part of [0, 1]) {
            await connection.run(
              `COPY (SELECT * FROM ${from} WHERE hash("${loaded.tables.orders.columns.order_id}") % 2 = ${part}) TO '${join(dir, path, `part-${part}.parquet`)}' (FORMAT PARQUET)`,
            );
          }
        } else if (kind === 'traffic') {
          path = 'traffic.csv';
          await connection.run(`COPY ${from} TO '${join(dir, path)}' (HEADER)`);
        } else {
          path = `${kind}.parquet`;
          await connection.run(`COPY ${from} TO '${join(dir, path)}' (FORMAT PARQUET)`);
        }
        tables[kind] = { table: path, columns: source.columns };
      }
      file = mappingFile(dir, { ...loaded, tables: tables as unknown as SqlMapping['tables'] });
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it("kpis --duckdb equals the engine's KPIs to 1e-9", async () => {
    const run = await runCli(['kpis', '--duckdb', '--mapping', file, '--json', '--lang', 'en-US']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const json = JSON.parse(run.stdout) as { source: string; kpis: Record<KpiId, number | null> };
    expect(json.source).toBe('duckdb');
    const expected = computeKpis(data).total.kpis;
    const diffs = KPI_IDS.flatMap((id) =>
      differences(expected[id].value, json.kpis[id]).map((d) => `${id}${d}`),
    );
    expect(diffs).toEqual([]);
    expect(KPI_IDS.filter((id) => json.kpis[id] !== null).length).toBeGreaterThan(20);
  });

  it('retro --duckdb writes the workbook beside the mapping file', async () => {
    const run = await runCli(['retro', '--duckdb', '--mapping', file, '--lang', 'en-US']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(existsSync(join(dir, 'mapping-retro.xlsx'))).toBe(true);
  });

  it('needs a mapping, and names a file that is not there', async () => {
    const bare = await runCli(['kpis', '--duckdb', '--lang', 'en-US']);
    expect([bare.code, bare.stderr]).toEqual([2, expect.stringContaining('--duckdb needs --mapping')]);
    const elsewhere = join(tempDir('duckdb-missing'), 'mapping.json');
    writeFileSync(
      elsewhere,
      JSON.stringify({
        version: 1,
        tables: [{ sheet: 'nowhere.parquet', kind: 'orders' }],
        campaign: { period: { start: '2025-11-01', end: '2025-11-11' } },
      }),
    );
    const missing = await runCli(['kpis', '--duckdb', '--mapping', elsewhere, '--lang', 'en-US']);
    expect([missing.code, missing.stderr]).toEqual([1, expect.stringContaining('nowhere.parquet')]);
  });
});

import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { ingest } from '../../../src/core/ingest';
import { computeKpis } from '../../../src/core/metrics/computeKpis';
import type { CampaignData } from '../../../src/core/model/campaign';
import { dayFromYmd } from '../../../src/core/model/day';
import { generateSampleCampaign } from '../../../src/core/sample/generateSampleCampaign';
import type { AggregateRows } from '../../../src/core/sql/aggregatesToCubes';
import { aggregatesToReport } from '../../../src/core/sql/aggregatesToReport';
import { DIALECTS, type DialectId } from '../../../src/core/sql/dialects';
import type { SqlMapping } from '../../../src/core/sql/mapping';
import { aggregateQueries } from '../../../src/core/sql/queries';
import { readCsv, readCsvFolder } from '../../../src/xlsx/readCsv';
import type { ReadResult } from '../../../src/xlsx/readResult';
import { buildCampaign } from '../../support/campaignBuilder';
import {
  ORACLE_CAMPAIGNS,
  randomCampaign,
  type RandomCampaignOptions,
} from '../metrics/support/randomCampaign';
import { loadCampaign } from './support/campaignTables';
import { reportDifferences } from './support/compareReports';

/**
 * The KPI contract compiled to SQL gives the engine's numbers: the campaign's tables loaded into DuckDB,
 * the generated queries run, their aggregate rows turned into the report, and every KPI and measure of
 * every group compared with computeKpis to 1e-9. The "spark" text runs through DuckDB too, with only its
 * identifier quotes turned to DuckDB's (backticks are the one spark entry of the table DuckDB cannot read;
 * its text type STRING and its string literals, free of quotes and backslashes here, DuckDB reads as is).
 */

const asDuckDb: Readonly<Record<Exclude<DialectId, 'trino'>, (sql: string) => string>> = {
  duckdb: (sql) => sql,
  spark: (sql) => sql.replace(/`((?:[^`]|``)*)`/g, (_, name: string) => `"${name.replace(/``/g, '`')}"`),
};

async function runAggregates(
  connection: DuckDBConnection,
  dialect: keyof typeof asDuckDb,
  mapping: SqlMapping,
): Promise<AggregateRows> {
  const rows: Record<string, unknown[]> = {};
  for (const query of aggregateQueries(DIALECTS[dialect], mapping)) {
    const result = await connection.runAndReadAll(asDuckDb[dialect](query.sql));
    rows[query.table] = result.getRowObjectsJS();
  }
  return rows as AggregateRows;
}

function equalityCases(
  name: string,
  data: () => CampaignData | Promise<CampaignData>,
  minimumCompared: number,
): void {
  describe(`the generated SQL on DuckDB gives the engine's report: ${name}`, () => {
    let instance: DuckDBInstance;
    let connection: DuckDBConnection;
    let mapping: SqlMapping;
    let campaign: CampaignData;

    beforeAll(async () => {
      campaign = await data();
      instance = await DuckDBInstance.create(':memory:');
      connection = await instance.connect();
      mapping = await loadCampaign(connection, campaign);
    });
    afterAll(() => {
      connection.closeSync();
      instance.closeSync();
    });

    it.each(['duckdb', 'spark'] as const)('%s dialect', async (dialect) => {
      const expected = computeKpis(campaign);
      const actual = aggregatesToReport(
        await runAggregates(connection, dialect, mapping),
        mapping,
        campaign.targets,
      );
      const { compared, diffs } = reportDifferences(expected, actual);
      expect(diffs.slice(0, 20)).toEqual([]);
      expect(compared).toBeGreaterThan(minimumCompared);
    });
  });
}

equalityCases(
  'the sample campaign',
  () => ingest(generateSampleCampaign({ locale: 'zh-CN', orders: 5_000 }).sheets.map((s) => s.table)).data!,
  2000,
);

const SEEDED_CAMPAIGNS: readonly (readonly [string, Partial<RandomCampaignOptions>])[] = [
  ...ORACLE_CAMPAIGNS,
  ['channel noise and categories', { seed: 41, channelNoise: true, categories: 5 }],
];

for (const [name, options] of SEEDED_CAMPAIGNS) {
  equalityCases(`seeded campaign, ${name}`, () => buildCampaign(randomCampaign(options)), 500);
}

/** The public datasets beside the repository (../shared/data, each with its SOURCE.md), as ingest reads them. */
const SHARED = path.join(__dirname, '..', '..', '..', '..', 'shared', 'data');

async function sharedCampaign(read: Promise<ReadResult>): Promise<CampaignData> {
  const result = await read;
  if (!result.ok) throw new Error(result.error.message['en-US']);
  return ingest(result.tables).data!;
}

equalityCases(
  'the Tmall order report (pay time instead of a status, paid amounts net of refunds)',
  () => sharedCampaign(readCsv(path.join(SHARED, 'tmall-orders-2020-02', 'tmall_order_report.csv'))),
  100,
);
equalityCases(
  'the Olist sample (orders, items, payments, customers)',
  () => sharedCampaign(readCsvFolder(path.join(SHARED, 'olist'))),
  100,
);

describe('order rows the SQL leaves out, as ingest rejects them, are counted', () => {
  it('no order time, no amount, an unknown status: out of every sum, counted in fupan_facts', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      await connection.run(`CREATE TABLE orders AS SELECT * FROM (VALUES
        ('A', '2025-11-01 10:00:00', 100.0, '已付款'),
        ('B', NULL, 50.0, 'paid'),
        ('C', '2025-11-01 11:00:00', NULL, 'paid'),
        ('D', '2025-11-01 12:00:00', 70.0, '发货中??'),
        ('E', '2025-11-02 09:00:00', 30.0, NULL)
      ) AS t(order_id, order_time, amount, status)`);
      const columns = { order_id: 'order_id', order_time: 'order_time', amount: 'amount', status: 'status' };
      const day = (d: number) => dayFromYmd(2025, 11, d);
      const mapping: SqlMapping = {
        tables: { orders: { table: 'orders', columns } },
        calendar: { period: { start: day(1), end: day(2) }, phases: [], baseline: null },
      };
      const rows = await runAggregates(connection, 'duckdb', mapping);
      expect(rows.fupan_facts).toEqual([expect.objectContaining({ order_rows: 5n, orders_used: 2n })]);
      const report = aggregatesToReport(rows, mapping);
      // A (paid) and E (an empty status reads as paid, as ingest reads it).
      expect([report.total.kpis.orders.value, report.total.kpis.paid_sales.value]).toEqual([2, 130]);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});

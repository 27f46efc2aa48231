import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { tempDir } from './support/sampleFiles';
import { runCli } from './support/runCli';

// As on an install without the optional dependency: importing it fails.
jest.mock('@duckdb/node-api', () => {
  throw new Error("Cannot find module '@duckdb/node-api'");
});

describe('without @duckdb/node-api', () => {
  it('--duckdb and Parquet aggregates say what to install, in the language asked; CSV needs nothing', async () => {
    const dir = tempDir('no-duckdb');
    const mapping = join(dir, 'mapping.json');
    writeFileSync(
      mapping,
      JSON.stringify({
        version: 1,
        tables: [{ sheet: 'orders.parquet', kind: 'orders' }],
        campaign: { period: { start: '2025-11-01', end: '2025-11-11' } },
      }),
    );
    const en = await runCli(['kpis', '--duckdb', '--mapping', mapping, '--lang', 'en-US']);
    expect([en.code, en.stderr]).toEqual([1, expect.stringContaining('npm install @duckdb/node-api')]);
    const zh = await runCli(['retro', '--duckdb', '--mapping', mapping]);
    expect([zh.code, zh.stderr]).toEqual([1, expect.stringContaining('可选依赖 @duckdb/node-api')]);
    writeFileSync(join(dir, 'fupan_order_cube.parquet'), 'not read');
    const parquet = await runCli(['kpis', '--aggregates', dir, '--mapping', mapping, '--lang', 'en-US']);
    expect([parquet.code, parquet.stderr]).toEqual([1, expect.stringContaining('not installed')]);
  });
});

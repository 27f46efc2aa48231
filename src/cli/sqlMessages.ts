import type { LocalizedText } from '../core/model/text';
import type { MappingProblem } from '../core/sql/mapping';
import { DIALECT_IDS } from '../core/sql/dialects';

/** Messages of `fupan sql` and of `--aggregates`, in both languages. */
export const sqlMessages = {
  badDialect: (dialect: string): LocalizedText => ({
    'zh-CN': `--dialect 只能是 ${DIALECT_IDS.join('、')}，而不是“${dialect}”。`,
    'en-US': `--dialect must be one of ${DIALECT_IDS.join(', ')}, not "${dialect}".`,
  }),
  badMappingFile: (path: string, detail: string): LocalizedText => ({
    'zh-CN': `映射文件“${path}”无法使用：${detail}。它应是复盘设置的 JSON：{"version":1,"tables":[{"sheet":"表名","kind":"orders","columns":{"order_id":"列名"}}],"campaign":{"period":{"start":"2025-11-01","end":"2025-11-11"}}}（见 docs/scale.md）。`,
    'en-US': `The mapping file "${path}" cannot be used: ${detail}. It is Fupan's settings JSON: {"version":1,"tables":[{"sheet":"table","kind":"orders","columns":{"order_id":"column"}}],"campaign":{"period":{"start":"2025-11-01","end":"2025-11-11"}}} (see docs/scale.md).`,
  }),
  notJson: { 'zh-CN': '不是 JSON 对象，或缺少 "version"', 'en-US': 'not a JSON object with a "version"' },
  newerVersion: (version: number): LocalizedText => ({
    'zh-CN': `由更新版本的复盘写入（version ${version}）`,
    'en-US': `written by a newer Fupan (version ${version})`,
  }),
  badPart: (field: string): LocalizedText => ({
    'zh-CN': `“${field}”一项格式不对`,
    'en-US': `its "${field}" part is malformed`,
  }),
  problem: (p: MappingProblem): LocalizedText => {
    switch (p.code) {
      case 'no_orders_table':
        return {
          'zh-CN': '没有订单表（kind 为 "orders" 的表）',
          'en-US': 'no orders table (a table of kind "orders")',
        };
      case 'no_period':
        return {
          'zh-CN': '没有活动周期：请在映射文件的 campaign.period 中给出，或使用 --period',
          'en-US': 'no campaign period: give campaign.period in the mapping file, or --period',
        };
      case 'missing_column':
        return {
          'zh-CN': `${p.kind} 表缺少必需字段 ${p.field} 的列`,
          'en-US': `the ${p.kind} table names no column for the required field ${p.field}`,
        };
      case 'unknown_field':
        return {
          'zh-CN': `${p.kind} 表的字段 ${p.field} 不是 SQL 用到的字段`,
          'en-US': `${p.field} is not a field the SQL reads from the ${p.kind} table`,
        };
    }
  },
  header: (dialect: string): LocalizedText => ({
    'zh-CN': `复盘 KPI 口径的聚合查询（方言：${dialect}）。每条查询写一张聚合表，表结构见 docs/scale.md。`,
    'en-US': `Fupan's KPI contract as aggregate queries (dialect: ${dialect}). Each query writes one aggregate table; schema in docs/scale.md.`,
  }),
  writes: (table: string): LocalizedText => ({ 'zh-CN': `写入：${table}`, 'en-US': `writes: ${table}` }),
  missingAggregate: (dir: string, table: string): LocalizedText => ({
    'zh-CN': `聚合表目录“${dir}”中没有 ${table}（.csv 或 .parquet）。`,
    'en-US': `The aggregates folder "${dir}" has no ${table} (.csv or .parquet).`,
  }),
  badAggregate: (file: string, detail: string): LocalizedText => ({
    'zh-CN': `聚合表“${file}”无法读取：${detail}。`,
    'en-US': `Cannot read the aggregate table "${file}": ${detail}.`,
  }),
  missingColumn: (column: string): LocalizedText => ({
    'zh-CN': `缺少列 ${column}`,
    'en-US': `it has no column ${column}`,
  }),
  duckDbNeedsMapping: {
    'zh-CN': '--duckdb 需要 --mapping：映射文件指出每张表的文件或通配路径（见 docs/scale.md）。',
    'en-US':
      '--duckdb needs --mapping: the mapping file names the file or glob of each table (see docs/scale.md).',
  },
  duckDbMissing: {
    'zh-CN':
      '这一功能需要可选依赖 @duckdb/node-api（npm install @duckdb/node-api）；它没有安装。读取 .xlsx/.csv 或 .csv 聚合表不需要它。',
    'en-US':
      'This needs the optional dependency @duckdb/node-api (npm install @duckdb/node-api), which is not installed. Reading .xlsx/.csv, or .csv aggregates, does not need it.',
  },
  badDataFile: (file: string, detail: string): LocalizedText => ({
    'zh-CN': `数据文件“${file}”无法读取：${detail}。`,
    'en-US': `Cannot read the data file "${file}": ${detail}.`,
  }),
};

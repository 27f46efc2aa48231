import { readFile } from 'node:fs/promises';
import type { CampaignOverride, TableOverride } from '../core/ingest/options';
import { ingest } from '../core/ingest';
import type { Locale } from '../core/locale';
import type { TargetRow } from '../core/model/campaign';
import { typedTargetsTable } from '../core/scan/typedTargets';
import { DIALECTS, isDialectId } from '../core/sql/dialects';
import { sqlMapping, type SqlField, type SqlMapping } from '../core/sql/mapping';
import { aggregateQueries } from '../core/sql/queries';
import { choicesFromSettings } from '../excel/choicesSettings';
import { parseSettings } from '../excel/settingsSchema';
import { CliError, EXIT } from './exitCodes';
import { cliMessages } from './messages';
import { sqlMessages as msg } from './sqlMessages';

/**
 * Without a mapping file: tables named orders, traffic and spend, with the columns most exports have, each
 * named by its field id. Any other column (cost of goods, refunds, flags…) takes a mapping file.
 */
export const DEFAULT_COLUMNS = {
  orders: ['order_id', 'order_time', 'pay_time', 'customer_id', 'amount', 'status', 'channel'],
  traffic: ['date', 'channel', 'uv'],
  spend: ['channel', 'date', 'spend'],
} as const satisfies { readonly [K in 'orders' | 'traffic' | 'spend']: readonly SqlField<K>[] };

const DEFAULT_TABLES: readonly TableOverride[] = (['orders', 'traffic', 'spend'] as const).map((kind) => ({
  sheet: kind,
  kind,
  columns: Object.fromEntries(DEFAULT_COLUMNS[kind].map((field) => [field, field])),
}));

/** What a mapping file gives: the SQL mapping, and the targets typed in the pane. */
export interface SqlSetup {
  readonly mapping: SqlMapping;
  readonly targets: readonly TargetRow[];
}

/**
 * The SQL mapping of a mapping file — Fupan's settings JSON, the form the task pane saves: its tables (the
 * `sheet` of each is the table's name where the data lives) and its campaign calendar — with the period
 * and baseline of the command line winning over the file's.
 */
export async function loadSqlMapping(
  file: string | undefined,
  calendar: Pick<CampaignOverride, 'period' | 'baseline'>,
  locale: Locale,
): Promise<SqlSetup> {
  let tables = DEFAULT_TABLES;
  let campaign: CampaignOverride = {};
  let targets: readonly TargetRow[] = [];
  if (file !== undefined) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      throw new CliError(cliMessages.notFound(file)[locale], EXIT.badInput);
    }
    const parsed = parseSettings(text);
    const warning = parsed.warnings[0];
    if (warning) {
      const detail =
        warning.code === 'settingsCorrupt'
          ? msg.notJson
          : warning.code === 'settingsNewer'
            ? msg.newerVersion(warning.version)
            : msg.badPart(warning.field);
      throw new CliError(msg.badMappingFile(file, detail[locale])[locale], EXIT.badInput);
    }
    const choices = choicesFromSettings(parsed.settings, locale);
    tables = choices.tables;
    campaign = choices.campaign;
    // Targets typed in the pane, read as ingest reads them (the metric names of either language).
    const typed = typedTargetsTable(choices.targets);
    targets = typed ? (ingest([typed]).data?.targets ?? []) : [];
  }
  const result = sqlMapping(tables, {
    ...campaign,
    ...(calendar.period ? { period: calendar.period } : {}),
    ...(calendar.baseline !== undefined ? { baseline: calendar.baseline } : {}),
  });
  if (!result.ok) {
    const detail = result.problems.map((p) => msg.problem(p)[locale]).join(locale === 'zh-CN' ? '；' : '; ');
    throw new CliError(msg.badMappingFile(file ?? '—', detail)[locale], EXIT.usage);
  }
  return { mapping: result.mapping, targets };
}

/** `fupan sql`: the aggregate queries of the KPI contract, to run where the data lives. */
export async function sqlCommand(
  options: { readonly dialect?: string; readonly mapping?: string },
  calendar: Pick<CampaignOverride, 'period' | 'baseline'>,
  locale: Locale,
): Promise<string> {
  const dialect = options.dialect ?? 'duckdb';
  if (!isDialectId(dialect)) throw new CliError(msg.badDialect(dialect)[locale], EXIT.usage);
  const { mapping } = await loadSqlMapping(options.mapping, calendar, locale);
  const queries = aggregateQueries(DIALECTS[dialect], mapping);
  const text = [
    `-- ${msg.header(dialect)[locale]}`,
    '',
    ...queries.map((q) => `-- ${msg.writes(q.table)[locale]}\n${q.sql};\n`),
  ].join('\n');
  process.stdout.write(text);
  return text;
}

import { analyzeCampaign } from '../core/analyze';
import { ingest } from '../core/ingest';
import type { Locale } from '../core/locale';
import type { RawTable } from '../core/model/raw';
import type { LocalizedText } from '../core/model/text';
import { planWorkbook } from '../core/plan/planWorkbook';
import { retroFacts } from '../core/retro/retroFacts';
import { topFindings } from '../core/retro/topFindings';
import { generateSampleCampaign } from '../core/sample/generateSampleCampaign';
import { describeWorkbook } from '../core/scan/describeWorkbook';
import { typedTargetsTable } from '../core/scan/typedTargets';
import {
  HostError,
  type FupanHost,
  type GenerateSummary,
  type ProgressListener,
  type UserChoices,
  type WorkbookScan,
} from '../taskpane/hostPort';
import { choicesFromSettings, settingsFromChoices } from './choicesSettings';
import type { ExcelHost } from './host';
import { insertSourceSheets } from './insertSourceSheets';
import { readWorkbook } from './readWorkbook';
import { loadSettings, saveSettings } from './settings';
import { writePlan } from './writePlan';

const L = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, 'en-US': en });

function cancelled(): HostError {
  return new HostError(
    'cancelled',
    L('已取消：工作簿未被修改。', 'Cancelled: the workbook was not changed.'),
  );
}

/** The tables to analyse: the workbook's, plus the targets typed in the pane when it has no targets table. */
function withTypedTargets(tables: readonly RawTable[], choices: UserChoices): RawTable[] {
  const typed = typedTargetsTable(choices.targets);
  return typed ? [...tables, typed] : [...tables];
}

/**
 * The task pane's port implemented over Office.js: read → analyse → plan → write, with progress and
 * cancellation. Decisions stay in src/core; this only sequences the host calls and reports.
 */
export function createExcelFupanHost(excel: ExcelHost, displayLocale: Locale): FupanHost {
  async function read(
    onProgress: ProgressListener | undefined,
    signal: AbortSignal | undefined,
    span: number,
  ) {
    const result = await readWorkbook(excel, {
      ...(signal ? { signal } : {}),
      onProgress: (p) =>
        onProgress?.({
          step: 'reading',
          fraction:
            (span * (p.source - 1 + (p.rowsTotal > 0 ? p.rowsRead / p.rowsTotal : 1))) /
            Math.max(1, p.sources),
          detail: L(
            `正在读取工作表「${p.sheet}」（${p.rowsRead.toLocaleString('en-US')} 行）`,
            `Reading sheet "${p.sheet}" (${p.rowsRead.toLocaleString('en-US')} rows)`,
          ),
        }),
    });
    if (result.status === 'cancelled') throw cancelled();
    return result.tables;
  }

  return {
    displayLocale,

    async scan(choices, onProgress, signal): Promise<WorkbookScan> {
      const tables = await read(onProgress, signal, 1);
      const all = withTypedTargets(tables, choices);
      const result = ingest(all, { tables: choices.tables, campaign: choices.campaign });
      const description = describeWorkbook(all, result);
      return {
        tables: result.tables,
        unrecognised: description.unrecognised,
        missing: description.missing,
        campaign: result.data?.campaign ?? null,
        targets: result.data?.targets ?? [],
        warnings: result.warnings,
        headers: description.headers,
      };
    },

    async loadChoices() {
      const { settings } = await loadSettings(excel);
      const empty =
        settings.tables.length === 0 &&
        settings.targets.length === 0 &&
        Object.keys(settings.campaign).length === 0;
      return empty && settings.locale === null ? null : choicesFromSettings(settings, displayLocale);
    },

    async saveChoices(choices) {
      const { settings } = await loadSettings(excel);
      await saveSettings(excel, settingsFromChoices(choices, settings));
    },

    async generate(choices, onProgress, signal): Promise<GenerateSummary> {
      const tables = await read(onProgress, signal, 0.4);
      if (signal.aborted) throw cancelled();
      onProgress({ step: 'analysing', fraction: 0.45, detail: L('正在分析…', 'Analysing…') });
      const { ingest: ingested, analysis } = analyzeCampaign(withTypedTargets(tables, choices), {
        ingest: { tables: choices.tables, campaign: choices.campaign },
      });
      if (!analysis) {
        const why = ingested.warnings.map((w) => w.text);
        throw new HostError(
          'no_orders',
          L(
            `没有找到可用的订单表。${why.map((w) => w['zh-CN']).join(' ')} 请在“识别”步骤中指定订单表，或插入示例活动试用。`,
            `No usable orders table was found. ${why.map((w) => w['en-US']).join(' ')} Choose the orders table in the Detect step, or insert the sample campaign to try Fupan.`,
          ),
        );
      }
      const plan = planWorkbook(ingested, analysis, choices.locale);
      const written = await writePlan(excel, plan, {
        signal,
        onProgress: (p) =>
          onProgress({
            step: 'writing',
            fraction: 0.5 + (0.5 * p.index) / Math.max(1, p.total),
            detail: L(
              `正在写入第 ${p.index} / ${p.total} 张表：${p.sheet}`,
              `Writing sheet ${p.index} of ${p.total}: ${p.sheet}`,
            ),
          }),
      });
      if (written.status === 'cancelled') throw cancelled();
      onProgress({ step: 'done', fraction: 1, detail: L('完成', 'Done') });
      const sheets = plan.sheets.map((s) => ({ key: s.key, name: written.sheetNames[s.key] ?? s.name }));
      return {
        verdict: analysis.verdict,
        findings: topFindings(retroFacts(analysis)),
        sheets,
        rejectedRows: ingested.rejected.length,
        qualitySheet: written.sheetNames.quality ?? sheets.find((s) => s.key === 'quality')?.name ?? '',
      };
    },

    async insertSample(locale) {
      const sample = generateSampleCampaign({ locale });
      await insertSourceSheets(
        excel,
        sample.sheets.map((s) => ({
          name: s.name,
          ...(s.table.source.table ? { tableName: s.table.source.table } : {}),
          header: s.table.header,
          rows: s.table.rows,
          ...(s.numberFormats ? { numberFormats: s.numberFormats } : {}),
        })),
      );
    },

    async activateSheet(name) {
      await excel.run({}, async (context) => {
        context.workbook.worksheets.getItem(name).activate();
        await context.sync();
      });
    },
  };
}

import type { Locale } from '../core/locale';
import type { RawTable } from '../core/model/raw';
import type { LocalizedText } from '../core/model/text';
import { generateSampleCampaign } from '../core/sample/generateSampleCampaign';
import { typedTargetsTable } from '../core/scan/typedTargets';
import {
  HostError,
  type FupanHost,
  type GenerateSummary,
  type ProgressListener,
  type UserChoices,
  type WorkbookScan,
} from '../port/hostPort';
import { choicesFromSettings, settingsFromChoices } from './choicesSettings';
import { engineFailureError } from './engineFailure';
import {
  EngineCancelled,
  EngineFailed,
  inlineRunner,
  type EngineProgress,
  type EngineRunner,
} from './engineRunner';
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

/** An engine run, its cancellation and its worker's failures as the pane's HostErrors. */
async function engine<T>(run: Promise<T>): Promise<T> {
  try {
    return await run;
  } catch (error) {
    if (error instanceof EngineCancelled) throw cancelled();
    throw error instanceof EngineFailed ? engineFailureError(error) : error;
  }
}

/** Generate's progress between reading (0–0.4) and writing (0.5–1), per engine phase. */
const ENGINE_SPAN: Readonly<Record<EngineProgress['phase'], readonly [number, number]>> = {
  sending: [0.4, 0.43],
  analysing: [0.43, 0.48],
  planning: [0.48, 0.5],
};

function engineDetail(phase: EngineProgress['phase']): LocalizedText {
  return phase === 'planning' ? L('正在规划工作表…', 'Planning the sheets…') : L('正在分析…', 'Analysing…');
}

/**
 * The task pane's port implemented over Office.js: read → analyse → plan → write, with progress and
 * cancellation. Decisions stay in src/core; this only sequences the host calls and reports. The engine runs
 * where `runner` puts it: in-process by default, in a Web Worker from the task pane (src/taskpane/officeHost).
 */
export function createExcelFupanHost(
  excel: ExcelHost,
  displayLocale: Locale,
  runner: EngineRunner = inlineRunner,
): FupanHost {
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
      const options = { tables: choices.tables, campaign: choices.campaign };
      return engine(runner.scan(all, options, signal ? { signal } : {}));
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
      onProgress({ step: 'analysing', fraction: 0.4, detail: L('正在分析…', 'Analysing…') });
      const result = await engine(
        runner.analyzeAndPlan(
          withTypedTargets(tables, choices),
          { tables: choices.tables, campaign: choices.campaign },
          choices.locale,
          {
            signal,
            onProgress: ({ phase, fraction }) => {
              const [from, to] = ENGINE_SPAN[phase];
              onProgress({
                step: 'analysing',
                fraction: from + (to - from) * fraction,
                detail: engineDetail(phase),
              });
            },
          },
          choices.budgetBound === undefined ? {} : { budgetBounds: { all: choices.budgetBound } },
        ),
      );
      if (result.status === 'no_orders') {
        const why = result.warnings;
        throw new HostError(
          'no_orders',
          L(
            `没有找到可用的订单表。${why.map((w) => w['zh-CN']).join(' ')} 请在“识别”步骤中指定订单表，或插入示例活动试用。`,
            `No usable orders table was found. ${why.map((w) => w['en-US']).join(' ')} Choose the orders table in the Detect step, or insert the sample campaign to try Fupan.`,
          ),
        );
      }
      if (signal.aborted) throw cancelled();
      const { plan } = result;
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
        verdict: result.verdict,
        findings: result.findings,
        sheets,
        rejectedRows: result.rejectedRows,
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

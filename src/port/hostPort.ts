import type { TableOverride, CampaignOverride } from '../core/ingest/options';
import type { Locale } from '../core/locale';
import type { CampaignInfo, IngestWarning, RecognisedTable, TargetRow } from '../core/model/campaign';
import type { TableKind } from '../core/model/tableKinds';
import type { LocalizedText } from '../core/model/text';
import type { SheetKey } from '../core/plan/types';
import type { Verdict } from '../core/retro/verdict';

/**
 * What the task pane needs from its host. In Excel it is implemented over Office.js (src/excel); tests and
 * the end-to-end run implement it over the in-memory Excel fake. The pane never touches Office.js itself.
 * Host-neutral: the pane (src/taskpane) and the host (src/excel) both import this module, which imports
 * only src/core, so the arrows run pane → host → core (docs/architecture.md; eslint.config.cjs keeps them).
 */
export interface FupanHost {
  /** Office's display language, mapped to one of ours. */
  readonly displayLocale: Locale;
  /** Scans the workbook: what was recognised, what is missing, what the campaign looks like. */
  scan(choices: UserChoices, onProgress?: ProgressListener, signal?: AbortSignal): Promise<WorkbookScan>;
  /** The choices saved in the workbook by an earlier run (null when none). */
  loadChoices(): Promise<UserChoices | null>;
  saveChoices(choices: UserChoices): Promise<void>;
  /** Reads, analyses and writes Fupan's sheets. Rejects with a HostError on failure or cancellation. */
  generate(choices: UserChoices, onProgress: ProgressListener, signal: AbortSignal): Promise<GenerateSummary>;
  /** Writes the bundled sample campaign into new sheets. */
  insertSample(locale: Locale): Promise<void>;
  /** Activates (shows) a sheet by name. */
  activateSheet(name: string): Promise<void>;
}

/** Everything the analyst decided in the pane; saved in the workbook so the next run is one click. */
export interface UserChoices {
  readonly locale: Locale;
  readonly tables: readonly TableOverride[];
  readonly campaign: CampaignOverride;
  /** Targets typed in the pane, used when the workbook has no targets table. */
  readonly targets: readonly { readonly metric: string; readonly value: number }[];
  /**
   * How far the next campaign's plan may move each channel's budget (0.3 = ±30 %, 0 to 1); absent: the
   * default, ±30 %.
   */
  readonly budgetBound?: number;
}

export interface UnrecognisedTable {
  readonly sheet: string;
  readonly table?: string;
  /** A1 address of the block, when the sheet holds several. */
  readonly block?: string;
  readonly headers: readonly string[];
  readonly rows: number;
}

export interface WorkbookScan {
  readonly tables: readonly RecognisedTable[];
  readonly unrecognised: readonly UnrecognisedTable[];
  /** Kinds not found, each with what adding it would unlock, as a sentence ("Add a spend table to get …"). */
  readonly missing: readonly { readonly kind: TableKind; readonly unlocks: LocalizedText }[];
  readonly campaign: CampaignInfo | null;
  readonly targets: readonly TargetRow[];
  readonly warnings: readonly IngestWarning[];
  /** Every header of each recognised source table, in sheet order, keyed by `sourceKey(table.source)`. */
  readonly headers: Readonly<Record<string, readonly string[]>>;
}

/**
 * The key of a source table in `WorkbookScan.headers`: the sheet name, then `/` and the Excel table name
 * when there is one, or `/` and the block's address for one of several blocks of a sheet. Sheet names
 * cannot hold `/` and table names cannot look like cell addresses, so keys never collide.
 */
export { sourceKey } from '../core/scan/describeWorkbook';

export type ProgressStep = 'reading' | 'analysing' | 'writing' | 'done';

export interface Progress {
  readonly step: ProgressStep;
  /** 0..1 over the whole run. */
  readonly fraction: number;
  /** e.g. "Reading sheet Orders (120,000 rows)" / "Writing sheet 3 of 8". */
  readonly detail: LocalizedText;
}
export type ProgressListener = (progress: Progress) => void;

export interface Finding {
  readonly kind: 'highlight' | 'shortfall' | 'info';
  readonly text: LocalizedText;
}

export interface GenerateSummary {
  readonly verdict: Verdict;
  /** The most important findings, best first. */
  readonly findings: readonly Finding[];
  readonly sheets: readonly { readonly key: SheetKey; readonly name: string }[];
  readonly rejectedRows: number;
  readonly qualitySheet: string;
}

/** A failure the pane can explain: what happened and what to do next. */
export class HostError extends Error {
  constructor(
    readonly code:
      'cancelled' | 'no_orders' | 'read_failed' | 'write_failed' | 'engine_failed' | 'unsupported',
    readonly text: LocalizedText,
  ) {
    super(text['en-US']);
    this.name = 'HostError';
  }
}

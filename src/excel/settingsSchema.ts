import { isLocale, type Locale } from '../core/locale';
import type { PhaseKind } from '../core/model/campaign';
import { isTableKind, type TableKind } from '../core/model/tableKinds';

/**
 * Fupan's per-workbook settings, as stored (JSON). Dates are 'YYYY-MM-DD' wall-clock days. Bump
 * SETTINGS_VERSION on any incompatible change and add a migration to parseSettings.
 */
export const SETTINGS_VERSION = 1;

/**
 * The analyst's say over one source table — the stored form of core/ingest's TableOverride. The columns
 * named here win over header recognition; the others are recognised as usual.
 */
export interface TableSetting {
  /** Worksheet name, plus the Excel table name when the source is one (absent: every table on the sheet). */
  readonly sheet: string;
  readonly table?: string;
  /** What the table is; 'ignore' leaves it out of the analysis. */
  readonly kind: TableKind | 'ignore';
  /** Field id → header text as written in the source. */
  readonly columns?: Readonly<Record<string, string>>;
  /** A1 address of one block of a sheet that holds several (absent: every block of the sheet). */
  readonly block?: string;
  /** Kind 'campaign' only: the block holds campaign facts as label | value pairs. */
  readonly layout?: 'labelValue';
  /** Kind 'orders' only: the amount is quantity × unit price, from these headers. */
  readonly amountFrom?: { readonly quantity: string; readonly unitPrice: string };
}

export interface DaySpan {
  readonly start: string;
  readonly end: string;
}

export interface PhaseSetting extends DaySpan {
  readonly kind: PhaseKind;
}

/** The stored form of core/ingest's CampaignOverride: a part given wins over the campaign table. */
export interface CampaignSettings {
  readonly name?: string;
  readonly period?: DaySpan;
  readonly phases?: readonly PhaseSetting[];
  /** null: no baseline, whatever the campaign table says. */
  readonly baseline?: DaySpan | null;
}

/** A target typed in the pane, for workbooks without a targets table. */
export interface TargetSetting {
  readonly metric: string;
  readonly value: number;
}

export type OptionValue = string | number | boolean;

export interface FupanSettings {
  readonly version: typeof SETTINGS_VERSION;
  /** null: follow Office's display language. */
  readonly locale: Locale | null;
  readonly tables: readonly TableSetting[];
  readonly campaign: CampaignSettings;
  readonly targets: readonly TargetSetting[];
  readonly options: Readonly<Record<string, OptionValue>>;
}

export const DEFAULT_SETTINGS: FupanSettings = {
  version: SETTINGS_VERSION,
  locale: null,
  tables: [],
  campaign: {},
  targets: [],
  options: {},
};

export type SettingsWarning =
  /** Not JSON, not an object, or no version: defaults are used. */
  | { readonly code: 'settingsCorrupt' }
  /** Written by a newer Fupan: defaults are used, and saving would replace them. */
  | { readonly code: 'settingsNewer'; readonly version: number }
  /** One part did not validate and was dropped; the rest is kept. */
  | { readonly code: 'settingsFieldDropped'; readonly field: string };

export interface ParsedSettings {
  readonly settings: FupanSettings;
  readonly warnings: readonly SettingsWarning[];
}

const PHASES: readonly PhaseKind[] = ['warmup', 'peak', 'tail'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function isDay(v: unknown): v is string {
  if (typeof v !== 'string' || !DAY.test(v)) return false;
  const date = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(v);
}

function span(v: unknown): DaySpan | undefined {
  if (!isObject(v) || !isDay(v.start) || !isDay(v.end) || v.start > v.end) return undefined;
  return { start: v.start, end: v.end };
}

function tableSetting(v: unknown): TableSetting | undefined {
  if (!isObject(v) || typeof v.sheet !== 'string' || v.sheet === '') return undefined;
  if (v.table !== undefined && typeof v.table !== 'string') return undefined;
  if (v.kind !== 'ignore' && !isTableKind(v.kind)) return undefined;
  const columns = v.columns;
  if (
    columns !== undefined &&
    (!isObject(columns) || !Object.values(columns).every((h) => typeof h === 'string'))
  ) {
    return undefined;
  }
  if (v.block !== undefined && (typeof v.block !== 'string' || !BLOCK.test(v.block))) return undefined;
  if (v.layout !== undefined && (v.layout !== 'labelValue' || v.kind !== 'campaign')) return undefined;
  const amountFrom = v.amountFrom;
  if (amountFrom !== undefined && (v.kind !== 'orders' || !isDerivedAmount(amountFrom))) return undefined;
  return {
    sheet: v.sheet,
    ...(typeof v.table === 'string' ? { table: v.table } : {}),
    ...(typeof v.block === 'string' ? { block: v.block } : {}),
    kind: v.kind,
    ...(columns === undefined ? {} : { columns: { ...(columns as Record<string, string>) } }),
    ...(v.layout === 'labelValue' ? { layout: 'labelValue' as const } : {}),
    ...(isDerivedAmount(amountFrom)
      ? { amountFrom: { quantity: amountFrom.quantity, unitPrice: amountFrom.unitPrice } }
      : {}),
  };
}

/** A cell address such as 'A1' or 'XFD1048576'. */
const BLOCK = /^[A-Z]{1,3}[1-9]\d{0,6}$/;

function isDerivedAmount(v: unknown): v is { quantity: string; unitPrice: string } {
  return (
    isObject(v) &&
    typeof v.quantity === 'string' &&
    v.quantity.trim() !== '' &&
    typeof v.unitPrice === 'string' &&
    v.unitPrice.trim() !== ''
  );
}

function target(v: unknown): TargetSetting | undefined {
  if (!isObject(v) || typeof v.metric !== 'string' || v.metric === '') return undefined;
  if (typeof v.value !== 'number' || !Number.isFinite(v.value)) return undefined;
  return { metric: v.metric, value: v.value };
}

/** Each element of an array field through `parse`; a bad element is dropped and named. */
function list<T>(
  value: unknown,
  field: string,
  parse: (v: unknown) => T | undefined,
  drop: (f: string) => void,
): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    drop(field);
    return [];
  }
  const out: T[] = [];
  value.forEach((item, i) => {
    const parsed = parse(item);
    if (parsed === undefined) drop(`${field}[${i}]`);
    else out.push(parsed);
  });
  return out;
}

/** Validates stored settings part by part: a bad part is dropped with a warning, never a crash. */
export function parseSettings(raw: unknown): ParsedSettings {
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return { settings: DEFAULT_SETTINGS, warnings: [{ code: 'settingsCorrupt' }] };
    }
  }
  if (
    !isObject(value) ||
    typeof value.version !== 'number' ||
    !Number.isInteger(value.version) ||
    value.version < 1
  ) {
    return { settings: DEFAULT_SETTINGS, warnings: [{ code: 'settingsCorrupt' }] };
  }
  if (value.version > SETTINGS_VERSION) {
    return { settings: DEFAULT_SETTINGS, warnings: [{ code: 'settingsNewer', version: value.version }] };
  }
  const warnings: SettingsWarning[] = [];
  const drop = (field: string): void => void warnings.push({ code: 'settingsFieldDropped', field });

  let locale: Locale | null = null;
  if (value.locale !== undefined && value.locale !== null) {
    if (isLocale(value.locale)) locale = value.locale;
    else drop('locale');
  }

  const tables = list(value.tables, 'tables', tableSetting, drop);
  const campaign = parseCampaign(value.campaign, drop);
  const targets = list(value.targets, 'targets', target, drop);

  const options: Record<string, OptionValue> = {};
  if (isObject(value.options)) {
    for (const [key, option] of Object.entries(value.options)) {
      if (
        typeof option === 'string' ||
        typeof option === 'boolean' ||
        (typeof option === 'number' && Number.isFinite(option))
      ) {
        options[key] = option;
      } else drop(`options.${key}`);
    }
  } else if (value.options !== undefined) drop('options');

  return { settings: { version: SETTINGS_VERSION, locale, tables, campaign, targets, options }, warnings };
}

function phase(v: unknown): PhaseSetting | undefined {
  const parsed = span(v);
  const kind = isObject(v) ? v.kind : undefined;
  return parsed && PHASES.includes(kind as PhaseKind) ? { ...parsed, kind: kind as PhaseKind } : undefined;
}

function parseCampaign(v: unknown, drop: (field: string) => void): CampaignSettings {
  if (v === undefined) return DEFAULT_SETTINGS.campaign;
  if (!isObject(v)) {
    drop('campaign');
    return DEFAULT_SETTINGS.campaign;
  }
  const out: { name?: string; period?: DaySpan; phases?: PhaseSetting[]; baseline?: DaySpan | null } = {};
  if (typeof v.name === 'string') out.name = v.name;
  else if (v.name !== undefined) drop('campaign.name');
  if (v.period !== undefined) {
    const period = span(v.period);
    if (period) out.period = period;
    else drop('campaign.period');
  }
  if (v.phases !== undefined) out.phases = list(v.phases, 'campaign.phases', phase, drop);
  if (v.baseline === null) out.baseline = null;
  else if (v.baseline !== undefined) {
    const baseline = span(v.baseline);
    if (baseline) out.baseline = baseline;
    else drop('campaign.baseline');
  }
  return out;
}

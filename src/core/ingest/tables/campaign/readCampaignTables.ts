import type { Day } from '../../../model/day';
import { CAMPAIGN_ITEM_CODING, CAMPAIGN_ITEM_ORDER } from '../../read/codings';
import { ROW_USED, type ReadContext } from '../../read/context';
import { rejectDuplicateRows, type SeenRows } from '../../read/duplicateRows';
import { readCoded } from '../../read/readCoded';
import { readTexts } from '../../read/readTexts';
import { readDays } from '../../read/readTimes';
import { CalendarBuilder, rejectIfReversed, type CampaignTableInfo } from './calendarBuilder';
import { readLabelValueBlock } from './labelValue/readLabelValueBlock';

export type { CampaignTableInfo } from './calendarBuilder';

/**
 * Every campaign source, in order: calendar tables — one Campaign row (its name and period), phase rows
 * (warm-up, peak, tail; several of a kind allowed) and one Baseline row — and label–value blocks (活动名称 |
 * 双12, 开始日期 | 2025-12-01, 基准期 | 2025-11-01 ~ 2025-11-30…). A second Campaign or Baseline range is
 * rejected (duplicate_period), as is a range ending before it starts (end_before_start).
 */
export function readCampaignTables(ctxs: readonly ReadContext<'campaign'>[]): CampaignTableInfo | null {
  if (ctxs.length === 0) return null;
  const seen: SeenRows = new Map();
  const calendar = new CalendarBuilder();
  for (const ctx of ctxs) {
    if (ctx.layout === 'labelValue') readLabelValueBlock(ctx, calendar);
    else readCalendarTable(ctx, calendar, seen);
  }
  return calendar.info();
}

function readCalendarTable(ctx: ReadContext<'campaign'>, calendar: CalendarBuilder, seen: SeenRows): void {
  const items = readCoded(ctx, 'item', CAMPAIGN_ITEM_CODING) ?? new Int8Array(ctx.size).fill(-1);
  const names = readTexts(ctx, 'name');
  const starts = readDays(ctx, 'start') ?? new Int32Array(ctx.size).fill(-1);
  const ends = readDays(ctx, 'end') ?? new Int32Array(ctx.size).fill(-1);
  rejectDuplicateRows(ctx, seen);
  for (let i = 0; i < ctx.size; i++) {
    if (ctx.state[i] !== ROW_USED) continue;
    const item = CAMPAIGN_ITEM_ORDER[items[i] ?? -1];
    const range = { start: (starts[i] ?? -1) as Day, end: (ends[i] ?? -1) as Day };
    if (item === undefined) rejectIfReversed(ctx, i, range, ctx.columns.end ?? null);
    else calendar.addRange(ctx, i, item, range, ctx.columns.end ?? null, names?.[i] ?? null);
  }
}

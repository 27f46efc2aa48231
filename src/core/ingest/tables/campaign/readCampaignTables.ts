import type { Phase } from '../../../model/campaign';
import type { DayRange } from '../../../model/day';
import { isoDay, type Day } from '../../../model/day';
import { ingestMessages } from '../../../messages';
import { CAMPAIGN_ITEM_CODING, CAMPAIGN_ITEM_ORDER } from '../../read/codings';
import { rejectRow, ROW_USED, worksheetRow, type ReadContext } from '../../read/context';
import { rejectDuplicateRows, type SeenRows } from '../../read/duplicateRows';
import { readCoded } from '../../read/readCoded';
import { readTexts } from '../../read/readTexts';
import { readDays } from '../../read/readTimes';

/** What the campaign calendar says; each part null when it says nothing about it. */
export interface CampaignTableInfo {
  readonly name: string | null;
  readonly period: DayRange | null;
  readonly baseline: DayRange | null;
  readonly phases: readonly Phase[];
}

/**
 * Every campaign calendar: one Campaign row (its name and period), phase rows (warm-up, peak, tail; several
 * of a kind allowed) and one Baseline row. A second Campaign or Baseline row is rejected (duplicate_period),
 * as is a row ending before it starts (end_before_start).
 */
export function readCampaignTables(ctxs: readonly ReadContext<'campaign'>[]): CampaignTableInfo | null {
  if (ctxs.length === 0) return null;
  const seen: SeenRows = new Map();
  let name: string | null = null;
  let period: { range: DayRange; sheet: string; row: number } | null = null;
  let baseline: { range: DayRange; sheet: string; row: number } | null = null;
  const phases: Phase[] = [];
  for (const ctx of ctxs) {
    const items = readCoded(ctx, 'item', CAMPAIGN_ITEM_CODING) ?? new Int8Array(ctx.size).fill(-1);
    const names = readTexts(ctx, 'name');
    const starts = readDays(ctx, 'start') ?? new Int32Array(ctx.size).fill(-1);
    const ends = readDays(ctx, 'end') ?? new Int32Array(ctx.size).fill(-1);
    rejectDuplicateRows(ctx, seen);
    for (let i = 0; i < ctx.size; i++) {
      if (ctx.state[i] !== ROW_USED) continue;
      const start = (starts[i] ?? -1) as Day;
      const end = (ends[i] ?? -1) as Day;
      if (end < start) {
        rejectRow(ctx, i, 'end_before_start', ctx.columns.end ?? null, (ref) =>
          ingestMessages.endBeforeStart(ref, isoDay(start), isoDay(end)),
        );
        continue;
      }
      const item = CAMPAIGN_ITEM_ORDER[items[i] ?? -1];
      const range: DayRange = { start, end };
      if (item === 'campaign' || item === 'baseline') {
        const first = item === 'campaign' ? period : baseline;
        if (first !== null) {
          rejectRow(ctx, i, 'duplicate_period', ctx.columns.item ?? null, (ref) =>
            ingestMessages.duplicatePeriod(ref, item, first.row, first.sheet),
          );
          continue;
        }
        const found = { range, sheet: ctx.source.sheet, row: worksheetRow(ctx, i) };
        if (item === 'campaign') {
          period = found;
          name = names?.[i] ?? null;
        } else baseline = found;
      } else if (item !== undefined) {
        phases.push({ kind: item, start, end });
      }
    }
  }
  return { name, period: period?.range ?? null, baseline: baseline?.range ?? null, phases };
}

import type { CampaignItem } from '../../../model/fields';
import type { Phase } from '../../../model/campaign';
import { isoDay, type DayRange } from '../../../model/day';
import { ingestMessages } from '../../../messages';
import { rejectRow, worksheetRow, type ReadContext } from '../../read/context';

/** What the campaign sources say; each part null when they say nothing about it. */
export interface CampaignTableInfo {
  readonly name: string | null;
  readonly owner: string | null;
  readonly period: DayRange | null;
  readonly baseline: DayRange | null;
  readonly phases: readonly Phase[];
}

interface Found {
  readonly range: DayRange;
  readonly sheet: string;
  readonly row: number;
}

/** Rejects row `index` when `range` ends before it starts (end_before_start); true when it did. */
export function rejectIfReversed(
  ctx: ReadContext<'campaign'>,
  index: number,
  range: DayRange,
  column: number | null,
): boolean {
  if (range.end >= range.start) return false;
  rejectRow(ctx, index, 'end_before_start', column, (ref) =>
    ingestMessages.endBeforeStart(ref, isoDay(range.start), isoDay(range.end)),
  );
  return true;
}

/**
 * The campaign calendar as its sources (calendar tables, label–value blocks) give it, in source order: the
 * first Campaign and Baseline ranges win, a later one is rejected (duplicate_period); phases add up; a range
 * ending before it starts is rejected (end_before_start).
 */
export class CalendarBuilder {
  private name: string | null = null;
  private owner: string | null = null;
  private period: Found | null = null;
  private baseline: Found | null = null;
  private readonly phases: Phase[] = [];
  private readonly factRows = new Map<'name' | 'owner', { sheet: string; row: number }>();

  /**
   * Records row `index` of `ctx` as giving `item` the dates `range` (and the campaign's name). False when
   * the row is rejected; `column` is the column blamed for an end before the start.
   */
  addRange(
    ctx: ReadContext<'campaign'>,
    index: number,
    item: CampaignItem,
    range: DayRange,
    column: number | null,
    name: string | null = null,
  ): boolean {
    if (rejectIfReversed(ctx, index, range, column)) return false;
    if (item === 'campaign' || item === 'baseline') {
      const first = item === 'campaign' ? this.period : this.baseline;
      if (first !== null) {
        rejectRow(ctx, index, 'duplicate_period', ctx.columns.item ?? null, (ref) =>
          ingestMessages.duplicatePeriod(ref, item, first.row, first.sheet),
        );
        return false;
      }
      const found = { range, sheet: ctx.source.sheet, row: worksheetRow(ctx, index) };
      if (item === 'campaign') {
        this.period = found;
        this.name ??= name;
      } else this.baseline = found;
    } else {
      this.phases.push({ kind: item, start: range.start, end: range.end });
    }
    return true;
  }

  /** Where the campaign's name or owner was first given by a label–value block, if it was. */
  factAt(fact: 'name' | 'owner'): { readonly sheet: string; readonly row: number } | null {
    return this.factRows.get(fact) ?? null;
  }

  /** Records the name or owner of row `index`; the first given wins. */
  setFact(ctx: ReadContext<'campaign'>, index: number, fact: 'name' | 'owner', value: string): void {
    if (this.factRows.has(fact)) return;
    this.factRows.set(fact, { sheet: ctx.source.sheet, row: worksheetRow(ctx, index) });
    if (fact === 'name') this.name ??= value;
    else this.owner ??= value;
  }

  info(): CampaignTableInfo {
    return {
      name: this.name,
      owner: this.owner,
      period: this.period?.range ?? null,
      baseline: this.baseline?.range ?? null,
      phases: this.phases,
    };
  }
}

import type { CampaignItem } from '../../../../model/fields';
import type { Day, DayRange } from '../../../../model/day';
import type { CellValue } from '../../../../model/raw';
import { ingestMessages } from '../../../../messages';
import { isRejectionCode } from '../../../codes';
import { parseDay } from '../../../parse/dateTime';
import { parseDayRange } from '../../../parse/dayRange';
import { isEmptyCell } from '../../../parse/empty';
import type { ParseResult } from '../../../parse/result';
import { cellWord } from '../../../parse/words';
import { rejectRow, ROW_USED, worksheetRow, type ReadContext } from '../../../read/context';
import type { CalendarBuilder } from '../calendarBuilder';
import { parseCampaignLabel } from './campaignLabels';

/** One end of a range given on its own row ('开始日期 | 2025-12-01'), waiting for the other end. */
interface HalfRange {
  readonly day: Day;
  readonly index: number;
  readonly label: string;
}

/**
 * Campaign facts written as label | value pairs, one per row: the name and owner; the campaign, baseline
 * and phase dates as one range cell ('2025-11-01 ~ 2025-11-30'), as two cells (label | start | end), or as a
 * start row and an end row ('基准期开始' | …, '基准期结束' | …). Every row is used or rejected: an unknown
 * label (unknown_label), a label without a value (missing_value), a repeated label (duplicate_label), a value
 * that is no date, an end without its start, and the calendar's own checks (see CalendarBuilder).
 */
export function readLabelValueBlock(ctx: ReadContext<'campaign'>, calendar: CalendarBuilder): void {
  const halves = new Map<CampaignItem, { start?: HalfRange; end?: HalfRange }>();
  for (let i = 0; i < ctx.size; i++) {
    if (ctx.state[i] !== ROW_USED) continue;
    const row = ctx.rows[i] ?? [];
    const label = cellWord(row[0] ?? null);
    const meaning = parseCampaignLabel(label);
    if (meaning === null) {
      rejectRow(ctx, i, 'unknown_label', null, (ref) => ingestMessages.unknownLabel(ref, label));
      continue;
    }
    const value = row[1] ?? null;
    const extra = row[2] ?? null;
    if (isEmptyCell(value) && isEmptyCell(extra)) {
      rejectRow(ctx, i, 'missing_value', null, (ref) => ingestMessages.labelWithoutValue(ref, label));
      continue;
    }
    if (meaning.fact !== 'dates') {
      const first = calendar.factAt(meaning.fact);
      if (first !== null) {
        rejectRow(ctx, i, 'duplicate_label', null, (ref) =>
          ingestMessages.duplicateLabel(ref, label, first.row, first.sheet),
        );
      } else calendar.setFact(ctx, i, meaning.fact, cellWord(value));
      continue;
    }
    if (meaning.part === 'range') {
      const range = isEmptyCell(extra) ? parseDayRange(value) : twoCells(value, extra);
      if (!range.ok || range.value === null) {
        const shownValue = range.ok ? '' : range.problem.value;
        rejectRow(ctx, i, range.ok ? 'missing_value' : range.problem.code, null, (ref) =>
          ingestMessages.notADayRange(ref, label, shownValue),
        );
      } else calendar.addRange(ctx, i, meaning.item, range.value, null);
      continue;
    }
    const day = parseDay(value);
    if (!day.ok || day.value === null) {
      const shownValue = day.ok ? cellWord(extra) : day.problem.value;
      rejectRow(ctx, i, day.ok ? 'missing_value' : day.problem.code, null, (ref) =>
        ingestMessages.notADayRange(ref, label, shownValue),
      );
      continue;
    }
    const slot = halves.get(meaning.item) ?? {};
    const first = slot[meaning.part];
    if (first !== undefined) {
      const firstRow = worksheetRow(ctx, first.index);
      rejectRow(ctx, i, 'duplicate_label', null, (ref) =>
        ingestMessages.duplicateLabel(ref, label, firstRow),
      );
      continue;
    }
    const half = { day: day.value, index: i, label };
    const start = meaning.part === 'start' ? half : slot.start;
    const end = meaning.part === 'end' ? half : slot.end;
    if (start === undefined || end === undefined) {
      halves.set(meaning.item, { ...slot, [meaning.part]: half });
      continue;
    }
    halves.delete(meaning.item);
    pairUp(ctx, calendar, meaning.item, start, end);
  }
  for (const { start, end } of halves.values()) {
    const lone = start ?? end;
    if (lone === undefined) continue;
    rejectRow(ctx, lone.index, 'missing_value', null, (ref) =>
      ingestMessages.halfDateRange(ref, lone.label, start === undefined ? 'start' : 'end'),
    );
  }
}

/** A start row and an end row make one range; when the calendar refuses it, both rows are rejected alike. */
function pairUp(
  ctx: ReadContext<'campaign'>,
  calendar: CalendarBuilder,
  item: CampaignItem,
  start: HalfRange,
  end: HalfRange,
): void {
  const later = Math.max(start.index, end.index);
  const earlier = Math.min(start.index, end.index);
  const range: DayRange = { start: start.day, end: end.day };
  if (calendar.addRange(ctx, later, item, range, null)) return;
  const refused = ctx.rejected[ctx.rejected.length - 1];
  if (refused !== undefined && isRejectionCode(refused.code))
    rejectRow(ctx, earlier, refused.code, null, () => refused.reason);
}

function twoCells(start: CellValue, end: CellValue): ParseResult<DayRange> {
  const a = parseDay(start);
  if (!a.ok) return a;
  const b = parseDay(end);
  if (!b.ok) return b;
  if (a.value === null || b.value === null) return { ok: true, value: null };
  return { ok: true, value: { start: a.value, end: b.value } };
}

import type { DayRange } from '../../model/day';
import type { CellValue } from '../../model/raw';
import { parseDay } from './dateTime';
import { isPlaceholder } from './empty';
import { toHalfWidth } from './halfWidth';
import { EMPTY, parsed, problem, type ParseResult } from './result';

/** Separators between two dates that no date format uses: '~', '至', '到', long dashes, 'to'. */
const RANGE_SEPARATOR = /\s*(?:~|〜|至|到|—|–|\bto\b|\s-\s)\s*/i;

/**
 * A day range in one cell: '2025-11-01 ~ 2025-11-30', '2025/11/01至2025/11/30', '2025-11-01 - 2025-11-30',
 * '2025-11-01-2025-11-30', or one date (a one-day range). An Excel date is a one-day range. The range may
 * end before it starts: the caller says so with its row.
 */
export function parseDayRange(cell: CellValue): ParseResult<DayRange> {
  if (typeof cell !== 'string') {
    const day = parseDay(cell);
    if (!day.ok || day.value === null) return day.ok ? EMPTY : day;
    return parsed({ start: day.value, end: day.value });
  }
  const text = toHalfWidth(cell).trim();
  if (text === '' || isPlaceholder(text)) return EMPTY;
  const parts = text.split(RANGE_SEPARATOR);
  if (parts.length === 2) {
    const range = bothDays(parts[0] ?? '', parts[1] ?? '');
    return range === null ? problem('not_a_date', text) : parsed(range);
  }
  const one = parseDay(text);
  if (one.ok && one.value !== null) return parsed({ start: one.value, end: one.value });
  // Dates joined by a bare '-', which dates themselves use: try each '-' as the separator.
  for (let at = text.indexOf('-'); at > 0; at = text.indexOf('-', at + 1)) {
    const range = bothDays(text.slice(0, at), text.slice(at + 1));
    if (range !== null) return parsed(range);
  }
  return problem('not_a_date', text);
}

function bothDays(a: string, b: string): DayRange | null {
  const start = parseDay(a.trim());
  const end = parseDay(b.trim());
  if (!start.ok || !end.ok || start.value === null || end.value === null) return null;
  return { start: start.value, end: end.value };
}

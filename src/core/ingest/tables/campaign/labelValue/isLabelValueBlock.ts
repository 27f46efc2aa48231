import type { CellValue } from '../../../../model/raw';
import { recogniseTable } from '../../../headers/recogniseTable';
import { isBlankCell } from '../../../parse/empty';
import { parseCampaignLabel } from './campaignLabels';

/** A label–value block is short: past this many rows a block is a table, whatever its first column says. */
export const MAX_LABEL_VALUE_ROWS = 200;
/** Labels Fupan must know before it takes a block for campaign facts rather than a small table. */
const MIN_KNOWN_LABELS = 2;

/**
 * Whether `rows` (dense from the block's first column) are campaign facts written as label | value pairs:
 * two or three columns (label, value, and an optional end date), a text label on every row, at least two
 * labels Fupan knows and no fewer known than unknown, and a first row that is not a table header (a
 * campaign calendar 阶段 | 开始日期 | 结束日期 has known words in its first column too).
 */
export function isLabelValueBlock(rows: readonly (readonly CellValue[])[]): boolean {
  if (rows.length > MAX_LABEL_VALUE_ROWS) return false;
  let known = 0;
  let unknown = 0;
  for (const row of rows) {
    let last = -1;
    for (let j = 0; j < row.length; j++) if (!isBlankCell(row[j])) last = j;
    if (last < 0) continue;
    if (last > 2) return false;
    const label = row[0];
    if (typeof label !== 'string' || isBlankCell(label)) return false;
    if (parseCampaignLabel(label) === null) unknown++;
    else known++;
  }
  if (known < MIN_KNOWN_LABELS || known < unknown) return false;
  const first = rows.find((row) => row.some((cell) => !isBlankCell(cell))) ?? [];
  return recogniseTable({ header: first, source: { sheet: '', headerRow: 0, firstColumn: 0 } }).kind === null;
}

import type { RawTable } from '../../../../model/raw';
import type { TableOverride } from '../../../options';
import { isLabelValueBlock, MAX_LABEL_VALUE_ROWS } from './isLabelValueBlock';

/**
 * Whether ingest reads `raw` as campaign facts in label | value pairs: the user said so, or (without an
 * override, or with only the kind 'campaign') the block reads as one (isLabelValueBlock, which passes campaign calendars with a header by).
 */
export function readsAsLabelValue(raw: RawTable, override: TableOverride | undefined): boolean {
  if (override?.layout === 'labelValue') return override.kind === 'campaign';
  // A user who only named the kind 'campaign' gets the block read the way it is laid out.
  if (override !== undefined && (override.kind !== 'campaign' || override.columns !== undefined))
    return false;
  if (raw.header.length > 3 || raw.rows.length >= MAX_LABEL_VALUE_ROWS) return false;
  return isLabelValueBlock([raw.header, ...raw.rows]);
}

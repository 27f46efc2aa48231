/**
 * For rows (in table order) of units with their times, which row each unit keeps: its earliest, the higher
 * one in the table when times are equal or absent (a row without a time comes after any timed row). Rows
 * with `keep[i] === false` are each unit's extra rows.
 */
export function firstRowPerUnit(
  units: Int32Array,
  times: Float64Array,
  unitCount: number,
): { readonly keep: Uint8Array; readonly keptRow: Int32Array; readonly repeatedUnits: number } {
  const keptRow = new Int32Array(unitCount).fill(-1);
  const rowsOfUnit = new Int32Array(unitCount);
  const at = (i: number): number => {
    const t = times[i] as number;
    return Number.isNaN(t) ? Infinity : t;
  };
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as number;
    rowsOfUnit[u] = (rowsOfUnit[u] as number) + 1;
    const kept = keptRow[u] as number;
    if (kept < 0 || at(i) < at(kept)) keptRow[u] = i;
  }
  const keep = new Uint8Array(units.length);
  for (let u = 0; u < unitCount; u++) {
    const kept = keptRow[u] as number;
    if (kept >= 0) keep[kept] = 1;
  }
  let repeatedUnits = 0;
  for (let u = 0; u < unitCount; u++) if ((rowsOfUnit[u] as number) > 1) repeatedUnits++;
  return { keep, keptRow, repeatedUnits };
}

import { HEADLINE_KPIS, type HeadlineReport, type HeadlineValues } from './headline';

export const RELATIVE_TOLERANCE = 1e-9;

export interface Agreement {
  readonly ok: boolean;
  /** Values compared (group × KPI). */
  readonly compared: number;
  readonly mismatches: readonly string[];
}

/** Every headline value of `theirs` equals `ours`: both null, or within 1e-9 relative; same groups. */
export function agreement(ours: HeadlineReport, theirs: HeadlineReport): Agreement {
  const mismatches: string[] = [];
  let compared = 0;
  const check = (where: string, a: HeadlineValues | undefined, b: HeadlineValues | undefined): void => {
    if (a === undefined || b === undefined) {
      mismatches.push(`${where}: only in ${a === undefined ? 'theirs' : 'ours'}`);
      return;
    }
    for (const id of HEADLINE_KPIS) {
      compared++;
      const x = a[id];
      const y = b[id];
      if (x === null || y === null) {
        if (x !== y) mismatches.push(`${where} ${id}: ${x} vs ${y}`);
        continue;
      }
      const scale = Math.max(Math.abs(x), Math.abs(y), 1e-12);
      if (Math.abs(x - y) > RELATIVE_TOLERANCE * scale) mismatches.push(`${where} ${id}: ${x} vs ${y}`);
    }
  };
  check('total', ours.total, theirs.total);
  for (const day of new Set([...ours.byDay.keys(), ...theirs.byDay.keys()])) {
    check(`day ${day}`, ours.byDay.get(day), theirs.byDay.get(day));
  }
  for (const key of new Set([...ours.byChannel.keys(), ...theirs.byChannel.keys()])) {
    check(`channel "${key}"`, ours.byChannel.get(key), theirs.byChannel.get(key));
  }
  return { ok: mismatches.length === 0, compared, mismatches: mismatches.slice(0, 10) };
}

import type { ExperimentPageRule, ExperimentTable } from '../../../model/campaign';
import { MS_PER_DAY } from '../../../model/day';
import { ingestMessages } from '../../../messages';
import { CONVERTED_CODING } from '../../read/codings';
import { rejectRow, usedRows, warn, worksheetRow, type ReadContext } from '../../read/context';
import { createDictionary, dictValues } from '../../read/dictionary';
import { readCoded } from '../../read/readCoded';
import { readDict } from '../../read/readDict';
import { readNumbers } from '../../read/readNumbers';
import { readTimes } from '../../read/readTimes';
import { firstRowPerUnit } from './firstRowPerUnit';
import { pagePairing } from './pagePairing';

/**
 * Every experiment log, cleaned to one row per unit:
 *
 *   read     unit, time, group, page, converted flag / value (unreadable cells reject their row)
 *   page     each group's most frequent page is its page (pagePairing); rows showing another page are
 *            rejected (group_page_mismatch), when the pages pair one to one with the groups
 *   units    each unit keeps its earliest remaining row (firstRowPerUnit); the others are rejected
 *            (repeated_unit)
 *
 * Each rule that excluded rows adds one warning with its counts and the rule; every excluded row is a
 * rejected row. A unit converts on a converted flag, or on a conversion value above 0 when its table has
 * no flag. An empty flag rejects the row (no outcome); an empty value reads as not converted.
 */
export function readExperiment(ctxs: readonly ReadContext<'experiment'>[]): ExperimentTable | null {
  if (ctxs.length === 0) return null;
  const unitDict = createDictionary();
  const groupDict = createDictionary();
  const pageDict = createDictionary();
  const parts = ctxs.map((ctx) => ({
    ctx,
    unit: readDict(ctx, 'unit_id', unitDict),
    time: readTimes(ctx, 'time'),
    group: readDict(ctx, 'group', groupDict),
    page: readDict(ctx, 'page', pageDict),
    converted: readCoded(ctx, 'converted', CONVERTED_CODING, 'required'),
    value: readNumbers(ctx, 'value'),
  }));

  // The used rows of every table, end to end: part and row index, and each column's value.
  const keeps = parts.map((p) => usedRows(p.ctx));
  const size = keeps.reduce((n, k) => n + k.length, 0);
  const partOf = new Int32Array(size);
  const rowOf = new Int32Array(size);
  const unit = new Int32Array(size);
  const time = new Float64Array(size);
  const group = new Int32Array(size);
  const page = new Int32Array(size);
  const converted = new Uint8Array(size);
  const value = new Float64Array(size);
  let at = 0;
  parts.forEach((p, k) => {
    for (const r of keeps[k] as Int32Array) {
      partOf[at] = k;
      rowOf[at] = r;
      unit[at] = p.unit?.codes[r] ?? -1;
      time[at] = p.time?.[r] ?? NaN;
      group[at] = p.group?.codes[r] ?? -1;
      page[at] = p.page?.codes[r] ?? -1;
      value[at] = p.value?.[r] ?? NaN;
      converted[at] = p.converted ? (p.converted[r] === 1 ? 1 : 0) : (value[at] as number) > 0 ? 1 : 0;
      at++;
    }
  });
  const groups = dictValues(groupDict);
  const pages = dictValues(pageDict);
  const units = dictValues(unitDict);
  const sheets = ctxs.map((ctx) => ctx.source.sheet);
  const first = ctxs[0] as ReadContext<'experiment'>;
  const alive = new Uint8Array(size).fill(1);

  let pageRule: ExperimentPageRule = { kind: 'no_page' };
  let mismatchedRows = 0;
  if (parts.some((p) => p.page !== null)) {
    const pairing = pagePairing(group, page, groups, pages);
    const rule = pairing.rule;
    pageRule = rule;
    if (rule.kind === 'not_paired') {
      warn(first, 'experiment_page_not_paired', ingestMessages.experimentPageNotPaired(sheets));
    } else {
      for (let i = 0; i < size; i++) {
        const expected = pairing.pageOfGroup[group[i] as number] as number;
        const seen = page[i] as number;
        if (seen < 0 || seen === expected) continue;
        alive[i] = 0;
        mismatchedRows++;
        const ctx = (parts[partOf[i] as number] as (typeof parts)[number]).ctx;
        rejectRow(ctx, rowOf[i] as number, 'group_page_mismatch', ctx.columns.page ?? null, (ref) =>
          ingestMessages.groupPageMismatch(
            ref,
            groups[group[i] as number] as string,
            pages[seen] as string,
            pages[expected] as string,
          ),
        );
      }
      if (mismatchedRows > 0)
        warn(
          first,
          'experiment_page_mismatch',
          ingestMessages.experimentPageMismatch(sheets, mismatchedRows, rule.pairs),
        );
    }
  }

  const remaining = Int32Array.from(
    alive.reduce<number[]>((out, a, i) => (a ? (out.push(i), out) : out), []),
  );
  const pick = <T extends Int32Array | Float64Array>(column: T, into: T): T => {
    for (let k = 0; k < remaining.length; k++) into[k] = column[remaining[k] as number] as number;
    return into;
  };
  const firsts = firstRowPerUnit(
    pick(unit, new Int32Array(remaining.length)),
    pick(time, new Float64Array(remaining.length)),
    units.length,
  );
  let extraRows = 0;
  for (let k = 0; k < remaining.length; k++) {
    if (firsts.keep[k]) continue;
    const i = remaining[k] as number;
    extraRows++;
    alive[i] = 0;
    const kept = remaining[firsts.keptRow[unit[i] as number] as number] as number;
    const keptCtx = (parts[partOf[kept] as number] as (typeof parts)[number]).ctx;
    const ctx = (parts[partOf[i] as number] as (typeof parts)[number]).ctx;
    rejectRow(ctx, rowOf[i] as number, 'repeated_unit', ctx.columns.unit_id ?? null, (ref) =>
      ingestMessages.repeatedUnit(
        ref,
        units[unit[i] as number] as string,
        worksheetRow(keptCtx, rowOf[kept] as number),
      ),
    );
  }
  if (extraRows > 0)
    warn(
      first,
      'experiment_repeated_units',
      ingestMessages.experimentRepeatedUnits(sheets, firsts.repeatedUnits, extraRows),
    );

  const kept: number[] = [];
  for (let i = 0; i < size; i++) if (alive[i]) kept.push(i);
  const n = kept.length;
  const out = {
    group: new Int32Array(n),
    page: new Int32Array(n),
    day: new Int32Array(n),
    converted: new Uint8Array(n),
    value: new Float64Array(n),
  };
  kept.forEach((i, k) => {
    out.group[k] = group[i] as number;
    out.page[k] = page[i] as number;
    const t = time[i] as number;
    out.day[k] = Number.isNaN(t) ? -1 : Math.floor(t / MS_PER_DAY);
    out.converted[k] = converted[i] as number;
    out.value[k] = value[i] as number;
  });
  return {
    size: n,
    group: { codes: out.group, values: groups },
    page: parts.some((p) => p.page !== null) ? { codes: out.page, values: pages } : null,
    day: out.day,
    converted: out.converted,
    outcome: parts.some((p) => p.converted !== null) ? 'flag' : 'value',
    value: parts.some((p) => p.value !== null) ? out.value : null,
    cleaning: { pageRule, mismatchedRows, repeatedUnits: firsts.repeatedUnits, extraRows },
  };
}

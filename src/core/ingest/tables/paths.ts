import type { PathsTable } from '../../model/campaign';
import { ingestMessages } from '../../messages';
import { pathSeparator, pathSteps } from '../parse/pathSteps';
import { rejectRow, usedRows, ROW_USED, type ReadContext } from '../read/context';
import { createDictionary, dictValues, type Dictionary } from '../read/dictionary';
import { rejectDuplicateRows, type SeenRows } from '../read/duplicateRows';
import { readNumbers } from '../read/readNumbers';
import { readTexts } from '../read/readTexts';

interface PathsPart {
  readonly size: number;
  readonly steps: readonly (readonly number[])[];
  readonly conversions: Float64Array;
  readonly value: Float64Array | null;
  readonly nulls: Float64Array | null;
}

/**
 * Every aggregated paths table. A row is rejected when its path is empty or has an empty step, when a count
 * or the value is not a number or is negative, or when it repeats an earlier row in every column. An empty
 * value or non-conversion count reads as 0.
 */
export function readPaths(ctxs: readonly ReadContext<'paths'>[]): PathsTable | null {
  if (ctxs.length === 0) return null;
  const channels = createDictionary();
  const seen: SeenRows = new Map();
  const parts = ctxs.map((ctx) => readPart(ctx, channels, seen));
  const size = parts.reduce((n, p) => n + p.size, 0);
  const offsets = new Int32Array(size + 1);
  const stepList: number[] = [];
  const conversions = new Float64Array(size);
  const anyValue = parts.some((p) => p.value !== null);
  const anyNulls = parts.some((p) => p.nulls !== null);
  const value = anyValue ? new Float64Array(size) : null;
  const nulls = anyNulls ? new Float64Array(size) : null;
  let row = 0;
  for (const part of parts) {
    for (let k = 0; k < part.size; k++, row++) {
      for (const c of part.steps[k] ?? []) stepList.push(c);
      offsets[row + 1] = stepList.length;
      conversions[row] = part.conversions[k] as number;
      if (value) value[row] = zeroIfEmpty(part.value?.[k]);
      if (nulls) nulls[row] = zeroIfEmpty(part.nulls?.[k]);
    }
  }
  return {
    size,
    channels: dictValues(channels),
    offsets,
    steps: Int32Array.from(stepList),
    conversions,
    value,
    nulls,
  };
}

function zeroIfEmpty(x: number | undefined): number {
  return x === undefined || Number.isNaN(x) ? 0 : x;
}

function readPart(ctx: ReadContext<'paths'>, channels: Dictionary, seen: SeenRows): PathsPart {
  const texts = readTexts(ctx, 'path');
  const conversions = readNumbers(ctx, 'conversions');
  const value = readNumbers(ctx, 'value');
  const nulls = readNumbers(ctx, 'nulls');
  for (const [column, field] of [
    [conversions, 'conversions'],
    [value, 'value'],
    [nulls, 'nulls'],
  ] as const) {
    if (column === null) continue;
    for (let i = 0; i < ctx.size; i++) {
      const x = column[i] as number;
      if (ctx.state[i] === ROW_USED && x < 0)
        rejectRow(ctx, i, 'negative_value', ctx.columns[field] ?? null, (ref) =>
          ingestMessages.negativeValue(ref, x),
        );
    }
  }
  const separator = texts === null ? null : pathSeparator(texts);
  const steps: (number[] | null)[] = new Array<number[] | null>(ctx.size).fill(null);
  for (let i = 0; i < ctx.size; i++) {
    const text = texts?.[i] ?? null;
    if (ctx.state[i] !== ROW_USED || text === null) continue;
    const names = pathSteps(text, separator);
    if (names === null)
      rejectRow(ctx, i, 'empty_path_step', ctx.columns.path ?? null, (ref) =>
        ingestMessages.emptyPathStep(ref, text),
      );
    else steps[i] = names.map((name) => channels.encode(name));
  }
  rejectDuplicateRows(ctx, seen);
  const keep = usedRows(ctx);
  const pick = (column: Float64Array | null) => column && Float64Array.from(keep, (i) => column[i] as number);
  return {
    size: keep.length,
    steps: Array.from(keep, (i) => steps[i] ?? []),
    conversions: pick(conversions) ?? new Float64Array(keep.length),
    value: pick(value),
    nulls: pick(nulls),
  };
}

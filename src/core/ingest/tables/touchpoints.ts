import type { DictColumn, TouchpointsTable } from '../../model/campaign';
import { joinDicts, joinInts, joinNumbers } from '../read/concat';
import { usedRows, type ReadContext } from '../read/context';
import { CONVERTED_CODING } from '../read/codings';
import { createDictionary, dictValues } from '../read/dictionary';
import { rejectDuplicateRows, type SeenRows } from '../read/duplicateRows';
import { pickDict, pickInts, pickNumbers } from '../read/pick';
import { readCoded } from '../read/readCoded';
import { readDict } from '../read/readDict';
import { readNumbers } from '../read/readNumbers';
import { readTimes } from '../read/readTimes';

interface TouchpointsPart {
  readonly size: number;
  readonly pathId: DictColumn | null;
  readonly time: Float64Array | null;
  readonly channel: DictColumn | null;
  readonly conversion: Int32Array | null;
  readonly value: Float64Array | null;
}

/** Every touchpoints table. An empty or absent conversion flag reads as "not converted". */
export function readTouchpoints(ctxs: readonly ReadContext<'touchpoints'>[]): TouchpointsTable | null {
  if (ctxs.length === 0) return null;
  const paths = createDictionary();
  const channels = createDictionary();
  const seen: SeenRows = new Map();
  const parts = ctxs.map((ctx): TouchpointsPart => {
    const pathId = readDict(ctx, 'path_id', paths);
    const time = readTimes(ctx, 'time');
    const channel = readDict(ctx, 'channel', channels);
    const conversion = readCoded(ctx, 'conversion', CONVERTED_CODING);
    const value = readNumbers(ctx, 'value');
    rejectDuplicateRows(ctx, seen);
    const keep = usedRows(ctx);
    return {
      size: keep.length,
      pathId: pathId && pickDict(pathId, keep),
      time: time && pickNumbers(time, keep),
      channel: channel && pickDict(channel, keep),
      conversion: conversion && pickInts(Int32Array.from(conversion), keep),
      value: value && pickNumbers(value, keep),
    };
  });
  const converted = joinInts(parts, (p) => p.conversion, 0);
  const size = parts.reduce((n, p) => n + p.size, 0);
  const conversion = new Uint8Array(size);
  if (converted !== null) for (let i = 0; i < size; i++) conversion[i] = converted[i] === 1 ? 1 : 0;
  return {
    size,
    pathId: joinDicts(parts, (p) => p.pathId, dictValues(paths)) ?? { codes: new Int32Array(0), values: [] },
    time: joinNumbers(parts, (p) => p.time) ?? new Float64Array(0),
    channel: joinDicts(parts, (p) => p.channel, dictValues(channels)) ?? {
      codes: new Int32Array(0),
      values: [],
    },
    conversion,
    value: joinNumbers(parts, (p) => p.value),
  };
}

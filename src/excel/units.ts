import { jsonBytes, PAYLOAD_TARGET_BYTES } from './payload';
import { formatRowBytes, OP_BYTES, type Step } from './sheetSteps';

/** Steps bound for one sync. */
export interface Unit {
  readonly steps: readonly Step[];
  readonly bytes: number;
}

/**
 * The first rows of a cell or number-format step that fit in `room` bytes, and the rest. Other steps do not
 * split. `head` is undefined when not even one row fits.
 */
function takeRows(step: Step, room: number): { head?: Step; tail?: Step } {
  if (step.kind === 'cells' && step.inputs.length > 1) {
    let size = OP_BYTES + 2;
    let rows = 0;
    for (const cells of step.inputs) {
      const rowBytes = jsonBytes(cells) + 1;
      if (size + rowBytes > room) break;
      size += rowBytes;
      rows++;
    }
    if (rows === 0) return { tail: step };
    const head: Step = { ...step, inputs: step.inputs.slice(0, rows), bytes: size };
    const rest = step.inputs.slice(rows);
    return { head, tail: { ...step, row: step.row + rows, inputs: rest, bytes: jsonBytes(rest) + OP_BYTES } };
  }
  if (step.kind === 'numberFormat' && step.rows > 1) {
    const perRow = formatRowBytes(step.cols, step.code);
    const rows = Math.min(step.rows - 1, Math.floor((room - OP_BYTES) / perRow));
    if (rows <= 0) return { tail: step };
    const left = step.rows - rows;
    return {
      head: { ...step, rows, bytes: rows * perRow + OP_BYTES },
      tail: { ...step, row: step.row + rows, rows: left, bytes: left * perRow + OP_BYTES },
    };
  }
  return { tail: step };
}

/**
 * Above this many bytes of cells and formats, a sheet's decorations (tables, charts, merges…) get a sync
 * of their own. Excel on the web has answered large writes with GeneralException, which does not say how
 * much of the batch ran: a large unit of values and formats alone can then be halved and sent again,
 * while decorations, which cannot run twice, ride only in small units.
 */
export const DECORATIONS_ALONE_ABOVE = 256_000;

/**
 * Packs steps, in order, into units whose estimated size stays within the budget, slicing cell and
 * number-format steps by rows to fill each unit. A single row larger than the budget goes alone.
 */
export function packUnits(steps: readonly Step[], budget = PAYLOAD_TARGET_BYTES): Unit[] {
  const units = packInOrder(steps, budget);
  const last = units.at(-1);
  const decorations = last?.steps.at(-1);
  if (
    last &&
    decorations?.kind === 'decorations' &&
    last.bytes - decorations.bytes > DECORATIONS_ALONE_ABOVE
  ) {
    units.splice(-1, 1, toUnit(last.steps.slice(0, -1)), toUnit([decorations]));
  }
  return units;
}

function packInOrder(steps: readonly Step[], budget: number): Unit[] {
  const units: Unit[] = [];
  let current: Step[] = [];
  let bytes = 0;
  const close = (): void => {
    if (current.length > 0) units.push({ steps: current, bytes });
    current = [];
    bytes = 0;
  };
  for (const original of steps) {
    let step: Step | undefined = original;
    while (step) {
      if (step.bytes <= budget - bytes) {
        current.push(step);
        bytes += step.bytes;
        break;
      }
      const { head, tail }: { head?: Step; tail?: Step } = takeRows(step, budget - bytes);
      if (head) {
        current.push(head);
        bytes += head.bytes;
        close();
        step = tail;
      } else if (current.length > 0) close();
      else {
        // Not one row fits even an empty unit: the step's first row (or the whole step) goes alone.
        const split: { head: Step; tail?: Step } =
          step.kind === 'cells' && step.inputs.length > 1 ? firstRow(step) : { head: step };
        units.push({ steps: [split.head], bytes: split.head.bytes });
        step = split.tail;
      }
    }
  }
  close();
  return units;
}

function firstRow(step: Extract<Step, { kind: 'cells' }>): { head: Step; tail: Step } {
  const head = step.inputs.slice(0, 1);
  const rest = step.inputs.slice(1);
  return {
    head: { ...step, inputs: head, bytes: jsonBytes(head) + OP_BYTES },
    tail: { ...step, row: step.row + 1, inputs: rest, bytes: jsonBytes(rest) + OP_BYTES },
  };
}

/** Halves a unit that Excel refused as too large; undefined when it cannot be split further. */
export function splitUnit(unit: Unit): [Unit, Unit] | undefined {
  if (unit.steps.length > 1) {
    const mid = Math.ceil(unit.steps.length / 2);
    const a = unit.steps.slice(0, mid);
    const b = unit.steps.slice(mid);
    return [toUnit(a), toUnit(b)];
  }
  const step = unit.steps[0];
  if (step?.kind === 'cells' && step.inputs.length > 1) {
    const mid = Math.ceil(step.inputs.length / 2);
    const top = step.inputs.slice(0, mid);
    const bottom = step.inputs.slice(mid);
    return [
      toUnit([{ ...step, inputs: top, bytes: Math.ceil(step.bytes / 2) }]),
      toUnit([{ ...step, row: step.row + mid, inputs: bottom, bytes: Math.ceil(step.bytes / 2) }]),
    ];
  }
  if (step?.kind === 'numberFormat' && step.rows > 1) {
    const mid = Math.ceil(step.rows / 2);
    return [
      toUnit([{ ...step, rows: mid, bytes: Math.ceil(step.bytes / 2) }]),
      toUnit([{ ...step, row: step.row + mid, rows: step.rows - mid, bytes: Math.ceil(step.bytes / 2) }]),
    ];
  }
  return undefined;
}

function toUnit(steps: readonly Step[]): Unit {
  return { steps, bytes: steps.reduce((sum, s) => sum + s.bytes, 0) };
}

import { columnLetters, parseCell } from '../../src/core/plan/a1';
import type { PlanCell, SheetPlan } from '../../src/core/plan/types';

/** The cell at an A1 address, as a writer would leave it (later blocks overwrite earlier ones). */
export function cellAt(sheet: SheetPlan, address: string): PlanCell | undefined {
  const { row, col } = parseCell(address);
  const block = [...sheet.blocks]
    .reverse()
    .find(
      (b) =>
        row >= b.row &&
        row < b.row + b.cells.length &&
        col >= b.col &&
        col < b.col + (b.cells[0]?.length ?? 0),
    );
  return block?.cells[row - block.row]?.[col - block.col];
}

type Value = number | string | boolean | null;

/**
 * Evaluates the small formula language the planners write (cell references on the same sheet, numbers,
 * strings, + - * /, comparisons, IF, parentheses) over the plan's own cells. Tests use it to prove that every
 * formula's cached value is what Excel will compute from the cells it references.
 */
export function evaluateFormula(sheet: SheetPlan, formula: string): Value {
  const tokens = formula
    .replace(/^=/, '')
    .match(/"[^"]*"|\$?[A-Z]{1,3}\$?\d+|\d+(?:\.\d+)?(?:E[+-]?\d+)?|>=|<=|<>|[-+*/(),=<>:]|[A-Z]+/g);
  if (!tokens) throw new Error(`Cannot tokenise ${formula}`);
  let pos = 0;
  const peek = () => tokens[pos];
  const next = () => tokens[pos++] as string;

  const valueOf = (address: string): Value => {
    const cell = cellAt(sheet, address.replace(/\$/g, ''));
    if (cell === undefined || cell === null) return 0;
    if (typeof cell === 'object') {
      if (cell.kind === 'formula') return evaluateFormula(sheet, cell.formula);
      return cell.text;
    }
    return cell;
  };
  const num = (v: Value): number => {
    if (typeof v === 'number') return v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (v === null) return 0;
    throw new Error(`#VALUE! (${JSON.stringify(v)} in ${formula})`);
  };

  function primary(): Value {
    const tok = next();
    if (tok === '(') {
      const v = comparison();
      next();
      return v;
    }
    if (tok === '-') return -num(primary());
    if (tok.startsWith('"')) return tok.slice(1, -1);
    if (/^\d/.test(tok)) return Number(tok);
    if (tok === 'IF') {
      next();
      const cond = comparison();
      next();
      const a = comparison();
      next();
      const b = comparison();
      next();
      return cond ? a : b;
    }
    if (tok === 'TRUE' || tok === 'FALSE') return tok === 'TRUE';
    if (tok === 'RANK') {
      next();
      const target = num(valueOf(next()));
      next();
      const from = parseCell(next().replace(/\$/g, ''));
      next();
      const to = parseCell(next().replace(/\$/g, ''));
      next();
      let above = 0;
      for (let r = from.row; r <= to.row; r++) {
        const v = valueOf(`${columnLetters(from.col)}${r + 1}`);
        if (typeof v === 'number' && v > target) above++;
      }
      return above + 1;
    }
    if (tok === 'SUM') {
      next();
      const from = parseCell(next().replace(/\$/g, ''));
      next();
      const to = parseCell(next().replace(/\$/g, ''));
      next();
      let total = 0;
      for (let r = from.row; r <= to.row; r++) {
        for (let c = from.col; c <= to.col; c++) {
          const v = valueOf(`${columnLetters(c)}${r + 1}`);
          if (typeof v === 'number') total += v;
        }
      }
      return total;
    }
    return valueOf(tok);
  }
  function term(): Value {
    let v = primary();
    while (peek() === '*' || peek() === '/') {
      const op = next();
      const r = num(primary());
      v = op === '*' ? num(v) * r : num(v) / r;
    }
    return v;
  }
  function sum(): Value {
    let v = term();
    while (peek() === '+' || peek() === '-') {
      const op = next();
      const r = num(term());
      v = op === '+' ? num(v) + r : num(v) - r;
    }
    return v;
  }
  function comparison(): Value {
    const v = sum();
    const op = peek();
    if (op === '=' || op === '>=' || op === '<=' || op === '>' || op === '<' || op === '<>') {
      next();
      const r = sum();
      const [a, b] = [num(v), num(r)];
      return { '=': a === b, '>=': a >= b, '<=': a <= b, '>': a > b, '<': a < b, '<>': a !== b }[op];
    }
    return v;
  }
  const result = comparison();
  if (pos !== tokens.length) throw new Error(`Unparsed rest of ${formula}: ${tokens.slice(pos).join(' ')}`);
  return result;
}

/** Every formula cell of a sheet with its address. */
export function formulaCells(
  sheet: SheetPlan,
): { address: string; formula: string; value: number | string | null }[] {
  const seen = new Map<string, { address: string; formula: string; value: number | string | null }>();
  for (const block of sheet.blocks) {
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const address = `${columnLetters(block.col + c)}${block.row + r + 1}`;
        if (cell && typeof cell === 'object' && cell.kind === 'formula') {
          seen.set(address, { address, formula: cell.formula, value: cell.value });
        } else seen.delete(address);
      }),
    );
  }
  return [...seen.values()];
}

import { fail } from './errors';

/** What a cell holds. `formula` keeps a cached result, because the fake does not calculate. */
export type CellContent =
  | { readonly t: 'text'; readonly v: string; readonly quotePrefix?: true }
  | { readonly t: 'number'; readonly v: number }
  | { readonly t: 'boolean'; readonly v: boolean }
  | { readonly t: 'error'; readonly v: string }
  | { readonly t: 'formula'; readonly f: string; readonly v: string | number | boolean };

export const ERROR_VALUES = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
] as const;

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?%?$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/**
 * Excel's entry rules for a string written through `Range.values` or `Range.formulas` (the same rules as
 * typing it into a cell): a leading apostrophe makes the rest text; `=` starts a formula; `+`, `-` and `@`
 * start a formula unless a number follows; numbers, percentages, TRUE/FALSE, error literals and ISO dates
 * are converted. A cell formatted as Text ('@') keeps any string as it is. Returns `undefined` for
 * "leave the cell unchanged" (a `null` in the written array) and `null` for "clear the cell".
 */
export function enterInput(input: unknown, numberFormat: string): CellContent | null | undefined {
  if (input === null) return undefined;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) fail('InvalidArgument', `Cannot write the number ${input} to a cell.`);
    return { t: 'number', v: input };
  }
  if (typeof input === 'boolean') return { t: 'boolean', v: input };
  if (typeof input !== 'string') fail('InvalidArgument', `Cannot write a ${typeof input} to a cell.`);
  if (input === '') return null;
  if (numberFormat === '@') return { t: 'text', v: input };
  if (input.startsWith("'")) return { t: 'text', v: input.slice(1), quotePrefix: true };
  const number = parseNumber(input);
  if (number !== undefined) return { t: 'number', v: number };
  if (input.length > 1 && input.startsWith('=')) return { t: 'formula', f: input, v: 0 };
  if (input.length > 1 && (input.startsWith('+') || input.startsWith('-'))) {
    return { t: 'formula', f: `=${input}`, v: 0 };
  }
  if (input.length > 1 && input.startsWith('@')) return { t: 'formula', f: `=${input.slice(1)}`, v: 0 };
  const upper = input.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { t: 'boolean', v: upper === 'TRUE' };
  if ((ERROR_VALUES as readonly string[]).includes(upper)) return { t: 'error', v: upper };
  const date = parseIsoDate(input);
  if (date !== undefined) return { t: 'number', v: date };
  return { t: 'text', v: input };
}

function parseNumber(text: string): number | undefined {
  if (!/\d/.test(text) || !NUMBER.test(text)) return undefined;
  const percent = text.endsWith('%');
  const value = Number(text.replace(/,/g, '').replace('%', ''));
  if (!Number.isFinite(value)) return undefined;
  return percent ? value / 100 : value;
}

function parseIsoDate(text: string): number | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return ms / 86_400_000 + 25_569;
}

/** What `Range.values` returns for a cell. */
export function valueOf(content: CellContent | undefined): string | number | boolean {
  return content === undefined ? '' : content.v;
}

/** What `Range.formulas` returns: the formula, else the value (a quote-prefixed text loses its apostrophe). */
export function formulaOf(content: CellContent | undefined): string | number | boolean {
  if (content === undefined) return '';
  return content.t === 'formula' ? content.f : content.v;
}

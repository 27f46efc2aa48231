import { limitMessages } from '../../limitMessages';
import { LimitError, LIMITS } from '../../limits';
import type { Document, Element } from '@xmldom/xmldom';
import { children } from './Package';
import { NS } from './ooxml';

/** How indices of the imported stylesheet map into the target's after `mergeStyles`. */
export interface StyleOffsets {
  /** Target cellXfs index of imported cellXfs index i is `xf + i`. */
  readonly xf: number;
  readonly dxf: number;
}

/** CT_Stylesheet's children in schema order. */
const ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
] as const;

/**
 * Appends the fonts, fills, borders, number formats, cell formats and differential formats of `source`
 * (the stylesheet exceljs wrote for Fupan's sheets) to `target` (the workbook's), leaving every existing
 * index in place, so the workbook's own cells keep their styles untouched. Imported cell formats point
 * at the target's first cell style ("Normal").
 */
export function mergeStyles(target: Document, source: Document): StyleOffsets {
  const t = target.documentElement as Element;
  const s = source.documentElement as Element;
  const font = appendAll(target, t, s, 'fonts', 'font');
  const fill = appendAll(target, t, s, 'fills', 'fill');
  const border = appendAll(target, t, s, 'borders', 'border');
  const numFmt = mergeNumFmts(target, t, s);
  const xf = listOf(target, t, 'cellXfs');
  const xfOffset = children(xf, NS.main, 'xf').length;
  if (xfOffset > LIMITS.styles) throw new LimitError(limitMessages.tooManyStyles('xl/styles.xml', xfOffset));
  const sourceXfs = children(s, NS.main, 'cellXfs')[0];
  for (const el of sourceXfs ? children(sourceXfs, NS.main, 'xf') : []) {
    const copy = target.importNode(el, true) as Element;
    shift(copy, 'fontId', font);
    shift(copy, 'fillId', fill);
    shift(copy, 'borderId', border);
    const id = Number(copy.getAttribute('numFmtId') ?? 0);
    copy.setAttribute('numFmtId', String(numFmt.get(id) ?? id));
    copy.setAttribute('xfId', '0');
    xf.appendChild(copy);
  }
  recount(xf, 'xf');
  if (children(t, NS.main, 'cellStyleXfs').length === 0) ensureNormalStyle(target, t);
  const dxf = appendAll(target, t, s, 'dxfs', 'dxf');
  return { xf: xfOffset, dxf };
}

/** Appends the source's list items to the target's list; returns the index the first one got. */
function appendAll(target: Document, t: Element, s: Element, list: string, item: string): number {
  const into = listOf(target, t, list);
  const offset = children(into, NS.main, item).length;
  const from = children(s, NS.main, list)[0];
  for (const el of from ? children(from, NS.main, item) : []) into.appendChild(target.importNode(el, true));
  recount(into, item);
  return offset;
}

/** Custom number formats: reuses an identical code, else gives the format a free id ≥ 164. */
function mergeNumFmts(target: Document, t: Element, s: Element): Map<number, number> {
  const map = new Map<number, number>();
  const from = children(s, NS.main, 'numFmts')[0];
  const formats = from ? children(from, NS.main, 'numFmt') : [];
  if (formats.length === 0) return map;
  const into = listOf(target, t, 'numFmts');
  const existing = children(into, NS.main, 'numFmt');
  const byCode = new Map(
    existing.map((el) => [el.getAttribute('formatCode') ?? '', Number(el.getAttribute('numFmtId'))]),
  );
  if (existing.length > LIMITS.styles) {
    throw new LimitError(limitMessages.tooManyStyles('xl/styles.xml', existing.length));
  }
  // A loop, not Math.max(...spread): a stylesheet may hold more formats than the stack has frames.
  let next = 164;
  for (const el of existing) next = Math.max(next, Number(el.getAttribute('numFmtId') ?? 0) + 1);
  for (const el of formats) {
    const code = el.getAttribute('formatCode') ?? '';
    const id = Number(el.getAttribute('numFmtId'));
    let mapped = byCode.get(code);
    if (mapped === undefined) {
      mapped = next++;
      const copy = target.createElementNS(NS.main, qualified(t, 'numFmt'));
      copy.setAttribute('numFmtId', String(mapped));
      copy.setAttribute('formatCode', code);
      into.appendChild(copy);
      byCode.set(code, mapped);
    }
    map.set(id, mapped);
  }
  recount(into, 'numFmt');
  return map;
}

/** The stylesheet's list element, created at its schema position when missing. */
function listOf(doc: Document, root: Element, local: string): Element {
  const existing = children(root, NS.main, local)[0];
  if (existing) return existing;
  const el = doc.createElementNS(NS.main, qualified(root, local));
  const later = ORDER.slice(ORDER.indexOf(local as (typeof ORDER)[number]) + 1);
  const next = later.map((name) => children(root, NS.main, name)[0]).find((e) => e !== undefined);
  root.insertBefore(el, next ?? null);
  return el;
}

function ensureNormalStyle(doc: Document, root: Element): void {
  const xfs = listOf(doc, root, 'cellStyleXfs');
  const xf = doc.createElementNS(NS.main, qualified(root, 'xf'));
  for (const [k, v] of [
    ['numFmtId', '0'],
    ['fontId', '0'],
    ['fillId', '0'],
    ['borderId', '0'],
  ]) {
    xf.setAttribute(k as string, v as string);
  }
  xfs.appendChild(xf);
  recount(xfs, 'xf');
}

function shift(el: Element, attribute: string, offset: number): void {
  el.setAttribute(attribute, String(Number(el.getAttribute(attribute) ?? 0) + offset));
}

function recount(list: Element, item: string): void {
  list.setAttribute('count', String(children(list, NS.main, item).length));
}

function qualified(root: Element, local: string): string {
  return root.prefix ? `${root.prefix}:${local}` : local;
}

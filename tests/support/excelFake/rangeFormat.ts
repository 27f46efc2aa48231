import { fail } from './errors';
import { Proxy, type FakeContext } from './proxy';
import type { RangeTarget } from './range';
import { forEachCell, readCell, writeCell, type Bounds, type CellStyle } from './state';

const H_ALIGN = [
  'General',
  'Left',
  'Center',
  'Right',
  'Fill',
  'Justify',
  'CenterAcrossSelection',
  'Distributed',
];
const V_ALIGN = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];
const BORDER_EDGES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
  'DiagonalDown',
  'DiagonalUp',
];
const BORDER_STYLES = [
  'None',
  'Continuous',
  'Dash',
  'DashDot',
  'DashDotDot',
  'Dot',
  'Double',
  'SlantDashDot',
];
/** Excel's widest column: 255 characters of the default font ≈ 1,790 px ≈ 1,342.5 pt. */
const MAX_COLUMN_WIDTH_POINTS = 1_342.5;

export function checkColor(color: unknown): string {
  if (typeof color !== 'string' || !/^(#[0-9A-Fa-f]{6}|[A-Za-z]+)$/.test(color)) {
    fail('InvalidArgument', `"${String(color)}" is not a colour (use #RRGGBB or an HTML colour name).`);
  }
  return color;
}

function styleCells(target: RangeTarget, fn: (style: CellStyle) => void): void {
  forEachCell(target.bounds, (row, col) => {
    const cell = writeCell(target.sheet, row, col);
    cell.style ??= {};
    fn(cell.style);
  });
}

function topLeftStyle(target: RangeTarget): CellStyle {
  return readCell(target.sheet, target.bounds.row, target.bounds.col)?.style ?? {};
}

export class RangeFormatProxy extends Proxy<RangeTarget> {
  constructor(context: FakeContext, path: string, resolver: () => RangeTarget) {
    super(context, path, resolver);
  }

  protected override scalarProps(): readonly string[] {
    return ['horizontalAlignment', 'verticalAlignment', 'wrapText', 'indentLevel', 'columnWidth'];
  }

  protected override snapshot(target: RangeTarget, prop: string): unknown {
    const style = topLeftStyle(target);
    switch (prop) {
      case 'horizontalAlignment':
        return style.hAlign ?? 'General';
      case 'verticalAlignment':
        return style.vAlign ?? 'Bottom';
      case 'wrapText':
        return style.wrap ?? false;
      case 'indentLevel':
        return style.indent ?? 0;
      case 'columnWidth':
        return target.sheet.columnWidths.get(target.bounds.col) ?? 48;
      default:
        return fail('InvalidArgument', `RangeFormat has no property ${prop}.`);
    }
  }

  get font(): RangeFontProxy {
    return new RangeFontProxy(this.context, `${this.path}.font`, () => this.target());
  }

  get fill(): RangeFillProxy {
    return new RangeFillProxy(this.context, `${this.path}.fill`, () => this.target());
  }

  get borders(): RangeBordersProxy {
    return new RangeBordersProxy(this.context, `${this.path}.borders`, () => this.target());
  }

  set horizontalAlignment(value: string) {
    this.setProp('horizontalAlignment', value, (t) => {
      if (!H_ALIGN.includes(value)) fail('InvalidArgument', `Unknown horizontal alignment ${value}.`);
      styleCells(t, (s) => (s.hAlign = value));
    });
  }

  set verticalAlignment(value: string) {
    this.setProp('verticalAlignment', value, (t) => {
      if (!V_ALIGN.includes(value)) fail('InvalidArgument', `Unknown vertical alignment ${value}.`);
      styleCells(t, (s) => (s.vAlign = value));
    });
  }

  set wrapText(value: boolean) {
    this.setProp('wrapText', value, (t) => styleCells(t, (s) => (s.wrap = Boolean(value))));
  }

  set indentLevel(value: number) {
    this.setProp('indentLevel', value, (t) => {
      if (!Number.isInteger(value) || value < 0 || value > 250)
        fail('InvalidArgument', `Bad indent ${value}.`);
      styleCells(t, (s) => (s.indent = value));
    });
  }

  /** Points, for every column the range spans. */
  set columnWidth(points: number) {
    this.setProp('columnWidth', points, (t) => {
      if (typeof points !== 'number' || !(points >= 0) || points > MAX_COLUMN_WIDTH_POINTS) {
        fail('InvalidArgument', `A column width of ${points} points is out of range.`);
      }
      for (let c = 0; c < t.bounds.cols; c++) t.sheet.columnWidths.set(t.bounds.col + c, points);
    });
  }

  /** Points, for every row the range spans (Excel's maximum is 409 points). */
  set rowHeight(points: number) {
    this.setProp('rowHeight', points, (t) => {
      if (typeof points !== 'number' || !(points >= 0) || points > 409) {
        fail('InvalidArgument', `A row height of ${points} points is out of range.`);
      }
      for (let r = 0; r < t.bounds.rows; r++) t.sheet.rowHeights.set(t.bounds.row + r, points);
    });
  }

  autofitColumns(): void {
    this.invoke('autofitColumns', [], () => undefined);
  }
}

export class RangeFontProxy extends Proxy<RangeTarget> {
  constructor(context: FakeContext, path: string, resolver: () => RangeTarget) {
    super(context, path, resolver);
  }
  protected override scalarProps(): readonly string[] {
    return ['bold', 'italic', 'size', 'color', 'name'];
  }
  protected override snapshot(target: RangeTarget, prop: string): unknown {
    const s = topLeftStyle(target);
    const values: Record<string, unknown> = {
      bold: s.bold ?? false,
      italic: s.italic ?? false,
      size: s.fontSize ?? 11,
      color: s.fontColor ?? '#000000',
      name: s.fontName ?? 'Aptos Narrow',
    };
    return values[prop];
  }
  set bold(v: boolean) {
    this.setProp('bold', v, (t) => styleCells(t, (s) => (s.bold = Boolean(v))));
  }
  set italic(v: boolean) {
    this.setProp('italic', v, (t) => styleCells(t, (s) => (s.italic = Boolean(v))));
  }
  set size(v: number) {
    this.setProp('size', v, (t) => {
      if (typeof v !== 'number' || v < 1 || v > 409) fail('InvalidArgument', `Bad font size ${v}.`);
      styleCells(t, (s) => (s.fontSize = v));
    });
  }
  set color(v: string) {
    this.setProp('color', v, (t) => {
      const color = checkColor(v);
      styleCells(t, (s) => (s.fontColor = color));
    });
  }
  set name(v: string) {
    this.setProp('name', v, (t) => styleCells(t, (s) => (s.fontName = v)));
  }
}

export class RangeFillProxy extends Proxy<RangeTarget> {
  constructor(context: FakeContext, path: string, resolver: () => RangeTarget) {
    super(context, path, resolver);
  }
  protected override scalarProps(): readonly string[] {
    return ['color'];
  }
  protected override snapshot(target: RangeTarget): unknown {
    return topLeftStyle(target).fill ?? null;
  }
  set color(v: string) {
    this.setProp('color', v, (t) => {
      const color = checkColor(v);
      styleCells(t, (s) => (s.fill = color));
    });
  }
  clear(): void {
    this.invoke('clear', [], (t) => styleCells(t, (s) => delete s.fill));
  }
}

export class RangeBordersProxy extends Proxy<RangeTarget> {
  constructor(context: FakeContext, path: string, resolver: () => RangeTarget) {
    super(context, path, resolver);
  }
  protected override scalarProps(): readonly string[] {
    return [];
  }
  protected override snapshot(): unknown {
    return undefined;
  }
  getItem(index: string): RangeBorderProxy {
    return new RangeBorderProxy(this.context, `${this.path}.getItem(${index})`, () => {
      if (!BORDER_EDGES.includes(index)) fail('InvalidArgument', `Unknown border ${index}.`);
      return { range: this.target(), edge: index };
    }).made();
  }
}

interface BorderTarget {
  readonly range: RangeTarget;
  readonly edge: string;
}

/** The cells an edge runs along, each with the side of the cell it is on. */
function edgeCells(bounds: Bounds, edge: string): { row: number; col: number; side: string }[] {
  const out: { row: number; col: number; side: string }[] = [];
  const last = { row: bounds.row + bounds.rows - 1, col: bounds.col + bounds.cols - 1 };
  forEachCell(bounds, (row, col) => {
    if (edge === 'EdgeTop' && row === bounds.row) out.push({ row, col, side: 'top' });
    if (edge === 'EdgeBottom' && row === last.row) out.push({ row, col, side: 'bottom' });
    if (edge === 'EdgeLeft' && col === bounds.col) out.push({ row, col, side: 'left' });
    if (edge === 'EdgeRight' && col === last.col) out.push({ row, col, side: 'right' });
    if (edge === 'InsideHorizontal' && row < last.row) out.push({ row, col, side: 'bottom' });
    if (edge === 'InsideVertical' && col < last.col) out.push({ row, col, side: 'right' });
  });
  return out;
}

export class RangeBorderProxy extends Proxy<BorderTarget> {
  constructor(context: FakeContext, path: string, resolver: () => BorderTarget) {
    super(context, path, resolver);
  }
  protected override scalarProps(): readonly string[] {
    return ['style', 'color'];
  }
  protected override snapshot(target: BorderTarget, prop: string): unknown {
    const first = edgeCells(target.range.bounds, target.edge)[0];
    if (!first) return prop === 'style' ? 'None' : '#000000';
    const border = readCell(target.range.sheet, first.row, first.col)?.style?.borders?.[first.side];
    return prop === 'style' ? (border?.style ?? 'None') : (border?.color ?? '#000000');
  }
  private apply(target: BorderTarget, fn: (b: { style: string; color: string }) => void): void {
    for (const { row, col, side } of edgeCells(target.range.bounds, target.edge)) {
      const cell = writeCell(target.range.sheet, row, col);
      cell.style ??= {};
      cell.style.borders ??= {};
      const border = (cell.style.borders[side] ??= { style: 'None', color: '#000000' });
      fn(border);
    }
  }
  set style(v: string) {
    this.setProp('style', v, (t) => {
      if (!BORDER_STYLES.includes(v)) fail('InvalidArgument', `Unknown border style ${v}.`);
      this.apply(t, (b) => (b.style = v));
    });
  }
  set color(v: string) {
    this.setProp('color', v, (t) => {
      const color = checkColor(v);
      this.apply(t, (b) => (b.color = color));
    });
  }
  set weight(v: string) {
    this.setProp('weight', v, (t) => {
      if (!['Hairline', 'Thin', 'Medium', 'Thick'].includes(v)) fail('InvalidArgument', `Bad weight ${v}.`);
      this.apply(t, () => undefined);
    });
  }
}

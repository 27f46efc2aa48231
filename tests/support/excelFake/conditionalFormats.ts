import { fail } from './errors';
import { CollectionProxy, Proxy, type FakeContext } from './proxy';
import type { RangeTarget } from './range';
import { checkColor } from './rangeFormat';
import { overlaps, type ConditionalFormatState } from './state';

const TYPES = [
  'Custom',
  'DataBar',
  'ColorScale',
  'IconSet',
  'TopBottom',
  'PresetCriteria',
  'ContainsText',
  'CellValue',
];
const MODELLED = ['DataBar', 'ColorScale', 'IconSet', 'CellValue'];
const CELL_VALUE_OPERATORS = [
  'Between',
  'NotBetween',
  'EqualTo',
  'NotEqualTo',
  'GreaterThan',
  'LessThan',
  'GreaterThanOrEqual',
  'LessThanOrEqual',
];
const ICON_COUNT: Record<string, number> = {
  ThreeArrows: 3,
  ThreeArrowsGray: 3,
  ThreeFlags: 3,
  ThreeTrafficLights1: 3,
  ThreeTrafficLights2: 3,
  ThreeSigns: 3,
  ThreeSymbols: 3,
  ThreeSymbols2: 3,
  ThreeStars: 3,
  ThreeTriangles: 3,
  FourArrows: 4,
  FourTrafficLights: 4,
  FiveArrows: 5,
  FiveQuarters: 5,
};
const COLOR_CRITERION_TYPES = ['LowestValue', 'HighestValue', 'Number', 'Percent', 'Formula', 'Percentile'];

interface CfTarget {
  readonly range: RangeTarget;
  readonly cf: ConditionalFormatState;
}

export class ConditionalFormatCollectionProxy extends CollectionProxy<
  RangeTarget,
  CfTarget,
  ConditionalFormatProxy
> {
  constructor(context: FakeContext, path: string, resolver: () => RangeTarget) {
    super(context, path, resolver);
  }

  protected override itemsOf(target: RangeTarget): readonly CfTarget[] {
    return target.sheet.conditionalFormats
      .filter((cf) => overlaps(cf.bounds, target.bounds))
      .map((cf) => ({ range: target, cf }));
  }
  protected override itemProxy(item: CfTarget, i: number): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.context, `${this.path}[${i}]`, () => item);
  }
  protected override itemProps(): readonly string[] {
    return ['type', 'id'];
  }

  add(type: string): ConditionalFormatProxy {
    let created: CfTarget | undefined;
    const proxy = new ConditionalFormatProxy(this.context, `${this.path}.add(${type})`, () => {
      if (!created) fail('InvalidOperation', 'The conditional format was not created.');
      return created;
    });
    this.context.enqueue({
      describe: { call: `${this.path}.add`, args: [type] },
      run: () => {
        if (!TYPES.includes(type)) fail('InvalidArgument', `Unknown conditional format type ${type}.`);
        if (!MODELLED.includes(type))
          fail('UnsupportedOperation', `The fake does not model ${type} formats.`);
        const range = this.target();
        const cf: ConditionalFormatState = {
          id: range.sheet.conditionalFormats.length + 1,
          type,
          bounds: range.bounds,
        };
        range.sheet.conditionalFormats.push(cf);
        created = { range, cf };
      },
    });
    return proxy;
  }

  clearAll(): void {
    this.invoke('clearAll', [], (t) => {
      t.sheet.conditionalFormats.splice(0);
    });
  }
}

export class ConditionalFormatProxy extends Proxy<CfTarget> {
  constructor(context: FakeContext, path: string, resolver: () => CfTarget) {
    super(context, path, resolver);
  }
  protected override scalarProps(): readonly string[] {
    return ['type', 'id'];
  }
  protected override snapshot(target: CfTarget, prop: string): unknown {
    return prop === 'type' ? target.cf.type : String(target.cf.id);
  }

  private part(kind: string): () => CfTarget {
    return () => {
      const t = this.target();
      if (t.cf.type !== kind) fail('InvalidOperation', `A ${t.cf.type} format has no ${kind} part.`);
      return t;
    };
  }

  get iconSet(): IconSetProxy {
    return new IconSetProxy(this.context, `${this.path}.iconSet`, this.part('IconSet'));
  }
  get colorScale(): ColorScaleProxy {
    return new ColorScaleProxy(this.context, `${this.path}.colorScale`, this.part('ColorScale'));
  }
  get dataBar(): DataBarProxy {
    return new DataBarProxy(this.context, `${this.path}.dataBar`, this.part('DataBar'));
  }
  get cellValue(): CellValueProxy {
    return new CellValueProxy(this.context, `${this.path}.cellValue`, this.part('CellValue'));
  }
  delete(): void {
    this.invoke('delete', [], (t) => {
      const list = t.range.sheet.conditionalFormats;
      list.splice(list.indexOf(t.cf), 1);
    });
  }
}

abstract class CfPartProxy extends Proxy<CfTarget> {
  constructor(context: FakeContext, path: string, resolver: () => CfTarget) {
    super(context, path, resolver);
  }
  protected override scalarProps(): readonly string[] {
    return [];
  }
  protected override snapshot(): unknown {
    return undefined;
  }
}

function isCriterion(value: unknown): value is { type?: unknown; operator?: unknown; formula?: unknown } {
  return typeof value === 'object' && value !== null;
}

export class IconSetProxy extends CfPartProxy {
  set style(v: string) {
    this.setProp('style', v, (t) => {
      if (ICON_COUNT[v] === undefined) fail('InvalidArgument', `Unknown icon set ${v}.`);
      t.cf.iconSet = { ...t.cf.iconSet, style: v };
    });
  }
  /** Replaced whole, as the docs require; the first criterion (the lowest icon) may be `{}`. */
  set criteria(v: unknown[]) {
    this.setProp('criteria', v, (t) => {
      const count = ICON_COUNT[t.cf.iconSet?.style ?? 'ThreeTrafficLights1'] ?? 3;
      if (!Array.isArray(v) || v.length !== count)
        fail('InvalidArgument', `An icon set needs ${count} criteria.`);
      v.slice(1).forEach((c) => {
        const ok =
          isCriterion(c) &&
          ['Number', 'Percent', 'Formula', 'Percentile'].includes(String(c.type)) &&
          ['GreaterThan', 'GreaterThanOrEqual'].includes(String(c.operator)) &&
          typeof c.formula === 'string' &&
          c.formula.length > 0;
        if (!ok) fail('InvalidArgument', `Bad icon criterion ${JSON.stringify(c)}.`);
      });
      t.cf.iconSet = { ...t.cf.iconSet, criteria: v };
    });
  }
  set showIconOnly(v: boolean) {
    this.setProp('showIconOnly', v, (t) => (t.cf.iconSet = { ...t.cf.iconSet, showIconOnly: v }));
  }
  set reverseIconOrder(v: boolean) {
    this.setProp('reverseIconOrder', v, (t) => (t.cf.iconSet = { ...t.cf.iconSet, reverseIconOrder: v }));
  }
}

export class ColorScaleProxy extends CfPartProxy {
  set criteria(v: Record<string, unknown>) {
    this.setProp('criteria', v, (t) => {
      for (const point of ['minimum', 'midpoint', 'maximum']) {
        const c = v[point];
        if (c === undefined && point === 'midpoint') continue;
        const ok = isCriterion(c) && COLOR_CRITERION_TYPES.includes(String(c.type));
        if (!ok) fail('InvalidArgument', `Bad colour scale ${point}: ${JSON.stringify(c)}.`);
        const color = (c as { color?: unknown }).color;
        if (color !== undefined) checkColor(color);
      }
      t.cf.colorScale = { criteria: v };
    });
  }
}

export class DataBarProxy extends CfPartProxy {
  get positiveFormat(): DataBarPositiveProxy {
    return new DataBarPositiveProxy(this.context, `${this.path}.positiveFormat`, () => this.target());
  }
  set barDirection(v: string) {
    this.setProp('barDirection', v, (t) => {
      if (!['Context', 'LeftToRight', 'RightToLeft'].includes(v))
        fail('InvalidArgument', `Bad direction ${v}.`);
      t.cf.dataBar = { ...t.cf.dataBar, barDirection: v };
    });
  }
}

export class DataBarPositiveProxy extends CfPartProxy {
  set fillColor(v: string) {
    this.setProp('fillColor', v, (t) => (t.cf.dataBar = { ...t.cf.dataBar, fillColor: checkColor(v) }));
  }
  set gradientFill(v: boolean) {
    this.setProp('gradientFill', v, (t) => (t.cf.dataBar = { ...t.cf.dataBar, gradientFill: v }));
  }
}

export class CellValueProxy extends CfPartProxy {
  set rule(v: { formula1?: unknown; formula2?: unknown; operator?: unknown }) {
    this.setProp('rule', v, (t) => {
      const op = String(v.operator);
      if (!CELL_VALUE_OPERATORS.includes(op)) fail('InvalidArgument', `Unknown operator ${op}.`);
      if (typeof v.formula1 !== 'string' || v.formula1 === '')
        fail('InvalidArgument', 'formula1 is required.');
      if ((op === 'Between' || op === 'NotBetween') && typeof v.formula2 !== 'string') {
        fail('InvalidArgument', `${op} needs formula2.`);
      }
      t.cf.cellValue = { ...t.cf.cellValue, rule: v };
    });
  }
  get format(): CfRangeFormatProxy {
    return new CfRangeFormatProxy(this.context, `${this.path}.format`, () => this.target());
  }
}

export class CfRangeFormatProxy extends CfPartProxy {
  get font(): CfFontProxy {
    return new CfFontProxy(this.context, `${this.path}.font`, () => this.target());
  }
  get fill(): CfFillProxy {
    return new CfFillProxy(this.context, `${this.path}.fill`, () => this.target());
  }
}

export class CfFontProxy extends CfPartProxy {
  set color(v: string) {
    this.setProp('color', v, (t) => (t.cf.cellValue = { ...t.cf.cellValue, fontColor: checkColor(v) }));
  }
  set bold(v: boolean) {
    this.setProp('bold', v, (t) => (t.cf.cellValue = { ...t.cf.cellValue, bold: v }));
  }
}

export class CfFillProxy extends CfPartProxy {
  set color(v: string) {
    this.setProp('color', v, (t) => (t.cf.cellValue = { ...t.cf.cellValue, fill: checkColor(v) }));
  }
}

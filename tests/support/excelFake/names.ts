import { parseAddress, qualified, splitQualified } from './address';
import { fail } from './errors';
import { CollectionProxy, Proxy, type FakeContext } from './proxy';
import { RangeProxy } from './range';
import { findSheet, type NameState, type WorkbookState } from './state';
import { checkWorkbookName } from './tables';

const NAME_PROPS = ['name', 'comment', 'formula', 'type', 'value', 'visible'];

function formulaOf(n: NameState): string {
  return n.sheet.deleted ? '=#REF!' : `=${qualified(n.sheet.name, n.bounds, true)}`;
}

export class NamedItemProxy extends Proxy<NameState> {
  constructor(context: FakeContext, path: string, resolver: () => NameState | null) {
    super(context, path, resolver);
  }
  protected override scalarProps(): readonly string[] {
    return NAME_PROPS;
  }
  protected override snapshot(n: NameState, prop: string): unknown {
    const values: Record<string, unknown> = {
      name: n.name,
      comment: n.comment,
      formula: formulaOf(n),
      value: formulaOf(n).slice(1),
      type: n.sheet.deleted ? 'Error' : 'Range',
      visible: true,
    };
    return values[prop];
  }
  get name(): string {
    return this.loaded('name');
  }
  get comment(): string {
    return this.loaded('comment');
  }
  set comment(v: string) {
    this.setProp('comment', v, (n) => {
      this.context.undoable('NamedItem.comment');
      n.comment = v;
    });
  }
  get formula(): string {
    return this.loaded('formula');
  }
  get type(): string {
    return this.loaded('type');
  }
  getRange(): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.getRange()`, () => {
      const n = this.target();
      if (n.sheet.deleted) fail('InvalidReference', `The name ${n.name} refers to #REF!.`);
      return { sheet: n.sheet, bounds: n.bounds };
    }).made();
  }
  getRangeOrNullObject(): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.getRangeOrNullObject()`, () => {
      const n = this.resolveMaybe();
      if (n === null || n.sheet.deleted) return null;
      return { sheet: n.sheet, bounds: n.bounds };
    }).made(true);
  }
  delete(): void {
    this.invoke('delete', [], (n) => {
      const names = this.context.core.state.names;
      names.splice(names.indexOf(n), 1);
    });
  }
}

export class NamedItemCollectionProxy extends CollectionProxy<WorkbookState, NameState, NamedItemProxy> {
  constructor(context: FakeContext, path: string, resolver: () => WorkbookState) {
    super(context, path, resolver);
  }
  protected override itemsOf(state: WorkbookState): readonly NameState[] {
    return state.names;
  }
  protected override itemProxy(item: NameState, i: number): NamedItemProxy {
    return new NamedItemProxy(this.context, `${this.path}[${i}]`, () => item);
  }
  protected override itemProps(): readonly string[] {
    return NAME_PROPS;
  }
  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    const described = typeof reference === 'string' ? reference : reference.path;
    return new NamedItemProxy(this.context, `${this.path}.add(${name},${described})`, () => {
      const state = this.target();
      // A comment given to add() sets NamedItem.comment: modelled as the same unsupported-undo call.
      if (comment !== undefined && comment !== '') this.context.undoable('NamedItem.comment');
      checkWorkbookName(state, name);
      if (comment !== undefined && comment.length > 255)
        fail('InvalidArgument', 'A name comment is ≤ 255 chars.');
      let target;
      if (typeof reference === 'string') {
        const { sheet, address } = splitQualified(reference);
        const found = sheet === undefined ? undefined : findSheet(state, sheet);
        if (!found) fail('InvalidArgument', `The reference ${reference} names no sheet.`);
        target = { sheet: found, bounds: parseAddress(address) };
      } else target = reference.target();
      const item: NameState = { name, comment: comment ?? '', sheet: target.sheet, bounds: target.bounds };
      state.names.push(item);
      return item;
    }).made();
  }
  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, `${this.path}.getItem(${name})`, () => this.find(name)).made();
  }
  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, `${this.path}.getItemOrNullObject(${name})`, () =>
      this.find(name),
    ).made(true);
  }
  private find(name: string): NameState | null {
    const lower = name.toLowerCase();
    return this.target().names.find((n) => n.name.toLowerCase() === lower) ?? null;
  }
}

import { fail } from './errors';
import { CollectionProxy, FakeClientResult, Proxy, type FakeContext } from './proxy';
import { utf8Bytes } from './limits';
import type { WorkbookState } from './state';

interface SettingTarget {
  readonly state: WorkbookState;
  readonly key: string;
}

function settingsBytes(state: WorkbookState): number {
  let total = 0;
  for (const [key, json] of state.settings) total += utf8Bytes(key) + utf8Bytes(json);
  return total;
}

/** workbook.settings: values are stored as JSON text, as Office stores them in the document. */
export class SettingProxy extends Proxy<SettingTarget> {
  constructor(context: FakeContext, path: string, resolver: () => SettingTarget | null) {
    super(context, path, resolver);
  }
  protected override scalarProps(): readonly string[] {
    return ['key', 'value'];
  }
  protected override snapshot(t: SettingTarget, prop: string): unknown {
    if (prop === 'key') return t.key;
    const json = t.state.settings.get(t.key);
    return json === undefined ? undefined : (JSON.parse(json) as unknown);
  }
  get key(): string {
    return this.loaded('key');
  }
  get value(): unknown {
    return this.loaded('value');
  }
  delete(): void {
    this.invoke('delete', [], (t) => t.state.settings.delete(t.key));
  }
}

export class SettingCollectionProxy extends CollectionProxy<WorkbookState, SettingTarget, SettingProxy> {
  constructor(context: FakeContext, path: string, resolver: () => WorkbookState) {
    super(context, path, resolver);
  }
  protected override itemsOf(state: WorkbookState): readonly SettingTarget[] {
    return [...state.settings.keys()].map((key) => ({ state, key }));
  }
  protected override itemProxy(item: SettingTarget, i: number): SettingProxy {
    return new SettingProxy(this.context, `${this.path}[${i}]`, () => item);
  }
  protected override itemProps(): readonly string[] {
    return ['key', 'value'];
  }
  add(key: string, value: unknown): SettingProxy {
    return new SettingProxy(this.context, `${this.path}.add(${key})`, () => {
      this.context.requireApi(4, 'workbook.settings');
      const state = this.target();
      const json = JSON.stringify(value);
      if (json === undefined) fail('InvalidArgument', 'A setting value must be JSON-serialisable.');
      const before = state.settings.get(key);
      state.settings.set(key, json);
      if (settingsBytes(state) > this.context.core.limits.settingsBytes) {
        if (before === undefined) state.settings.delete(key);
        else state.settings.set(key, before);
        fail('GeneralException', 'The settings exceed the storage available to an add-in (error 9057).');
      }
      return { state, key };
    }).made();
  }
  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this.context, `${this.path}.getItemOrNullObject(${key})`, () => {
      const state = this.target();
      return state.settings.has(key) ? { state, key } : null;
    }).made(true);
  }
  getItem(key: string): SettingProxy {
    return new SettingProxy(this.context, `${this.path}.getItem(${key})`, () => {
      const state = this.target();
      return state.settings.has(key) ? { state, key } : null;
    }).made();
  }
}

interface PartTarget {
  readonly state: WorkbookState;
  readonly id: string;
}

function partOf(t: PartTarget): { id: string; xml: string; namespaceUri: string } {
  const part = t.state.xmlParts.find((p) => p.id === t.id);
  if (!part) fail('ItemNotFound', `No custom XML part ${t.id}.`);
  return part;
}

function rootNamespace(xml: string): string {
  const trimmed = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  if (!/^<[A-Za-z_][\w.-]*[\s>/]/.test(trimmed) || !trimmed.trimEnd().endsWith('>')) {
    fail('InvalidArgument', 'A custom XML part must be an XML document.');
  }
  return /^<[^>]*\sxmlns="([^"]*)"/.exec(trimmed)?.[1] ?? '';
}

export class CustomXmlPartProxy extends Proxy<PartTarget> {
  constructor(context: FakeContext, path: string, resolver: () => PartTarget | null) {
    super(context, path, resolver);
  }
  protected override scalarProps(): readonly string[] {
    return ['id', 'namespaceUri'];
  }
  protected override snapshot(t: PartTarget, prop: string): unknown {
    const part = partOf(t);
    return prop === 'id' ? part.id : part.namespaceUri;
  }
  get id(): string {
    return this.loaded('id');
  }
  getXml(): FakeClientResult<string> {
    return this.invokeResult('getXml', [], (t) => partOf(t).xml);
  }
  setXml(xml: string): void {
    this.invoke('setXml', [xml], (t) => {
      const part = partOf(t);
      part.namespaceUri = rootNamespace(xml);
      part.xml = xml;
    });
  }
  delete(): void {
    this.invoke('delete', [], (t) => {
      const parts = t.state.xmlParts;
      parts.splice(parts.indexOf(partOf(t)), 1);
    });
  }
}

interface PartsTarget {
  readonly state: WorkbookState;
  readonly namespaceUri?: string;
}

export class CustomXmlPartCollectionProxy extends CollectionProxy<
  PartsTarget,
  PartTarget,
  CustomXmlPartProxy
> {
  constructor(context: FakeContext, path: string, resolver: () => PartsTarget) {
    super(context, path, resolver);
  }
  protected override itemsOf(t: PartsTarget): readonly PartTarget[] {
    return t.state.xmlParts
      .filter((p) => t.namespaceUri === undefined || p.namespaceUri === t.namespaceUri)
      .map((p) => ({ state: t.state, id: p.id }));
  }
  protected override itemProxy(item: PartTarget, i: number): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context, `${this.path}[${i}]`, () => item);
  }
  protected override itemProps(): readonly string[] {
    return ['id', 'namespaceUri'];
  }
  add(xml: string): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context, `${this.path}.add()`, () => {
      this.context.requireApi(5, 'workbook.customXmlParts');
      const t = this.target();
      const id = `{part-${t.state.nextId++}}`;
      t.state.xmlParts.push({ id, xml, namespaceUri: rootNamespace(xml) });
      return { state: t.state, id };
    }).made();
  }
  getByNamespace(namespaceUri: string): CustomXmlPartCollectionProxy {
    return new CustomXmlPartCollectionProxy(
      this.context,
      `${this.path}.getByNamespace(${namespaceUri})`,
      () => ({
        state: this.target().state,
        namespaceUri,
      }),
    );
  }
  getOnlyItemOrNullObject(): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context, `${this.path}.getOnlyItemOrNullObject()`, () => {
      const items = this.itemsOf(this.target());
      return items.length === 1 ? (items[0] ?? null) : null;
    }).made(true);
  }
  getItemOrNullObject(id: string): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context, `${this.path}.getItemOrNullObject(${id})`, () => {
      return this.itemsOf(this.target()).find((p) => p.id === id) ?? null;
    }).made(true);
  }
}

import { fail, FakeExcelError, type FakeErrorCode } from './errors';
import { utf8Bytes, type FakeLimits } from './limits';
import type { WorkbookState } from './state';

/**
 * The request/response machinery of Office.js, reduced to what matters for a host:
 *
 *   proxy calls ──queue──▶ [op, op, op] ──context.sync()──▶ size check ─▶ run in order ─▶ response size
 *                                                                            │               check
 *                                                            first failing op stops the batch (earlier
 *                                                            ops stay applied, as in Excel); loaded values
 *                                                            reach the proxies only when the sync succeeds.
 *
 * A proxy resolves to its state object the first time an op of a sync touches it, and stays bound to it.
 */
export interface OpResult {
  /** What this op adds to the response (measured against the response limit). */
  readonly data: unknown;
  readonly commit: () => void;
}

export interface Op {
  readonly describe: unknown;
  readonly run: () => OpResult | void;
}

export interface SyncRecord {
  readonly index: number;
  readonly ops: number;
  readonly requestBytes: number;
  responseBytes: number;
  error?: string;
  calculationSuspended: boolean;
  screenUpdatingSuspended: boolean;
}

export interface RunRecord {
  readonly delayForCellEdit?: boolean;
  readonly mergeUndoGroup?: boolean;
}

/** Where the fake runs: undo support and a few failure shapes differ by platform. */
export type FakePlatform = 'web' | 'windows' | 'mac';

/**
 * APIs that have no undo support, from Microsoft's table "Undo support with the Excel JavaScript API"
 * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities): inside a run with
 * `mergeUndoGroup` each fails with UndoNotSupported on the platforms listed. Only the members Fupan calls.
 */
export const UNDO_UNSUPPORTED: Readonly<Record<string, readonly FakePlatform[]>> = {
  'Worksheet.delete': ['web', 'windows', 'mac'],
  'Worksheet.name': ['windows', 'mac'],
  'NamedItem.comment': ['web'],
};

/**
 * A failure a test schedules: the next `times` operations whose description (JSON of what was queued, e.g.
 * `{"call":"worksheets.getItem(x).delete"}`) matches `match` fail with `code` — only inside a merged undo
 * group when `grouped` is set. For failures Excel gives for reasons the fake does not model (a co-author,
 * a protected structure, an internal error).
 */
export interface Fault {
  readonly match: RegExp;
  readonly code: FakeErrorCode;
  times: number;
  readonly grouped?: boolean;
}

export interface FakeCore {
  readonly state: WorkbookState;
  limits: FakeLimits;
  /** Highest ExcelApi minor version the fake claims (1.x). */
  apiMinor: number;
  platform: FakePlatform;
  /** Whether the host honours `delayForCellEdit` (the "DelayForCellEdit" capability); ignored if not. */
  delayForCellEdit: boolean;
  /** False once the user switched to another workbook: activate() fails with InactiveWorkbook. */
  workbookActive: boolean;
  /**
   * True after a sync that suspended calculation, until application.calculate runs: the docs make
   * recalculation the add-in's job once it suspended it.
   */
  recalcPending: boolean;
  /** While true, a batch fails unless its run asked for delayForCellEdit (the user is editing a cell). */
  userEditing: boolean;
  readonly faults: Fault[];
  readonly syncs: SyncRecord[];
  readonly runs: RunRecord[];
  /** application.calculate calls, by type. */
  readonly calculations: string[];
}

export class FakeContext {
  private queue: Op[] = [];
  private current: SyncRecord | undefined;

  constructor(
    readonly core: FakeCore,
    readonly runOptions: RunRecord,
  ) {}

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Marks the sync being run; used by application.suspend* ops. */
  flag(which: 'calculationSuspended' | 'screenUpdatingSuspended'): void {
    if (this.current) this.current[which] = true;
    if (which === 'calculationSuspended') this.core.recalcPending = true;
  }

  /** Fails as Excel does when a run merging undo steps calls an API without undo support here. */
  undoable(api: string): void {
    if (!this.runOptions.mergeUndoGroup) return;
    if (UNDO_UNSUPPORTED[api]?.includes(this.core.platform)) {
      fail('UndoNotSupported', `${api} has no undo support on ${this.core.platform}; it cannot be grouped.`);
    }
  }

  requireApi(minor: number, what: string): void {
    if (this.core.apiMinor < minor) fail('ApiNotFound', `${what} needs ExcelApi 1.${minor}.`);
  }

  private injectFault(op: Op): void {
    if (this.core.faults.every((f) => f.times <= 0)) return;
    const text = JSON.stringify(op.describe);
    const fault = this.core.faults.find(
      (f) => f.times > 0 && f.match.test(text) && (!f.grouped || this.runOptions.mergeUndoGroup === true),
    );
    if (!fault) return;
    fault.times--;
    fail(fault.code, `Injected by the test at ${text}.`);
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const ops = this.queue;
    this.queue = [];
    const requestBytes = utf8Bytes(JSON.stringify(ops.map((op) => op.describe)));
    const record: SyncRecord = {
      index: this.core.syncs.length + 1,
      ops: ops.length,
      requestBytes,
      responseBytes: 0,
      calculationSuspended: false,
      screenUpdatingSuspended: false,
    };
    this.core.syncs.push(record);
    try {
      const waits = this.runOptions.delayForCellEdit === true && this.core.delayForCellEdit;
      if (this.core.userEditing && !waits) {
        fail('InvalidOperationInCellEditMode', 'The user is editing a cell.');
      }
      if (requestBytes > this.core.limits.requestBytes) {
        fail('RequestPayloadSizeLimitExceeded', `The request is ${requestBytes} bytes.`);
      }
      if (requestBytes > this.core.limits.generalExceptionBytes) {
        fail('GeneralException', 'An internal error has occurred.');
      }
      this.current = record;
      const results: OpResult[] = [];
      for (const op of ops) {
        this.injectFault(op);
        const result = op.run();
        if (result) results.push(result);
      }
      record.responseBytes = utf8Bytes(JSON.stringify(results.map((r) => r.data)));
      if (record.responseBytes > this.core.limits.responseBytes) {
        fail('ResponsePayloadSizeLimitExceeded', `The response is ${record.responseBytes} bytes.`);
      }
      for (const result of results) result.commit();
    } catch (error) {
      record.error = error instanceof FakeExcelError ? error.code : String(error);
      throw error;
    } finally {
      this.current = undefined;
    }
  }
}

/** A property list as `load` takes it: 'a, b', ['a', 'b'] or { select: 'a,b' }. */
export type LoadSpec = string | string[] | { select?: string } | undefined;

export function parseLoadSpec(spec: LoadSpec): string[] | undefined {
  if (spec === undefined) return undefined;
  const text = typeof spec === 'string' ? spec : Array.isArray(spec) ? spec.join(',') : (spec.select ?? '');
  const props = text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return props.length > 0 ? props : undefined;
}

/** A value returned by a method (e.g. getXml()): readable after the sync that computed it. */
export class FakeClientResult<V> {
  private has = false;
  private stored: V | undefined;

  set(value: V): void {
    this.stored = value;
    this.has = true;
  }

  get value(): V {
    if (!this.has) fail('PropertyNotLoaded', 'The result is not available before context.sync().');
    return this.stored as V;
  }
}

export abstract class Proxy<T> {
  private bound: { readonly value: T | null } | undefined;
  private readonly loadedProps = new Map<string, unknown>();
  private nullKnown: boolean | undefined;

  protected constructor(
    readonly context: FakeContext,
    readonly path: string,
    private readonly resolver: () => T | null,
  ) {}

  /** Scalar properties that `load()` without arguments loads. */
  protected abstract scalarProps(): readonly string[];
  /** The value of one scalar property, read from the state. */
  protected abstract snapshot(target: T, prop: string): unknown;

  resolveMaybe(): T | null {
    if (!this.bound) this.bound = { value: this.resolver() };
    return this.bound.value;
  }

  target(): T {
    const value = this.resolveMaybe();
    if (value === null) fail('ItemNotFound', `${this.path} is a null object.`);
    return value;
  }

  /** Queues the op that resolves this proxy where the method that made it was called. */
  made(nullable = false): this {
    this.context.enqueue({
      describe: { get: this.path },
      run: () => {
        const value = this.resolveMaybe();
        if (value === null && !nullable) fail('ItemNotFound', `${this.path} does not exist.`);
        return { data: null, commit: () => (this.nullKnown = value === null) };
      },
    });
    return this;
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined) fail('PropertyNotLoaded', `isNullObject of ${this.path} needs a sync.`);
    return this.nullKnown;
  }

  load(spec?: LoadSpec): this {
    const props = parseLoadSpec(spec) ?? [...this.scalarProps()];
    for (const prop of props) {
      if (prop.includes('/') && !this.acceptsPath(prop)) {
        throw new Error(`The Excel fake does not model the load path "${prop}"; load it from its own proxy.`);
      }
    }
    this.context.enqueue({
      describe: { load: this.path, props },
      run: () => {
        const target = this.resolveMaybe();
        if (target === null) return { data: null, commit: () => (this.nullKnown = true) };
        const snap = this.loadSnapshot(target, props);
        return { data: snap.data, commit: () => snap.commit() };
      },
    });
    return this;
  }

  protected acceptsPath(_prop: string): boolean {
    return false;
  }

  protected loadSnapshot(target: T, props: readonly string[]): OpResult {
    const data: Record<string, unknown> = {};
    for (const prop of props) data[prop] = this.snapshot(target, prop);
    return {
      data,
      commit: () => {
        this.nullKnown = false;
        for (const prop of props) this.loadedProps.set(prop, data[prop]);
      },
    };
  }

  /** Marks props as loaded from a collection load. */
  acceptLoaded(data: Record<string, unknown>): void {
    this.nullKnown = false;
    for (const [prop, value] of Object.entries(data)) this.loadedProps.set(prop, value);
  }

  snapshotProps(target: T, props: readonly string[] | undefined): Record<string, unknown> {
    const data: Record<string, unknown> = {};
    for (const prop of props ?? this.scalarProps()) data[prop] = this.snapshot(target, prop);
    return data;
  }

  protected loaded<V>(prop: string): V {
    if (!this.loadedProps.has(prop)) {
      fail(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Before reading the property's value, call the load method ` +
          'on the containing object and call "context.sync()" on the associated request context.',
      );
    }
    return this.loadedProps.get(prop) as V;
  }

  protected setProp(prop: string, value: unknown, apply: (target: T) => void): void {
    this.context.enqueue({
      describe: { set: `${this.path}.${prop}`, value },
      run: () => {
        apply(this.target());
      },
    });
  }

  protected invoke(method: string, args: unknown[], apply: (target: T) => void): void {
    this.context.enqueue({
      describe: { call: `${this.path}.${method}`, args },
      run: () => {
        apply(this.target());
      },
    });
  }

  protected invokeResult<V>(method: string, args: unknown[], compute: (target: T) => V): FakeClientResult<V> {
    const result = new FakeClientResult<V>();
    this.context.enqueue({
      describe: { call: `${this.path}.${method}`, args },
      run: () => {
        const value = compute(this.target());
        return { data: value, commit: () => result.set(value) };
      },
    });
    return result;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedProps);
  }
}

/**
 * A collection proxy: `load('name')` or `load('items/name')` loads every item's props; `items` is then a list
 * of item proxies bound to the items as they were at that sync.
 */
export abstract class CollectionProxy<T, I, P extends Proxy<I>> extends Proxy<T> {
  private loadedItems: P[] | undefined;

  protected abstract itemsOf(target: T): readonly I[];
  protected abstract itemProxy(item: I, index: number): P;
  protected abstract itemProps(): readonly string[];

  protected override scalarProps(): readonly string[] {
    return ['count'];
  }

  protected override snapshot(target: T, prop: string): unknown {
    if (prop === 'count') return this.itemsOf(target).length;
    fail('InvalidArgument', `Unknown collection property ${prop}.`);
  }

  protected override acceptsPath(prop: string): boolean {
    return prop.startsWith('items/') && !prop.slice(6).includes('/');
  }

  protected override loadSnapshot(target: T, props: readonly string[]): OpResult {
    const wantsCount = props.includes('count');
    const itemProps = props
      .filter((p) => p !== 'count')
      .map((p) => (p.startsWith('items/') ? p.slice(6) : p));
    const items = this.itemsOf(target);
    const proxies = items.map((item, i) => this.itemProxy(item, i));
    const loadAll = itemProps.length === 0 || itemProps.includes('items');
    const rows = proxies.map((proxy, i) =>
      proxy.snapshotProps(items[i] as I, loadAll ? undefined : itemProps.filter((p) => p !== 'items')),
    );
    const count = items.length;
    return {
      data: { count: wantsCount ? count : undefined, items: rows },
      commit: () => {
        proxies.forEach((proxy, i) => proxy.acceptLoaded(rows[i] ?? {}));
        this.loadedItems = proxies;
        this.acceptLoaded(wantsCount ? { count } : {});
      },
    };
  }

  get items(): P[] {
    if (!this.loadedItems) fail('PropertyNotLoaded', `items of ${this.path} are not loaded.`);
    return this.loadedItems;
  }

  get count(): number {
    return this.loaded<number>('count');
  }
}

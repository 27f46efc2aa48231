import type { ExcelHost, HostRunOptions } from '../../../src/excel/host';
import { FakeExcelError } from '../excelFake/errors';
import { FakeExcel, type FakeExcelOptions } from '../excelFake/fakeExcel';
import { CollectionProxy, FakeClientResult, Proxy } from '../excelFake/proxy';
import { FakeRequestContext } from '../excelFake/workbook';
import {
  loadOfficeClient,
  type OfficeClient,
  type RichApiAction,
  type RichApiRequest,
  type RichApiRequestBody,
  type RichApiResponse,
} from './client';

/** One ProcessQuery round trip, measured on the serialised bytes. */
export interface WireRecord {
  readonly actions: number;
  /**
   * The client's own release of the references a run kept (`_RemoveReference`), sent once at the end of
   * an Excel.run: a round trip, but no `context.sync()` of the add-in's.
   */
  readonly cleanup: boolean;
  readonly requestUtf8: number;
  readonly requestUtf16: number;
  responseUtf8: number;
  responseUtf16: number;
  error?: string;
}

type AnyObject = Record<string, unknown> & object;

const camel = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);
const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

function pascalKeys(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [pascal(k), v]));
}

/**
 * A workbook that answers Microsoft's own Excel client over its RichApi protocol. Each request's
 * ObjectPaths and Actions are replayed, in order, onto the Excel fake's proxies (the fake's state model
 * and failure rules are the core), synced as one batch, and answered with the client's response shape:
 * `Results` per action (`_ReferenceId` for every object, so later requests address it by reference, and
 * PascalCase property values for queries), or `Error` with the fake's code.
 *
 * The npm client (1.1.110) predates `mergeUndoGroup`: run options reach the emulator out of band, through
 * `host.run`, and are applied to the batch as the fake applies them.
 */
export class WorkbookEmulator {
  readonly excel: FakeExcel;
  readonly client: OfficeClient;
  readonly host: ExcelHost;
  readonly wire: WireRecord[] = [];
  private context: FakeRequestContext | undefined;
  private refs = new Map<string, unknown>();
  private nextRef = 1;

  constructor(options: FakeExcelOptions = {}) {
    this.excel = new FakeExcel(options);
    this.client = loadOfficeClient((request) => this.answer(request));
    const fake = this.excel;
    this.host = {
      run: async <T>(runOptions: HostRunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => {
        if (runOptions.mergeUndoGroup && fake.core.apiMinor < 20) {
          throw new Error('mergeUndoGroup passed to a host without ExcelApi 1.20');
        }
        fake.core.runs.push({ ...runOptions });
        this.context = new FakeRequestContext(fake.core, { ...runOptions });
        this.refs = new Map();
        const options = runOptions.delayForCellEdit ? { delayForCellEdit: true } : {};
        return this.client.Excel.run(options, batch);
      },
      isSetSupported: (version) => fake.host.isSetSupported(version),
    };
  }

  private reference(target: unknown): string {
    const id = `emu${this.nextRef++}`;
    this.refs.set(id, target);
    return id;
  }

  private async answer(request: RichApiRequest): Promise<RichApiResponse> {
    const body: RichApiRequestBody =
      typeof request.body === 'string' ? (JSON.parse(request.body) as RichApiRequestBody) : request.body;
    const requestText = JSON.stringify(body);
    const record: WireRecord = {
      actions: body.Actions.length,
      cleanup: body.Actions.every((a) => a.ActionType === 1 || a.Name === '_RemoveReference'),
      requestUtf8: Buffer.byteLength(requestText, 'utf8'),
      requestUtf16: requestText.length * 2,
      responseUtf8: 0,
      responseUtf16: 0,
    };
    this.wire.push(record);
    let responseBody: unknown;
    try {
      responseBody = { Results: await this.replay(body) };
    } catch (error) {
      const code = error instanceof FakeExcelError ? error.code : 'GeneralException';
      record.error = code;
      responseBody = {
        Error: {
          Code: code,
          Message: error instanceof Error ? error.message : String(error),
          HttpStatusCode: 400,
        },
      };
    }
    const text = JSON.stringify(responseBody);
    record.responseUtf8 = Buffer.byteLength(text, 'utf8');
    record.responseUtf16 = text.length * 2;
    return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: text };
  }

  private async replay(body: RichApiRequestBody): Promise<{ ActionId: number; Value: unknown }[]> {
    const context = this.context;
    if (!context) throw new Error('A request arrived outside host.run.');
    const objects = new Map<number, unknown>();
    const args = (info: RichApiAction['ArgumentInfo']): unknown[] =>
      (info?.Arguments ?? []).map((arg, i) => {
        const ref = info?.ReferencedObjectPathIds?.[i];
        return ref ? resolve(ref) : arg;
      });
    const resolve = (id: number): unknown => {
      if (objects.has(id)) return objects.get(id);
      const path = body.ObjectPaths[String(id)];
      if (!path) throw new Error(`Unknown object path ${id}.`);
      const parent = (): AnyObject => resolve(path.ParentObjectPathId ?? -1) as AnyObject;
      let value: unknown;
      switch (path.ObjectPathType) {
        case 1:
          value = context.workbook;
          break;
        case 3: {
          const method = parent()[camel(path.Name)];
          if (typeof method !== 'function') {
            const chain: string[] = [];
            for (let p: typeof path | undefined = path; p; p = body.ObjectPaths[String(p.ParentObjectPathId)])
              chain.unshift(`${p.Name}(${JSON.stringify(p.ArgumentInfo?.Arguments ?? [])})`);
            throw new Error(`The fake has no method ${chain.join('.')}.`);
          }
          value = (method as (...a: unknown[]) => unknown).apply(parent(), args(path.ArgumentInfo));
          break;
        }
        case 4:
          value = parent()[camel(path.Name)];
          break;
        case 5:
          value = (parent().getItem as (...a: unknown[]) => unknown).apply(parent(), args(path.ArgumentInfo));
          break;
        case 6:
          value = this.refs.get(path.Name);
          if (value === undefined) throw new Error(`Unknown reference ${path.Name}.`);
          break;
        case 7:
          value = null;
          break;
        default:
          throw new Error(`The emulator does not model object path type ${path.ObjectPathType}.`);
      }
      objects.set(id, value);
      return value;
    };

    const answers: { id: number; value: () => unknown }[] = [];
    for (const action of body.Actions) {
      const target = resolve(action.ObjectPathId) as AnyObject | null;
      switch (action.ActionType) {
        case 1:
          answers.push({ id: action.Id, value: () => this.instantiated(target) });
          break;
        case 2: {
          const select = action.QueryInfo?.Select;
          if (target instanceof Proxy)
            target.load(select && select.length > 0 ? select.join(',') : undefined);
          answers.push({ id: action.Id, value: () => this.queried(target) });
          break;
        }
        case 3: {
          // The client's own bookkeeping (_KeepReference, _ValidateArraySize…): nothing in the workbook.
          if (action.Name.startsWith('_')) break;
          const method = target?.[camel(action.Name)] as ((...a: unknown[]) => unknown) | undefined;
          if (typeof method !== 'function') throw new Error(`The fake has no method ${action.Name}.`);
          const result = method.apply(target, args(action.ArgumentInfo));
          answers.push({
            id: action.Id,
            value: () => (result instanceof FakeClientResult ? (result.value as unknown) : null),
          });
          break;
        }
        case 4:
          if (target) target[camel(action.Name)] = args(action.ArgumentInfo)[0];
          break;
        default:
          break;
      }
    }
    await context.sync();
    return answers.map((a) => ({ ActionId: a.id, Value: a.value() }));
  }

  private instantiated(target: unknown): unknown {
    if (target instanceof Proxy) {
      const value = (target as Proxy<unknown>).resolveMaybe();
      return value === null ? null : { _ReferenceId: this.reference(target) };
    }
    return target === null || target === undefined ? null : { _ReferenceId: this.reference(target) };
  }

  private queried(target: unknown): unknown {
    if (!(target instanceof Proxy)) return null;
    if ((target as Proxy<unknown>).resolveMaybe() === null) return null;
    const own = pascalKeys(target.toJSON());
    if (target instanceof CollectionProxy) {
      const items = (target.items as Proxy<unknown>[]).map((item) => ({
        ...pascalKeys(item.toJSON()),
        _ReferenceId: this.reference(item),
      }));
      return { ...own, _Items: items };
    }
    return { ...own, _ReferenceId: this.reference(target) };
  }
}

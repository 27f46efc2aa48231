import { fail } from './errors';
import { NamedItemCollectionProxy } from './names';
import { FakeContext, Proxy, type FakeCore, type RunRecord } from './proxy';
import { CustomXmlPartCollectionProxy, SettingCollectionProxy } from './settings';
import type { WorkbookState } from './state';
import { TableCollectionProxy } from './tables';
import { WorksheetCollectionProxy } from './worksheet';

const CALCULATION_TYPES = ['Recalculate', 'Full', 'FullRebuild'];

export class ApplicationProxy extends Proxy<WorkbookState> {
  constructor(context: FakeContext, path: string, resolver: () => WorkbookState) {
    super(context, path, resolver);
  }
  protected override scalarProps(): readonly string[] {
    return ['calculationMode'];
  }
  protected override snapshot(): unknown {
    return 'Automatic';
  }
  get calculationMode(): string {
    return this.loaded('calculationMode');
  }
  suspendApiCalculationUntilNextSync(): void {
    this.invoke('suspendApiCalculationUntilNextSync', [], () => {
      this.context.requireApi(6, 'suspendApiCalculationUntilNextSync');
      this.context.flag('calculationSuspended');
    });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.invoke('suspendScreenUpdatingUntilNextSync', [], () => {
      this.context.requireApi(9, 'suspendScreenUpdatingUntilNextSync');
      this.context.flag('screenUpdatingSuspended');
    });
  }
  calculate(type: string): void {
    this.invoke('calculate', [type], () => {
      if (!CALCULATION_TYPES.includes(type)) fail('InvalidArgument', `Unknown calculation type ${type}.`);
      this.context.core.calculations.push(type);
      this.context.core.recalcPending = false;
    });
  }
}

export class WorkbookProxy extends Proxy<WorkbookState> {
  constructor(context: FakeContext) {
    super(context, 'workbook', () => context.core.state);
  }
  protected override scalarProps(): readonly string[] {
    return ['name'];
  }
  protected override snapshot(): unknown {
    return 'Book1.xlsx';
  }
  get worksheets(): WorksheetCollectionProxy {
    return new WorksheetCollectionProxy(this.context, 'worksheets', () => this.target());
  }
  get names(): NamedItemCollectionProxy {
    return new NamedItemCollectionProxy(this.context, 'names', () => this.target());
  }
  get tables(): TableCollectionProxy {
    return new TableCollectionProxy(this.context, 'tables', () => ({}));
  }
  get settings(): SettingCollectionProxy {
    return new SettingCollectionProxy(this.context, 'settings', () => this.target());
  }
  get customXmlParts(): CustomXmlPartCollectionProxy {
    return new CustomXmlPartCollectionProxy(this.context, 'customXmlParts', () => ({ state: this.target() }));
  }
  get application(): ApplicationProxy {
    return new ApplicationProxy(this.context, 'application', () => this.target());
  }
}

/** What `Excel.run` hands the batch: `context.workbook`, `context.application`, `context.sync()`. */
export class FakeRequestContext extends FakeContext {
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;

  constructor(core: FakeCore, runOptions: RunRecord) {
    super(core, runOptions);
    this.workbook = new WorkbookProxy(this);
    this.application = this.workbook.application;
  }
}

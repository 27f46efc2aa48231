import type { Document, Element } from '@xmldom/xmldom';
import { children, Package } from './Package';
import { CONTENT_TYPE, NS, REL_TYPE } from './ooxml';

export interface SheetRef {
  readonly name: string;
  readonly part: string | undefined;
  readonly element: Element;
}

export interface DefinedNameSpec {
  readonly name: string;
  /** Formula text without '=', e.g. "'Trend'!$A$1:$C$10". */
  readonly formula: string;
  readonly comment?: string;
  readonly hidden?: boolean;
  /** Scopes the name to the sheet at this 0-based position of the sheet list (e.g. a print area). */
  readonly localSheetId?: number;
}

/**
 * Edits the workbook part of a package: its sheet list, defined names and view, and the parts that
 * hang off a removed sheet. Sheets are found and changed through the package's own relationships.
 */
export class WorkbookEditor {
  private constructor(
    readonly pkg: Package,
    readonly part: string,
    private readonly doc: Document,
  ) {}

  static async open(pkg: Package): Promise<WorkbookEditor> {
    const root = await pkg.rels('');
    const part = root.find((r) => r.type.endsWith('/officeDocument') && !r.external)?.target;
    if (!part || !pkg.has(part)) throw new Error('The package has no workbook part');
    return new WorkbookEditor(pkg, part, await pkg.xml(part));
  }

  /** Transitional SpreadsheetML, the format Fupan writes (not ISO Strict, whose namespaces differ). */
  get isTransitional(): boolean {
    return this.root.namespaceURI === NS.main;
  }

  private get root(): Element {
    return this.doc.documentElement as Element;
  }

  /** The workbook's child element `local`, created in schema order when missing. */
  private container(local: string, before: readonly string[]): Element {
    const existing = children(this.root, NS.main, local)[0];
    if (existing) return existing;
    const el = this.doc.createElementNS(NS.main, qualified(this.root, local));
    const next = before.map((b) => children(this.root, NS.main, b)[0]).find((e) => e !== undefined);
    this.root.insertBefore(el, next ?? null);
    return el;
  }

  async sheets(): Promise<SheetRef[]> {
    const rels = await this.pkg.rels(this.part);
    const sheets = children(this.root, NS.main, 'sheets')[0];
    return (sheets ? children(sheets, NS.main, 'sheet') : []).map((element) => {
      const rel = rels.find((r) => r.id === element.getAttributeNS(NS.rel, 'id'));
      return {
        name: element.getAttribute('name') ?? '',
        part: rel && rel.type === REL_TYPE.worksheet && !rel.external ? rel.target : undefined,
        element,
      };
    });
  }

  definedNames(): Element[] {
    const names = children(this.root, NS.main, 'definedNames')[0];
    return names ? children(names, NS.main, 'definedName') : [];
  }

  /** Removes a sheet, its relationship, the parts only it used, and the names scoped to it. */
  async removeSheet(name: string): Promise<void> {
    const sheets = await this.sheets();
    const index = sheets.findIndex((s) => s.name === name);
    const sheet = sheets[index];
    if (!sheet) return;
    const owned = sheet.part ? await this.reachableFrom([sheet.part]) : new Set<string>();
    sheet.element.parentNode?.removeChild(sheet.element);
    await this.pkg.removeRel(this.part, sheet.element.getAttributeNS(NS.rel, 'id') ?? '');
    this.shiftViews(index);
    for (const el of this.definedNames()) {
      const local = el.getAttribute('localSheetId');
      if (local === null) continue;
      const id = Number(local);
      if (id === index) el.parentNode?.removeChild(el);
      else if (id > index) el.setAttribute('localSheetId', String(id - 1));
    }
    const stillUsed = await this.reachableFrom(['']);
    for (const part of owned) {
      if (stillUsed.has(part)) continue;
      this.pkg.remove(part);
      this.pkg.remove(Package.relsPath(part));
      await this.pkg.removeContentType(part);
    }
    await this.dropCalcChain();
  }

  /** Keeps the workbook views' active and first tab on the same sheets once sheet `removed` is gone. */
  private shiftViews(removed: number): void {
    const views = children(this.root, NS.main, 'bookViews')[0];
    for (const view of views ? children(views, NS.main, 'workbookView') : []) {
      for (const attribute of ['activeTab', 'firstSheet']) {
        const value = Number(view.getAttribute(attribute) ?? 0);
        if (value > removed) view.setAttribute(attribute, String(value - 1));
      }
    }
  }

  /** Excel rebuilds the calculation chain; a stale one naming removed cells makes it repair the file. */
  private async dropCalcChain(): Promise<void> {
    for (const rel of await this.pkg.rels(this.part)) {
      if (!rel.type.endsWith('/calcChain')) continue;
      await this.pkg.removeRel(this.part, rel.id);
      this.pkg.remove(rel.target);
      await this.pkg.removeContentType(rel.target);
    }
  }

  /** Every internal part reachable through relationships from the given parts ('' = the package). */
  private async reachableFrom(starts: readonly string[]): Promise<Set<string>> {
    const seen = new Set<string>(starts.filter((s) => s !== ''));
    const queue = [...starts];
    for (let part = queue.pop(); part !== undefined; part = queue.pop()) {
      for (const rel of await this.pkg.rels(part)) {
        if (rel.external || seen.has(rel.target)) continue;
        seen.add(rel.target);
        queue.push(rel.target);
      }
    }
    return seen;
  }

  /** Adds a worksheet part at the end of the sheet list; returns the part and the sheet's position. */
  async addSheet(name: string, xml: string): Promise<{ part: string; index: number }> {
    const part = this.pkg.freeName('xl/worksheets/sheet', '.xml');
    this.pkg.put(part, xml);
    await this.pkg.setContentType(part, CONTENT_TYPE.worksheet);
    const rid = await this.pkg.addRel(this.part, REL_TYPE.worksheet, part);
    const sheets = this.container('sheets', SHEETS_FOLLOWERS);
    const ids = children(sheets, NS.main, 'sheet').map((s) => Number(s.getAttribute('sheetId') ?? 0));
    const el = this.doc.createElementNS(NS.main, qualified(this.root, 'sheet'));
    el.setAttribute('name', name);
    el.setAttribute('sheetId', String(Math.max(0, ...ids) + 1));
    el.setAttributeNS(NS.rel, `${relPrefix(this.root)}:id`, rid);
    sheets.appendChild(el);
    return { part, index: children(sheets, NS.main, 'sheet').length - 1 };
  }

  removeDefinedNames(predicate: (name: string) => boolean): void {
    for (const el of this.definedNames()) {
      if (predicate(el.getAttribute('name') ?? '')) el.parentNode?.removeChild(el);
    }
  }

  addDefinedName(spec: DefinedNameSpec): void {
    const names = this.container('definedNames', DEFINED_NAMES_FOLLOWERS);
    const el = this.doc.createElementNS(NS.main, qualified(this.root, 'definedName'));
    el.setAttribute('name', spec.name);
    if (spec.comment) el.setAttribute('comment', spec.comment);
    if (spec.localSheetId !== undefined) el.setAttribute('localSheetId', String(spec.localSheetId));
    if (spec.hidden) el.setAttribute('hidden', '1');
    el.appendChild(this.doc.createTextNode(spec.formula));
    names.appendChild(el);
  }

  /** Makes the sheet at `index` the active tab. */
  setActiveTab(index: number): void {
    const views = this.container('bookViews', BOOK_VIEWS_FOLLOWERS);
    let view = children(views, NS.main, 'workbookView')[0];
    if (!view) {
      view = this.doc.createElementNS(NS.main, qualified(this.root, 'workbookView'));
      views.appendChild(view);
    }
    view.setAttribute('activeTab', String(index));
    if (Number(view.getAttribute('firstSheet') ?? 0) > index) view.setAttribute('firstSheet', String(index));
  }
}

/** CT_Workbook's children that follow <sheets>, <definedNames> and <bookViews>, in schema order. */
const DEFINED_NAMES_FOLLOWERS = [
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];
const SHEETS_FOLLOWERS = ['functionGroups', 'externalReferences', 'definedNames', ...DEFINED_NAMES_FOLLOWERS];
const BOOK_VIEWS_FOLLOWERS = ['sheets', ...SHEETS_FOLLOWERS];

/** A name in the main namespace with the prefix the root element uses for it ('x:sheet' or 'sheet'). */
function qualified(root: Element, local: string): string {
  return root.prefix ? `${root.prefix}:${local}` : local;
}

/** The prefix the workbook declares for the relationships namespace, declaring 'r' when it has none. */
function relPrefix(root: Element): string {
  const prefix = root.lookupPrefix(NS.rel);
  if (prefix) return prefix;
  root.setAttribute('xmlns:r', NS.rel);
  return 'r';
}

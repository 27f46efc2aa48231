import type { LinkCell, SheetKey } from '../types';

/** Where an anchor of another planned sheet landed: its sheet's name and the cell; null when not planned. */
export type ResolveAnchor = (
  sheet: SheetKey,
  anchor: string,
) => { readonly sheet: string; readonly address: string } | null;

/**
 * The basis links of the plan sheet: every proposed number's row links to the cell its basis sits in — this
 * campaign's value on a KPI sheet, the diagnostics, or a table of the plan sheet itself — written as the
 * retro's are, `→ Sheet!A1`.
 */
export class BasisLinks {
  constructor(
    private readonly resolve: ResolveAnchor,
    private readonly ownSheet: string,
  ) {}

  /** A link to the first of `anchors` (on `sheet`) that was planned; null when none was. */
  to(sheet: SheetKey, ...anchors: readonly string[]): LinkCell | null {
    for (const anchor of anchors) {
      const target = this.resolve(sheet, anchor);
      if (target) return link(target.sheet, target.address);
    }
    return null;
  }

  /** A link to a cell of the plan sheet itself. */
  here(address: string): LinkCell {
    return link(this.ownSheet, address);
  }
}

function link(sheet: string, address: string): LinkCell {
  return { kind: 'link', text: `→ ${sheet}!${address}`, sheet, address };
}

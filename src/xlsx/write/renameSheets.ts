import type { WorkbookPlan } from '../../core/plan/types';

/** Excel's limit on a sheet name's length. */
const MAX_SHEET_NAME = 31;

/**
 * The name a planned sheet gets when the workbook already has a sheet of that name that is not Fupan's:
 * 'Name (2)', 'Name (3)', … shortened to fit 31 characters, unique ignoring case.
 */
export function freeSheetName(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = wanted.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * The plan with sheets renamed (old name → new name) and every reference to them followed: formulas,
 * links, chart series, named ranges and the active sheet.
 */
export function renameSheets(plan: WorkbookPlan, renames: ReadonlyMap<string, string>): WorkbookPlan {
  if (renames.size === 0) return plan;
  const rename = (name: string): string => renames.get(name) ?? name;
  const fix = (formula: string): string => renameInFormula(formula, renames);
  return {
    ...plan,
    activeSheet: rename(plan.activeSheet),
    namedRanges: plan.namedRanges.map((n) => ({ ...n, sheet: rename(n.sheet) })),
    sheets: plan.sheets.map((sheet) => ({
      ...sheet,
      name: rename(sheet.name),
      blocks: sheet.blocks.map((block) => ({
        ...block,
        cells: block.cells.map((row) =>
          row.map((cell) => {
            if (cell === null || typeof cell !== 'object') return cell;
            if (cell.kind === 'link') return { ...cell, sheet: rename(cell.sheet) };
            return { ...cell, formula: fix(cell.formula) };
          }),
        ),
      })),
      charts: sheet.charts.map((chart) => ({
        ...chart,
        series: chart.series.map((s) => ({ ...s, categories: fix(s.categories), values: fix(s.values) })),
      })),
    })),
  };
}

/**
 * Rewrites sheet references ('Old Name'!A1, Old!A1) in a formula, leaving string literals alone.
 */
export function renameInFormula(formula: string, renames: ReadonlyMap<string, string>): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part; // a string literal
      return part.replace(
        /'((?:[^']|'')+)'!|([A-Za-z_\u00A0-\uFFFF][\w.\u00A0-\uFFFF]*)!/g,
        (whole, quoted?: string, bare?: string) => {
          const name = quoted !== undefined ? quoted.replace(/''/g, "'") : (bare ?? '');
          const to = renames.get(name);
          return to === undefined ? whole : `'${to.replace(/'/g, "''")}'!`;
        },
      );
    })
    .join('');
}

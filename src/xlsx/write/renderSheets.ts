import ExcelJS from 'exceljs';
import { parseRange } from '../../core/plan/a1';
import type { ConditionalFormatPlan, PlanCell, PrintPlan, SheetPlan } from '../../core/plan/types';
import { applyCellStyle, argb } from './cellStyle';

/** Excel's error values: a formula whose cached result is one of them is written as an error. */
const ERROR_VALUES = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
]);

/**
 * Renders the plan's sheets with exceljs into a workbook of their own: values (a string is always text),
 * formulas with cached results, number formats, styles, column widths, frozen panes, gridlines, tab colour,
 * merges and conditional formats. Hyperlinks, tables, charts, defined names and the sheets' place in the
 * target workbook are added when the package is assembled (see mergeIntoPackage).
 */
export async function renderSheets(sheets: readonly SheetPlan[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) renderSheet(wb, sheet);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function renderSheet(wb: ExcelJS.Workbook, plan: SheetPlan): void {
  const freeze = plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0) ? plan.freeze : undefined;
  const view = (
    freeze
      ? { state: 'frozen', xSplit: freeze.columns, ySplit: freeze.rows, showGridLines: plan.showGridlines }
      : { state: 'normal', showGridLines: plan.showGridlines }
  ) as Partial<ExcelJS.WorksheetView>;
  const ws = wb.addWorksheet(plan.name, {
    properties: plan.tabColor ? { tabColor: { argb: argb(plan.tabColor) } } : {},
    views: [view],
    ...(plan.print ? { pageSetup: pageSetup(plan.print) } : {}),
  });
  // The print area and title rows are workbook names (_xlnm.*), added when the package is assembled.
  if (plan.print) ws.headerFooter = { oddFooter: footerCodes(plan.print.footer) };
  for (const { col, width } of plan.columnWidths) ws.getColumn(col + 1).width = width;
  for (const { row, height } of plan.rowHeights ?? []) ws.getRow(row + 1).height = height;
  for (const block of plan.blocks) {
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell !== null) ws.getCell(block.row + r + 1, block.col + c + 1).value = cellValue(cell);
      }),
    );
  }
  for (const format of plan.formats) {
    const { row, col, rows, cols } = parseRange(format.range);
    for (let r = row; r < row + rows; r++) {
      for (let c = col; c < col + cols; c++) {
        const cell = ws.getCell(r + 1, c + 1);
        if (format.numberFormat !== undefined) cell.numFmt = format.numberFormat;
        if (format.style) {
          const edges = new Set<'top' | 'left' | 'bottom' | 'right'>();
          if (r === row) edges.add('top');
          if (r === row + rows - 1) edges.add('bottom');
          if (c === col) edges.add('left');
          if (c === col + cols - 1) edges.add('right');
          applyCellStyle(cell, format.style, edges);
        }
      }
    }
  }
  for (const range of plan.merges) ws.mergeCells(range);
  plan.conditionalFormats.forEach((cf, i) =>
    ws.addConditionalFormatting({ ref: cf.range, rules: [conditionalRule(cf, i + 1)] }),
  );
}

/** Paper size 9 is A4 in SpreadsheetML's numbering (ECMA-376 Part 1, 18.3.1.63). */
const PAPER_SIZE = { A4: 9 } as const;

function pageSetup(print: PrintPlan): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: PAPER_SIZE[print.paper],
    orientation: print.orientation,
    ...(print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
    horizontalCentered: print.centerHorizontally,
    margins: { ...print.margins },
  };
}

/** One footer in header/footer codes: &L starts the left part, &R the right part. */
export function footerCodes(footer: PrintPlan['footer']): string {
  return `&L${footer.left}&R${footer.right}`;
}

/** A plan cell as an exceljs value. A link is written as its text; the hyperlink is added later. */
export function cellValue(cell: Exclude<PlanCell, null>): ExcelJS.CellValue {
  if (typeof cell !== 'object') return cell;
  if (cell.kind === 'link') return cell.text;
  const formula = cell.formula.replace(/^=/, '');
  if (cell.value === null) return { formula } as ExcelJS.CellFormulaValue;
  const result =
    typeof cell.value === 'string' && ERROR_VALUES.has(cell.value) ? { error: cell.value } : cell.value;
  return { formula, result } as ExcelJS.CellFormulaValue;
}

const ICON_SETS = {
  threeSymbols: '3Symbols',
  threeTrafficLights1: '3TrafficLights1',
  threeArrows: '3Arrows',
} as const;

function conditionalRule(cf: ConditionalFormatPlan, priority: number): ExcelJS.ConditionalFormattingRule {
  switch (cf.kind) {
    case 'iconSet':
      return {
        type: 'iconSet',
        priority,
        iconSet: ICON_SETS[cf.icons],
        cfvo: [
          { type: 'percent', value: 0 },
          { type: 'num', value: cf.thresholds[0] },
          { type: 'num', value: cf.thresholds[1] },
        ],
      } as ExcelJS.ConditionalFormattingRule;
    case 'colorScale': {
      const mid = cf.midColor;
      return {
        type: 'colorScale',
        priority,
        cfvo: mid
          ? [{ type: 'min' }, { type: 'percentile', value: 50 }, { type: 'max' }]
          : [{ type: 'min' }, { type: 'max' }],
        color: (mid ? [cf.minColor, mid, cf.maxColor] : [cf.minColor, cf.maxColor]).map((c) => ({
          argb: argb(c),
        })),
      } as ExcelJS.ConditionalFormattingRule;
    }
    case 'dataBar':
      return {
        type: 'dataBar',
        priority,
        cfvo: [{ type: 'min' }, { type: 'max' }],
        color: { argb: argb(cf.color) },
      } as ExcelJS.ConditionalFormattingRule;
    case 'cellValue':
      return {
        type: 'cellIs',
        priority,
        operator: cf.operator,
        formulae: cf.formula2 === undefined ? [cf.formula1] : [cf.formula1, cf.formula2],
        style: {
          ...(cf.fontColor && { font: { color: { argb: argb(cf.fontColor) } } }),
          ...(cf.fill && { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) } } }),
        },
      } as ExcelJS.ConditionalFormattingRule;
  }
}

import type { CellValueFormat, ConditionalFormatPlan } from '../core/plan/types';

const ICON_SETS = {
  threeSymbols: 'ThreeSymbols',
  threeTrafficLights1: 'ThreeTrafficLights1',
  threeArrows: 'ThreeArrows',
} as const;

const OPERATORS: Record<CellValueFormat['operator'], Excel.ConditionalCellValueRule['operator']> = {
  greaterThan: 'GreaterThan',
  greaterThanOrEqual: 'GreaterThanOrEqual',
  lessThan: 'LessThan',
  lessThanOrEqual: 'LessThanOrEqual',
  between: 'Between',
  equal: 'EqualTo',
};

/** Rule formulas as the Office.js samples write them: with a leading '='. */
function ruleFormula(formula: string): string {
  return formula.startsWith('=') ? formula : `=${formula}`;
}

/** Queues one conditional format (ExcelApi 1.6) on a range of the sheet. */
export function addConditionalFormat(sheet: Excel.Worksheet, plan: ConditionalFormatPlan): void {
  const formats = sheet.getRange(plan.range).conditionalFormats;
  switch (plan.kind) {
    case 'iconSet': {
      const cf = formats.add('IconSet').iconSet;
      cf.style = ICON_SETS[plan.icons];
      // The first criterion (lowest icon) is implied; the docs' samples leave it empty.
      cf.criteria = [
        {} as Excel.ConditionalIconCriterion,
        { type: 'Number', operator: 'GreaterThanOrEqual', formula: `=${plan.thresholds[0]}` },
        { type: 'Number', operator: 'GreaterThanOrEqual', formula: `=${plan.thresholds[1]}` },
      ];
      return;
    }
    case 'colorScale': {
      const criteria: Excel.ConditionalColorScaleCriteria = {
        minimum: { type: 'LowestValue', color: plan.minColor },
        maximum: { type: 'HighestValue', color: plan.maxColor },
      };
      if (plan.midColor !== undefined)
        criteria.midpoint = { type: 'Percentile', formula: '50', color: plan.midColor };
      formats.add('ColorScale').colorScale.criteria = criteria;
      return;
    }
    case 'dataBar':
      formats.add('DataBar').dataBar.positiveFormat.fillColor = plan.color;
      return;
    case 'cellValue': {
      const cf = formats.add('CellValue').cellValue;
      const rule: Excel.ConditionalCellValueRule = {
        operator: OPERATORS[plan.operator],
        formula1: ruleFormula(plan.formula1),
      };
      if (plan.formula2 !== undefined) rule.formula2 = ruleFormula(plan.formula2);
      cf.rule = rule;
      if (plan.fontColor !== undefined) cf.format.font.color = plan.fontColor;
      if (plan.fill !== undefined) cf.format.fill.color = plan.fill;
      return;
    }
  }
}

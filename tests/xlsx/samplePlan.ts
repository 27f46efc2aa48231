import type { PlanCell, SheetPlan, WorkbookPlan } from '../../src/core/plan/types';

/** Days 45600.. as Excel serials (2024-11-04 on). */
const DAY0 = 45600;

/**
 * A small plan using every element kind a writer must translate: text that looks like a formula,
 * formulas with cached values, a date column, links, styles and number formats, merges, a table,
 * the four conditional formats, a combo chart on two axes, a waterfall, a pie, named ranges and notes.
 */
export function samplePlan(): WorkbookPlan {
  const trendRows: PlanCell[][] = Array.from({ length: 7 }, (_, i) => {
    const uv = 1000 + i * 150;
    const orders = 50 + i * 9;
    return [DAY0 + i, uv, orders, { kind: 'formula', formula: `=C${i + 2}/B${i + 2}`, value: orders / uv }];
  });
  const trend: SheetPlan = {
    key: 'trend',
    name: 'FP Trend',
    tabColor: '#2E75B6',
    showGridlines: false,
    freeze: { rows: 1, columns: 1 },
    columnWidths: [
      { col: 0, width: 12 },
      { col: 3, width: 10 },
    ],
    blocks: [{ row: 0, col: 0, cells: [['Date', 'UV', 'Orders', 'CVR'], ...trendRows] }],
    formats: [
      {
        range: 'A1:D1',
        style: { bold: true, fill: '#1F4E79', fontColor: '#FFFFFF', hAlign: 'center', border: 'bottom' },
      },
      { range: 'A2:A8', numberFormat: 'yyyy-mm-dd' },
      { range: 'B2:C8', numberFormat: '#,##0' },
      { range: 'D2:D8', numberFormat: '0.00%' },
    ],
    merges: [],
    tables: [
      {
        name: 'FP_Trend',
        range: 'A1:D8',
        style: 'TableStyleLight9',
        showTotals: false,
        showFilterButtons: true,
      },
    ],
    conditionalFormats: [
      { kind: 'dataBar', range: 'B2:B8', color: '#5B9BD5' },
      { kind: 'colorScale', range: 'C2:C8', minColor: '#F8696B', midColor: '#FFEB84', maxColor: '#63BE7B' },
      { kind: 'iconSet', range: 'D2:D8', icons: 'threeArrows', thresholds: [0.05, 0.06] },
    ],
    charts: [
      {
        name: 'UV and CVR',
        type: 'columnClustered',
        title: 'UV and conversion rate',
        series: [
          { name: 'UV', categories: 'A2:A8', values: 'B2:B8', axis: 'primary', color: '#5B9BD5' },
          {
            name: 'CVR',
            categories: 'A2:A8',
            values: 'D2:D8',
            type: 'lineMarkers',
            axis: 'secondary',
            color: '#ED7D31',
          },
        ],
        anchor: { from: { row: 0, col: 5 }, to: { row: 15, col: 12 } },
        legend: 'bottom',
        xAxis: { title: 'Day', numberFormat: 'm/d' },
        yAxis: { title: 'UV', numberFormat: '#,##0' },
        y2Axis: { title: 'CVR', numberFormat: '0%' },
      },
    ],
    notes: [],
  };
  const overview: SheetPlan = {
    key: 'overview',
    name: 'FP Overview',
    showGridlines: false,
    columnWidths: [{ col: 0, width: 24 }],
    blocks: [
      {
        row: 0,
        col: 0,
        cells: [
          ['Campaign overview', null, null],
          ['Metric', 'Value', 'Note'],
          ['GMV', 123456.78, '=SUM(A1)'],
          ['Cost', 20000, '+1 from user'],
          ['ROI', { kind: 'formula', formula: '=(B3-B4)/B4', value: (123456.78 - 20000) / 20000 }, '@handle'],
          ['Bad ratio', { kind: 'formula', formula: '=B4/0', value: '#DIV/0!' }, '-minus'],
          [{ kind: 'link', text: 'Go to trend', sheet: 'FP Trend', address: 'A1' }, true, null],
        ],
      },
      {
        row: 9,
        col: 0,
        cells: [
          ['Step', 'Base', 'Delta'],
          ['Start', 0, 100],
          ['Price', 100, 20],
          ['Volume', 90, 30],
          ['End', 0, 90],
        ],
      },
    ],
    formats: [
      { range: 'A1:C1', style: { bold: true, fontSize: 16 } },
      { range: 'A2:C2', style: { bold: true, fill: '#D9E1F2', border: 'all', borderColor: '#8EA9DB' } },
      { range: 'B3:B4', numberFormat: '[$¥-804]#,##0.00' },
      { range: 'B5:B6', numberFormat: '0.0%', style: { hAlign: 'right', indent: 1 } },
      { range: 'C3:C6', style: { wrap: true, vAlign: 'top', italic: true } },
      { range: 'A10:C14', style: { border: 'outline' } },
    ],
    merges: ['A1:C1'],
    tables: [],
    conditionalFormats: [
      {
        kind: 'cellValue',
        range: 'B5:B6',
        operator: 'lessThan',
        formula1: '0',
        fontColor: '#9C0006',
        fill: '#FFC7CE',
      },
    ],
    charts: [
      {
        name: 'Waterfall',
        type: 'columnStacked',
        title: 'GMV bridge',
        series: [
          { name: 'Base', categories: 'A11:A14', values: 'B11:B14', axis: 'primary', color: 'none' },
          {
            name: 'Delta',
            categories: 'A11:A14',
            values: 'C11:C14',
            axis: 'primary',
            color: '#70AD47',
            dataLabels: true,
          },
        ],
        anchor: { from: { row: 8, col: 4 }, to: { row: 22, col: 10 } },
        legend: 'none',
        gapWidth: 0,
      },
      {
        name: 'Share',
        type: 'pie',
        title: 'Delta share',
        series: [
          { name: 'Delta', categories: 'A11:A14', values: 'C11:C14', axis: 'primary', dataLabels: true },
        ],
        anchor: { from: { row: 24, col: 4 }, to: { row: 38, col: 10 } },
        legend: 'right',
      },
    ],
    notes: [],
  };
  const retro: SheetPlan = {
    key: 'retro',
    name: 'FP Retro',
    showGridlines: true,
    columnWidths: [{ col: 1, width: 60 }],
    blocks: [
      {
        row: 0,
        col: 0,
        cells: [
          ['Section', 'Your notes'],
          ['What went well', null],
          ['What to change', null],
        ],
      },
    ],
    formats: [{ range: 'B2:B3', style: { wrap: true } }],
    merges: [],
    tables: [],
    conditionalFormats: [],
    charts: [],
    notes: [
      { id: 'well', address: 'B2', placeholder: '(write here)' },
      { id: 'change', address: 'B3', placeholder: '(write here)' },
    ],
  };
  return {
    version: 1,
    locale: 'en-US',
    sheetPrefix: 'FP ',
    sheets: [overview, trend, retro],
    namedRanges: [
      { name: 'Fupan_GMV', sheet: 'FP Overview', range: 'B3', comment: 'Paid GMV, refunds excluded' },
      { name: 'Fupan_TrendUV', sheet: 'FP Trend', range: 'B2:B8' },
    ],
    activeSheet: 'FP Overview',
  };
}

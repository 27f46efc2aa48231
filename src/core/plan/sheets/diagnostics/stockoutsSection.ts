import type { AnalysisResults } from '../../../analysis';
import { dayToExcelSerial } from '../../../model/day';
import { ANALYSIS_ANCHORS as A } from '../../../retro/analysisAnchors';
import { cellAddress, rangeAddress } from '../../a1';
import { STOCKOUT_SOURCE_LABELS } from '../../analysisLabels';
import type { PlanCell } from '../../types';
import { columnSpan, formula, noteLines } from './cells';
import { mutedLine, SECTION_SPAN, unavailableLine, type SectionContext } from './context';

/**
 * Stock-outs: SKU, evidence, first and last day, days out (a formula over the dates), whether it recovered,
 * the daily units before and the unit price, and the estimated lost sales as a formula over them; a total
 * row sums the lost sales.
 */
export function stockoutsSection(ctx: SectionContext, result: AnalysisResults['stockouts']): void {
  const { sheet, t, fmt, locale, anchors } = ctx;
  sheet.section(t('stockouts'), SECTION_SPAN);
  if (result.kind === 'unavailable') return unavailableLine(ctx, 'stockouts', result.reason);
  const { stockouts } = result;
  if (stockouts.length === 0) {
    mutedLine(ctx, t('noStockouts'));
  } else {
    const first = sheet.nextRow + 1;
    const n = stockouts.length;
    const at = (i: number, col: number) => cellAddress(first + i, col);
    const placed = sheet.table({
      name: 'Fupan_Diag_Stockouts',
      header: [
        t('sku'),
        t('source'),
        t('firstDay'),
        t('lastDay'),
        t('daysOut'),
        t('recovered'),
        t('priorUnits'),
        t('unitPrice'),
        t('lostSales'),
      ],
      rows: [
        ...stockouts.map((s, i): PlanCell[] => [
          s.sku,
          STOCKOUT_SOURCE_LABELS[s.source][locale],
          dayToExcelSerial(s.firstDay),
          dayToExcelSerial(s.lastDay),
          formula(`${at(i, 3)}-${at(i, 2)}+1`, s.daysOut),
          s.recovered ? t('yes') : t('no'),
          s.priorDailyUnits,
          s.unitPrice,
          s.priorDailyUnits !== null && s.unitPrice !== null
            ? formula(`${at(i, 6)}*${at(i, 7)}*${at(i, 4)}`, s.priorDailyUnits * s.unitPrice * s.daysOut)
            : null,
        ]),
        [
          t('total'),
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          formula(
            `SUM(${columnSpan(first, 8, n)})`,
            stockouts.reduce(
              (s, x) =>
                s +
                (x.priorDailyUnits !== null && x.unitPrice !== null
                  ? x.priorDailyUnits * x.unitPrice * x.daysOut
                  : 0),
              0,
            ),
          ),
        ],
      ],
      formats: [
        undefined,
        undefined,
        fmt.date,
        fmt.date,
        fmt.count,
        undefined,
        fmt.decimal,
        fmt.money,
        fmt.money,
      ],
    });
    sheet.format(rangeAddress(first + n, 0, 1, 9), undefined, { bold: true });
    stockouts.forEach((_, i) => (anchors[A.stockoutLost(i)] = placed.cell(i, 8)));
    anchors[A.stockoutsTotal] = placed.cell(n, 8);
    sheet.conditional({ kind: 'dataBar', range: rangeAddress(first, 8, n, 1), color: '#D83B01' });
  }
  noteLines(sheet, result.notes, locale);
  sheet.skip();
}

import type { AnalysisResults } from '../../../analysis';
import type { ChannelPick } from '../../../analysis/channels';
import { ANALYSIS_ANCHORS as A } from '../../../retro/analysisAnchors';
import { formatValue } from '../../../retro/formatValue';
import { cellAddress } from '../../a1';
import { COLORS } from '../../theme';
import type { PlanCell } from '../../types';
import { absolute, formula, noteLines } from './cells';
import { mutedLine, SECTION_SPAN, unavailableLine, type SectionContext } from './context';

/**
 * Channel efficiency ranking: rank, paid sales, spend, ROAS, ROI, budget, budget use and variance, share of
 * sales. ROAS, budget use, variance and share are formulas over the cells beside them; budget overruns in
 * red; the best and worst channel named under the table.
 */
export function channelsSection(ctx: SectionContext, result: AnalysisResults['channels']): void {
  const { sheet, t, fmt, locale, anchors } = ctx;
  sheet.section(t('channels'), SECTION_SPAN);
  if (result.kind === 'unavailable') return unavailableLine(ctx, 'channels', result.reason);
  const rows = result.channels;
  const first = sheet.nextRow + 1;
  const at = (i: number, col: number) => cellAddress(first + i, col);
  const salesTotal = rows.reduce((s, r) => s + r.paidSales, 0);
  const salesRange = absolute(`${at(0, 2)}:${at(Math.max(0, rows.length - 1), 2)}`);
  const placed = sheet.table({
    name: 'Fupan_Diag_Channels',
    header: [
      t('rank'),
      t('channel'),
      t('sales'),
      t('spend'),
      t('roas'),
      t('roi'),
      t('budget'),
      t('budgetUse'),
      t('budgetVariance'),
      t('shareOfSales'),
    ],
    rows: rows.map((r, i): PlanCell[] => [
      r.rank ?? t('notRanked'),
      r.channel === '' ? t('empty') : r.channel,
      r.paidSales,
      r.spend,
      r.spend !== null && r.spend > 0 ? formula(`${at(i, 2)}/${at(i, 3)}`, r.paidSales / r.spend) : null,
      r.roi,
      r.budget,
      r.spend !== null && r.budget !== null && r.budget > 0
        ? formula(`${at(i, 3)}/${at(i, 6)}`, r.spend / r.budget)
        : null,
      r.spend !== null && r.budget !== null ? formula(`${at(i, 3)}-${at(i, 6)}`, r.spend - r.budget) : null,
      salesTotal > 0 ? formula(`${at(i, 2)}/SUM(${salesRange})`, r.paidSales / salesTotal) : null,
    ]),
    formats: [
      fmt.count,
      undefined,
      fmt.money,
      fmt.money,
      fmt.ratio,
      fmt.percent,
      fmt.money,
      fmt.percent,
      fmt.money,
      fmt.percent,
    ],
  });
  rows.forEach((r, i) => {
    const metricCol = result.rankedBy === 'roi' ? 5 : 4;
    if (r.rank !== null) anchors[A.channelMetric(r.channel)] = placed.cell(i, metricCol);
    if (r.spend !== null && r.budget !== null && r.budget > 0)
      anchors[A.channelBudgetUse(r.channel)] = placed.cell(i, 7);
  });
  if (rows.length > 0) {
    sheet.conditional({
      kind: 'cellValue',
      range: placed.columnRange(7),
      operator: 'greaterThan',
      formula1: '1',
      fontColor: COLORS.bad,
      fill: COLORS.badFill,
    });
  }
  const pick = (p: ChannelPick) =>
    `${p.channel} (${p.metric === 'roi' ? t('roi') : t('roas')} ${formatValue(p.value, p.metric === 'roi' ? 'percent' : 'multiple', locale)})`;
  if (result.rankedBy) {
    const parts = [
      `${t('rankedBy')}${result.rankedBy === 'roi' ? t('roi') : t('roas')}`,
      result.best ? `${t('best')}${pick(result.best)}` : '',
      result.worst ? `${t('worst')}${pick(result.worst)}` : '',
    ].filter((p) => p !== '');
    mutedLine(ctx, locale === 'zh-CN' ? `${parts.join('；')}。` : `${parts.join('; ')}.`);
  }
  noteLines(sheet, result.notes, locale);
  sheet.skip();
}

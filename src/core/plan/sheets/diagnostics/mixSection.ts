import type { AnalysisResults } from '../../../analysis';
import type { MixComparison } from '../../../analysis/mixDecomposition';
import type { AnalysisResult } from '../../../analysis/result';
import { ANALYSIS_ANCHORS as A, type MixDimension } from '../../../retro/analysisAnchors';
import { cellAddress, rangeAddress } from '../../a1';
import { MIX_BASIS_LABELS } from '../../analysisLabels';
import type { PlanCell } from '../../types';
import { columnSpan, formula, noteLines } from './cells';
import { mutedLine, SECTION_SPAN, subheading, unavailableLine, type SectionContext } from './context';

/**
 * Mix against rate, by channel and by category: each group's baseline and campaign sales, the change (a
 * formula), and its activity, mix and rate effects; a total row of sums, so the effects can be seen to add
 * up to the change.
 */
export function mixSection(ctx: SectionContext, result: AnalysisResults['mix']): void {
  const { sheet, t } = ctx;
  sheet.section(t('mix'), SECTION_SPAN);
  if (result.kind === 'unavailable') return unavailableLine(ctx, 'mix', result.reason);
  const parts: [MixDimension, AnalysisResult<MixComparison>][] = [
    ['channel', result.byChannel],
    ['category', result.byCategory],
  ];
  for (const [dim, mix] of parts) {
    subheading(ctx, dim === 'channel' ? t('mixByChannel') : t('mixByCategory'));
    if (mix.kind === 'unavailable') unavailableLine(ctx, `mix.${dim}`, mix.reason);
    else mixTable(ctx, dim, mix);
  }
}

function mixTable(ctx: SectionContext, dim: MixDimension, mix: MixComparison): void {
  const { sheet, t, fmt, locale, anchors } = ctx;
  mutedLine(ctx, `${t('mixBasis')}${MIX_BASIS_LABELS[mix.basis][locale]}`);
  const first = sheet.nextRow + 1;
  const n = mix.groups.length;
  const totalRow = first + n;
  const at = (row: number, col: number) => cellAddress(row, col);
  const sumOf = (col: number, values: readonly number[]): PlanCell =>
    n > 0
      ? formula(
          `SUM(${columnSpan(first, col, n)})`,
          values.reduce((s, v) => s + v, 0),
        )
      : 0;
  const g = mix.groups;
  const placed = sheet.table({
    name: `Fupan_Diag_Mix_${dim === 'channel' ? 'Channels' : 'Categories'}`,
    header: [
      dim === 'channel' ? t('channel') : t('category'),
      t('salesBefore'),
      t('salesAfter'),
      t('change'),
      t('activityEffect'),
      t('mixEffect'),
      t('rateEffect'),
    ],
    rows: [
      ...g.map((r, i): PlanCell[] => [
        r.key === '' ? t('empty') : r.key,
        r.valueBefore,
        r.valueAfter,
        formula(`${at(first + i, 2)}-${at(first + i, 1)}`, r.valueAfter - r.valueBefore),
        r.activityEffect,
        r.mixEffect,
        r.rateEffect,
      ]),
      [
        t('total'),
        sumOf(
          1,
          g.map((r) => r.valueBefore),
        ),
        sumOf(
          2,
          g.map((r) => r.valueAfter),
        ),
        sumOf(
          3,
          g.map((r) => r.valueAfter - r.valueBefore),
        ),
        sumOf(
          4,
          g.map((r) => r.activityEffect),
        ),
        sumOf(
          5,
          g.map((r) => r.mixEffect),
        ),
        sumOf(
          6,
          g.map((r) => r.rateEffect),
        ),
      ],
    ],
    formats: Array(7)
      .fill(fmt.money)
      .map((f: string, i) => (i === 0 ? undefined : f)),
  });
  sheet.format(rangeAddress(totalRow, 0, 1, 7), undefined, { bold: true });
  g.forEach((r, i) => (anchors[A.mixChange(dim, r.key)] = placed.cell(i, 3)));
  anchors[A.mixTotal(dim)] = placed.cell(n, 3);
  if (n > 0) {
    sheet.conditional({
      kind: 'colorScale',
      range: rangeAddress(first, 3, n, 1),
      minColor: '#F8696B',
      midColor: '#FFFFFF',
      maxColor: '#63BE7B',
    });
  }
  noteLines(sheet, mix.notes, locale);
}

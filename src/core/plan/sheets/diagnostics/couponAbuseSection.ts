import type { AnalysisResults } from '../../../analysis';
import * as msg from '../../../messages/analysis';
import { ANALYSIS_ANCHORS as A } from '../../../retro/analysisAnchors';
import { formatValue } from '../../../retro/formatValue';
import { rangeAddress } from '../../a1';
import { LEVEL_LABELS, LINK_LABELS } from '../../analysisLabels';
import { COLORS, STYLES } from '../../theme';
import type { PlanCell } from '../../types';
import { wrappedHeight } from '../../wrappedHeight';
import { columnSpan, formula } from './cells';
import { COLUMN_WIDTHS, mutedLine, SECTION_SPAN, unavailableLine, type SectionContext } from './context';

/** Account ids listed per cluster on the sheet (the count is always complete). */
const ACCOUNTS_LISTED = 50;

/**
 * Suspected coupon abuse: evidence, never a verdict. The analysis' own caution comes first; then one row per
 * cluster of linked accounts — its suspicion level, size, shared devices / IPs / addresses, burst sign-ups,
 * coupon-only orders, the discount at risk and the reasons in words — and the total at risk (a sum).
 */
export function couponAbuseSection(ctx: SectionContext, result: AnalysisResults['coupon_abuse']): void {
  const { sheet, t, fmt, locale, anchors } = ctx;
  sheet.section(t('abuse'), SECTION_SPAN);
  if (result.kind === 'unavailable') return unavailableLine(ctx, 'coupon_abuse', result.reason);
  // The analysis' caution (everything is a suspicion) opens the section; other notes close it.
  const cautionText = msg.abuseIsSuspicion()['en-US'];
  const caution = result.notes.filter((n) => n['en-US'] === cautionText);
  const notes = result.notes.filter((n) => n['en-US'] !== cautionText);
  if (caution.length > 0)
    sheet.put(
      caution.map((n) => [n[locale]]),
      0,
      { ...STYLES.muted, italic: true },
    );
  const { clusters } = result;
  if (clusters.length === 0) {
    mutedLine(ctx, t('noClusters'));
  } else {
    const first = sheet.nextRow + 1;
    const n = clusters.length;
    const separator = locale === 'zh-CN' ? '' : ' ';
    const rows = clusters.map((c, i): PlanCell[] => [
      i + 1,
      LEVEL_LABELS[c.level][locale],
      c.size,
      c.shared.device,
      c.shared.ip,
      c.shared.address,
      c.burst?.accounts ?? 0,
      c.paidOrders,
      c.couponOnlyOrders,
      c.discountCost,
      c.reasons.map((r) => r[locale]).join(separator),
      c.accounts.slice(0, ACCOUNTS_LISTED).join(', ') + (c.size > ACCOUNTS_LISTED ? ' …' : ''),
    ]);
    const placed = sheet.table({
      name: 'Fupan_Diag_Abuse',
      header: [
        t('cluster'),
        t('level'),
        t('accounts'),
        LINK_LABELS.device[locale],
        LINK_LABELS.ip[locale],
        LINK_LABELS.address[locale],
        t('burst'),
        t('paidOrders'),
        t('couponOnly'),
        t('discountAtRisk'),
        t('reasons'),
        t('accountIds'),
      ],
      rows: [
        ...rows,
        [
          t('total'),
          null,
          formula(
            `SUM(${columnSpan(first, 2, n)})`,
            clusters.reduce((s, c) => s + c.size, 0),
          ),
          null,
          null,
          null,
          null,
          null,
          null,
          formula(
            `SUM(${columnSpan(first, 9, n)})`,
            clusters.reduce((s, c) => s + c.discountCost, 0),
          ),
          result.shareOfDiscountCost === null
            ? null
            : `${formatValue(result.shareOfDiscountCost, 'percent', locale)} ${t('shareOfDiscounts')}`,
          null,
        ],
      ],
      formats: [
        undefined,
        undefined,
        fmt.count,
        fmt.count,
        fmt.count,
        fmt.count,
        fmt.count,
        fmt.count,
        fmt.count,
        fmt.money,
      ],
    });
    sheet.format(rangeAddress(first + n, 0, 1, 12), undefined, { bold: true });
    // The reasons and the account ids wrap in their columns, each row as tall as they need: they are the
    // sheet's last columns, and text running on past them is cut where the page ends.
    sheet.format(placed.columnRange(10), undefined, STYLES.sentence);
    sheet.format(placed.columnRange(11), undefined, STYLES.sentence);
    rows.forEach((row, i) => {
      const texts = [row[10], row[11]].map((cell) => (typeof cell === 'string' ? cell : ''));
      sheet.height(
        placed.firstDataRow + i,
        Math.max(
          wrappedHeight(texts[0] ?? '', COLUMN_WIDTHS[10]),
          wrappedHeight(texts[1] ?? '', COLUMN_WIDTHS[11]),
        ),
      );
    });
    clusters.forEach((c, i) => {
      anchors[A.abuseDiscount(i)] = placed.cell(i, 9);
      if (c.level === 'high')
        sheet.format(placed.cell(i, 1), undefined, { fontColor: COLORS.bad, bold: true });
    });
    anchors[A.abuseTotal] = placed.cell(n, 9);
  }
  if (notes.length > 0)
    sheet.put(
      notes.map((note) => [note[locale]]),
      0,
      STYLES.muted,
    );
  sheet.skip();
}

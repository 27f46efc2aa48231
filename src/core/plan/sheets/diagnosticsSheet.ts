import type { CampaignAnalysis } from '../../analyze';
import type { Locale } from '../../locale';
import { ANALYSIS_ANCHORS as A } from '../../retro/analysisAnchors';
import { DIAGNOSTIC_LABELS as T } from '../analysisLabels';
import { SheetBuilder } from '../sheetBuilder';
import { sheetName, sheetTitle } from '../sheetNames';
import { COLORS } from '../theme';
import type { SheetPlan } from '../types';
import type { Anchors } from './anchors';
import { abTestSection } from './diagnostics/abTestSection';
import { anomaliesSection } from './diagnostics/anomaliesSection';
import { attributionSection } from './diagnostics/attributionSection';
import { categoriesSection } from './diagnostics/categoriesSection';
import { channelsSection } from './diagnostics/channelsSection';
import { COLUMN_WIDTHS, sectionContext } from './diagnostics/context';
import { couponAbuseSection } from './diagnostics/couponAbuseSection';
import { decompositionSection } from './diagnostics/decompositionSection';
import { mixSection } from './diagnostics/mixSection';
import { phasesSection } from './diagnostics/phasesSection';
import { stockoutsSection } from './diagnostics/stockoutsSection';

/**
 * Diagnostics — why the numbers moved, one section per analysis, top to bottom:
 *
 *   phases & daily peaks · sales gap decomposition (vs baseline, vs target; waterfalls) · mix by channel
 *   and category · categories & returns · anomalous days · channel ranking · attribution · A/B test ·
 *   suspected coupon abuse · stock-outs
 *
 * A section whose analysis could not run is its heading and one line saying which data would unlock it.
 * Derived numbers are formulas over the cells beside them; the anchors name the cells the retro links to.
 */
export function planDiagnosticsSheet(
  analysis: CampaignAnalysis,
  locale: Locale,
): { sheet: SheetPlan; anchors: Anchors } {
  const sheet = new SheetBuilder('diagnostics', sheetName('diagnostics', locale), COLORS.series[5]);
  sheet.title(sheetTitle('diagnostics', locale), T.subtitle[locale]);
  const ctx = sectionContext(sheet, locale);
  ctx.anchors[A.top] = 'A1';
  const { analyses, report } = analysis;
  phasesSection(ctx, analyses.phases);
  decompositionSection(ctx, analyses.decomposition);
  mixSection(ctx, analyses.mix);
  categoriesSection(ctx, report);
  anomaliesSection(ctx, analyses.anomalies);
  channelsSection(ctx, analyses.channels);
  attributionSection(ctx, analyses.attribution);
  abTestSection(ctx, analyses.ab_test);
  couponAbuseSection(ctx, analyses.coupon_abuse);
  stockoutsSection(ctx, analyses.stockouts);
  COLUMN_WIDTHS.forEach((w, i) => sheet.width(i, w));
  return { sheet: sheet.build(), anchors: ctx.anchors };
}

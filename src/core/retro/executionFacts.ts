import type { CampaignAnalysis } from '../analyze';
import { formatDay } from './formatValue';
import { PHASE_LABELS, STOCKOUT_SOURCE_LABELS } from '../plan/analysisLabels';
import { ANALYSIS_ANCHORS as A } from './analysisAnchors';
import { anomalyDays, anomalyText } from './anomalyDays';
import { both, money, multiple, percent, plural, quoted, type RankedFact } from './factText';

/** Stock-outs and anomalous days listed in the execution review (the most costly first; see analysisFacts). */
export const EXECUTION_LISTED = 3;

/**
 * Section 3, execution: how the peak phase delivered against the baseline's daily GMV, the stock-outs with
 * their estimated lost sales, the anomalous days with their dates and numbers. Weight: the sales at stake
 * (peak: GMV above the baseline's daily rate; stock-out: estimated lost sales; anomalous day: how far the
 * day's GMV was from the baseline's median day).
 */
export function executionFacts({ analyses }: CampaignAnalysis): RankedFact[] {
  const out: RankedFact[] = [];
  const phases = analyses.phases;
  if (phases.kind === 'ok') {
    const peak = phases.phases.find((p) => p.kind === 'peak');
    if (peak && peak.shareOfGmv !== null) {
      const share = peak.shareOfGmv;
      const proposed = phases.source === 'proposed';
      const baseDaily = phases.baseline?.dailyAverageGmv ?? null;
      const times = baseDaily !== null && baseDaily > 0 ? peak.dailyAverageGmv / baseDaily : null;
      out.push({
        weight: times !== null && baseDaily !== null ? peak.gmv - baseDaily * peak.days : peak.gmv,
        fact: {
          section: 'execution',
          tone: times !== null && times < 1 ? 'bad' : 'good',
          source: { sheet: 'diagnostics', anchor: A.phaseShare('peak') },
          text: both((l) => {
            const span =
              l === 'zh-CN'
                ? `${formatDay(peak.start, l)}至${formatDay(peak.end, l)}，${peak.days} 天`
                : `${formatDay(peak.start, l)} to ${formatDay(peak.end, l)}, ${plural(peak.days, 'day', 'days')}`;
            const vs =
              times === null
                ? ''
                : l === 'zh-CN'
                  ? `，为基准期日均的 ${multiple(times)} 倍`
                  : `, ${multiple(times)}× the baseline's daily GMV`;
            return l === 'zh-CN'
              ? `${PHASE_LABELS.peak[l]}${proposed ? '（按 GMV 曲线推断）' : ''}（${span}）GMV ${money(peak.gmv, l)}，占活动期 ${percent(share, l)}；日均 ${money(peak.dailyAverageGmv, l)}${vs}。`
              : `${PHASE_LABELS.peak[l]}${proposed ? ' (proposed from the GMV curve)' : ''} (${span}): GMV ${money(peak.gmv, l)}, ${percent(share, l)} of the campaign's; ${money(peak.dailyAverageGmv, l)} a day${vs}.`;
          }),
        },
      });
    }
  }

  const stockouts = analyses.stockouts;
  if (stockouts.kind === 'ok') {
    stockouts.stockouts.slice(0, EXECUTION_LISTED).forEach((s, i) => {
      const lost = s.estimatedLostSales;
      out.push({
        weight: lost ?? 0,
        fact: {
          section: 'execution',
          tone: 'bad',
          source: { sheet: 'diagnostics', anchor: A.stockoutLost(i) },
          text: both((l) => {
            const from = formatDay(s.firstDay, l);
            const to = formatDay(s.lastDay, l);
            const how = STOCKOUT_SOURCE_LABELS[s.source][l];
            if (l === 'zh-CN') {
              const state = s.recovered ? '之后恢复' : '活动结束前未恢复';
              const loss = lost === null ? '' : `，估算损失销售额 ${money(lost, l)}`;
              return `缺货：SKU ${quoted(s.sku, l)} ${from}至${to}缺货 ${s.daysOut} 天（${how}，${state}）${loss}。`;
            }
            const state = s.recovered ? 'then back' : 'not back before the campaign ended';
            const loss = lost === null ? '' : `; estimated lost sales ${money(lost, l)}`;
            return `Stock-out: SKU ${quoted(s.sku, l)} was out from ${from} to ${to}, ${s.daysOut} days (${how.toLowerCase()}, ${state})${loss}.`;
          }),
        },
      });
    });
  }

  const anomalies = analyses.anomalies;
  if (anomalies.kind === 'ok') {
    const days = anomalyDays(anomalies, phases)
      .sort((a, b) => b.gmvAtStake - a.gmvAtStake || a.firstIndex - b.firstIndex)
      .slice(0, EXECUTION_LISTED);
    for (const d of days) {
      out.push({
        weight: d.gmvAtStake,
        fact: {
          section: 'execution',
          tone: d.low ? 'bad' : 'neutral',
          source: { sheet: 'diagnostics', anchor: A.anomaly(d.firstIndex) },
          text: both((l) => {
            const parts = d.anomalies.map((a) => anomalyText(a, l));
            return l === 'zh-CN'
              ? `异常日 ${formatDay(d.day, l)}：${parts.join('；')}。`
              : `Anomalous day ${formatDay(d.day, l)}: ${parts.join('; ')}.`;
          }),
        },
      });
    }
  }
  return out;
}

import type { CampaignAnalysis } from '../analyze';
import { FACTOR_LABELS, STEP_LABELS } from '../plan/analysisLabels';
import { ANALYSIS_ANCHORS as A, type GapReference } from './analysisAnchors';
import { anomalyDays, anomalyText } from './anomalyDays';
import { highReturnThreshold } from './categoryRules';
import {
  both,
  count,
  inSentence,
  money,
  percent,
  plural,
  quoted,
  signedMoney,
  type RankedFact,
} from './factText';
import { formatDay } from './formatValue';
import { factorValue, mainNegative } from './gapText';

/**
 * Section 6, shortfalls. Each sentence is "issue: evidence" (the retro's action table splits it there).
 * Weight: the sales at stake —
 *   sales short of target / below the baseline: the main negative factor's effect;
 *   biggest funnel drop-off: the people lost × paid sales per person at the step before;
 *   high-return category: its refunds;  stock-out: its estimated lost sales;
 *   anomalous low day: how far the day's GMV fell from the baseline's median day;
 *   suspected abuse: the discount at risk;  budget overrun: the spend over budget.
 */
export function shortfallFacts({ analyses, report }: CampaignAnalysis): RankedFact[] {
  const out: RankedFact[] = [];
  const add = (
    weight: number,
    anchor: string,
    sheet: 'funnel' | 'diagnostics',
    text: RankedFact['fact']['text'],
  ) => out.push({ weight, fact: { section: 'shortfalls', tone: 'bad', source: { sheet, anchor }, text } });

  const decomposition = analyses.decomposition;
  if (decomposition.kind === 'ok') {
    const parts: [GapReference, typeof decomposition.vsTarget][] = [
      ['target', decomposition.vsTarget],
      ['baseline', decomposition.vsBaseline],
    ];
    for (const [ref, gap] of parts) {
      if (gap.kind !== 'ok' || !(gap.gap < 0)) continue;
      const cause = mainNegative(gap);
      if (!cause) continue;
      add(
        -cause.effect,
        A.gapEffect(ref, cause.factor),
        'diagnostics',
        both((l) => {
          const name = inSentence(FACTOR_LABELS[cause.factor][l], l);
          const now = factorValue(cause.factor, cause.after, l);
          const then = factorValue(cause.factor, cause.before, l);
          if (l === 'zh-CN') {
            const issue =
              ref === 'target' ? `支付金额未达目标，主因${name}` : `支付金额低于基准期，主因${name}`;
            const other = ref === 'target' ? '目标' : '基准';
            return `${issue}：${name} ${now}（${other} ${then}）带来 ${signedMoney(cause.effect, l)} 的影响，总差距 ${signedMoney(gap.gap, l)}。`;
          }
          const issue =
            ref === 'target'
              ? `Paid sales short of target, mainly ${name}`
              : `Paid sales below the baseline, mainly ${name}`;
          const other = ref === 'target' ? 'target' : 'baseline';
          return `${issue}: ${name} ${now} against ${then} (${other}) cost ${signedMoney(cause.effect, l)}; the whole gap is ${signedMoney(gap.gap, l)}.`;
        }),
      );
    }
  }

  const funnel = analyses.funnel;
  const sales = report.total.measures.paid_sales.value;
  if (funnel.kind === 'ok' && funnel.overall.biggestDropOff) {
    const drop = funnel.overall.biggestDropOff;
    const fromCount = funnel.overall.steps.find((s) => s.step === drop.from)?.count ?? 0;
    const atStake = sales !== null && fromCount > 0 ? drop.lost * (sales / fromCount) : 0;
    add(
      atStake,
      A.funnelFromPrevious(drop.to),
      'funnel',
      both((l) => {
        const path = `${STEP_LABELS[drop.from][l]} → ${STEP_LABELS[drop.to][l]}`;
        return l === 'zh-CN'
          ? `漏斗流失最大（${path}）：仅 ${percent(drop.rate, l)} 继续，流失 ${count(drop.lost)} 人。`
          : `Biggest funnel drop-off, ${path.toLowerCase()}: only ${percent(drop.rate, l)} went on, ${count(drop.lost)} lost.`;
      }),
    );
  }

  const overallReturns = report.total.kpis.return_rate_amount.value;
  const threshold = highReturnThreshold(overallReturns);
  if (threshold !== null && overallReturns !== null) {
    for (const c of report.byCategory) {
      const value = c.kpis.return_rate_amount.value;
      if (value === null || value < threshold || c.category === null) continue;
      const name = c.category;
      const refunds = c.measures.refunds.value ?? 0;
      add(
        refunds,
        A.categoryReturnRate(name),
        'diagnostics',
        both((l) =>
          l === 'zh-CN'
            ? `类目${quoted(name, l)}退款率高：${percent(value, l)} 的支付金额被退款（${money(refunds, l)}），整体为 ${percent(overallReturns, l)}。`
            : `High returns in ${quoted(name, l)}: ${percent(value, l)} of paid sales refunded (${money(refunds, l)}), against ${percent(overallReturns, l)} overall.`,
        ),
      );
    }
  }

  const stockouts = analyses.stockouts;
  if (stockouts.kind === 'ok') {
    stockouts.stockouts.forEach((s, i) => {
      const lost = s.estimatedLostSales;
      add(
        lost ?? 0,
        A.stockoutLost(i),
        'diagnostics',
        both((l) => {
          const loss =
            lost === null
              ? ''
              : l === 'zh-CN'
                ? `，估算损失销售额 ${money(lost, l)}`
                : `, estimated lost sales ${money(lost, l)}`;
          return l === 'zh-CN'
            ? `SKU ${quoted(s.sku, l)} 缺货：自 ${formatDay(s.firstDay, l)} 起缺货 ${s.daysOut} 天${loss}。`
            : `Stock-out of ${quoted(s.sku, l)}: ${s.daysOut} days from ${formatDay(s.firstDay, l)}${loss}.`;
        }),
      );
    });
  }

  const anomalies = analyses.anomalies;
  if (anomalies.kind === 'ok') {
    for (const d of anomalyDays(anomalies, analyses.phases)) {
      const worst = d.anomalies.find((a) => a.direction === 'low');
      if (!worst) continue;
      add(
        d.gmvAtStake,
        A.anomaly(d.firstIndex),
        'diagnostics',
        both((l) =>
          l === 'zh-CN'
            ? `${formatDay(d.day, l)} 数据异常偏低：${anomalyText(worst, l)}。`
            : `Anomalous drop on ${formatDay(d.day, l)}: ${anomalyText(worst, l)}.`,
        ),
      );
    }
  }

  const abuse = analyses.coupon_abuse;
  if (abuse.kind === 'ok' && abuse.clusters.length > 0) {
    add(
      abuse.discountCostAtRisk,
      A.abuseTotal,
      'diagnostics',
      both((l) => {
        const share =
          abuse.shareOfDiscountCost === null
            ? ''
            : l === 'zh-CN'
              ? `，占全部优惠成本 ${percent(abuse.shareOfDiscountCost, l)}`
              : ` (${percent(abuse.shareOfDiscountCost, l)} of all discounts)`;
        return l === 'zh-CN'
          ? `疑似羊毛党：${count(abuse.suspectedAccounts)} 个关联账号（${abuse.clusters.length} 组），涉及优惠成本 ${money(abuse.discountCostAtRisk, l)}${share}；请人工核实后再处理。`
          : `Suspected coupon abuse: ${count(abuse.suspectedAccounts)} linked accounts in ${plural(abuse.clusters.length, 'cluster', 'clusters')}, ${money(abuse.discountCostAtRisk, l)} of discounts at risk${share}; check by hand before acting.`;
      }),
    );
  }

  const channels = analyses.channels;
  if (channels.kind === 'ok') {
    for (const c of channels.channels) {
      if (c.spend === null || c.budget === null || !(c.budget > 0) || !(c.spend > c.budget)) continue;
      const spend = c.spend;
      const budget = c.budget;
      const name = c.channel === '' ? '—' : c.channel;
      add(
        spend - budget,
        A.channelBudgetUse(c.channel),
        'diagnostics',
        both((l) =>
          l === 'zh-CN'
            ? `渠道${quoted(name, l)}超预算：花费 ${money(spend, l)}，预算 ${money(budget, l)}（使用率 ${percent(spend / budget, l)}）。`
            : `Over budget in ${quoted(name, l)}: spent ${money(spend, l)} of ${money(budget, l)} budgeted (${percent(spend / budget, l)}).`,
        ),
      );
    }
  }
  return out;
}
